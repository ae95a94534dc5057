"""Vietnamese text helpers: normalization, accent folding, slugs and whitespace cleanup."""

from __future__ import annotations

import re
import unicodedata

_INVISIBLE = (
    "\u200b\u200c\u200d\u2060\ufeff\u180e"  # zero-width characters
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


def normalize(text: str | None) -> str:
    """Return NFC text with \\n line endings and invisible/control characters removed.

    Whitespace is not trimmed. The result is stable: normalize(normalize(s)) == normalize(s).
    """
    if text is None:
        return ""
    text = str(text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Removal must come before NFC: a dropped character may sit between a letter and its mark.
    text = text.translate(_REMOVE_TABLE)
    return unicodedata.normalize("NFC", text)


def _fold_char(char: str) -> str:
    if char in "đĐ":
        return "d"
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
