"""The rules that turn an article into words before espeak-ng reads it (news.speech_text)."""

import pytest

from news.speech_text import digits_words, expand, number_words


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (0, "không"),
        (5, "năm"),
        (10, "mười"),
        (15, "mười lăm"),
        (21, "hai mươi mốt"),
        (24, "hai mươi tư"),
        (55, "năm mươi lăm"),
        (105, "một trăm linh năm"),
        (110, "một trăm mười"),
        (1957, "một nghìn chín trăm năm mươi bảy"),
        (2023, "hai nghìn không trăm hai mươi ba"),
        (1005, "một nghìn không trăm linh năm"),
        (1_200_500, "một triệu hai trăm nghìn năm trăm"),
        (3_000_000_000, "ba tỷ"),
    ],
)
def test_numbers_are_read_the_vietnamese_way(number, words):
    assert number_words(number) == words


def test_leading_zeros_are_read():
    assert digits_words("01") == "không một"
    assert digits_words("15") == "mười lăm"


def test_a_full_date_is_read_as_day_month_year():
    assert expand("Ngày 05/04/2023") == (
        "Ngày mùng năm tháng tư năm hai nghìn không trăm hai mươi ba"
    )
    assert expand("họp 20/11/2026.") == (
        "họp ngày hai mươi tháng mười một năm hai nghìn không trăm hai mươi sáu."
    )


def test_an_impossible_date_is_left_to_the_number_rules():
    assert "ngày" not in expand("tỉ lệ 45/60")


def test_abbreviations_are_read_in_full():
    assert expand("HĐND và UBND TP Minh Giang") == (
        "Hội đồng nhân dân và Ủy ban nhân dân thành phố Minh Giang"
    )


def test_abbreviations_inside_words_are_left_alone():
    assert expand("TPHCM") == "TPHCM"
    assert expand("STOP") == "STOP"


def test_document_symbols_are_read_as_number_kind_and_issuer():
    assert expand("Chương trình 01/CTr-HĐND") == (
        "Chương trình số không một, chương trình Hội đồng nhân dân"
    )
    assert expand("Nghị quyết 15/2023/NQ-HĐND") == (
        "Nghị quyết số mười lăm năm hai nghìn không trăm hai mươi ba, nghị quyết Hội đồng nhân dân"
    )
    assert "nghị định Chính phủ" in expand("Nghị định 42/2022/NĐ-CP")


def test_grouped_numbers_decimals_percent_and_degrees():
    assert expand("Lượt xem: 1.957") == "Lượt xem: một nghìn chín trăm năm mươi bảy"
    assert expand("tăng 12,5%") == "tăng mười hai phẩy năm phần trăm"
    assert expand("29,5 °C") == "hai mươi chín phẩy năm độ C"
    assert expand("29.900 tỷ đồng") == "hai mươi chín nghìn chín trăm tỷ đồng"


def test_times_and_symbols():
    assert expand("lúc 17:15") == "lúc mười bảy giờ mười lăm phút"
    assert expand("lúc 8h00") == "lúc tám giờ"
    assert expand("giáo dục & y tế") == "giáo dục và y tế"
    assert "/" not in expand("58/61 đại biểu")
