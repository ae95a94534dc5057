"""Vietnamese date and number formatting for people: "Thứ Tư, 05/04/2023 17:15", "1.234.567".

Plain functions for Python code (admin, forms, messages); the template filters in
``portal/templatetags/vn_format.py`` are thin wrappers over them.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.utils import timezone

WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")

_INTEGER_RE = re.compile(r"[+-]?\d+", re.ASCII)
_SWAP_SEPARATORS = str.maketrans(",.", ".,")


def to_local(value: object) -> dt.datetime | dt.date | None:
    """Return an aware datetime in the current time zone, naive datetimes and dates as they are."""
    if isinstance(value, dt.datetime):
        # Naive datetimes are taken to be local time already.
        return timezone.localtime(value) if timezone.is_aware(value) else value
    if isinstance(value, dt.date):
        return value
    return None


def format_datetime(value: object) -> str:
    """Format as "Thứ Tư, 05/04/2023 17:15" ("Thứ Tư, 05/04/2023" for a date)."""
    local = to_local(value)
    if local is None:
        return ""
    text = f"{WEEKDAYS[local.weekday()]}, {local:%d/%m/%Y}"
    if isinstance(local, dt.datetime):
        text += f" {local:%H:%M}"
    return text


def format_datetime_short(value: object) -> str:
    """Format as "23/01/2020 | 10:57" ("23/01/2020" for a date)."""
    local = to_local(value)
    if local is None:
        return ""
    if isinstance(local, dt.datetime):
        return f"{local:%d/%m/%Y | %H:%M}"
    return f"{local:%d/%m/%Y}"


def format_date(value: object) -> str:
    """Format as "05/04/2023"."""
    local = to_local(value)
    return "" if local is None else f"{local:%d/%m/%Y}"


def format_time(value: object) -> str:
    """Format as "17:15"; a date has no time and gives ""."""
    if isinstance(value, dt.time):
        return f"{value:%H:%M}"
    local = to_local(value)
    return f"{local:%H:%M}" if isinstance(local, dt.datetime) else ""


def format_machine_datetime(value: object) -> str:
    """ISO 8601 for `<time datetime>` and feeds: "2026-12-01T15:24:19.774+07:00".

    Local time with its offset; at most three fraction digits (milliseconds, none when zero),
    which is what HTML's valid global date-and-time string allows. A date gives "2026-12-01"."""
    local = to_local(value)
    if local is None:
        return ""
    if not isinstance(local, dt.datetime):
        return local.isoformat()
    timespec = "milliseconds" if local.microsecond // 1000 else "seconds"
    return local.isoformat(timespec=timespec)


def _to_decimal(value: object) -> Decimal | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, float):
        # str() gives the shortest repr, so 33.333 becomes Decimal("33.333"), not its binary value.
        value = str(value)
    try:
        number = Decimal(value.strip() if isinstance(value, str) else value)
    except (InvalidOperation, TypeError, ValueError):
        return None
    return number if number.is_finite() else None


def _group_integer(value: object) -> str | None:
    if isinstance(value, str):
        if not _INTEGER_RE.fullmatch(value.strip()):
            return None
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    else:
        decimal = _to_decimal(value)
        if decimal is None:
            return None
        number = int(decimal.to_integral_value(rounding=ROUND_HALF_UP))
    return f"{number:,}".replace(",", ".")


def format_number(value: object) -> str:
    """Format an integer as "1.234.567"; fractions round half up, None gives "0".

    Anything else is returned as str(value), never raising.
    """
    if value is None:
        return "0"
    try:
        grouped = _group_integer(value)
    except (ValueError, InvalidOperation):  # e.g. past Python's int/str digit limit
        grouped = None
    return str(value) if grouped is None else grouped


def format_decimal(value: object, places: int | str = 1) -> str:
    """Format as "1.234,5" with the given number of decimal places (half up); invalid gives ""."""
    number = _to_decimal(value)
    try:
        places = int(places)
    except (TypeError, ValueError):
        return ""
    if number is None or places < 0:
        return ""
    try:
        number = number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    except InvalidOperation:
        return ""
    if number.is_zero():
        number = number.copy_abs()  # no "-0,0"
    return f"{number:,f}".translate(_SWAP_SEPARATORS)


# --- reading what staff type -------------------------------------------------------------------

_GROUPED_RE = re.compile(r"[+-]?\d{1,3}(?:\.\d{3})+", re.ASCII)
_PLAIN_DECIMAL_RE = re.compile(r"[+-]?\d+(?:[.,]\d+)?", re.ASCII)


def _strip_number(value: str) -> str:
    # Spaces (also the non-breaking ones office software puts in) group digits too.
    return re.sub(r"[\s\u00a0\u202f]", "", value)


def parse_integer(value: object) -> int | None:
    """Read "149.200", "149 200" or "149200" as 149200; None for anything else ("149,2")."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if not isinstance(value, str):
        return None
    value = _strip_number(value)
    if _GROUPED_RE.fullmatch(value):
        value = value.replace(".", "")
    return int(value) if _INTEGER_RE.fullmatch(value) else None


def parse_decimal(value: object) -> Decimal | None:
    """Read "29,5", "1.234,5" or "149.200" the Vietnamese way; None for anything else.

    A lone dot not followed by three digits ("29.5") is taken as a decimal point, as people
    used to other software type it; "1.234" is a thousand two hundred thirty-four.
    """
    if isinstance(value, Decimal):
        return value if value.is_finite() else None
    if isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    if not isinstance(value, str):
        return None
    value = _strip_number(value)
    whole, comma, fraction = value.partition(",")
    if _GROUPED_RE.fullmatch(whole):
        whole = whole.replace(".", "")
    elif comma and "." in whole:
        return None
    value = f"{whole}.{fraction}" if comma else whole
    if not _PLAIN_DECIMAL_RE.fullmatch(value):
        return None
    return Decimal(value)


def format_minutes(seconds: int) -> str:
    """A listening time: "dưới 1 phút", "3 phút" (rounded to the nearest minute)."""
    minutes = round((seconds or 0) / 60)
    return "dưới 1 phút" if minutes < 1 else f"{format_number(minutes)} phút"
