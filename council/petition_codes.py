"""Reference codes a citizen gets for a question or petition, to look its status up ("Tra cứu").

"KN-2026-7H3K-Q9MZ": the year it was received and eight symbols of Crockford's base 32 (digits and
letters without I, L, O and U), drawn by `secrets`: 32⁸ ≈ 10¹² codes, so with the look-up rate
limited per address a guessed code finds nothing. Typing is forgiving: case, spaces, dashes and
full-width characters are ignored, and O is read as 0, I and L as 1, as people mistype them.
"""

from __future__ import annotations

import re
import secrets
import unicodedata

PREFIX = "KN"
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 8
# The shape shown to people who typed something else.
EXAMPLE = "KN-2026-7H3K-Q9MZ"
MAX_TYPED_LENGTH = 40

_MISREAD = str.maketrans({"O": "0", "I": "1", "L": "1"})
_TYPED_RE = re.compile(rf"(?:{PREFIX})?(\d{{4}})([0-9A-Z]{{{LENGTH}}})")


def new_code(year: int) -> str:
    symbols = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    return _format(year, symbols)


def _format(year, symbols):
    half = LENGTH // 2
    return f"{PREFIX}-{year:04d}-{symbols[:half]}-{symbols[half:]}"


def parse(typed: str | None) -> str | None:
    """The code as stored, from what a person typed; None when it cannot be a code."""
    if not typed or len(typed) > MAX_TYPED_LENGTH:
        return None
    squeezed = re.sub(r"[\W_]", "", unicodedata.normalize("NFKC", typed)).upper()
    match = _TYPED_RE.fullmatch(squeezed)
    if match is None:
        return None
    year, symbols = match.groups()
    symbols = symbols.translate(_MISREAD)
    if any(symbol not in ALPHABET for symbol in symbols):
        return None  # U: never drawn
    return _format(int(year), symbols)
