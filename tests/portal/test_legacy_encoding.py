"""TCVN3, VNI-Windows and Windows-1258 text recognised and turned into Unicode NFC."""

import shutil
import subprocess
import unicodedata

import pytest

from portal import legacy_encoding as le

TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
VOWELS = ("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y")
# The 134 letters Vietnamese adds to ASCII: twelve vowels with six tones (the six bare ASCII
# vowels left out), and đ, in both cases.
LETTERS = sorted(
    {
        unicodedata.normalize("NFC", vowel + tone)
        for vowel in VOWELS
        for tone in TONES
        if vowel + tone not in "aeiouy"
    }
    | {"đ"}
    | {
        unicodedata.normalize("NFC", vowel + tone).upper()
        for vowel in VOWELS
        for tone in TONES
        if vowel + tone not in "aeiouy"
    }
    | {"Đ"}
)

SENTENCE = (
    "Hội đồng nhân dân thành phố Đà Nẵng khai mạc kỳ họp thứ Mười hai, "
    "cử tri phường Hòa Khánh gửi kiến nghị về đường ống nước sạch và trường học."
)
CAPITALS = "ỦY BAN NHÂN DÂN XÃ YÊN BÌNH THÔNG BÁO LỊCH TIẾP CÔNG DÂN THÁNG MƯỜI HAI"


def cp1258_bytes(value):
    """Windows-1258 as Word writes it: precomposed where the code page has the letter, else the
    base letter and a combining tone mark."""
    out = bytearray()
    for char in unicodedata.normalize("NFC", value):
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        base, *marks = unicodedata.normalize("NFD", char)
        tone = [m for m in marks if m in TONES]
        quality = [m for m in marks if m not in TONES]
        out += unicodedata.normalize("NFC", base + "".join(quality)).encode("cp1258")
        out += "".join(tone).encode("cp1258")
    return bytes(out)


def test_the_letter_list_has_the_134_vietnamese_letters():
    assert len(LETTERS) == 134


@pytest.mark.parametrize("encoding", [le.TCVN3, le.VNI])
def test_every_vietnamese_letter_round_trips_through_the_legacy_encoding(encoding):
    for letter in LETTERS:
        written = le.from_unicode(letter, encoding)
        assert written != letter or letter in "ýÝíìÍÌ", (encoding, letter)
        # Inside a word, as letters occur (a lone TCVN3 capital in 0x80-0x9F may be punctuation).
        assert le.to_unicode(f"x{written}x", encoding) == f"x{letter}x", (encoding, letter)


@pytest.mark.skipif(not shutil.which("iconv"), reason="needs iconv (glibc)")
def test_the_tcvn3_table_agrees_with_glibc_tcvn5712():
    for byte, letter in le._TCVN3_BYTES.items():
        out = subprocess.run(
            ["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"],
            input=bytes([byte]),
            capture_output=True,
            check=True,
        ).stdout.decode()
        assert unicodedata.normalize("NFC", out) == letter, hex(byte)


@pytest.mark.parametrize(
    ("legacy", "encoding", "expected"),
    [
        ("Héi ®ång nh©n d©n", le.TCVN3, "Hội đồng nhân dân"),
        ("Hoäi ñoàng nhaân daân", le.VNI, "Hội đồng nhân dân"),
        ("Ng\xadêi d©n thµnh phè §µ N½ng", le.TCVN3, "Người dân thành phố Đà Nẵng"),
        ("Ngöôøi daân thaønh phoá Ñaø Naüng", le.VNI, "Người dân thành phố Đà Nẵng"),
        # Capitals typed in the .VnTimeH fonts use the lowercase codes.
        ("HéI §åNG NH¢N D¢N", le.TCVN3, "HỘI ĐỒNG NHÂN DÂN"),
        ("TP §µ N½NG", le.TCVN3, "TP ĐÀ NẴNG"),
        ("HOÄI ÑOÀNG NHAÂN DAÂN", le.VNI, "HỘI ĐỒNG NHÂN DÂN"),
        ("NguyÔn V¨n B×nh", le.TCVN3, "Nguyễn Văn Bình"),
        ("Nguyeãn Vaên Bình", le.VNI, "Nguyễn Văn Bình"),
    ],
)
def test_legacy_text_is_detected_and_converted(legacy, encoding, expected):
    assert le.detect(legacy) == encoding
    assert le.repair(legacy) == (expected, encoding)
    assert unicodedata.is_normalized("NFC", le.repair(legacy)[0])


@pytest.mark.parametrize("encoding", [le.TCVN3, le.VNI])
def test_a_long_sentence_and_capitals_round_trip(encoding):
    for value in (SENTENCE, CAPITALS, SENTENCE.upper()):
        assert le.repair(le.from_unicode(value, encoding)) == (value, encoding)


@pytest.mark.parametrize(
    "value",
    [
        "NHÂN DÂN ĐÃ ĐƯỢC HỎI Ý KIẾN CHƯA?",
        "Âm thanh loa phường ở ngõ Âu Cơ quá to.",
        "Tôi là cử tri",
        "Chào bà, chúc bà khỏe.",
        "Bài viết rất hay",
        "ÁO ÀO ÂU Ã",
        "Crème brûlée, café, naïve, Noël à la française",
        "Giá vàng hôm nay 7.450.000 đồng/chỉ – tăng 0,5%",
        "“Ý kiến” của cử tri… đã được tiếp thu",
        "plain ASCII text",
        "",
    ],
)
def test_unicode_vietnamese_and_western_text_are_left_alone(value):
    assert le.detect(value) is None
    assert le.repair(value) == (value, None)


def test_one_ambiguous_word_is_not_enough():
    # "Tèi" converts to "Tối", but a single word of letters Western text uses does not decide.
    assert le.detect("Tèi") is None
    assert le.detect("Tèi nay") is None
    assert le.detect("à") is None


def test_punctuation_in_windows_1252_stays_punctuation_around_tcvn3_words():
    legacy = "“Héi ®ång” – kú häp thø nhÊt…"
    assert le.repair(legacy) == ("“Hội đồng” – kỳ họp thứ nhất…", le.TCVN3)


def test_unknown_encoding_is_an_error():
    with pytest.raises(ValueError):
        le.to_unicode("x", "viscii")
    with pytest.raises(ValueError):
        le.from_unicode("x", "windows-1258")


@pytest.mark.parametrize(
    ("data", "label"),
    [
        (SENTENCE.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + SENTENCE.encode("utf-8"), "utf-8"),
        (unicodedata.normalize("NFD", SENTENCE).encode("utf-8"), "utf-8"),
        (SENTENCE.encode("utf-16"), "utf-16"),
        (SENTENCE.encode("utf-16-le"), "utf-16"),
        (cp1258_bytes(SENTENCE), "windows-1258"),
        (cp1258_bytes(CAPITALS), "windows-1258"),
        (le.from_unicode(SENTENCE, le.TCVN3).encode("cp1252"), "tcvn3"),
        (le.from_unicode(SENTENCE, le.VNI).encode("cp1252"), "vni"),
        (le.from_unicode(CAPITALS, le.VNI).encode("cp1252"), "vni"),
    ],
)
def test_file_bytes_are_decoded_to_nfc_with_their_encoding(data, label):
    decoded, found = le.decode_bytes(data)
    assert found == label
    assert decoded == (CAPITALS if b"BAN" in data or b"B\x00A" in data else SENTENCE)
    assert unicodedata.is_normalized("NFC", decoded)


def test_utf8_text_holding_tcvn3_letters_is_converted():
    data = "Héi ®ång nh©n d©n thµnh phè".encode()
    assert le.decode_bytes(data) == ("Hội đồng nhân dân thành phố", "tcvn3")


def test_western_text_falls_back_to_windows_1252():
    data = "Crème brûlée à la française, s'il vous plaît.".encode("cp1252")
    assert le.decode_bytes(data) == (
        "Crème brûlée à la française, s'il vous plaît.",
        "windows-1252",
    )


def test_bytes_no_code_page_defines_do_not_break_decoding():
    decoded, label = le.decode_bytes(b"abc \x81\x8d\x8f\x90\x9d def")
    assert label == "windows-1252"
    assert decoded.startswith("abc ") and decoded.endswith(" def")


def test_mojibake_and_lost_letters_are_not_taken_for_a_legacy_encoding():
    assert le.detect(SENTENCE.encode("utf-8").decode("cp1252", errors="replace")) is None
    assert le.detect("Ð?ng ý v?i ý ki?n trên, ng??i dân") is None
