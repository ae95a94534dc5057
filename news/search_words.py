"""Search-side folding: the words (syllables) of a text as the search index and queries see them.

A word is a run of letters and digits. Soft hyphens and zero-width joiners inside a word are
dropped ("đồ\\xadng" is "đồng"); NBSP, zero-width spaces and every other space separate words.
Each word has two keys:

- `fold`: lower case, tone and vowel marks removed, đ = d, and the spellings Vietnamese accepts
  both ways made one: a lone final "y" after a consonant is "i" (kỹ/kĩ, lý/lí, mỹ/mĩ) and
  "qui" is "quy" (quí/quý). Matching uses this key.
- `marks`: the word with its marks spelled out Telex-style with the tone at the end
  ("hội" → "hooij", "hoà" and "hòa" → "hoaf", "thuỷ" and "thủy" → "thuyr", "qúy" → "quys"), so
  old and new tone placement are one word. Only words carrying marks have one; ranking uses it.

Spans are offsets into the text given, so highlights land on the original characters.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from portal import text

# Inside a word these are dropped: soft hyphen, zero-width (non-)joiner, word joiner, BOM.
_JOINERS = "\u00ad\u200c\u200d\u2060\ufeff"
JOINERS_TABLE = {ord(c): None for c in _JOINERS}
WORD_RE = re.compile(rf"[^\W_](?:[^\W_]|[{_JOINERS}])*")
# Combining marks left after NFC (e.g. a mark typed before its vowel's other mark) stay in the word.
_TONE_LETTERS = {"\u0301": "s", "\u0300": "f", "\u0309": "r", "\u0303": "x", "\u0323": "j"}
_QUALITY_LETTERS = {
    ("a", "\u0302"): "aa",
    ("e", "\u0302"): "ee",
    ("o", "\u0302"): "oo",
    ("a", "\u0306"): "aw",
    ("o", "\u031b"): "ow",
    ("u", "\u031b"): "uw",
}
Y_AS_I_RE = re.compile(r"^(b|c|ch|d|dd|g|h|k|kh|l|m|n|nh|ph|r|s|t|th|tr|v|x)y$")


class Word(NamedTuple):
    start: int
    end: int
    fold: str
    marks: str  # "" when the word carries no Vietnamese mark


def _same_spelling(letters: str) -> str:
    """One spelling for the variants readers treat as the same word (letters without tone)."""
    if letters.startswith("qui"):
        return "quy" + letters[3:]
    return Y_AS_I_RE.sub(r"\1i", letters)


# Archives repeat their words: a bounded cache makes indexing and highlighting several times faster.
@lru_cache(maxsize=100_000)
def _keys(raw: str) -> tuple[str, str]:
    word = unicodedata.normalize("NFD", raw.translate(JOINERS_TABLE).lower())
    plain, spelled, tone, marked = [], [], "", False
    for char in word:
        if char == "đ":
            plain.append("d")
            spelled.append("dd")
            marked = True
        elif unicodedata.combining(char):
            if char in _TONE_LETTERS:
                tone = tone or _TONE_LETTERS[char]
                marked = True
            elif spelled and (spelled[-1], char) in _QUALITY_LETTERS:
                spelled[-1] = _QUALITY_LETTERS[(spelled[-1], char)]
                marked = True
            # Any other mark (not Vietnamese) is ignored by both keys.
        else:
            plain.append(char)
            spelled.append(char)
    folded = _same_spelling("".join(plain))
    if not marked:
        return folded, ""
    spelled_word = "".join(spelled)
    if spelled_word == "".join(plain):
        spelled_word = folded
    elif Y_AS_I_RE.match(spelled_word) or spelled_word.startswith("qui"):
        spelled_word = _same_spelling(spelled_word)
    return folded, spelled_word + tone


def words(value: str | None) -> list[Word]:
    """The words of a text with their offsets in it and their two keys."""
    value = value or ""
    result = []
    for match in WORD_RE.finditer(value):
        folded, marks = _keys(match.group())
        if folded:
            result.append(Word(match.start(), match.end(), folded, marks))
    return result


def keys(value: str | None) -> list[tuple[str, str]]:
    """(fold, marks) of each word of a normalized text, without offsets: what the index needs."""
    return [k for k in map(_keys, WORD_RE.findall(value or "")) if k[0]]


def fold(value: str | None) -> str:
    """The folded words of a text joined by single spaces: what the index stores and matches."""
    return " ".join(w.fold for w in words(text.normalize(value)))


def fold_word(value: str) -> str:
    return _keys(text.normalize(value))[0]


def marks(value: str | None) -> str:
    """The marked words of a text, Telex-spelled, joined by spaces."""
    return " ".join(w.marks for w in words(text.normalize(value)) if w.marks)
