"""The search page's filters, read from the address so the page stays cacheable and cookie-free.

`chuyen-muc` (category slug), `tu-ngay` / `den-ngay` (dd/mm/yyyy, both ends included), `loai`
(a kind from news.search_kinds: articles, documents, sessions…) and `sap-xep` (`moi-nhat` for
newest first; relevance otherwise). A value that cannot be used is dropped with a Vietnamese note
and what the reader typed stays in the form.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from django.utils import timezone

from . import listings, search_kinds

PARAMS = ("chuyen-muc", "tu-ngay", "den-ngay", "loai", "sap-xep")
NEWEST = "moi-nhat"
SORTS = [("", "Liên quan nhất"), (NEWEST, "Mới nhất")]
MAX_LENGTH = 100
FIRST_YEAR = 1945
_DATE_RE = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")


@dataclass
class SearchFilters:
    # What the reader typed, for the form, by parameter name with _ for - (tu_ngay).
    typed: dict = field(default_factory=dict)
    category: object = None
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None
    kind: str = ""  # "" = every kind
    newest_first: bool = False
    problems: list[str] = field(default_factory=list)
    # Canonical value per parameter (None: dropped), for the page cache.
    canonical: dict = field(default_factory=dict)

    @property
    def is_filtered(self) -> bool:
        return bool(self.category or self.date_from or self.date_to or self.kind)

    def shows(self, kind: str) -> bool:
        """Whether results of this kind are shown (a category narrows to articles)."""
        if self.category is not None:
            return kind == search_kinds.ARTICLES
        return not self.kind or self.kind == kind

    def published_range(self):
        """(start, end) aware datetimes for the articles' published_at, end excluded."""
        tz = timezone.get_current_timezone()
        start = end = None
        if self.date_from:
            start = datetime.datetime.combine(self.date_from, datetime.time.min, tz)
        if self.date_to:
            end = datetime.datetime.combine(
                self.date_to + datetime.timedelta(days=1), datetime.time.min, tz
            )
        return start, end


def parse_date(raw: str) -> datetime.date | None:
    """A day typed the Vietnamese way, dd/mm/yyyy (05/12/2026 is the fifth of December)."""
    match = _DATE_RE.match(raw)
    if not match:
        return None
    day, month, year = map(int, match.groups())
    try:
        value = datetime.date(year, month, day)
    except ValueError:
        return None
    if not FIRST_YEAR <= value.year <= timezone.localdate().year + 1:
        return None
    return value


def parse(params) -> SearchFilters:
    filters = SearchFilters()
    for name in PARAMS:
        raw = (params.get(name) or "").strip()
        if len(raw) > MAX_LENGTH:
            raw = raw[:MAX_LENGTH]
        filters.typed[name.replace("-", "_")] = raw
        filters.canonical[name] = None
    raw = filters.typed["chuyen_muc"]
    if raw:
        category = next((c for c in listings.active_categories() if c.slug == raw), None)
        if category is None:
            filters.problems.append(f"Không có chuyên mục “{raw}”; bộ lọc này đã được bỏ qua.")
        else:
            filters.category = category
            filters.canonical["chuyen-muc"] = raw
    for name, attribute, label in (
        ("tu-ngay", "date_from", "Từ ngày"),
        ("den-ngay", "date_to", "Đến ngày"),
    ):
        raw = filters.typed[name.replace("-", "_")]
        if not raw:
            continue
        value = parse_date(raw)
        if value is None:
            filters.problems.append(
                f"{label} “{raw}” không phải một ngày hợp lệ. Vui lòng nhập theo dạng "
                "ngày/tháng/năm, ví dụ 05/12/2026; bộ lọc này đã được bỏ qua."
            )
            continue
        setattr(filters, attribute, value)
        filters.canonical[name] = raw
    if filters.date_from and filters.date_to and filters.date_from > filters.date_to:
        filters.problems.append("“Từ ngày” sau “Đến ngày”: hai ngày đã được đổi chỗ cho nhau.")
        filters.date_from, filters.date_to = filters.date_to, filters.date_from
        filters.canonical["tu-ngay"] = filters.canonical["den-ngay"] = None
    raw = filters.typed["loai"]
    if raw:
        if raw in dict(search_kinds.choices()):
            filters.kind = raw
            filters.canonical["loai"] = raw
        else:
            filters.problems.append(f"Không có loại nội dung “{raw}”; bộ lọc này đã được bỏ qua.")
    raw = filters.typed["sap_xep"]
    if raw == NEWEST:
        filters.newest_first = True
        filters.canonical["sap-xep"] = raw
    elif raw:
        filters.problems.append(
            "Cách sắp xếp không hợp lệ; kết quả được xếp theo mức độ liên quan."
        )
    return filters


def apply_to_articles(queryset, filters: SearchFilters):
    if filters.category is not None:
        queryset = queryset.filter(category=filters.category)
    start, end = filters.published_range()
    if start:
        queryset = queryset.filter(published_at__gte=start)
    if end:
        queryset = queryset.filter(published_at__lt=end)
    return queryset
