import pytest
from django.core.exceptions import ValidationError

from council import numbers, ordinals


@pytest.mark.parametrize(
    "number", ["01/CTr-HĐND", "15/2023/NQ-HĐND", "389/KH-UBTVQH15", "512/HĐND-VP", "7/BC-KTNS"]
)
def test_numbers_as_councils_write_them_are_accepted(number):
    assert numbers.validate(number) == number


def test_spaces_around_separators_are_dropped():
    assert numbers.validate(" 15 / 2023 / NQ - HĐND ") == "15/2023/NQ-HĐND"


@pytest.mark.parametrize(
    "number", ["NQ-HĐND", "15/2023", "15-2023-NQ", "abc/NQ", "15/23/NQ-HĐND", "15/2023/NQ--HĐND"]
)
def test_malformed_numbers_are_refused_with_an_example(number):
    with pytest.raises(ValidationError) as error:
        numbers.validate(number)
    assert "ví dụ: 15/2023/NQ-HĐND" in error.value.messages[0]


def test_serial_zero_is_refused():
    with pytest.raises(ValidationError, match="lớn hơn 0"):
        numbers.validate("0/2023/NQ-HĐND")


def test_year_in_the_number_must_be_the_year_of_issue():
    with pytest.raises(ValidationError, match=r"Năm trong số, ký hiệu \(2023\) khác năm ban hành"):
        numbers.validate("15/2023/NQ-HĐND", issued_year=2024)


def test_number_key_ignores_marks_and_case():
    assert numbers.number_key("15/2023/NQ-HĐND") == numbers.number_key("15/2023/nq-hdnd")


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (1, "Nhất"),
        (2, "Hai"),
        (4, "Tư"),
        (10, "Mười"),
        (12, "Mười hai"),
        (14, "Mười bốn"),
        (15, "Mười lăm"),
        (20, "Hai mươi"),
        (21, "Hai mươi mốt"),
        (24, "Hai mươi tư"),
        (25, "Hai mươi lăm"),
        (105, "Một trăm linh năm"),
    ],
)
def test_session_numbers_in_words(number, words):
    assert ordinals.ordinal_words(number) == words
