"""Paging the lists readers see: one way to read "?page=" and to number the page links."""

from __future__ import annotations

from django.core.paginator import Paginator

from . import page_cache

PAGE_SIZE = 12
# Page numbers longer than this are nonsense; they go to the nearest page, like other junk.
_MAX_PAGE_DIGITS = 9


def page_number(raw) -> int:
    """The page a reader asked for; 1 for anything that is not a plain positive number."""
    raw = (raw or "").strip()
    if not raw.isascii() or not raw.isdigit():
        return 1
    if len(raw) > _MAX_PAGE_DIGITS:
        return 10**_MAX_PAGE_DIGITS  # a huge number: the caller clamps it to the last page
    return max(1, int(raw))


def paginate(request, object_list, per_page: int = PAGE_SIZE, count: int | None = None):
    """The requested page, or the nearest one that exists ("abc", "0" → 1; "999999" → last).

    `count`, when the caller already knows it (e.g. from a cache), saves the COUNT query, which
    grows with the list."""
    paginator = Paginator(object_list, per_page)
    if count is not None:
        paginator.count = count  # a cached_property: set, it is never computed
    number = min(page_number(request.GET.get("page")), paginator.num_pages)
    page = paginator.page(number)
    # A cached list page is kept only under its own number ("?page=abc" is page 1's page).
    page_cache.note_query(request, "page", None if number == 1 else number)
    page.elided_range = list(paginator.get_elided_page_range(number, on_each_side=1, on_ends=1))
    return page
