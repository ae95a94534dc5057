"""The diacritics rule against the labelled set, held-out cases, and the syllable checks."""

import unicodedata

import pytest
from django.core.exceptions import ValidationError

from portal import reader_text as validators
from portal import text
from tests.comments import diacritics_cases as cases


def _id(value):
    return value[:40]


def accuracy(accepted, refused):
    right = sum(validators.vietnamese_problem(t) is None for t in accepted)
    right += sum(validators.vietnamese_problem(t) is not None for t, _ in refused)
    return right, len(accepted) + len(refused)


def test_the_labelled_set_is_big_enough_and_has_both_kinds():
    assert len(cases.ACCEPTED) >= 150
    assert len(cases.REFUSED) >= 150
    assert not set(cases.ACCEPTED) & {t for t, _ in cases.REFUSED}
    assert {reason for _, reason in cases.REFUSED} == {
        validators.UNACCENTED,
        validators.FOREIGN,
        validators.GARBAGE,
        validators.REPETITION,
    }


@pytest.mark.parametrize("sample", cases.ACCEPTED, ids=_id)
def test_vietnamese_written_with_its_marks_is_accepted(sample):
    assert validators.analyse(sample).problem is None, validators.analyse(sample)


@pytest.mark.parametrize(("sample", "reason"), cases.REFUSED, ids=_id)
def test_text_that_is_not_accented_vietnamese_is_refused_for_the_right_reason(sample, reason):
    assert validators.analyse(sample).problem == reason, validators.analyse(sample)


@pytest.mark.parametrize("sample", cases.HELD_OUT_ACCEPTED, ids=_id)
def test_held_out_vietnamese_is_accepted(sample):
    assert validators.vietnamese_problem(sample) is None


@pytest.mark.parametrize(("sample", "reason"), cases.HELD_OUT_REFUSED, ids=_id)
def test_held_out_bad_text_is_refused(sample, reason):
    assert validators.vietnamese_problem(sample) == reason


def test_accuracy_on_the_labelled_set_is_reported_and_complete(record_property):
    right, total = accuracy(cases.ACCEPTED, cases.REFUSED)
    held_right, held_total = accuracy(cases.HELD_OUT_ACCEPTED, cases.HELD_OUT_REFUSED)
    record_property(
        "summary",
        f"Diacritics rule: labelled set {right}/{total} ({100 * right / total:.1f}%),"
        f" held-out {held_right}/{held_total} ({100 * held_right / held_total:.1f}%)",
    )
    assert right == total
    assert held_right == held_total


def test_unaccented_comment_is_rejected_with_vietnamese_hint():
    with pytest.raises(ValidationError) as caught:
        validators.validate_vietnamese("Bai viet rat huu ich")
    assert caught.value.code == "unaccented"
    assert "tiếng Việt có dấu" in caught.value.messages[0]


def test_nfd_input_is_judged_like_its_nfc_form():
    decomposed = unicodedata.normalize("NFD", "Bài viết rất hữu ích cho bà con")
    assert validators.vietnamese_problem(decomposed) is None
    assert validators.vietnamese_problem("Bài\u200b viết\u202e rất hay") is None


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("việt", text.SYLLABLE_MARKED),
        ("Đường", text.SYLLABLE_MARKED),
        ("quyết", text.SYLLABLE_MARKED),
        ("giường", text.SYLLABLE_MARKED),
        ("nghiêng", text.SYLLABLE_MARKED),
        ("khuỷu", text.SYLLABLE_MARKED),
        ("yêu", text.SYLLABLE_MARKED),
        ("anh", text.SYLLABLE_PLAIN),
        ("con", text.SYLLABLE_PLAIN),
        ("qua", text.SYLLABLE_PLAIN),
        ("xoong", text.SYLLABLE_PLAIN),
        ("viet", text.SYLLABLE_UNACCENTED),  # -iet needs ê
        ("rat", text.SYLLABLE_UNACCENTED),  # a -t ending needs the sắc or nặng tone
        ("huu", text.SYLLABLE_UNACCENTED),  # -uu needs ư
        ("nguoi", text.SYLLABLE_UNACCENTED),
        ("bàt", text.SYLLABLE_INVALID_MARKED),  # huyền on a stop ending
        ("gế", text.SYLLABLE_INVALID_MARKED),  # g before ê is spelled gh
        ("cến", text.SYLLABLE_INVALID_MARKED),  # c before ê is spelled k
        ("iêu", text.SYLLABLE_INVALID_MARKED),  # without a consonant it is spelled yêu
        ("tyên", text.SYLLABLE_INVALID_MARKED),
        ("áá", text.SYLLABLE_INVALID_MARKED),  # two tones
        ("good", text.SYLLABLE_FOREIGN),
        ("Facebook", text.SYLLABLE_FOREIGN),
        ("ngiên", text.SYLLABLE_INVALID_MARKED),
    ],
)
def test_syllables_are_classified_by_vietnamese_spelling_rules(word, kind):
    assert text.vietnamese_syllable_kind(word) == kind


@pytest.mark.parametrize(
    ("value", "expected"),
    [("Hà Nội", True), ("đi", True), ("ă", True), ("Ha Noi", False), ("café", True), ("", False)],
)
def test_has_vietnamese_marks(value, expected):
    assert text.has_vietnamese_marks(value) is expected


def test_abbreviations_and_numbers_do_not_count_as_words():
    found = validators.analyse("HĐND và UBND TP họp ngày 15/3, THCS số 2 được 1.250 tỷ")
    assert found.problem is None
    assert found.foreign == 0
    assert found.neutral >= 6


@pytest.mark.parametrize(
    "sample",
    [
        "Mời bà con xem chi tiết tại https://hdnd.minhgiang.gov.vn/tin-tuc/lich-tiep-dan?thang=12"
        " và www.minhgiang.gov.vn/thong-bao?id=7 nhé.",
        "Tôi đã gửi thư tới van.phong-hdnd@minhgiang.gov.vn nhưng chưa thấy trả lời.",
        "Trang hdnd.minhgiang.vn/ky-hop-thu-muoi-hai có đủ tài liệu kỳ họp.",
    ],
)
def test_addresses_are_not_judged_as_unaccented_words(sample):
    assert validators.vietnamese_problem(sample) is None


def test_text_that_is_only_an_address_is_refused():
    assert validators.vietnamese_problem("https://vi-du.vn/bai-viet-rat-hay") == "foreign"
