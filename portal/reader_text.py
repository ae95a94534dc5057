"""Whether reader text is Vietnamese written with its diacritics, and the other reader-text rules.

The rule works on words. Each word is classified with portal.text.vietnamese_syllable_kind:
a syllable carrying Vietnamese marks ("việt"), one that is valid with no mark at all ("anh",
"con"), one that is only valid once marks are restored ("viet", "rat", "huu": no Vietnamese
syllable ends in -iet, or in -t without the sắc/nặng tone), something with marks that is no
syllable ("àààà"), or something else (English, keyboard mashing). Numbers, single letters and
abbreviations such as HĐND or UBND are left out of the count.

Text is refused when it is garbage (combining marks stacked on letters, mojibake, most of the
marked words not being syllables), when most words are not Vietnamese, when too few of its
Vietnamese-looking words carry marks, or when it repeats a character or a word over and over.
The thresholds were tuned on tests/comments/diacritics_cases.py and checked on held-out cases.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError

from portal import text

UNACCENTED = "unaccented"
FOREIGN = "foreign"
GARBAGE = "garbage"
REPETITION = "repetition"

MESSAGES = {
    UNACCENTED: (
        "Hãy sử dụng tiếng Việt có dấu: nội dung này có vẻ được gõ không dấu "
        "(ví dụ, hãy viết “Bài viết rất hữu ích” thay vì “Bai viet rat huu ich”)."
    ),
    FOREIGN: "Hãy sử dụng tiếng Việt có dấu: phần lớn nội dung này không phải tiếng Việt.",
    GARBAGE: (
        "Nội dung có chữ hoặc ký tự không đọc được (dấu chồng lên nhau, lỗi phông chữ "
        "hoặc gõ phím ngẫu nhiên). Hãy sử dụng tiếng Việt có dấu."
    ),
    REPETITION: "Nội dung lặp lại một ký tự hoặc một từ quá nhiều lần.",
}

# Administrative and title abbreviations readers type in lower or mixed case ("Tp.", "ThS.").
# All-capital abbreviations (UBND, HĐND, MTTQ, THPT…) need no list: see _classify.
ABBREVIATIONS = frozenset(
    {"tp", "tx", "tt", "ths", "ts", "pgs", "gs", "ks", "bs", "ls", "đc", "qđ", "nq", "ct"}
    | {"hđnd", "ubnd", "mttq", "đbqh", "kt", "xh"}
)

_WORD_RE = re.compile(r"[^\W_]+")
_LINK_RE = re.compile(
    r"(?:\b(?:https?|ftp)://|\bwww\.)\S+"
    r"|\b[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9-]+)*"
    r"\.(?:com|net|org|info|biz|xyz|top|online|site|club|shop|store|link|click|io|co|me|vn|ru|cn)"
    r"\b(?:/\S*)?",
    re.IGNORECASE,
)
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Four identical letters in a row never occur in Vietnamese ("oo" in "xoong" is the most).
_LETTER_RUN_RE = re.compile(r"([^\W\d_])\1{3,}", re.IGNORECASE)
_SYMBOL_RUN_RE = re.compile(r"([^\w\s])\1{9,}")
# "b?o m?t", "Đ?ẩm": what a wrong code page leaves of Vietnamese letters.
_LOST_LETTER_RE = re.compile(r"[^\W\d_]\?[^\W\d_]")
_MOJIBAKE_CHARS = frozenset("\ufffdÃÂÆº¿¡")

# Share of the Vietnamese-looking words that must carry marks. Real Vietnamese has roughly two
# marked syllables in three; a short text can have fewer ("Cho anh em hỏi": one in four). Texts
# typed without marks but for a word or two stay under one in five.
LONG_TEXT_WORDS = 8
MIN_MARKED_SHARE_LONG = 0.3
MIN_MARKED_SHARE_SHORT = 0.25
# A slip or two ("Bài viết rat hay") is fine; more than this share of unaccented words is not.
MAX_UNACCENTED_SHARE = 0.2
MAX_FOREIGN_SHARE = 0.5
MAX_INVALID_MARKED_SHARE = 0.25
MAX_SAME_WORD_IN_A_ROW = 3
MIN_DISTINCT_WORD_SHARE = 0.3


@dataclass(frozen=True)
class Analysis:
    marked: int = 0
    plain: int = 0
    unaccented: int = 0
    foreign: int = 0
    invalid_marked: int = 0
    neutral: int = 0
    garbled: bool = False
    repetitive: bool = False
    problem: str | None = None


def _classify(word):
    if any(char.isdigit() for char in word):
        return "neutral"
    if len(word) == 1 and not text.has_vietnamese_marks(word):
        return "neutral"  # "khu B", "phương án A"
    if word.casefold() in ABBREVIATIONS:
        return "neutral"
    kind = text.vietnamese_syllable_kind(word)
    if word.isupper() and kind in (text.SYLLABLE_FOREIGN, text.SYLLABLE_INVALID_MARKED):
        return "neutral"  # UBND, HĐND, THCS, GDP
    return kind


# The combining-mark blocks Latin text uses (and Zalgo text abuses); other scripts such as Thai
# write their vowels with combining marks of their own and are judged as foreign words instead.
_LATIN_COMBINING_RE = re.compile(
    "[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
)


def _is_garbled(value):
    combining = [match.start() for match in _LATIN_COMBINING_RE.finditer(value)]
    # NFC gives every Vietnamese letter a single code point, so marks left over are not
    # Vietnamese: a few may be stray, many (or stacked ones) are Zalgo text.
    stacked = any(b == a + 1 for a, b in zip(combining, combining[1:], strict=False))
    if len(combining) >= 3 or stacked:
        return True
    mojibake = sum(1 for c in value if c in _MOJIBAKE_CHARS)
    return mojibake >= 2 or "\ufffd" in value or len(_LOST_LETTER_RE.findall(value)) >= 2


def _is_repetitive(value, words):
    if _LETTER_RUN_RE.search(value) or _SYMBOL_RUN_RE.search(value):
        return True
    folded = [w.casefold() for w in words]
    run = 1
    for previous, current in zip(folded, folded[1:], strict=False):
        run = run + 1 if current == previous else 1
        if run > MAX_SAME_WORD_IN_A_ROW:
            return True
    # The same short phrase over and over: "đẹp quá đẹp quá đẹp quá…".
    return len(folded) >= 8 and len(set(folded)) < MIN_DISTINCT_WORD_SHARE * len(folded)


def analyse(value):
    """Count the kinds of words in the text and name its problem (None when acceptable)."""
    # Addresses are judged by the link limit, not as words: a slug is unaccented by design.
    value = _LINK_RE.sub(" ", _EMAIL_RE.sub(" ", text.normalize(value)))
    words = _WORD_RE.findall(value)
    counts = Counter(_classify(word) for word in words)
    found = {
        "marked": counts[text.SYLLABLE_MARKED],
        "plain": counts[text.SYLLABLE_PLAIN],
        "unaccented": counts[text.SYLLABLE_UNACCENTED],
        "foreign": counts[text.SYLLABLE_FOREIGN],
        "invalid_marked": counts[text.SYLLABLE_INVALID_MARKED],
        "neutral": counts["neutral"],
    }
    checks = {"garbled": _is_garbled(value), "repetitive": _is_repetitive(value, words)}
    return Analysis(**found, **checks, problem=_problem(**found, **checks))


def _problem(*, marked, plain, unaccented, foreign, invalid_marked, neutral, garbled, repetitive):
    if garbled:
        return GARBAGE
    if repetitive:
        return REPETITION
    counted = marked + plain + unaccented + foreign + invalid_marked
    if counted == 0:
        return FOREIGN  # only numbers, symbols or abbreviations
    if invalid_marked >= 2 and invalid_marked > MAX_INVALID_MARKED_SHARE * (
        marked + invalid_marked
    ):
        return GARBAGE
    if foreign > MAX_FOREIGN_SHARE * counted:
        return FOREIGN
    vietnamese = marked + plain + unaccented
    if marked == 0:
        return UNACCENTED if vietnamese else FOREIGN
    if unaccented > 1 and unaccented > MAX_UNACCENTED_SHARE * vietnamese:
        return UNACCENTED
    minimum = MIN_MARKED_SHARE_LONG if vietnamese >= LONG_TEXT_WORDS else MIN_MARKED_SHARE_SHORT
    if marked < minimum * vietnamese:
        return UNACCENTED
    return None


def vietnamese_problem(value):
    return analyse(value).problem


def validate_vietnamese(value):
    """Refuse text that is not Vietnamese written with its diacritics."""
    problem = vietnamese_problem(value)
    if problem:
        raise ValidationError(MESSAGES[problem], code=problem)


NAME_MESSAGE = "Hãy viết họ tên bằng chữ, tiếng Việt có dấu (ví dụ: Nguyễn Thị Lan)."
_NAME_RE = re.compile(r"[^\W\d_]+(?:[ .'’-]+[^\W\d_]+)*\.?")


def validate_name(value):
    """A person's name: letters with spaces, dots, hyphens or apostrophes, and no unaccented
    Vietnamese ("Nguyen Van An"); foreign names and unmarked ones such as "Lan Anh" pass."""
    value = text.normalize(value)
    analysis = analyse(value)
    if analysis.garbled or not _NAME_RE.fullmatch(value):
        raise ValidationError(NAME_MESSAGE, code="name")
    if analysis.unaccented and not analysis.marked:
        raise ValidationError(NAME_MESSAGE, code="unaccented")
    if analysis.repetitive:
        raise ValidationError(NAME_MESSAGE, code="name")


# --- Links -------------------------------------------------------------------------------------
def count_links(value):
    return len(_LINK_RE.findall(text.normalize(value)))


def validate_no_links(value):
    if count_links(value):
        raise ValidationError("Không được đưa đường dẫn (link) vào mục này.", code="links")


def validate_link_limit(value):
    limit = settings.COMMENTS_MAX_LINKS
    if count_links(value) > limit:
        raise ValidationError(
            f"Bình luận chỉ được chứa tối đa {limit} đường dẫn (link).", code="links"
        )


# --- Phone numbers -----------------------------------------------------------------------------
PHONE_MESSAGE = (
    "Số điện thoại không hợp lệ. Hãy nhập số di động (ví dụ 0912 345 678 hoặc +84 912 345 678) "
    "hoặc số cố định kèm mã vùng (ví dụ 024 3825 1234)."
)
_PHONE_SEPARATORS_RE = re.compile(r"[\s.\-()]")
_PHONE_ALLOWED_RE = re.compile(r"\+?[\d\s.\-()]+")
# Mobile: 03x, 05x, 07x, 08x, 09x and 8 more digits. Landline: 02 + area code + subscriber,
# 11 digits in all since the 2017 renumbering (024 3825 1234, 0236 3822 123).
_MOBILE_RE = re.compile(r"0[35789]\d{8}")
_LANDLINE_RE = re.compile(r"02\d{9}")


def normalize_phone(value):
    """Return the phone number as plain digits starting with 0, or raise ValidationError."""
    value = text.normalize(value).strip()
    if not _PHONE_ALLOWED_RE.fullmatch(value):
        raise ValidationError(PHONE_MESSAGE, code="phone")
    digits = _PHONE_SEPARATORS_RE.sub("", value)
    if digits.startswith("+84"):
        digits = "0" + digits[3:].removeprefix("0")  # "+84 (0) 912…" also seen
    elif digits.startswith("0084"):
        digits = "0" + digits[4:].removeprefix("0")
    elif digits.startswith("84") and len(digits) in (11, 12):
        digits = "0" + digits[2:]
    if "+" in digits or not (_MOBILE_RE.fullmatch(digits) or _LANDLINE_RE.fullmatch(digits)):
        raise ValidationError(PHONE_MESSAGE, code="phone")
    return digits
