import unicodedata

import pytest

from portal.text import fold, normalize, slugify, squash_spaces

VOWELS = "aăâeêioôơuưy"
TONE_MARKS = "\u0300\u0301\u0309\u0303\u0323"  # huyền, sắc, hỏi, ngã, nặng

# One entry per vowel and tone, in the order of VOWELS x TONE_MARKS.
TONED_WORDS = [
    ("bà con", "ba con"),
    ("cá nhân", "ca nhan"),
    ("cả nước", "ca nuoc"),
    ("đã thông qua", "da thong qua"),
    ("mạnh mẽ", "manh me"),
    ("bằng", "bang"),
    ("mắt", "mat"),
    ("chẳng", "chang"),
    ("ẵm", "am"),
    ("mặt trận", "mat tran"),
    ("tầng lớp", "tang lop"),
    ("cấp tỉnh", "cap tinh"),
    ("phẩm chất", "pham chat"),
    ("dẫn đầu", "dan dau"),
    ("luật", "luat"),
    ("chè xanh", "che xanh"),
    ("xét xử", "xet xu"),
    ("trẻ em", "tre em"),
    ("vẽ tranh", "ve tranh"),
    ("mẹ", "me"),
    ("đề án", "de an"),
    ("kế hoạch", "ke hoach"),
    ("để", "de"),
    ("Nguyễn", "nguyen"),
    ("công việc", "cong viec"),
    ("kì thi", "ki thi"),
    ("chính quyền", "chinh quyen"),
    ("tỉnh", "tinh"),
    ("ý nghĩa", "y nghia"),
    ("đơn vị", "don vi"),
    ("còn lại", "con lai"),
    ("có", "co"),
    ("nhỏ", "nho"),
    ("rõ ràng", "ro rang"),
    ("cuộc họp", "cuoc hop"),
    ("đồng bào", "dong bao"),
    ("số liệu", "so lieu"),
    ("tổ chức", "to chuc"),
    ("mỗi người", "moi nguoi"),
    ("bộ máy", "bo may"),
    ("thời gian", "thoi gian"),
    ("mới", "moi"),
    ("ở", "o"),
    ("đổ vỡ", "do vo"),
    ("hợp tác", "hop tac"),
    ("cùng", "cung"),
    ("chú ý", "chu y"),
    ("chủ tịch", "chu tich"),
    ("cũng", "cung"),
    ("sử dụng", "su dung"),
    ("từ thiện", "tu thien"),
    ("cứu trợ", "cuu tro"),
    ("lịch sử", "lich su"),
    ("những", "nhung"),
    ("sự kiện", "su kien"),
    ("kỳ họp", "ky hop"),
    ("ý kiến", "y kien"),
    ("kỷ niệm", "ky niem"),
    ("kỹ thuật", "ky thuat"),
    ("kỵ binh", "ky binh"),
]

UPPER_CASE_AND_D_STROKE = [
    ("ĐÀ NẴNG", "da nang"),
    ("Đại biểu Quốc hội", "dai bieu quoc hoi"),
    ("HĐND TỈNH", "hdnd tinh"),
    ("ỦY BAN NHÂN DÂN", "uy ban nhan dan"),
    ("Thường Trực", "thuong truc"),
    ("ƯU TIÊN", "uu tien"),
    ("ẤP BẮC", "ap bac"),
    ("ƠN", "on"),
    ("đường", "duong"),
    ("Đ", "d"),
    ("đ", "d"),
]

ODD_STRINGS = [
    "İstanbul",
    "Straße",
    "GROẞ",
    "ǅ ǈ ǋ",
    "ﬁ ﬃ",
    "ΐ Σίσυφος",
    "Йод",
    "한국어",
    "📰 tin mới 👍🏽",
    "👨\u200d👩\u200d👧",
    "\u0301",
    "\u0301\u0300\u0323",
    "q\u0301",
    "a\u0323\u0302",
    "\U0001d400\U0001d41a",
]

INVISIBLE_CHARACTERS = [
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
    "\ufeff",
    "\u180e",
    "\u200e",
    "\u200f",
    "\u061c",
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
]

CONTROL_CHARACTERS = [
    "\x00",
    "\x07",
    "\x08",
    "\x0b",
    "\x0c",
    "\x1b",
    "\x1f",
    "\x7f",
    "\x85",
    "\x9f",
]


def nfd(text):
    return unicodedata.normalize("NFD", text)


def test_toned_words_cover_every_vowel_with_every_tone():
    wanted = {unicodedata.normalize("NFC", v + m) for v in VOWELS for m in TONE_MARKS}
    present = set("".join(word.lower() for word, _ in TONED_WORDS))
    assert wanted - present == set()


def test_normalize_turns_none_into_empty_string():
    assert normalize(None) == ""


def test_normalize_composes_nfd_input_into_nfc():
    text = "Hội đồng nhân dân tỉnh Thừa Thiên Huế"
    assert nfd(text) != text
    assert normalize(nfd(text)) == text


@pytest.mark.parametrize("char", INVISIBLE_CHARACTERS, ids=lambda c: f"U+{ord(c):04X}")
def test_normalize_removes_invisible_character(char):
    assert normalize(f"Hà{char} Nội{char}") == "Hà Nội"


@pytest.mark.parametrize("char", CONTROL_CHARACTERS, ids=lambda c: f"U+{ord(c):04X}")
def test_normalize_removes_control_character(char):
    assert normalize(f"báo{char}cáo") == "báocáo"


def test_normalize_keeps_newlines_and_tabs():
    assert normalize("một\thai\nba") == "một\thai\nba"


def test_normalize_converts_windows_and_old_mac_line_endings():
    assert normalize("dòng 1\r\ndòng 2\rdòng 3\n") == "dòng 1\ndòng 2\ndòng 3\n"
    assert normalize("\r\r\n") == "\n\n"


def test_normalize_does_not_trim_whitespace():
    assert normalize("  tin tức \n") == "  tin tức \n"


def test_normalize_composes_marks_separated_by_a_removed_character():
    assert normalize("a\u200b\u0301") == "á"


@pytest.mark.parametrize(
    "text",
    [
        "Quốc hội",
        nfd("Quốc hội"),
        "a\u200b\u0301",
        "e\u2066\u0302\u0301",
        "x\r\n\r\u200dy",
        *ODD_STRINGS,
    ],
)
def test_normalize_is_idempotent(text):
    once = normalize(text)
    assert normalize(once) == once


@pytest.mark.parametrize(("word", "expected"), TONED_WORDS)
def test_fold_strips_tone_and_vowel_marks(word, expected):
    assert fold(word) == expected


@pytest.mark.parametrize(("word", "expected"), UPPER_CASE_AND_D_STROKE)
def test_fold_lowers_case_and_treats_d_stroke_as_d(word, expected):
    assert fold(word) == expected


@pytest.mark.parametrize(("word", "expected"), TONED_WORDS[::5] + UPPER_CASE_AND_D_STROKE[:4])
def test_fold_gives_the_same_result_for_nfd_input(word, expected):
    assert fold(nfd(word)) == expected


def test_fold_normalizes_first():
    assert fold("Đà\u200b Lạt\r\n") == "da lat\n"
    assert fold(None) == ""


@pytest.mark.parametrize("text", [w for w, _ in TONED_WORDS + UPPER_CASE_AND_D_STROKE])
def test_fold_preserves_length_of_vietnamese_text(text):
    assert len(fold(nfd(text))) == len(normalize(nfd(text))) == len(text)


@pytest.mark.parametrize("text", ODD_STRINGS)
def test_fold_preserves_length_of_odd_characters(text):
    assert len(fold(text)) == len(normalize(text))


def test_fold_preserves_length_over_every_assigned_plane():
    # Planes 4-13 are unassigned and 15-16 are private use, so they add time but no coverage.
    codes = [*range(0xD800), *range(0xE000, 0x40000), *range(0xE0000, 0xF0000)]
    text = "".join(map(chr, codes))
    assert len(fold(text)) == len(normalize(text))


def test_fold_maps_dotted_capital_i_to_plain_i():
    assert fold("İ") == "i"


def test_fold_keeps_a_lone_combining_mark_rather_than_dropping_it():
    assert fold("\u0301") == "\u0301"


def test_fold_keeps_characters_it_cannot_fold_to_one_character():
    assert fold("한") == "한"
    assert fold("ß") == "ß"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hội đồng nhân dân Đà Nẵng", "hoi-dong-nhan-dan-da-nang"),
        ("Kỳ họp thứ 7, HĐND tỉnh (khóa XVI)!", "ky-hop-thu-7-hdnd-tinh-khoa-xvi"),
        ("Ngân   sách\t2024", "ngan-sach-2024"),
        ("--- Tin mới! ---", "tin-moi"),
        ("«Chất vấn» & trả lời…", "chat-van-tra-loi"),
        ("Nghị quyết số 12/2024/NQ-HĐND", "nghi-quyet-so-12-2024-nq-hdnd"),
        (nfd("Ủy ban"), "uy-ban"),
        ("Giáo dục 📚 năm học mới", "giao-duc-nam-hoc-moi"),
    ],
)
def test_slugify_makes_ascii_slugs(text, expected):
    assert slugify(text) == expected


@pytest.mark.parametrize("text", ["", None, "   ", "!!!", "— · —", "📰🗳️"])
def test_slugify_returns_empty_string_without_letters_or_digits(text):
    assert slugify(text) == ""


def test_slugify_cuts_at_the_last_dash_before_max_length():
    assert slugify("Hội đồng nhân dân Đà Nẵng", max_length=12) == "hoi-dong"


def test_slugify_keeps_a_whole_word_that_ends_exactly_at_max_length():
    assert slugify("Hội đồng nhân dân Đà Nẵng", max_length=13) == "hoi-dong-nhan"


def test_slugify_cuts_hard_when_the_first_word_is_too_long():
    assert slugify("Chủtịchhộiđồng nhân dân", max_length=6) == "chutic"


def test_slugify_never_exceeds_max_length():
    text = "Báo cáo kết quả giám sát việc giải quyết kiến nghị của cử tri " * 10
    for max_length in range(1, 120):
        slug = slugify(text, max_length=max_length)
        assert len(slug) <= max_length
        assert not slug.startswith("-") and not slug.endswith("-")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  Nguyễn   Văn\tAn  ", "Nguyễn Văn An"),
        ("  dòng một  \n\t dòng hai ", "dòng một\ndòng hai"),
        ("đoạn 1\n\n\n\n\nđoạn 2", "đoạn 1\n\nđoạn 2"),
        ("đoạn 1\n  \n \t \n\nđoạn 2", "đoạn 1\n\nđoạn 2"),
        ("đoạn 1\r\n\r\n\r\nđoạn 2", "đoạn 1\n\nđoạn 2"),
        ("Hà\u00a0\u00a0Nội", "Hà Nội"),
        ("Tin\u200b  tức", "Tin tức"),
        (nfd("Phú  Yên"), "Phú Yên"),
    ],
)
def test_squash_spaces_tidies_form_input(text, expected):
    assert squash_spaces(text) == expected


@pytest.mark.parametrize("text", ["", None, "   ", "\t\n \r\n  ", "\u200b\ufeff"])
def test_squash_spaces_turns_blank_input_into_empty_string(text):
    assert squash_spaces(text) == ""
