"""The documents register ("Văn bản"): its filters, read from the address, and its search.

Filters are GET parameters so the page stays the same for every reader (cacheable, no cookie):
`loai` (kind), `nam` (year), `linh-vuc` (field), `co-quan` (issuing body), `tinh-trang`
(status), `q` (number or words, accent-insensitive) and `page`. A value that names nothing is
dropped with a Vietnamese note, never an error page.

Each filter is served by an index on (column, -issued_on, -id) (council.models.Document.Meta).
Search matches whole words of the tone-folded search column, abbreviations and their full
forms alike, through news.search's parser and news.search.folded_column_q (the site search uses
the same); a query written as a document number puts that document first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import reduce
from operator import add

from django.db.models import Case, IntegerField, Q, Value, When
from django.utils import timezone

from news import search as news_search

from . import caching, numbers
from .models import Document, DocumentKind, IssuingBody, Sector

PARAMS = {
    "kind": "loai",
    "year": "nam",
    "sector": "linh-vuc",
    "body": "co-quan",
    "status": "tinh-trang",
}
MAX_PARAM_LENGTH = 100
FIRST_YEAR = 1945


def filter_choices() -> dict:
    """What the filter menus offer, cached until a clerk changes a document or a list."""

    def build():
        years = (
            Document.objects.public().order_by("-year").values_list("year", flat=True).distinct()
        )
        lists = {
            key: list(model.objects.in_order().values_list("slug", "name", "id"))
            for key, model in (("kind", DocumentKind), ("sector", Sector), ("body", IssuingBody))
        }
        return {
            **{key: [(slug, name) for slug, name, _ in rows] for key, rows in lists.items()},
            # Filters use the ids, so the query runs on the document's own indexed column.
            "ids": {key: {slug: pk for slug, _, pk in rows} for key, rows in lists.items()},
            "status": [
                (value, label)
                for value, label in Document.Status.choices
                if value != Document.Status.DRAFT
            ]
            + [(Document.Status.DRAFT, Document.Status.DRAFT.label)],
            "year": [(str(year), str(year)) for year in years],
        }

    return caching.cached(caching.FILTERS_CACHE, build)


@dataclass
class RegisterQuery:
    selected: dict = field(default_factory=dict)
    labels: dict = field(default_factory=dict)
    ids: dict = field(default_factory=dict)
    search: news_search.ParsedQuery | None = None
    problems: list = field(default_factory=list)

    @property
    def is_filtered(self):
        return bool(self.selected) or self.searching

    @property
    def searching(self):
        return self.search is not None and self.search.is_searchable


def parse(params, choices=None) -> RegisterQuery:
    choices = choices or filter_choices()
    query = RegisterQuery()
    names = {
        "kind": "loại văn bản",
        "sector": "lĩnh vực",
        "body": "cơ quan ban hành",
        "status": "tình trạng",
    }
    for key, param in PARAMS.items():
        raw = (params.get(param) or "").strip()
        if not raw:
            continue
        if len(raw) > MAX_PARAM_LENGTH:
            raw = raw[:MAX_PARAM_LENGTH] + "…"
        if key == "year":
            if not (raw.isascii() and raw.isdigit() and len(raw) == 4) or not (
                FIRST_YEAR <= int(raw) <= timezone.localdate().year + 1
            ):
                query.problems.append(
                    f"“{raw}” không phải một năm (ví dụ: 2024); bộ lọc năm đã được bỏ qua."
                )
                continue
            query.selected[key] = raw
            query.labels[key] = raw
            continue
        labels = dict(choices[key])
        if raw not in labels:
            query.problems.append(f"Không có {names[key]} “{raw}”; bộ lọc này đã được bỏ qua.")
            continue
        query.selected[key] = raw
        query.labels[key] = labels[raw]
        if key in choices["ids"]:
            query.ids[key] = choices["ids"][key][raw]
    raw_q = params.get("q", "")
    if raw_q.strip():
        parsed = news_search.parse_query(raw_q)
        query.search = parsed
        if parsed.problem:
            query.problems.append(parsed.message)
    return query


def _score(condition, points):
    return Case(When(condition, then=Value(points)), default=Value(0), output_field=IntegerField())


def documents(query: RegisterQuery):
    """The public documents the query asks for, newest first (best match first when searching)."""
    queryset = Document.objects.public().for_lists()
    lookups = {"kind": "kind_id", "sector": "sector_id", "body": "issuing_body_id"}
    for key, value in query.selected.items():
        if key in lookups:
            queryset = queryset.filter(**{lookups[key]: query.ids[key]})
        else:
            queryset = queryset.filter(**{key: value})
    if not query.searching:
        return queryset.newest_first()
    return search(queryset, query.search)


def search(queryset, parsed: news_search.ParsedQuery):
    """Documents containing every word (marks and đ ignored); an exact number ranks first.

    A query written as a whole document number that exists is answered from the number's index
    alone: the reader wants that document, not every text that quotes it."""
    if numbers.parse(parsed.text) is not None:
        exact = queryset.filter(number_key=numbers.number_key(parsed.text))
        if exact.exists():
            return exact.newest_first()
    queryset = queryset.filter(news_search.folded_column_q("search_folded", parsed))
    key = numbers.number_key(parsed.text)
    scores = [_score(Q(number_key=key), 1000)]
    if numbers.parse(parsed.text) is None:
        scores.extend(_score(Q(number_key__contains=term), 50) for term in parsed.terms[:3])
    return queryset.annotate(search_score=reduce(add, scores)).order_by(
        "-search_score", "-issued_on", "-id"
    )
