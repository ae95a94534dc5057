"""Vietnamese text helpers: normalization, accent folding, slugs and whitespace cleanup."""

from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path

_INVISIBLE = (
    "\u200b\u200c\u200d\u2060\ufeff\u180e"  # zero-width characters
    "\u00ad\u034f\u2061\u2062\u2063\u2064"  # soft hyphen (Word), joiner, invisible operators
    "\u200e\u200f\u061c"  # bidi marks
    "\u202a\u202b\u202c\u202d\u202e"  # bidi embeddings and overrides
    "\u2066\u2067\u2068\u2069"  # bidi isolates
)
_CONTROLS = [c for c in range(0xA0) if unicodedata.category(chr(c)) == "Cc"]  # all Cc are below A0
_REMOVE_TABLE = {c: None for c in (*map(ord, _INVISIBLE), *_CONTROLS) if chr(c) not in "\n\t"}

_SLUG_JUNK_RE = re.compile(r"[^a-z0-9]+")
# Every whitespace character except the newline, so pasted non-breaking spaces collapse too.
_INLINE_SPACE_RE = re.compile(r"[^\S\n]+")
_MANY_NEWLINES_RE = re.compile(r"\n{3,}")

# Bounds memory when hostile input walks through the whole code space.
_FOLD_TABLE_LIMIT = 65536


# Vowel-quality marks (circumflex, breve, horn) go before the tone mark in Vietnamese letters.
_QUALITY_MARKS = frozenset("\u0302\u0306\u031b")
_COMBINING_RUN_RE = re.compile("[\u0300-\u036f]{2,}")
_HAS_COMBINING_RE = re.compile("[\u0300-\u036f]")


def _quality_first(match: re.Match) -> str:
    marks = match.group()
    return "".join(sorted(marks, key=lambda mark: mark not in _QUALITY_MARKS))


def reorder_marks(text: str) -> str:
    """Put vowel-quality marks before tone marks, the order Vietnamese letters are composed in.

    "e" + "\u0301" + "\u0302" (a tone typed before the circumflex) has both marks in the same
    combining class, so NFC keeps their order and composes "é" with a stray circumflex; after
    this it composes "ế". The result is NFD where it changed anything; NFC it afterwards.
    """
    if not _HAS_COMBINING_RE.search(text):
        return text
    return _COMBINING_RUN_RE.sub(_quality_first, unicodedata.normalize("NFD", text))


def normalize(text: str | None) -> str:
    """Return NFC text with \\n line endings and invisible/control characters removed.

    Invisible characters include soft hyphens (U+00AD, left by Word). Tone marks typed before a
    vowel-quality mark are put after it first, so the letter composes. Whitespace is not
    trimmed. The result is stable: normalize(normalize(s)) == normalize(s).
    """
    if text is None:
        return ""
    text = str(text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Removal must come before NFC: a dropped character may sit between a letter and its mark.
    text = text.translate(_REMOVE_TABLE)
    return unicodedata.normalize("NFC", reorder_marks(text))


def _fold_char(char: str) -> str:
    if char in "đĐ":
        return "d"
    if unicodedata.category(char) == "Zs":
        return " "  # no-break, narrow, figure and other spaces search as a space
    base = "".join(c for c in unicodedata.normalize("NFD", char) if unicodedata.category(c) != "Mn")
    if len(base) == 1:
        lowered = base.lower()
        if len(lowered) == 1:
            return lowered
    # Keep one character per input character (e.g. Hangul syllables, lone combining marks).
    lowered = char.lower()
    return lowered if len(lowered) == 1 else char


class _FoldTable(dict):
    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        if len(self) < _FOLD_TABLE_LIMIT:
            self[code] = folded
        return folded


_FOLD_TABLE = _FoldTable()


def fold(text: str | None) -> str:
    """Return normalized text in lower case without diacritics, with đ/Đ mapped to d.

    Folding is length-preserving: len(fold(s)) == len(normalize(s)), and the character at each
    index of the result comes from the character at the same index of normalize(s). Search code
    relies on this to map match positions in folded text back to the original. Characters whose
    folded form would not be a single character fall back to their lower case or to themselves
    (so a lone combining mark that NFC cannot attach to a letter is kept).
    """
    return normalize(text).translate(_FOLD_TABLE)


def slugify(text: str | None, max_length: int = 200) -> str:
    """Return an ASCII slug such as "hoi-dong-nhan-dan-da-nang", at most max_length long."""
    slug = _SLUG_JUNK_RE.sub("-", fold(text)).strip("-")
    if len(slug) <= max_length:
        return slug
    head = slug[:max_length]
    if slug[max_length] != "-":
        dash = head.rfind("-")
        if dash > 0:
            head = head[:dash]
    return head.strip("-")


def squash_spaces(text: str | None) -> str:
    """Return normalized text with spaces collapsed, lines stripped, at most one blank line."""
    lines = (_INLINE_SPACE_RE.sub(" ", line).strip() for line in normalize(text).split("\n"))
    return _MANY_NEWLINES_RE.sub("\n\n", "\n".join(lines)).strip()


# --- Vietnamese syllables ------------------------------------------------------------------
# Used to tell Vietnamese written with its marks from unaccented Vietnamese, other languages and
# garbage. A syllable is onset + rhyme + one tone; the tables below are the written forms of the
# language (tone marks removed, vowel-quality marks ă â ê ô ơ ư kept).

SYLLABLE_MARKED = "marked"  # a valid syllable carrying Vietnamese marks: "việt", "đi", "ơn"
SYLLABLE_PLAIN = "plain"  # valid as written without any mark: "anh", "ba", "con", "hay"
SYLLABLE_UNACCENTED = "unaccented"  # valid only once marks are restored: "viet", "rat", "huu"
SYLLABLE_INVALID_MARKED = "invalid_marked"  # carries marks but is no syllable: "àààà", "vịệt"
SYLLABLE_FOREIGN = "foreign"  # no marks, not Vietnamese: "good", "asdf", "Facebook"

_TONES = {
    "\u0300": "huyền",
    "\u0301": "sắc",
    "\u0309": "hỏi",
    "\u0303": "ngã",
    "\u0323": "nặng",
}
# Vowel-quality marks and the letters that may carry them.
_QUALITY = {
    ("a", "\u0306"): "ă",
    ("a", "\u0302"): "â",
    ("e", "\u0302"): "ê",
    ("o", "\u0302"): "ô",
    ("o", "\u031b"): "ơ",
    ("u", "\u031b"): "ư",
}
_VOWELS = frozenset("aăâeêioôơuưy")
_LETTERS = frozenset("abcdđeghiklmnopqrstuvxy") | _VOWELS
_MARKED_LETTERS = frozenset("ăâêôơưđ")

_ONSETS = (
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr",
    "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
)  # fmt: skip
# Rhymes as written after a consonant (the "qu" onset is handled separately), by vowel nucleus.
_RHYME_TABLE = """
    a ac ach ai am an ang anh ao ap at au ay
    ăc ăm ăn ăng ăp ăt
    âc âm ân âng âp ât âu ây
    e ec em en eng eo ep et
    ê êch êm ên ênh êp êt êu
    i ia ich im in inh ip it iu
    iêc iêm iên iêng iêp iêt iêu
    y yêm yên yêt yêu
    o oc oi om on ong op ot ooc oong
    oa oac oach oai oam oan oang oanh oao oap oat oay
    oăc oăm oăn oăng oăt
    oe oen oeo oet
    ô ôc ôi ôm ôn ông ôp ôt
    ơ ơi ơm ơn ơp ơt
    u ua uc ui um un ung up ut
    uân uâng uât uây
    uê uêch uênh
    uôc uôi uôm uôn uông uôt
    uơ
    uy uya uych uynh uyp uyt uyu uyên uyêt
    ư ưa ưc ưi ưm ưng ưt ưu
    ươc ươi ươm ươn ương ươp ươt ươu
"""
_RHYMES = frozenset(_RHYME_TABLE.split())
# After "qu" the u is the glide, so what follows starts with a full vowel: qua, quân, quyết, quốc.
_QU_RHYMES = frozenset(
    {r for r in _RHYMES if r[0] in "aăâeêyôơ"}
    | {r[1:] for r in _RHYMES if r.startswith("uy")}
    | {"i", "it", "inh"}  # older spellings: qui, quít, quinh
)
_STOP_CODAS = ("c", "ch", "p", "t")
_FRONT_VOWELS = frozenset("eêiy")

_DEACCENT = str.maketrans("ăâêôơưđ", "aaeoouđ")


def _fold_letters(letters: str) -> str:
    return letters.translate(_DEACCENT).replace("đ", "d")


_FOLDED_RHYMES = frozenset(map(_fold_letters, _RHYMES))
_FOLDED_QU_RHYMES = frozenset(map(_fold_letters, _QU_RHYMES))


def _parse_syllable(token: str) -> tuple[str, str | None, bool] | None:
    """Split a word into its letters without tone, its tone and whether it carries any mark.

    Returns None when a character is not a Vietnamese letter, a mark sits where Vietnamese
    never puts one, or the word carries more than one tone.
    """
    letters = []
    tone = None
    marked = False
    for char in normalize(token).lower():
        if char == "đ":
            letters.append(char)
            marked = True
            continue
        base, *marks = unicodedata.normalize("NFD", char)
        if base not in _LETTERS:
            return None
        for mark in marks:
            if (base, mark) in _QUALITY:
                base = _QUALITY[(base, mark)]
            elif mark in _TONES and base in _VOWELS and tone is None:
                tone = _TONES[mark]
            else:
                return None
            marked = True
        letters.append(base)
    return "".join(letters), tone, marked


def _spelling_allows(onset: str, rhyme: str) -> bool:
    """Vietnamese spelling rules joining an onset to a rhyme (k/c, gh/g, ngh/ng, iê/yê)."""
    first = rhyme[0]
    if onset in ("k", "gh", "ngh"):
        return first in _FRONT_VOWELS
    if onset in ("c", "ng"):
        return first not in _FRONT_VOWELS
    if onset == "g":
        return first not in "eêy"
    if onset == "gi":
        return first not in "iy"
    if rhyme.startswith("yê"):
        return onset == ""
    if rhyme.startswith("iê"):
        return onset != ""
    return True


def _tone_allows(rhyme: str, tone: str | None) -> bool:
    # Syllables closed by a stop consonant only take the sắc or nặng tone.
    return not rhyme.endswith(_STOP_CODAS) or tone in ("sắc", "nặng")


def _is_syllable(letters: str, tone: str | None) -> bool:
    if letters.startswith("qu"):
        rest = letters[2:]
        return rest in _QU_RHYMES and _tone_allows(rest, tone)
    for onset in _ONSETS:
        if letters.startswith(onset):
            rhyme = letters[len(onset) :]
            if rhyme in _RHYMES and _spelling_allows(onset, rhyme) and _tone_allows(rhyme, tone):
                return True
    return False


def _is_syllable_without_marks(folded: str) -> bool:
    """Whether some choice of marks turns this unmarked word into a valid syllable."""
    if folded.startswith("qu") and folded[2:] in _FOLDED_QU_RHYMES:
        return True
    for onset in _ONSETS:
        if onset == "đ" or not folded.startswith(onset):
            continue
        rhyme = folded[len(onset) :]
        # Folded "ie"/"ye" can only be the iê/yê of the marked rhyme, whose spelling rules apply.
        marked_start = {"ie": "iê", "ye": "yê"}.get(rhyme[:2], rhyme[:1])
        if rhyme in _FOLDED_RHYMES and _spelling_allows(onset, marked_start):
            return True
    return False


def vietnamese_syllable_kind(token: str) -> str:
    """Classify one word (no spaces or digits) as one of the SYLLABLE_* kinds."""
    parsed = _parse_syllable(token)
    if parsed is None:
        return SYLLABLE_INVALID_MARKED if has_vietnamese_marks(token) else SYLLABLE_FOREIGN
    letters, tone, marked = parsed
    if marked:
        return SYLLABLE_MARKED if _is_syllable(letters, tone) else SYLLABLE_INVALID_MARKED
    if _is_syllable(letters, None):
        return SYLLABLE_PLAIN
    if _is_syllable_without_marks(letters):
        return SYLLABLE_UNACCENTED
    return SYLLABLE_FOREIGN


def has_vietnamese_marks(text: str | None) -> bool:
    """Whether the text has a letter only Vietnamese marks make: ă â ê ô ơ ư đ or a tone mark."""
    for char in normalize(text).lower():
        if char in _MARKED_LETTERS:
            return True
        decomposed = unicodedata.normalize("NFD", char)
        if decomposed[0] in _LETTERS and any(mark in _TONES for mark in decomposed[1:]):
            return True
    return False


# --- Mojibake ------------------------------------------------------------------------------
# UTF-8 read as Windows-1252 or Latin-1 turns each Vietnamese letter into two or three characters
# with recognisable shapes: a lead character (Ã Ä Å Æ for the Latin letters, á then º or » for the
# letters of the U+1Exx block) followed by a continuation character from the 0x80-0xBF range. A
# single Â or Ã is a Vietnamese capital ("NHÂN DÂN ĐÃ"), so only the pairs count.
_CONTINUATION = "".join(
    {bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(0x80, 0xC0)}
    | {chr(b) for b in range(0x80, 0xA0)}
).replace("\xa0", "")
_MOJIBAKE_RE = re.compile(
    "[ÃÂ][" + re.escape(_CONTINUATION) + "]"  # á à â ã è é ê ì í ò ó ô õ ù ú ý, ©, °
    "|(?<=[a-zà-ÿ])Ã\xa0"  # à: Ã and a no-break space, inside a lowercase word
    "|Ä[‘\u0091ƒ\u0083‚\u0082\u0090©¨]"  # đ ă Ă Đ ĩ Ĩ
    "|Å[©¨]"  # ũ Ũ
    "|Æ[°¡¯\xa0]"  # ư ơ Ư Ơ
    "|á[º»][" + re.escape(_CONTINUATION) + "]"  # ạ ả ấ … ỹ
    "|â€[™œ\u009d“”˜¦]"  # ’ “ ” … typographic punctuation
)


def mojibake_signatures(text: str | None) -> list[str]:
    """The pieces of the text that are UTF-8 read in a Western code page ("Ã¡", "á»‡", "Ä‘")."""
    return _MOJIBAKE_RE.findall(text or "")


# --- How often a syllable is written with marks ----------------------------------------------
# portal/data/syllable_marks.tsv, built by scripts/build_syllable_table.py from the Vietnamese
# text the project ships (demo articles, council records, comments and portal/data/corpus/):
# for each syllable folded to ASCII ("cua"), how many times it was seen and how many of those
# were written bare, without any mark ("cua" itself rather than "của", "cửa", "cựa").
SYLLABLE_TABLE_PATH = Path(__file__).resolve().parent / "data" / "syllable_marks.tsv"


@functools.cache
def _syllable_table() -> dict[str, tuple[int, int]]:
    table = {}
    with SYLLABLE_TABLE_PATH.open(encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#") or not line.strip():
                continue
            folded, seen, bare = line.rstrip("\n").split("\t")
            table[folded] = (int(seen), int(bare))
    return table


def bare_share(word: str) -> float:
    """How often this syllable is written without marks in Vietnamese text, from 0 to 1.

    "cua" is nearly always "của" or "cửa" (close to 0), "anh" is nearly always bare (close to 1);
    a syllable the table has not seen gets 0.5. Smoothed so one sighting is no certainty.
    """
    seen, bare = _syllable_table().get(fold(word).lower(), (0, 0))
    return (bare + 0.5) / (seen + 1)
