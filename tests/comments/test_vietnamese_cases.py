"""The comment rule scored on the larger labelled set, and what the form does with legacy text."""

from collections import Counter

import pytest

from comments.models import Comment
from portal import legacy_encoding
from portal import reader_text as validators
from portal.form_protection import PlainTextField
from tests.comments.test_form import assert_refused
from tests.comments.vietnamese_cases import (
    ACCEPTED_CATEGORIES,
    BASE,
    CAPITALS,
    CASES,
    HELD_OUT_CASES,
    tone_before_vowel_mark,
)

CATEGORIES = {
    "accented",
    "capitals",
    "short_praise",
    "old_style",
    "tone_order",
    "unaccented",
    "half_unaccented",
    "legacy",
    "mojibake",
    "foreign",
    "garbage",
    "repetition",
}


def score(cases):
    """Per category: (right, refused for the labelled reason, total)."""
    right, exact, total = Counter(), Counter(), Counter()
    for sample, category, expected in cases:
        problem = validators.vietnamese_problem(sample)
        total[category] += 1
        right[category] += (problem is None) if expected is None else (problem is not None)
        exact[category] += problem == expected
    return {c: (right[c], exact[c], total[c]) for c in total}


def score_table(scores):
    lines = [f"{'category':<16} {'right':>9} {'reason':>9}"]
    for category, (right, exact, total) in sorted(scores.items()):
        lines.append(f"{category:<16} {right:>4}/{total:<4} {exact:>4}/{total:<4}")
    right = sum(r for r, _, _ in scores.values())
    total = sum(t for _, _, t in scores.values())
    lines.append(f"{'all':<16} {right:>4}/{total:<4} ({100 * right / total:.1f}%)")
    return "\n".join(lines)


def test_the_set_has_400_cases_in_every_category_and_no_duplicates():
    assert len(CASES) >= 400
    assert {category for _, category, _ in CASES} == CATEGORIES
    assert len({sample for sample, _, _ in CASES}) == len(CASES)


def test_the_rule_scores_99_percent_and_refuses_no_real_vietnamese(record_property):
    scores = score(CASES)
    table = score_table(scores)
    print("\n" + table)  # noqa: T201 - the per-category scores are this test's report
    record_property("scores", table)
    refused_vietnamese = [
        sample
        for sample, category, _ in CASES
        if category in ACCEPTED_CATEGORIES and validators.vietnamese_problem(sample)
    ]
    assert refused_vietnamese == [], table
    right = sum(r for r, _, _ in scores.values())
    assert right >= 0.99 * len(CASES), table


def test_the_held_out_cases_score_as_well(record_property):
    scores = score(HELD_OUT_CASES)
    table = score_table(scores)
    print("\nHeld out:\n" + table)  # noqa: T201 - the per-category scores are this test's report
    record_property("held_out_scores", table)
    assert len(HELD_OUT_CASES) >= 100
    assert not {sample for sample, _, _ in HELD_OUT_CASES} & {sample for sample, _, _ in CASES}
    right = sum(r for r, _, _ in scores.values())
    accepted = [c for c in HELD_OUT_CASES if c[1] in ACCEPTED_CATEGORIES]
    assert all(validators.vietnamese_problem(sample) is None for sample, _, _ in accepted), table
    assert right >= 0.99 * len(HELD_OUT_CASES), table


@pytest.mark.parametrize(
    ("sample", "category", "expected"),
    [case for case in CASES if case[2] is not None],
    ids=lambda value: str(value)[:30],
)
def test_each_refused_case_gets_its_reason(sample, category, expected):
    assert validators.vietnamese_problem(sample) == expected, validators.analyse(sample)


def test_legacy_text_has_a_hint_about_the_keyboard():
    sample = legacy_encoding.from_unicode(BASE[0], "tcvn3")
    with pytest.raises(validators.ValidationError) as caught:
        validators.validate_vietnamese(sample)
    assert caught.value.code == validators.LEGACY
    assert "Unicode" in caught.value.messages[0]


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
@pytest.mark.parametrize("sentence", BASE[:10] + CAPITALS[:5], ids=lambda s: s[:30])
def test_the_comment_field_converts_legacy_text_before_the_rule(encoding, sentence):
    field = PlainTextField(multiline=True)
    converted = field.clean(legacy_encoding.from_unicode(sentence, encoding))
    assert converted == sentence
    assert field.converted_from == encoding
    assert validators.vietnamese_problem(converted) is None


def test_the_comment_field_leaves_unicode_vietnamese_alone():
    field = PlainTextField(multiline=True)
    for sample, category, _ in CASES:
        if category in ("accented", "capitals", "old_style"):
            assert field.clean(sample) == " ".join(sample.split()) or "\n" in sample
            assert field.converted_from is None, sample


@pytest.mark.django_db
def test_a_comment_typed_in_tcvn3_is_saved_in_unicode(post_comment):
    sentence = BASE[3]
    response = post_comment(content=legacy_encoding.from_unicode(sentence, "tcvn3"))
    assert response.status_code == 303
    assert Comment.objects.get().content == sentence


@pytest.mark.django_db
def test_a_comment_typed_in_vni_capitals_is_saved_in_unicode(post_comment):
    response = post_comment(
        title=legacy_encoding.from_unicode("GÓP Ý VỀ ĐÈN ĐƯỜNG", "vni"),
        content=legacy_encoding.from_unicode(CAPITALS[0], "vni"),
    )
    assert response.status_code == 303
    comment = Comment.objects.get()
    assert (comment.title, comment.content) == ("GÓP Ý VỀ ĐÈN ĐƯỜNG", CAPITALS[0])


@pytest.mark.django_db
def test_capitals_with_a_circumflex_or_tilde_are_accepted_by_the_form(post_comment):
    response = post_comment(content="NHÂN DÂN ĐÃ ĐƯỢC HỎI Ý KIẾN CHƯA? ÂM THANH LOA QUÁ TO.")
    assert response.status_code == 303


@pytest.mark.django_db
def test_a_tone_typed_before_the_vowel_mark_is_stored_composed(post_comment):
    assert post_comment(content=tone_before_vowel_mark(BASE[5])).status_code == 303
    assert Comment.objects.get().content == BASE[5]


@pytest.mark.django_db
def test_a_half_unaccented_comment_is_refused_with_the_hint(post_comment):
    assert_refused(
        post_comment(content="Cán bo một cua phục vu tận tinh, chu dao."), "content", "có dấu"
    )


@pytest.mark.django_db
def test_emoji_alone_are_refused_with_a_hint_to_write_words(post_comment):
    assert_refused(post_comment(content="👏👏👏👏👏👏 👍👍👍👍"), "content", "bằng chữ")


@pytest.mark.django_db
def test_short_praise_with_emoji_is_accepted(post_comment):
    assert post_comment(title="Hay 👏👏", content="Tuyệt vờiiii 👍👍").status_code == 303


def test_a_letter_held_down_beyond_the_stretch_is_repetition():
    # MAX_STRETCH letters in all, the word's own included.
    assert validators.vietnamese_problem("Tuyệt vờ" + "i" * validators.MAX_STRETCH) is None
    stretched = "Tuyệt vờ" + "i" * (validators.MAX_STRETCH + 1)
    assert validators.vietnamese_problem(stretched) == validators.REPETITION
