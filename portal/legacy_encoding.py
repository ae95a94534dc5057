"""Vietnamese written in the pre-Unicode encodings, recognised and turned into Unicode NFC.

Three legacy encodings are still met in the documents and pasted text of council offices:

- TCVN3 ("ABC", TCVN 5712:1993): one byte per letter, drawn with the ".Vn" fonts. Read as
  Windows-1252 it looks like "Héi ®ång nh©n d©n". The common VN3 subset has the lowercase toned
  letters and the seven capitals Ă Â Ê Ô Ơ Ư Đ only; capitals with a tone were typed in the
  ".VnTimeH" fonts, which draw the lowercase codes as capitals ("HéI §åNG" is "HỘI ĐỒNG"). The
  full VN1 table also gives those capitals codes of their own (0x01-0x17, 0x80-0x9F and a few
  gaps); both are read.
- VNI-Windows: a base letter followed by a byte for its marks ("Hoäi ñoàng nhaân daân"), and
  single bytes for ơ, ư, đ and a few i/y letters.
- Windows-1258: base letters followed by combining tone marks; Python has the codec (cp1258), and
  NFC composes the result.

Detection works on words, never on single letters (every byte these encodings use is also a letter
or sign of Western European text): a word is evidence for an encoding when, read as Latin text, it
is no Vietnamese syllable, and converted it becomes a valid syllable carrying Vietnamese marks
(portal.text's spelling tables). Words that were valid Vietnamese and would stop being so, and
letters no legacy encoding has (ệ, ạ, đ as Unicode), count against it. An encoding is detected only
when the evidence is clearly for it.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from portal import text

TCVN3 = "tcvn3"
VNI = "vni"
WINDOWS_1258 = "windows-1258"
UTF8 = "utf-8"
UTF16 = "utf-16"
WINDOWS_1252 = "windows-1252"

ENCODINGS = (TCVN3, VNI, WINDOWS_1258)


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", value)


# --- TCVN3 -------------------------------------------------------------------------------------
# Byte -> letter, the whole TCVN 5712:1993 VN1 table (VN3 is the part from 0xA1 up without the
# capitals with tones). ý is 0xFD in both this table and Latin-1, so it needs no entry.
_TCVN3_BYTES = {
    # Capitals with tones below 0x20 (VN1 only).
    0x01: "Ú", 0x02: "Ụ", 0x04: "Ừ", 0x05: "Ử", 0x06: "Ữ", 0x11: "Ứ", 0x12: "Ự", 0x13: "Ỳ",
    0x14: "Ỷ", 0x15: "Ỹ", 0x16: "Ý", 0x17: "Ỵ",
    # Capitals with tones, 0x80-0x9F (VN1 only).
    0x80: "À", 0x81: "Ả", 0x82: "Ã", 0x83: "Á", 0x84: "Ạ", 0x85: "Ặ", 0x86: "Ậ", 0x87: "È",
    0x88: "Ẻ", 0x89: "Ẽ", 0x8A: "É", 0x8B: "Ẹ", 0x8C: "Ệ", 0x8D: "Ì", 0x8E: "Ỉ", 0x8F: "Ĩ",
    0x90: "Í", 0x91: "Ị", 0x92: "Ò", 0x93: "Ỏ", 0x94: "Õ", 0x95: "Ó", 0x96: "Ọ", 0x97: "Ộ",
    0x98: "Ờ", 0x99: "Ở", 0x9A: "Ỡ", 0x9B: "Ớ", 0x9C: "Ợ", 0x9D: "Ù", 0x9E: "Ủ", 0x9F: "Ũ",
    # The seven capitals with vowel marks, and their lowercase letters.
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    # Lowercase letters with tones, with the VN1 capitals in the gaps between them.
    0xAF: "Ằ", 0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ", 0xBA: "Ẳ", 0xBB: "ằ",
    0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xBF: "Ẵ", 0xC0: "Ắ", 0xC1: "Ầ", 0xC2: "Ẩ", 0xC3: "Ẫ",
    0xC4: "Ấ", 0xC5: "Ề", 0xC6: "ặ", 0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    0xCC: "è", 0xCD: "Ể", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ", 0xD2: "ề", 0xD3: "ể",
    0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ", 0xD7: "ì", 0xD8: "ỉ", 0xD9: "Ễ", 0xDA: "Ế", 0xDB: "Ồ",
    0xDC: "ĩ", 0xDD: "í", 0xDE: "ị", 0xDF: "ò", 0xE0: "Ổ", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó",
    0xE4: "ọ", 0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ", 0xEA: "ờ", 0xEB: "ở",
    0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ", 0xEF: "ù", 0xF0: "Ỗ", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú",
    0xF4: "ụ", 0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự", 0xFA: "ỳ", 0xFB: "ỷ",
    0xFC: "ỹ", 0xFE: "ỵ", 0xFF: "Ố",
}  # fmt: skip


def _cp1252_char(byte: int) -> str | None:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return None


# Text "already read as str" went through Windows-1252 or Latin-1: both are accepted.
_TCVN3_CHARS: dict[str, str] = {}
# Windows-1252 punctuation in 0x80-0x9F: in the VN3 fonts these are the punctuation they look
# like, in VN1 capitals. They are read as letters only where the punctuation cannot stand: an
# opening quote after a letter, a closing quote before one, a dash or an ellipsis between two; the
# rare ones (‚ „ † ‰ ‹ › ™) next to any letter.
_TCVN3_PUNCTUATION: dict[str, str] = {}
_OPENING, _CLOSING, _INNER = frozenset("“‘"), frozenset("”’"), frozenset("–—…•")
for _byte, _letter in _TCVN3_BYTES.items():
    _TCVN3_CHARS[chr(_byte)] = _letter
    if 0x80 <= _byte <= 0x9F:
        _shown = _cp1252_char(_byte)
        if _shown is None:
            continue
        if unicodedata.category(_shown).startswith("L"):
            _TCVN3_CHARS[_shown] = _letter
        else:
            _TCVN3_PUNCTUATION[_shown] = _letter
_TCVN3_FROM_LETTER = {
    letter: chr(byte) for byte, letter in _TCVN3_BYTES.items() if not 0x80 <= byte <= 0x9F
}
# Capitals in 0x80-0x9F are written as Windows-1252 shows them, so text round-trips as str.
_TCVN3_FROM_LETTER.update(
    {
        letter: _cp1252_char(byte) or chr(byte)
        for byte, letter in _TCVN3_BYTES.items()
        if 0x80 <= byte <= 0x9F
    }
)
_TCVN3_FROM_LETTER["ý"] = "ý"


def _is_letterlike(char: str) -> bool:
    return char.isalpha() or char in _TCVN3_CHARS


def _tcvn3_to_unicode(value: str) -> str:
    out = []
    last = len(value) - 1
    for index, char in enumerate(value):
        letter = _TCVN3_CHARS.get(char)
        if letter is None and char in _TCVN3_PUNCTUATION:
            before = index > 0 and _is_letterlike(value[index - 1])
            after = index < last and _is_letterlike(value[index + 1])
            if char in _OPENING:
                is_letter = before
            elif char in _CLOSING:
                is_letter = after
            elif char in _INNER:
                is_letter = before and after
            else:
                is_letter = before or after
            if is_letter:
                letter = _TCVN3_PUNCTUATION[char]
        out.append(letter or char)
    return _restore_capitals(value, "".join(out))


_LINE_RE = re.compile(r"[^\n]+")
_WORD_SPAN_RE = re.compile(r"\S+")


def _restore_capitals(original: str, converted: str) -> str:
    """Capitalise words typed in the ".VnTimeH" fonts, where lowercase codes draw capitals.

    The conversion keeps every position, so the ASCII letters of the original tell the case the
    writer meant: a word whose ASCII letters are all capitals ("HéI") is a capital word, and so is
    every word of a line written in capitals ("§µ N½NG" in "TP §µ N½NG").
    """
    result = list(converted)
    for line in _LINE_RE.finditer(original):
        ascii_letters = [c for c in line.group() if c.isascii() and c.isalpha()]
        upper = sum(c.isupper() for c in ascii_letters)
        capital_line = len(ascii_letters) >= 3 and upper >= 0.8 * len(ascii_letters)
        for word in _WORD_SPAN_RE.finditer(line.group()):
            start, end = line.start() + word.start(), line.start() + word.end()
            letters = [c for c in word.group() if c.isascii() and c.isalpha()]
            if letters and not all(c.isupper() for c in letters):
                continue
            if len(letters) >= 2 or (capital_line and word.group() != converted[start:end]):
                result[start:end] = converted[start:end].upper()
    return "".join(result)


# --- VNI-Windows -------------------------------------------------------------------------------
_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"
_CIRCUMFLEX, _BREVE, _HORN = "\u0302", "\u0306", "\u031b"
_TONE_MARKS = frozenset((_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT))

# Single bytes that are letters of their own.
_VNI_LETTERS = {
    "ô": "ơ", "ö": "ư", "ñ": "đ", "æ": "ỉ", "ò": "ị", "ó": "ĩ", "î": "ỵ",
    "Ô": "Ơ", "Ö": "Ư", "Ñ": "Đ", "Æ": "Ỉ", "Ò": "Ị", "Ó": "Ĩ", "Î": "Ỵ",
}  # fmt: skip
# Bytes that put marks on the vowel before them: (vowel-quality mark, tone mark).
_VNI_MARKS = {
    "ø": (None, _GRAVE), "ù": (None, _ACUTE), "û": (None, _HOOK), "õ": (None, _TILDE),
    "ï": (None, _DOT),
    "â": (_CIRCUMFLEX, None), "à": (_CIRCUMFLEX, _GRAVE), "á": (_CIRCUMFLEX, _ACUTE),
    "å": (_CIRCUMFLEX, _HOOK), "ã": (_CIRCUMFLEX, _TILDE), "ä": (_CIRCUMFLEX, _DOT),
    "ê": (_BREVE, None), "è": (_BREVE, _GRAVE), "é": (_BREVE, _ACUTE), "ú": (_BREVE, _HOOK),
    "ü": (_BREVE, _TILDE), "ë": (_BREVE, _DOT),
}  # fmt: skip
_VNI_MARKS.update({char.upper(): marks for char, marks in _VNI_MARKS.items()})
_QUALITY_BASES = {_CIRCUMFLEX: "aeo", _BREVE: "a"}
_VOWEL_BASES = "aeiouy"


def _apply_vni_marks(previous: str, quality: str | None, tone: str | None) -> str | None:
    """The letter `previous` becomes with these marks, or None when VNI cannot mean that."""
    base, *marks = unicodedata.normalize("NFD", previous)
    if base.lower() not in _VOWEL_BASES or any(m in _TONE_MARKS for m in marks):
        return None
    if quality is not None:
        if marks or base.lower() not in _QUALITY_BASES[quality]:
            return None
        marks = [quality]
    if tone is not None:
        marks = [*marks, tone]
    return _nfc(base + "".join(marks))


def _vni_to_unicode(value: str) -> str:
    out: list[str] = []
    for char in value:
        marks = _VNI_MARKS.get(char)
        if marks is not None and out:
            combined = _apply_vni_marks(out[-1], *marks)
            if combined is not None:
                out[-1] = combined
                continue
        out.append(_VNI_LETTERS.get(char, char))
    return "".join(out)


def _vni_from_letter(letter: str) -> str:
    for char, vni in _VNI_LETTERS.items():
        if letter == vni:
            return char
    base, *marks = unicodedata.normalize("NFD", letter)
    if base.lower() not in _VOWEL_BASES or not marks:
        return letter
    quality = next((m for m in marks if m in (_CIRCUMFLEX, _BREVE, _HORN)), None)
    tone = next((m for m in marks if m in _TONE_MARKS), None)
    if quality == _HORN:
        start = {"o": "ô", "u": "ö"}[base.lower()]
        start = start.upper() if base.isupper() else start
        quality = None
    else:
        start = base
    if quality is None and tone is None:
        return start
    code = next(c for c, m in _VNI_MARKS.items() if m == (quality, tone) and c.islower())
    return start + (code.upper() if base.isupper() else code)


# --- Windows-1258 ------------------------------------------------------------------------------
# Text read as Windows-1252 from Windows-1258 bytes: the same byte, read with the right table.
_CP1258_FROM_CP1252: dict[str, str] = {}
for _byte in range(0x80, 0x100):
    _as_1252 = _cp1252_char(_byte) or chr(_byte)
    try:
        _CP1258_FROM_CP1252[_as_1252] = bytes([_byte]).decode("cp1258")
    except UnicodeDecodeError:
        continue


def _cp1258_to_unicode(value: str) -> str:
    return "".join(_CP1258_FROM_CP1252.get(char, char) for char in value)


# --- Public API --------------------------------------------------------------------------------
_CONVERTERS = {TCVN3: _tcvn3_to_unicode, VNI: _vni_to_unicode, WINDOWS_1258: _cp1258_to_unicode}


def to_unicode(value: str, encoding: str) -> str:
    """Convert text in a legacy encoding (as Windows-1252 or Latin-1 shows it) to Unicode NFC."""
    try:
        converter = _CONVERTERS[encoding]
    except KeyError:
        raise ValueError(f"unknown Vietnamese legacy encoding: {encoding!r}") from None
    return _nfc(converter(value))


def from_unicode(value: str, encoding: str) -> str:
    """Write Unicode text in TCVN3 or VNI as Windows-1252 shows those bytes (tests and tools)."""
    value = _nfc(value)
    if encoding == TCVN3:
        return "".join(_TCVN3_FROM_LETTER.get(char, char) for char in value)
    if encoding == VNI:
        return "".join(_vni_from_letter(char) for char in value)
    raise ValueError(f"cannot write Vietnamese legacy encoding: {encoding!r}")


# A word is a run of letters or of the signs TCVN3 uses for letters (® © « ¬ µ ¶ · ¸ …).
_TOKEN_RE = re.compile(
    "(?:[^\\W\\d_]|[" + re.escape("".join(c for c in _TCVN3_CHARS if not c.isalpha())) + "])+"
)
# A Vietnamese letter outside Latin-1: Unicode text, which no legacy encoding produces.
_VIETNAMESE_ONLY_RE = re.compile("[ăĂđĐĩĨũŨơƠưƯ\u1ea0-\u1ef9]")
_VALID = (text.SYLLABLE_MARKED, text.SYLLABLE_PLAIN)
_LOST_LETTER_RE = re.compile(r"[^\W\d_]\?+[^\W\d_]")
# Letters Vietnamese never writes, which the encodings use: one of them in a converted word makes
# even a single word convincing (a name typed in TCVN3: "NguyÔn").
_STRONG_SIGNS = frozenset("®©«¬µ¶·¸¹»¼½¾¡¢£¤¥¦§¨ª\xadÆÇÈÉËÎÏÐÑÖ×ØÞßåæçëîïñö÷øûüþ")


class Evidence:
    """How strongly one encoding explains the words of a text."""

    __slots__ = ("against", "encoding", "for_", "strong")

    def __init__(self, encoding: str):
        self.encoding = encoding
        self.for_ = 0
        self.against = 0
        self.strong = False

    @property
    def score(self) -> float:
        return self.for_ - self.against

    def convincing(self) -> bool:
        if self.for_ >= 2:
            return self.against <= 0.25 * self.for_
        return self.for_ == 1 and self.against == 0 and self.strong

    def __repr__(self) -> str:
        return f"Evidence({self.encoding}, for={self.for_}, against={self.against})"


def _kind(word: str) -> str:
    return text.vietnamese_syllable_kind(_nfc(word))


def weigh(value: str) -> dict[str, Evidence]:
    """The evidence for TCVN3 and for VNI in this text, word by word."""
    found = {TCVN3: Evidence(TCVN3), VNI: Evidence(VNI)}
    unicode_words = 0
    for match in _TOKEN_RE.finditer(value):
        word = match.group()
        if _VIETNAMESE_ONLY_RE.search(word):
            unicode_words += 1
            continue
        if word.isascii():
            continue
        before = None
        for encoding, evidence in found.items():
            converted = _CONVERTERS[encoding](word)
            if converted == word:
                continue
            if before is None:
                before = _kind(word)
            after = _kind(converted)
            if after == text.SYLLABLE_MARKED and before not in _VALID:
                evidence.for_ += 1
                if any(c in _STRONG_SIGNS for c in word):
                    evidence.strong = True
            elif before in _VALID and after not in _VALID:
                evidence.against += 1
    # UTF-8 read in a Western code page ("Ã¡", "á»‡") and letters lost to "?" are other damage,
    # never TCVN3 or VNI words.
    damage = len(text.mojibake_signatures(value)) + len(_LOST_LETTER_RE.findall(value))
    for evidence in found.values():
        evidence.against += unicode_words + damage
    return found


def detect(value: str | None) -> str | None:
    """Return "tcvn3" or "vni" when the text is clearly Vietnamese in that encoding, else None."""
    if not value or value.isascii():
        return None
    found = [e for e in weigh(value).values() if e.convincing()]
    if not found:
        return None
    best = max(found, key=lambda e: e.score)
    return best.encoding


def repair(value: str) -> tuple[str, str | None]:
    """Convert the text when its encoding is clear: (NFC text, encoding), else (text, None)."""
    encoding = detect(value)
    if encoding is None:
        return value, None
    return to_unicode(value, encoding), encoding


# --- Files -------------------------------------------------------------------------------------
def _decode_8bit(data: bytes, codec: str) -> str:
    # The few bytes a code page leaves undefined are kept as their Latin-1 characters.
    return data.decode(codec, errors="surrogateescape").translate(_SURROGATE_TO_LATIN1)


_SURROGATE_TO_LATIN1 = {0xDC00 + byte: chr(byte) for byte in range(0x80, 0x100)}


def _looks_utf16(data: bytes) -> str | None:
    sample = data[:4000]
    if len(sample) < 4:
        return None
    half = len(sample) // 2
    zeros_odd = sample[1::2].count(0)
    zeros_even = sample[0::2].count(0)
    if zeros_odd > 0.3 * half and zeros_even < 0.05 * half:
        return "utf-16-le"
    if zeros_even > 0.3 * half and zeros_odd < 0.05 * half:
        return "utf-16-be"
    return None


_WORD_RE = re.compile(r"[^\W\d_]+")
_COMBINING_RE = re.compile("[\u0300-\u036f]")


def vietnamese_score(value: str) -> int:
    """Valid marked syllables minus broken words: how much a decoding reads as Vietnamese."""
    score = 0
    for word in _WORD_RE.findall(value):
        kind = text.vietnamese_syllable_kind(word)
        if kind == text.SYLLABLE_MARKED:
            score += 1
        elif kind == text.SYLLABLE_INVALID_MARKED or (
            kind == text.SYLLABLE_FOREIGN and not word.isascii()
        ):
            score -= 1
    return score - 2 * len(_COMBINING_RE.findall(value))


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Read a file's bytes as Vietnamese text: (Unicode NFC text, the encoding it was in).

    The label is one of "utf-8", "utf-16", "windows-1258", "tcvn3", "vni" or "windows-1252" (the
    fallback when no reading gives Vietnamese). UTF-8 text that holds TCVN3 or VNI letters (a file
    converted once already by a tool that did not know the font) is converted and labelled with
    the legacy encoding.
    """
    if data.startswith(codecs.BOM_UTF8):
        return _decoded_unicode(data[3:].decode("utf-8", errors="replace"), UTF8)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decoded_unicode(data.decode("utf-16", errors="replace"), UTF16)
    utf16 = _looks_utf16(data)
    if utf16:
        return _decoded_unicode(data.decode(utf16, errors="replace"), UTF16)
    try:
        decoded = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return _decoded_unicode(decoded, UTF8)
    western = _decode_8bit(data, "cp1252")
    readings = [
        (WINDOWS_1258, _nfc(_decode_8bit(data, "cp1258"))),
        (TCVN3, to_unicode(western, TCVN3)),
        (VNI, to_unicode(western, VNI)),
    ]
    scored = [
        (vietnamese_score(reading), -rank, label, reading)
        for rank, (label, reading) in enumerate(readings)
    ]
    score, _, label, reading = max(scored)
    if score <= 0:
        return _nfc(western), WINDOWS_1252
    return reading, label


def _decoded_unicode(decoded: str, label: str) -> tuple[str, str]:
    repaired, encoding = repair(decoded)
    return _nfc(repaired), encoding or label
