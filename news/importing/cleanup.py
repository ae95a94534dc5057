"""Line-level rules shared by the page-text and saved-HTML readers: spacing repairs, dates and
view counts as old portals print them, and what is page furniture rather than article."""

from __future__ import annotations

import datetime
import functools
import re
import zoneinfo

from portal import text

LOCAL_TZ = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")

_SPACE_BEFORE_RE = re.compile(r"\s+([,.;:!?%…)\]»”])(?=\s|$|[^\w(])")
_SPACE_AFTER_RE = re.compile(r"([(\[«“])\s+")


def tidy(line: str) -> str:
    """One line with its spacing repaired: runs of spaces, spaces before punctuation and after
    an opening bracket. Words are never changed."""
    line = text.squash_spaces(line).replace("\n", " ")
    line = _SPACE_BEFORE_RE.sub(r"\1", line)
    return _SPACE_AFTER_RE.sub(r"\1", line)


# --- dates, times, view counts --------------------------------------------------------------

DATE = r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})"
TIME = r"(\d{1,2})[:h](\d{2})(?::(\d{2}))?"
_WEEKDAY = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s+nhật)"
_VIEWS = r"(?:view\s*count|views?|lượt\s+xem|lượt\s+đọc|số\s+lượt\s+xem|đã\s+xem)"
_NUMBER = r"(\d{1,3}(?:[.,\s]\d{3})+|\d+)"

VIEWS_RE = re.compile(_VIEWS + r"\s*:?\s*" + _NUMBER, re.IGNORECASE)
_DATE_RE = re.compile(DATE)
_TIME_RE = re.compile(TIME)
# "14/03/2021 | 08:05 | View Count: 2310", "Ngày đăng 14/03/2021 | 08:05 | Lượt xem: 2.310",
# "Thứ Tư, 05/04/2023 17:15", "Cập nhật lúc 08:05 ngày 14/03/2021".
_DATE_LINE_RE = re.compile(
    r"^(?:(?:ngày\s+(?:đăng|đưa\s+tin|cập\s+nhật)|đăng\s+ngày|cập\s+nhật(?:\s+lúc)?|ngày|posted)"
    r"\s*:?\s*)?(?:" + _WEEKDAY + r"\s*,?\s*)?"
    r"(?:" + DATE + r"(?:\s*[|,-]?\s*(?:lúc\s*)?" + TIME + r")?"
    r"|" + TIME + r"\s*(?:,|ngày)?\s*" + DATE + r")"
    r"\s*(?:[|,-]?\s*" + _VIEWS + r"\s*:?\s*" + _NUMBER + r")?\s*[|,-]?\s*$",
    re.IGNORECASE,
)
# "Print Thứ Sáu, 07/05/2021 09:20 Gốc"
_TOOLBAR_RE = re.compile(
    r"^(?:print|in\s+bài|in|bản\s+in)\b.{0,40}?" + DATE + r"(?:\s+" + TIME + r")?.{0,40}$",
    re.IGNORECASE,
)
_BRACKET = r"\(\s*(?:" + TIME + r"\s+" + DATE + r"|" + DATE + r"\s+" + TIME + r")\s*\)"
# "Thường trực HĐND họp phiên thường kỳ (08:30 14/05/2021)"
_TITLE_TIME_RE = re.compile(r"^(.*\S)\s*" + _BRACKET + r"$")
# "(15:45:00 02/06/2022) Sáng ngày 02/6, Thường trực HĐND…"
_LEAD_TIME_RE = re.compile(r"^" + _BRACKET + r"\s*[-–:]?\s*(.*)$")
_QR_RE = re.compile(r"^qr[\s-]*code\s*:\s*(.+)$", re.IGNORECASE)


def local_datetime(day, month, year, hour=0, minute=0, second=0) -> datetime.datetime | None:
    """An aware time in Asia/Ho_Chi_Minh, or None for an impossible date."""
    try:
        value = datetime.datetime(
            int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0)
        )
    except (TypeError, ValueError):
        return None
    if not 1990 <= value.year <= 2100:
        return None
    return value.replace(tzinfo=LOCAL_TZ)


def _from_groups(date_groups, time_groups):
    day, month, year = date_groups
    hour, minute, second = time_groups if time_groups and time_groups[0] else (0, 0, 0)
    return local_datetime(day, month, year, hour, minute, second)


def find_datetime(line: str) -> datetime.datetime | None:
    """The first date (with its time, if one is next to it) in a line."""
    date = _DATE_RE.search(line)
    if not date:
        return None
    times = list(_TIME_RE.finditer(line))
    near = [
        t for t in times if abs(t.start() - date.end()) <= 12 or abs(date.start() - t.end()) <= 12
    ]
    time_groups = near[0].groups() if near else None
    return _from_groups(date.groups(), time_groups)


def parse_views(value: str) -> int | None:
    digits = re.sub(r"[.,\s]", "", value or "")
    return int(digits) if digits.isdigit() and len(digits) <= 15 else None


def views_in(line: str) -> int | None:
    match = VIEWS_RE.search(line)
    return parse_views(match.group(1)) if match else None


def is_date_line(line: str) -> bool:
    return bool(_DATE_LINE_RE.match(line)) and bool(_DATE_RE.search(line))


def is_toolbar(line: str) -> bool:
    return bool(_TOOLBAR_RE.match(line))


def title_with_time(line: str):
    """(title, time) for "Title (08:30 14/05/2021)", else None."""
    match = _TITLE_TIME_RE.match(line)
    if not match or len(match.group(1).split()) < 2:
        return None
    return match.group(1).strip(), find_datetime(line[len(match.group(1)) :])


def lead_with_time(line: str):
    """(time, rest of the lead) for "(15:45:00 02/06/2022) Sáng ngày…", else None."""
    match = _LEAD_TIME_RE.match(line)
    if not match:
        return None
    bracket_end = line.index(")") + 1
    return find_datetime(line[:bracket_end]), match.groups()[-1].strip()


def qr_title(line: str) -> str:
    match = _QR_RE.match(line)
    return match.group(1).strip() if match else ""


# --- furniture ------------------------------------------------------------------------------


@functools.lru_cache(maxsize=4096)
def _key(line: str) -> str:
    """A line folded for comparison: no marks, lower case, no punctuation or "(*)"."""
    return " ".join(re.sub(r"[^\w+°-]+", " ", text.fold(line).replace("(*)", " ")).split())


def comparable(line: str) -> str:
    """The form in which two lines (or a line and a category name) are compared."""
    return _key(line)


# Headings of what follows an article on the page: everything from there on is not the article.
END_MARKERS = frozenset(
    {
        "tin khac",
        "cac tin khac",
        "cac bai moi dang",
        "cac bai da dang",
        "cac tin moi dang",
        "cac tin da dua",
        "cac tin da dang",
        "bai viet xem",
        "bai viet lien quan",
        "tin lien quan",
        "tin cung chuyen muc",
        "gui binh luan",
        "y kien ban doc",
        "y kien cua ban",
        "hay su dung tieng viet co dau khi viet bai",
        "viet binh luan",
    }
)
_END_PREFIXES = ("tin khac", "cac bai moi dang", "cac bai da dang", "gui binh luan")

# Single lines of widgets, tools and forms.
FURNITURE = frozenset(
    {
        "ho ten",
        "ho va ten",
        "so dien thoai",
        "dien thoai",
        "email",
        "e-mail",
        "dia chi email",
        "tieu de",
        "noi dung",
        "ma xac nhan",
        "lay lai ma bao mat",
        "lay ma khac",
        "gui",
        "gui di",
        "nhap lai",
        "xoa",
        "huy",
        "binh luan",
        "loai mua ban",
        "loai",
        "mua",
        "ban",
        "mua vao",
        "ban ra",
        "tien ich thong tin",
        "chung toi tren mang xa hoi",
        "qr code fanpage",
        "qr code",
        "binh chon",
        "xem ket qua",
        "bieu quyet",
        "in bai",
        "in",
        "print",
        "goc",
        "ban in",
        "chia se",
        "chia se bai viet",
        "facebook",
        "zalo",
        "twitter",
        "email bai viet",
        "gui email",
        "gui cho ban be",
        "a- a+",
        "a+ a-",
        "a a+",
        "a- a a+",
        "co chu",
        "trang chu",
        "dau trang",
        "ve dau trang",
        "len dau trang",
        "quay lai",
        "tro ve",
        "tro lai",
        "gia vang",
        "ty gia",
        "thoi tiet",
        "do am",
        "nhiet do",
        "luot truy cap",
        "dang truc tuyen",
        "dang online",
        "tong so luot truy cap",
        "lien ket website",
        "lien ket web",
        "video clip",
        "thu vien anh",
        "tai ve",
        "xem tiep",
        "xem them",
        "doc tiep",
        "top",
        "like",
        "share",
        "tweet",
        "tin moi",
        "tin noi bat",
        "doc nhieu",
        "tin doc nhieu",
        "tim kiem",
    }
)
_FURNITURE_RES = [
    re.compile(p)
    for p in (
        r"^[-+]?\d+(?:[.,]\d+)?\s*°\s*c?\b.{0,30}$",  # 29,5 °C
        r"^.{0,30}°c$",
        r"^(?:ho ten|ho va ten|ma xac nhan|so dien thoai|tieu de|noi dung|email)\b.{0,20}$",
        r"^(?:do am|nhiet do|gio)\s*[\d.,]*\s*%?.{0,10}$",
        r"^(?:luot xem|view count|luot doc|luot truy cap|dang truc tuyen|hom nay|tong)"
        r"\s*[\d.,\s]*$",
        r"^trang\s+\d+(?:\s*/\s*\d+)?$",
        r"^(?:\d+\s*)+$",  # a pager
        r"^(?:loai|mua|ban|mua vao|ban ra)(?:\s+(?:loai|mua|ban|mua vao|ban ra))+$",
        r"^(?:sjc|pnj|doji|nhan|vang)\b.{0,20}\d[\d.,\s]+$",  # a gold price row
        r"^(?:print|in bai|gui email|chia se)(?:\s+(?:print|in bai|gui email|chia se|goc))+$",
        r"^(?:copyright|ban quyen|©)",
    )
]
_SYMBOLS_ONLY_RE = re.compile(r"^[\W_]+$")
# "Đ?ẩm:", "L?y l?i m� b?o m?t": a question mark or U+FFFD standing for a letter.
_MOJIBAKE_RE = re.compile(r"[^\W\d_]\?[^\W\d_]|\ufffd")


# Furniture and list headings are short: a paragraph is never folded to find out.
_LONGEST_FURNITURE = 120


def is_end_marker(line: str) -> bool:
    if len(line) > _LONGEST_FURNITURE:
        return False
    key = _key(line)
    return key in END_MARKERS or (len(key) <= 40 and key.startswith(_END_PREFIXES))


def is_furniture(line: str) -> bool:
    if len(line) > _LONGEST_FURNITURE:
        return False
    key = _key(line)
    if not key or _SYMBOLS_ONLY_RE.match(line):
        return True
    if key in FURNITURE or key in END_MARKERS:
        return True
    return len(key) <= 80 and any(pattern.match(key) for pattern in _FURNITURE_RES)


def is_mojibake(line: str) -> bool:
    """A line the old portal's wrong encoding garbled; a long paragraph with one odd "?" is not."""
    hits = len(_MOJIBAKE_RE.findall(line))
    return hits >= 1 and ("\ufffd" in line or len(line) <= 60 or hits >= 3)


def same_text(a: str, b: str) -> bool:
    if not a or not b or abs(len(a) - len(b)) > 10:
        return False
    return _key(a) == _key(b)


# --- categories, captions, bylines ----------------------------------------------------------

_BREADCRUMB_RE = re.compile(r"\s*(?:>>|»|>|/|›|→)\s*")


def category_name(line: str) -> str:
    """A category from its line: the last step of a breadcrumb, one copy of a name written twice
    ("Tin hoạt động Tin hoạt động"); "" when the line is too long to be one."""
    parts = [p for p in _BREADCRUMB_RE.split(line) if p.strip()]
    if len(parts) > 1:
        line = parts[-1]
    words = line.split()
    half = len(words) // 2
    if (
        len(words) % 2 == 0
        and half
        and _key(" ".join(words[:half])) == _key(" ".join(words[half:]))
    ):
        words = words[:half]
    name = " ".join(words).strip(" :-|")
    if not name or len(name) > 80 or len(words) > 10 or is_date_line(name):
        return ""
    return name


_BYLINE_START_RE = re.compile(
    r"^(?:tin,?\s*ảnh|tin\s+và\s+ảnh|bài,?\s*ảnh|bài\s+và\s+ảnh|ảnh|theo|nhóm\s+pv|nhóm"
    r"|pv|ptv|phóng\s+viên|btv|bbt|ban\s+biên\s+tập|tác\s+giả|người\s+viết)\b\s*[:.\-–]?",
    re.IGNORECASE,
)
_SOURCE_RE = re.compile(r"^(?:nguồn(?:\s+tin)?|theo)\s*[:\-–]\s*(.+)$", re.IGNORECASE)
_NAME_SEPARATORS_RE = re.compile(r"\s*(?:[-–—,&/+]|\bvà\b)\s*")


def _words(line: str) -> list[str]:
    return line.split()


def looks_like_byline(line: str) -> bool:
    """ "Minh Anh – Quốc Huy", "Nhóm PV", "Tin, ảnh: Thu Hà", "(Văn phòng HĐND)"."""
    if not line or len(line) > 80 or len(_words(line)) > 10:
        return False
    if line.startswith("(") and line.endswith(")"):
        return len(_words(line)) <= 8
    if _BYLINE_START_RE.match(line) and not line.rstrip().endswith((".", "?", "!")):
        return True
    names = [n for n in _NAME_SEPARATORS_RE.split(line.strip(" .")) if n]
    if not names or line.rstrip().endswith(("?", "!", ":", ";")):
        return False
    for name in names:
        words = name.split()
        if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
            return False
    return True


def source_of(line: str) -> str:
    match = _SOURCE_RE.match(line)
    return match.group(1).strip(" .") if match else ""


_CAPTION_START_RE = re.compile(
    r"^(?:\(?ảnh(?:\s+minh\s+họa)?\s*[:.)]|ảnh\s+minh\s+họa)", re.IGNORECASE
)


def looks_like_caption(line: str) -> bool:
    """A photo caption: a short line that does not end like a sentence ("Quang cảnh hội nghị")."""
    if _CAPTION_START_RE.match(line):
        return True
    words = _words(line)
    return 1 <= len(words) <= 15 and not line.rstrip().endswith((".", "!", "?", ":", ";", "…", ","))


def looks_like_paragraph(line: str) -> bool:
    return len(_words(line)) >= 12 or line.rstrip().endswith((".", "!", "?", "…", ":", '."', ".”"))
