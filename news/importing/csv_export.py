"""CSV exports (a NukeViet or other database dump): one article a row, with headings in
Vietnamese or English, with or without marks: title/"Tiêu đề", date/"Ngày đăng" (dd/mm/yyyy
hh:mm, ISO 8601 or a Unix time), category/"Chuyên mục", body/"Nội dung" (HTML), views/"Lượt
xem", url/"Địa chỉ cũ", and optionally sapo/"Tóm tắt", byline/"Tác giả", source/"Nguồn".
The delimiter (comma, semicolon or tab) is sniffed."""

from __future__ import annotations

import csv
import datetime
import re
from collections.abc import Iterator

from portal import text

from . import cleanup, encoding
from .items import LegacyArticle, Refused

COLUMNS = {
    "title": ["tieu de", "title", "ten bai", "tieude"],
    "date": ["ngay dang", "ngay", "date", "published", "publtime", "addtime", "thoi gian"],
    "category": ["chuyen muc", "category", "danh muc", "catid", "the loai"],
    "body": ["noi dung", "body", "bodyhtml", "bodytext", "content", "html"],
    "views": ["luot xem", "views", "view count", "hitstotal", "hits", "so luot xem"],
    "url": ["dia chi cu", "url", "old url", "link", "duong dan cu"],
    "sapo": ["sapo", "tom tat", "hometext", "lead", "summary", "mo ta"],
    "byline": ["tac gia", "author", "byline", "but danh"],
    "source": ["nguon", "nguon tin", "source", "sourcetext"],
}
NO_HEADINGS = "Tệp CSV không có dòng tiêu đề cột nhận ra được (cần ít nhất “Tiêu đề”)."
BAD_DATE = "Ngày đăng “{value}” không đọc được (dd/mm/yyyy hh:mm, yyyy-mm-dd hoặc số giây Unix)."
NO_TITLE = "Dòng không có tiêu đề."
csv.field_size_limit(16 * 1024 * 1024)


def _heading(value: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.fold(value or "")).split())


_HEADINGS = {name: column for column, names in COLUMNS.items() for name in names}


def parse_date(value: str) -> datetime.datetime | None:
    """A date as exports write it, in Asia/Ho_Chi_Minh unless it carries an offset."""
    value = (value or "").strip()
    if not value:
        return None
    if value.isdigit() and len(value) >= 9:
        moment = datetime.datetime.fromtimestamp(int(value), tz=datetime.UTC)
        return moment.astimezone(cleanup.LOCAL_TZ)
    iso = re.match(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?", value)
    if iso:
        try:
            parsed = datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            parsed = None
        if parsed is not None and parsed.tzinfo is not None:
            return parsed.astimezone(cleanup.LOCAL_TZ)
        year, month, day, hour, minute, second = iso.groups()
        return cleanup.local_datetime(day, month, year, hour, minute, second)
    return cleanup.find_datetime(value)


def read(content: str, name: str, *, repair=True) -> Iterator[LegacyArticle | Refused]:
    """Each row as an article or a Refused. repair: convert cells holding TCVN3/VNI letters
    (a file already converted as a whole is not)."""
    sample = content[:8192]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = csv.reader(content.splitlines(keepends=True), dialect)
    header = next(rows, None) or []
    columns = {i: _HEADINGS.get(_heading(h)) for i, h in enumerate(header)}
    if "title" not in columns.values():
        raise Refused(NO_HEADINGS)
    for line, row in enumerate(rows, start=2):
        if not any(cell.strip() for cell in row):
            continue
        values = {}
        for i, cell in enumerate(row):
            column = columns.get(i)
            if column and column not in values:
                values[column] = cell
        converted = ""
        if repair:
            for column, value in values.items():
                values[column], label = encoding.repair(value)
                converted = converted or label
        article = _article(values, f"{name}:{line}")
        if converted and isinstance(article, LegacyArticle):
            article.encoding = converted
        yield article


def _article(values, label):
    article = LegacyArticle(source_format="csv", source_name=label)
    article.title = cleanup.tidy(values.get("title", ""))
    if not article.title:
        return Refused(NO_TITLE, label)
    raw_date = values.get("date", "")
    article.published_at = parse_date(raw_date)
    if raw_date.strip() and article.published_at is None:
        return Refused(BAD_DATE.format(value=raw_date.strip()[:40]), label)
    article.category = cleanup.tidy(values.get("category", ""))
    article.body_html = values.get("body", "")
    article.view_count = cleanup.parse_views(values.get("views", ""))
    article.source_url = values.get("url", "").strip()
    article.sapo = cleanup.tidy(re.sub(r"<[^>]+>", " ", values.get("sapo", "")))
    article.byline = cleanup.tidy(values.get("byline", ""))[:200]
    article.source = cleanup.tidy(values.get("source", ""))[:200]
    if not article.body_html.strip() and not article.sapo:
        return Refused("Dòng không có nội dung.", label)
    return article
