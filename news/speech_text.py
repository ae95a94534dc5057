"""Article text as it should be read aloud in Vietnamese ("Nghe bài"), before espeak-ng sees it.

A speech engine reads "05/04/2023" as digits and slashes, "HĐND" letter by letter and
"01/CTr-HĐND" as noise. These rules, applied in this order, turn them into words:

1. document numbers and symbols: "15/2023/NQ-HĐND" → "số mười lăm năm hai nghìn không trăm hai
   mươi ba, nghị quyết Hội đồng nhân dân"; "01/CTr-HĐND" → "số không một, chương trình Hội đồng
   nhân dân";
2. dates and times: "05/04/2023" → "ngày mùng năm tháng tư năm hai nghìn không trăm hai mươi ba",
   "17:15" → "mười bảy giờ mười lăm phút";
3. abbreviations (whole words, as written): HĐND, UBND, TP, MTTQ, ĐBQH …;
4. numbers the Vietnamese way: "1.957" → "một nghìn chín trăm năm mươi bảy", "29,5" → "hai mươi
   chín phẩy năm", "12%" → "mười hai phần trăm", "°C" → "độ C";
5. symbols: "&" → "và", "+" → "cộng", dashes and bullets become pauses.
"""

from __future__ import annotations

import re

DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]
GROUPS = ["", "nghìn", "triệu", "tỷ", "nghìn tỷ", "triệu tỷ"]
MONTHS = {4: "tư"}

# Abbreviations read in full; the kinds and issuers of document symbols use the same table.
ABBREVIATIONS = {
    "HĐND": "Hội đồng nhân dân",
    "UBND": "Ủy ban nhân dân",
    "MTTQ": "Mặt trận Tổ quốc",
    "ĐBQH": "đại biểu Quốc hội",
    "ĐBHĐND": "đại biểu Hội đồng nhân dân",
    "TT": "Thường trực",
    "TP": "thành phố",
    "TX": "thị xã",
    "TT.": "thị trấn",
    "Tp": "thành phố",
    "NQ": "nghị quyết",
    "QĐ": "quyết định",
    "CTr": "chương trình",
    "KH": "kế hoạch",
    "BC": "báo cáo",
    "TTr": "tờ trình",
    "TB": "thông báo",
    "CV": "công văn",
    "NĐ": "nghị định",
    "CP": "Chính phủ",
    "TTg": "Thủ tướng",
    "BTV": "Ban Thường vụ",
    "VP": "Văn phòng",
    "KT-XH": "kinh tế xã hội",
    "KTXH": "kinh tế xã hội",
    "GDP": "gi đi pi",
    "ĐH": "Đại hội",
    "TW": "Trung ương",
    "UBMTTQ": "Ủy ban Mặt trận Tổ quốc",
    "BCH": "Ban Chấp hành",
    "THCS": "trung học cơ sở",
    "THPT": "trung học phổ thông",
    "ATGT": "an toàn giao thông",
    "PCCC": "phòng cháy chữa cháy",
    "đ/c": "đồng chí",
    "Đ/c": "Đồng chí",
}

SYMBOLS = {"&": " và ", "+": " cộng ", "%": " phần trăm", "°C": " độ C", "•": ", ", "–": ", ",
           "—": ", ", "…": ". ", "/": " trên "}  # fmt: skip

_LETTERS = "A-Za-zĐđÀ-ỹ"
# 15/2023/NQ-HĐND, 01/CTr-HĐND, 42/2022/NĐ-CP, 123/QĐ-UBND
_SYMBOL_RE = re.compile(
    rf"\b(\d{{1,5}})/(?:(\d{{4}})/)?([{_LETTERS}]+(?:-[{_LETTERS}]+)+)(?![{_LETTERS}\d])"
)
_DATE_RE = re.compile(r"\b(\d{1,2})/(\d{1,2})(?:/(\d{4}))?\b")
_TIME_RE = re.compile(r"\b([01]?\d|2[0-3])(?::|h)([0-5]\d)\b")
_ABBREVIATION_RE = re.compile(
    r"(?<![\w.])("
    + "|".join(re.escape(a) for a in sorted(ABBREVIATIONS, key=len, reverse=True))
    + r")(?![\w])"
)
# 1.957 / 1.234.567 (thousands with dots), 29,5 (decimal comma), or plain digits.
_NUMBER_RE = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+|\d+")


def _below_thousand(n: int, full: bool) -> str:
    """0–999 in words; full reads the hundreds even when zero ("không trăm …")."""
    hundreds, rest = divmod(n, 100)
    tens, units = divmod(rest, 10)
    words = []
    if hundreds or full:
        words += [DIGITS[hundreds], "trăm"]
    if tens == 0:
        if units:
            if words:
                words.append("linh")
            words.append(DIGITS[units])
    elif tens == 1:
        words.append("mười")
        if units:
            words.append("lăm" if units == 5 else DIGITS[units])
    else:
        words += [DIGITS[tens], "mươi"]
        if units:
            words.append({1: "mốt", 4: "tư", 5: "lăm"}.get(units, DIGITS[units]))
    return " ".join(words)


def number_words(n: int) -> str:
    """A whole number in Vietnamese words: 2023 → "hai nghìn không trăm hai mươi ba"."""
    if n < 0:
        return "âm " + number_words(-n)
    if n < 10:
        return DIGITS[n]
    groups = []
    while n:
        n, group = divmod(n, 1000)
        groups.append(group)
    if len(groups) > len(GROUPS):
        return " ".join(DIGITS[int(d)] for d in str(n))
    words = []
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            continue
        is_first = index == len(groups) - 1
        words.append(_below_thousand(group, full=not is_first))
        if GROUPS[index]:
            words.append(GROUPS[index])
    return " ".join(words)


def digits_words(value: str) -> str:
    """A number as written, leading zeros read: "01" → "không một", "15" → "mười lăm"."""
    stripped = value.lstrip("0")
    zeros = len(value) - len(stripped)
    spoken = ["không"] * zeros
    if stripped:
        spoken.append(number_words(int(stripped)))
    return " ".join(spoken) or "không"


def _decimal_words(value: str) -> str:
    whole, _, fraction = value.replace(".", "").partition(",")
    spoken = number_words(int(whole))
    if fraction:
        spoken += " phẩy " + (
            number_words(int(fraction)) if not fraction.startswith("0") else digits_words(fraction)
        )
    return spoken


def _abbreviation(word: str) -> str:
    return ABBREVIATIONS.get(word, word)


def _symbol(match) -> str:
    number, year, code = match.groups()
    spoken = f"số {digits_words(number)}"
    if year:
        spoken += f" năm {number_words(int(year))}"
    parts = [_abbreviation(part) for part in code.split("-")]
    return f"{spoken}, {' '.join(parts)}"


def _date(match) -> str:
    day, month, year = match.groups()
    d, m = int(day), int(month)
    if not (1 <= d <= 31 and 1 <= m <= 12):
        return match.group(0)
    # "ngày 05/04/2023" already says "ngày".
    said = match.string[max(0, match.start() - 5) : match.start()].lower().endswith("ngày ")
    spoken = f"{'' if said else 'ngày '}{'mùng ' if d <= 10 else ''}{number_words(d)}"
    spoken += f" tháng {MONTHS.get(m, number_words(m))}"
    if year:
        spoken += f" năm {number_words(int(year))}"
    return spoken


def _time(match) -> str:
    hour, minute = int(match.group(1)), int(match.group(2))
    spoken = f"{number_words(hour)} giờ"
    return f"{spoken} {number_words(minute)} phút" if minute else spoken


def expand(value: str) -> str:
    """value with symbols, dates, abbreviations, numbers and signs spelled out in words."""
    value = value or ""
    value = _SYMBOL_RE.sub(_symbol, value)
    value = _DATE_RE.sub(_date, value)
    value = _TIME_RE.sub(_time, value)
    value = _ABBREVIATION_RE.sub(lambda m: _abbreviation(m.group(1)), value)
    value = _NUMBER_RE.sub(lambda m: _decimal_words(m.group(0)), value)
    for sign, spoken in SYMBOLS.items():
        value = value.replace(sign, spoken)
    return re.sub(r"[ \t]+", " ", value).replace(" ,", ",").replace(" .", ".").strip()
