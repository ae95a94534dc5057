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

Second pass (README "Vietnamese text: the comment rule, legacy encodings, normalisation"):

- Mojibake is recognised by its real signatures only (portal.text.mojibake_signatures: "Ã¡",
  "á»‡", "Ä‘"), never by single letters Vietnamese uses: "NHÂN DÂN ĐÃ" is Vietnamese.
- TCVN3 and VNI text is recognised (portal.legacy_encoding); the form converts it before this
  rule runs, and text that still looks like a legacy font is refused with a hint on the keyboard.
- Words valid without marks are weighed by how often they are written bare in real Vietnamese
  (portal.text.bare_share, from a table built from the text the project ships). A text written
  with marks has about as many bare words as that table predicts; a text with clearly more
  (several usually-marked syllables left bare: "cua", "tinh", "bo") is half-unaccented.
- Emoji and symbols are not words. Comments are held for moderation before anyone reads them,
  so the rule only has to refuse what a moderator would never approve or what a reader should
  retype: a short remark in words that are normally bare ("Hay 👏👏", "OK anh") passes, a
  stretched word ("Tuyệt vờiiii", up to MAX_STRETCH letters) is judged as the word itself, and
  text with no words at all (emoji only) or a letter held down longer is refused.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError

from portal import legacy_encoding, text

UNACCENTED = "unaccented"
FOREIGN = "foreign"
GARBAGE = "garbage"
REPETITION = "repetition"
LEGACY = "legacy"
NO_WORDS = "no_words"  # a message only: such text is refused as FOREIGN

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
    LEGACY: (
        "Nội dung có vẻ được gõ bằng bảng mã cũ (TCVN3/ABC hoặc VNI), nên chữ hiện sai dấu. "
        "Hãy chọn bảng mã Unicode trong bộ gõ (Unikey, EVKey…) rồi gõ lại bằng tiếng Việt có dấu."
    ),
    NO_WORDS: (
        "Hãy viết vài lời bằng chữ, tiếng Việt có dấu (chỉ biểu tượng hay ký hiệu là chưa đủ)."
    ),
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
# Four identical letters in a row never occur in Vietnamese ("oo" in "xoong" is the most); at the
# end of a word they are a word stretched for emphasis ("vờiiii", "quáaaa"), read as the word when
# the stretch is at most MAX_STRETCH letters long and as flooding beyond.
_LETTER_RUN_RE = re.compile(r"([^\W\d_])\1{3,}", re.IGNORECASE)
_SYMBOL_RUN_RE = re.compile(r"([^\w\s])\1{9,}")
MAX_STRETCH = 6
_STRETCH_RE = re.compile(r"([a-zđ])\1{2,}$")
# "b?o m?t", "Đ?ẩm": what a wrong code page leaves of Vietnamese letters.
_LOST_LETTER_RE = re.compile(r"[^\W\d_]\?+[^\W\d_]")

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
# A bare word whose syllable is written bare less often than this is "usually marked" ("cua",
# "tinh", "bo"). A text may have a few more bare words than the table predicts; beyond
# MAX_EXCESS_BARE and MAX_EXCESS_BARE_SHARE of its Vietnamese words it is half-unaccented.
USUALLY_MARKED = 0.2
MAX_EXCESS_BARE = 1.5
MAX_EXCESS_BARE_SHARE = 0.2
# A short remark with no marks passes when its words are usually written bare ("Hay", "OK anh",
# "Hay nha"): the geometric mean of their bare shares is at least USUALLY_BARE ("Cam on", "Hay
# lam" stay under it).
SHORT_BARE_WORDS = 3
USUALLY_BARE = 0.3


@dataclass(frozen=True)
class Analysis:
    marked: int = 0
    plain: int = 0
    unaccented: int = 0
    foreign: int = 0
    invalid_marked: int = 0
    neutral: int = 0
    usually_marked_bare: int = 0
    expected_bare: float = 0.0
    all_usually_bare: bool = False
    garbled: bool = False
    repetitive: bool = False
    legacy: str | None = None
    has_words: bool = True
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
    # NFC (after portal.text puts tone marks after the vowel marks) gives every Vietnamese
    # letter a single code point, so marks left over are not Vietnamese: a few may be stray,
    # many (or stacked ones) are Zalgo text.
    stacked = any(b == a + 1 for a, b in zip(combining, combining[1:], strict=False))
    if len(combining) >= 3 or stacked:
        return True
    if text.mojibake_signatures(value):
        return True
    return "\ufffd" in value or len(_LOST_LETTER_RE.findall(value)) >= 2


def _unstretch(word):
    """The word with a stretched last letter put back to one ("vờiiii" -> "vời"), or None when
    the stretch is longer than MAX_STRETCH letters."""
    folded = text.fold(word)  # one character per character, so positions carry over
    match = _STRETCH_RE.search(folded)
    if not match or match.start() == 0:
        return word  # "bbbb" is no word stretched
    if len(match.group()) > MAX_STRETCH:
        return None
    return word[: match.start() + 1]


def _is_repetitive(value, words):
    if _SYMBOL_RUN_RE.search(value):
        return True
    for word in words:
        if _unstretch(word) is None:
            return True
        run = _LETTER_RUN_RE.search(word)
        if run and (run.end() != len(word) or run.start() == 0):
            return True  # a letter held down inside a word or as a word: "aaaaabc", "bbbb"
    folded = [w.casefold() for w in words]
    run = 1
    for previous, current in zip(folded, folded[1:], strict=False):
        run = run + 1 if current == previous else 1
        if run > MAX_SAME_WORD_IN_A_ROW:
            return True
    # The same short phrase over and over: "đẹp quá đẹp quá đẹp quá…".
    return len(folded) >= 8 and len(set(folded)) < MIN_DISTINCT_WORD_SHARE * len(folded)


def _legacy_evidence(raw):
    """ "clear" when the text is TCVN3 or VNI, "some" when a word or two read as one, else None."""
    if raw.isascii() or _LATIN_COMBINING_RE.search(raw):
        return None  # the legacy fonts' bytes are letters and signs, never combining marks
    if legacy_encoding.detect(raw):
        return "clear"
    found = legacy_encoding.weigh(raw).values()
    return "some" if any(e.for_ >= 1 and e.for_ > e.against for e in found) else None


def analyse(value):
    """Count the kinds of words in the text and name its problem (None when acceptable)."""
    raw = str(value or "")
    # Addresses are judged by the link limit, not as words: a slug is unaccented by design.
    value = _LINK_RE.sub(" ", _EMAIL_RE.sub(" ", text.normalize(raw)))
    words = _WORD_RE.findall(value)
    kinds = []
    expected_bare = 0.0
    usually_marked_bare = 0
    bare_log = 0.0
    vietnamese_words = 0
    for word in words:
        word = _unstretch(word) or word
        kind = _classify(word)
        kinds.append(kind)
        if kind in (text.SYLLABLE_MARKED, text.SYLLABLE_PLAIN, text.SYLLABLE_UNACCENTED):
            share = text.bare_share(word)
            expected_bare += share
            if kind != text.SYLLABLE_MARKED and share < USUALLY_MARKED:
                usually_marked_bare += 1
            vietnamese_words += 1
            bare_log += math.log(share) if kind == text.SYLLABLE_PLAIN else -math.inf
    counts = Counter(kinds)
    found = {
        "marked": counts[text.SYLLABLE_MARKED],
        "plain": counts[text.SYLLABLE_PLAIN],
        "unaccented": counts[text.SYLLABLE_UNACCENTED],
        "foreign": counts[text.SYLLABLE_FOREIGN],
        "invalid_marked": counts[text.SYLLABLE_INVALID_MARKED],
        "neutral": counts["neutral"],
        "usually_marked_bare": usually_marked_bare,
        "expected_bare": round(expected_bare, 2),
        "all_usually_bare": bool(
            vietnamese_words and math.exp(bare_log / vietnamese_words) >= USUALLY_BARE
        ),
    }
    checks = {
        "garbled": _is_garbled(value),
        "repetitive": _is_repetitive(value, words),
        "legacy": _legacy_evidence(raw),
    }
    has_words = any(kind != "neutral" for kind in kinds)
    problem = _problem(**found, **checks, has_words=has_words)
    return Analysis(**found, **checks, has_words=has_words, problem=problem)


def _problem(
    *,
    marked,
    plain,
    unaccented,
    foreign,
    invalid_marked,
    neutral,
    usually_marked_bare,
    expected_bare,
    all_usually_bare,
    garbled,
    repetitive,
    legacy,
    has_words,
):
    problem = _word_problem(
        marked=marked,
        plain=plain,
        unaccented=unaccented,
        foreign=foreign,
        invalid_marked=invalid_marked,
        neutral=neutral,
        usually_marked_bare=usually_marked_bare,
        expected_bare=expected_bare,
        all_usually_bare=all_usually_bare,
        garbled=garbled,
        repetitive=repetitive,
        has_words=has_words,
    )
    # Legacy-font text reads as garbage, foreign or unaccented words: say what to change instead.
    # Clear TCVN3 or VNI is refused even where its words would pass: in capitals they are
    # abbreviation-like ("HéI §åNG"), and the reader should see the text as others will.
    if legacy == "clear" and problem != REPETITION:
        return LEGACY
    if legacy == "some" and problem in (FOREIGN, UNACCENTED):
        return LEGACY
    return problem


def _word_problem(
    *,
    marked,
    plain,
    unaccented,
    foreign,
    invalid_marked,
    neutral,
    usually_marked_bare,
    expected_bare,
    all_usually_bare,
    garbled,
    repetitive,
    has_words,
):
    if garbled:
        return GARBAGE
    if repetitive:
        return REPETITION
    counted = marked + plain + unaccented + foreign + invalid_marked
    if counted == 0:
        return FOREIGN  # only numbers, symbols, emoji or abbreviations
    if invalid_marked >= 2 and invalid_marked > MAX_INVALID_MARKED_SHARE * (
        marked + invalid_marked
    ):
        return GARBAGE
    if foreign > MAX_FOREIGN_SHARE * counted:
        return FOREIGN
    vietnamese = marked + plain + unaccented
    if marked == 0:
        if vietnamese and vietnamese <= SHORT_BARE_WORDS and all_usually_bare:
            return None  # "Hay 👏👏", "OK anh": nothing in it would carry a mark
        return UNACCENTED if vietnamese else FOREIGN
    if unaccented > 1 and unaccented > MAX_UNACCENTED_SHARE * vietnamese:
        return UNACCENTED
    minimum = MIN_MARKED_SHARE_LONG if vietnamese >= LONG_TEXT_WORDS else MIN_MARKED_SHARE_SHORT
    if marked < minimum * vietnamese:
        return UNACCENTED
    # More bare words than Vietnamese written with its marks has, several of them usually marked.
    excess = plain + unaccented - expected_bare
    if (
        usually_marked_bare + unaccented >= 2
        and excess > MAX_EXCESS_BARE
        and excess > MAX_EXCESS_BARE_SHARE * vietnamese
    ):
        return UNACCENTED
    return None


def vietnamese_problem(value):
    return analyse(value).problem


def validate_vietnamese(value):
    """Refuse text that is not Vietnamese written with its diacritics."""
    analysis = analyse(value)
    if analysis.problem:
        message = MESSAGES[analysis.problem]
        if analysis.problem == FOREIGN and not analysis.has_words:
            message = MESSAGES[NO_WORDS]
        raise ValidationError(message, code=analysis.problem)


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
