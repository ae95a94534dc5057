"""Document numbers and symbols ("số, ký hiệu") as written: "15/2023/NQ-HĐND", "01/CTr-HĐND".

The form is a serial number, optionally the year, then the symbol: the kind's abbreviation and the
issuing body's, joined by hyphens ("NQ-HĐND", "KH-UBTVQH15"). The stored number keeps the writing
the clerk typed (NFC, no stray spaces); `number_key` folds it (marks, đ and case ignored) for the
uniqueness rule and for lookups typed without marks.
"""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError

from portal import text

MAX_LENGTH = 60

_LETTERS = "A-Za-zĐđ"
NUMBER_RE = re.compile(
    rf"^(?P<serial>\d{{1,6}})(?:/(?P<year>\d{{4}}))?/(?P<symbol>[{_LETTERS}][{_LETTERS}0-9]*"
    rf"(?:-[{_LETTERS}0-9]+)*)$"
)
_SPACES_AROUND_SEPARATORS_RE = re.compile(r"\s*([/-])\s*")

EXAMPLE = "15/2023/NQ-HĐND"


def normalize(raw: str | None) -> str:
    """NFC, trimmed, without spaces around "/" and "-" (people type "15 / 2023 / NQ - HĐND")."""
    value = text.squash_spaces(raw).replace("\n", " ")
    return _SPACES_AROUND_SEPARATORS_RE.sub(r"\1", value)


def number_key(number: str | None) -> str:
    """The comparable form: folded, lower case ("15/2023/nq-hdnd")."""
    return text.fold(normalize(number))


def parse(number: str):
    """The regex match of a well-formed number, or None."""
    return NUMBER_RE.match(normalize(number))


def validate(number: str, issued_year: int | None = None) -> str:
    """The normalized number, or a ValidationError in Vietnamese saying what is wrong."""
    value = normalize(number)
    if len(value) > MAX_LENGTH:
        raise ValidationError(f"Số, ký hiệu dài quá {MAX_LENGTH} ký tự.", code="number_too_long")
    match = NUMBER_RE.match(value)
    if match is None:
        raise ValidationError(
            f"Số, ký hiệu “{value}” không đúng dạng. Hãy viết số thứ tự, năm (nếu có) và ký hiệu,"
            f" cách nhau bởi dấu “/”, ví dụ: {EXAMPLE} hoặc 01/CTr-HĐND.",
            code="number_malformed",
        )
    if int(match["serial"]) == 0:
        raise ValidationError("Số thứ tự của văn bản phải lớn hơn 0.", code="number_zero")
    year = match["year"]
    if year and issued_year and int(year) != issued_year:
        raise ValidationError(
            f"Năm trong số, ký hiệu ({year}) khác năm ban hành ({issued_year}).",
            code="number_year_mismatch",
        )
    return value
