"""The search-side fold: whole words, spelling variants, invisible characters (no database)."""

import pytest

from news import search, search_suggest, search_words


def folds(value):
    return [w.fold for w in search_words.words(value)]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Ủy ban", "Uỷ ban"),
        ("hòa giải", "hoà giải"),
        ("thủy lợi", "thuỷ lợi"),
        ("quý", "qúy"),
        ("quý", "quí"),
        ("kĩ thuật", "kỹ thuật"),
        ("lý do", "lí do"),
        ("Mỹ Đình", "Mĩ Đình"),
        ("hy vọng", "hi vọng"),
    ],
)
def test_old_and_new_spellings_fold_and_mark_alike(one, other):
    assert search_words.fold(one) == search_words.fold(other)
    assert search_words.marks(one) == search_words.marks(other)


def test_tone_placement_is_one_word_but_different_tones_are_not():
    assert search_words.marks("hòa") == search_words.marks("hoà") == "hoaf"
    assert search_words.marks("hóa") != search_words.marks("hòa")
    assert search_words.fold("hóa") == search_words.fold("hòa") == "hoa"


def test_y_stays_where_it_is_not_a_variant_of_i():
    assert search_words.fold("ý kiến") == "y kien"
    assert search_words.fold("tuyên truyền") == "tuyen truyen"
    assert search_words.fold("quyết định") == "quyet dinh"


def test_soft_hyphen_and_joiners_inside_a_word_are_dropped():
    assert folds("đồ\u00adng") == ["dong"]
    assert folds("Hội\u200dđồng") == ["hoidong"]


def test_nbsp_and_zero_width_spaces_separate_words():
    assert folds("Hội\u00a0đồng\u200bnhân\u2009dân") == ["hoi", "dong", "nhan", "dan"]


def test_decomposed_marks_in_any_order_fold_to_the_same_word():
    # e + acute + circumflex: NFC cannot join the two marks in this order.
    assert search_words.fold("Vie\u0302\u0323t") == search_words.fold("Việt") == "viet"
    assert search_words.marks("Vie\u0323\u0302t") == search_words.marks("Việt")


def test_word_spans_point_into_the_original_text():
    value = "Thôn Yên, huyện Yên Bình"
    spans = [value[w.start : w.end] for w in search_words.words(value) if w.fold == "yen"]
    assert spans == ["Yên", "Yên"]


def test_highlight_marks_whole_words_only():
    result = search.highlight("Chủ tịch huyện chuyển công tác về xã Yên Bình", ["yen"])
    assert result == "Chủ tịch huyện chuyển công tác về xã <mark>Yên</mark> Bình"
    result = search.highlight("đẩy nhanh tiến độ, nhân dân đồng tình", ["nhan", "dan"])
    assert result == "đẩy nhanh tiến độ, <mark>nhân</mark> <mark>dân</mark> đồng tình"


def test_highlight_finds_the_variant_spelling():
    assert search.highlight("Kỹ thuật", ["ki"]) == "<mark>Kỹ</mark> thuật"


def test_one_letter_words_are_part_of_the_phrase_not_required():
    query = search.parse_query("A Lưới", with_abbreviations=False)
    assert query.terms == ["luoi"]
    assert query.words == ["a", "luoi"]
    assert search.parse_query("a", with_abbreviations=False).terms == ["a"]


def test_single_digits_stay_required():
    assert search.parse_query("quận 1", with_abbreviations=False).terms == ["quan", "1"]


def test_abbreviations_expand_both_ways():
    pairs = [(["hdnd"], ["hoi", "dong", "nhan", "dan"])]
    assert search.expand(["hdnd", "xa", "yen", "binh"], pairs) == [
        ["hdnd", "xa", "yen", "binh"],
        ["hoi", "dong", "nhan", "dan", "xa", "yen", "binh"],
    ]
    assert search.expand(["hoi", "dong", "nhan", "dan", "xa"], pairs) == [
        ["hoi", "dong", "nhan", "dan", "xa"],
        ["hdnd", "xa"],
    ]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("xat", "sat"),
        ("sat", "xat"),
        ("tran", "chan"),
        ("chinh", "trinh"),
        ("gia", "da"),
        ("dan", "ran"),
        ("lam", "nam"),
        ("nam", "lam"),
    ],
)
def test_common_vietnamese_confusions_are_candidates(word, expected):
    assert expected in search_suggest.confusions(word)


def test_nh_and_ng_onsets_are_not_taken_for_n():
    assert all(not c.startswith("lh") for c in search_suggest.confusions("nhan"))
    assert all(not c.startswith("lg") for c in search_suggest.confusions("nguyen"))
