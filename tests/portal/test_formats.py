import datetime as dt
from decimal import Decimal

import pytest

from portal.formats import (
    format_date,
    format_datetime,
    format_datetime_short,
    format_decimal,
    format_machine_datetime,
    format_number,
    format_time,
)

UTC = dt.UTC


def test_format_datetime_converts_utc_to_vietnam_time():
    moment = dt.datetime(2023, 4, 5, 10, 15, tzinfo=UTC)
    assert format_datetime(moment) == "Thứ Tư, 05/04/2023 17:15"


def test_format_datetime_moves_to_the_next_day_after_local_midnight():
    moment = dt.datetime(2023, 4, 8, 20, 0, tzinfo=UTC)
    assert format_datetime(moment) == "Chủ Nhật, 09/04/2023 03:00"


@pytest.mark.parametrize(
    ("day", "weekday"),
    [
        (3, "Thứ Hai"),
        (4, "Thứ Ba"),
        (5, "Thứ Tư"),
        (6, "Thứ Năm"),
        (7, "Thứ Sáu"),
        (8, "Thứ Bảy"),
        (9, "Chủ Nhật"),
    ],
)
def test_format_datetime_names_every_weekday(day, weekday):
    moment = dt.datetime(2023, 4, day, 1, 30, tzinfo=UTC)
    assert format_datetime(moment) == f"{weekday}, {day:02d}/04/2023 08:30"


def test_format_datetime_shows_a_date_without_time():
    assert format_datetime(dt.date(2023, 4, 5)) == "Thứ Tư, 05/04/2023"


def test_format_datetime_takes_a_naive_datetime_as_local_time():
    assert format_datetime(dt.datetime(2023, 4, 5, 17, 15)) == "Thứ Tư, 05/04/2023 17:15"


@pytest.mark.parametrize("value", [None, "", "05/04/2023", 42])
def test_format_datetime_gives_empty_string_for_anything_but_dates(value):
    assert format_datetime(value) == ""


def test_format_datetime_short_uses_a_bar_between_date_and_time():
    moment = dt.datetime(2020, 1, 23, 3, 57, tzinfo=UTC)
    assert format_datetime_short(moment) == "23/01/2020 | 10:57"


def test_format_datetime_short_shows_only_the_date_of_a_date():
    assert format_datetime_short(dt.date(2020, 1, 23)) == "23/01/2020"
    assert format_datetime_short(None) == ""


def test_format_date_uses_the_local_day():
    assert format_date(dt.datetime(2023, 4, 4, 18, 0, tzinfo=UTC)) == "05/04/2023"
    assert format_date(dt.date(2023, 4, 5)) == "05/04/2023"
    assert format_date(None) == ""


def test_format_time_uses_local_hours():
    assert format_time(dt.datetime(2023, 4, 5, 10, 15, tzinfo=UTC)) == "17:15"
    assert format_time(dt.time(7, 5)) == "07:05"


@pytest.mark.parametrize("value", [None, "", dt.date(2023, 4, 5)])
def test_format_time_gives_empty_string_without_a_time(value):
    assert format_time(value) == ""


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0, "0"),
        (7, "7"),
        (999, "999"),
        (1957, "1.957"),
        (-1957, "-1.957"),
        (1234567, "1.234.567"),
        (10**12, "1.000.000.000.000"),
        ("1957", "1.957"),
        (" -1234567 ", "-1.234.567"),
        ("-0", "0"),
        (Decimal("1957"), "1.957"),
        (1956.5, "1.957"),
        (None, "0"),
    ],
)
def test_format_number_groups_thousands_with_dots(value, expected):
    assert format_number(value) == expected


@pytest.mark.parametrize("value", ["abc", "1.957", "12a", "", "1_000", "١٢٣"])
def test_format_number_returns_junk_strings_unchanged(value):
    assert format_number(value) == value


@pytest.mark.parametrize("value", [float("nan"), float("inf"), [1, 2], object])
def test_format_number_never_raises_on_junk(value):
    assert format_number(value) == str(value)


def test_format_number_survives_numbers_past_the_int_string_limit():
    assert format_number("9" * 5000) == "9" * 5000


@pytest.mark.parametrize(
    ("value", "places", "expected"),
    [
        (33.333, 1, "33,3"),
        (100, 1, "100,0"),
        (1234.5, 1, "1.234,5"),
        (0.05, 1, "0,1"),
        (0.25, 1, "0,3"),
        (2.675, 2, "2,68"),
        (-1234.56, 1, "-1.234,6"),
        (-0.04, 1, "0,0"),
        (1234567.891, 2, "1.234.567,89"),
        (1234.5, 0, "1.235"),
        (Decimal("66.666"), 1, "66,7"),
        ("33.333", "2", "33,33"),
    ],
)
def test_format_decimal_uses_dot_thousands_and_comma_decimals(value, places, expected):
    assert format_decimal(value, places) == expected


def test_format_decimal_defaults_to_one_place():
    assert format_decimal(33.333) == "33,3"


@pytest.mark.parametrize(
    ("value", "places"),
    [
        (None, 1),
        ("", 1),
        ("abc", 1),
        (float("nan"), 1),
        (float("inf"), 1),
        (True, 1),
        (1.5, "x"),
        (1.5, -1),
        (Decimal("1e40"), 1),
    ],
)
def test_format_decimal_gives_empty_string_for_invalid_input(value, places):
    assert format_decimal(value, places) == ""


def test_machine_datetime_has_at_most_three_fraction_digits_and_the_local_offset():
    moment = dt.datetime(2026, 12, 1, 8, 24, 19, 774157, tzinfo=dt.UTC)
    assert format_machine_datetime(moment) == "2026-12-01T15:24:19.774+07:00"
    assert format_machine_datetime(moment.replace(microsecond=0)) == "2026-12-01T15:24:19+07:00"
    assert format_machine_datetime(moment.replace(microsecond=999)) == "2026-12-01T15:24:19+07:00"
    assert format_machine_datetime(dt.date(2026, 12, 5)) == "2026-12-05"
    assert format_machine_datetime(None) == ""
