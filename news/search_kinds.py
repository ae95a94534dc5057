"""What the site search looks through besides articles: a registry other apps fill.

news imports no other app, so an app with searchable records (council: documents, sessions)
registers a Kind from its AppConfig.ready(). The search page offers each kind in its "Loại"
filter and shows each kind's results in its own section, drawn by the kind's template.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

ARTICLES = "bai-viet"


@dataclass(frozen=True)
class Kind:
    slug: str  # the value of ?loai=
    label: str  # "Văn bản"
    # results(query, filters, limit) -> a list of records, best first (or newest first when
    # filters.newest_first); filters carry date_from/date_to (datetime.date or None).
    results: Callable
    template: str  # renders `results`, `kind`, `query`, `more` (a list shorter than asked)
    order: int = 100
    # Where the reader sees every match of this kind ("?q=" is added), or "".
    more_url: Callable[[], str] | None = None
    # Page-cache tags its records touch when they change: a cached results page showing this
    # kind is forgotten with them.
    tags: tuple[str, ...] = ()


_KINDS: dict[str, Kind] = {}


def register(kind: Kind) -> None:
    if kind.slug == ARTICLES:
        raise ValueError(f"{ARTICLES!r} is the articles' own kind")
    _KINDS[kind.slug] = kind


def unregister(slug: str) -> None:
    _KINDS.pop(slug, None)


def kinds() -> list[Kind]:
    return sorted(_KINDS.values(), key=lambda kind: (kind.order, kind.slug))


def get(slug: str) -> Kind | None:
    return _KINDS.get(slug)


def choices() -> list[tuple[str, str]]:
    """The "Loại" filter's options: articles first."""
    return [(ARTICLES, "Bài viết"), *((kind.slug, kind.label) for kind in kinds())]
