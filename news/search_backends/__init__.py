"""The search index's database side, one module per database: news.search_backends.postgres
(full-text search over the folded words, GIN index) and news.search_backends.sqlite (FTS5).

Each module offers the same functions: `write(rows)` stores (article id, title words, sapo words,
body words, marked words) for articles, `matching(queryset, query)` filters an Article queryset,
`ranked_ids(queryset, query, newest_first, limit)` returns the ids of the best matches in order,
and `similar_words(word, limit)` returns archive words spelled like a typo.

Ranking is bounded: the candidates are the `limit` most recently written matches (read in id
order straight off the index, so a query matching most of the archive costs no more than one
matching a thousand articles), scored by the database's own measure (ts_rank_cd, bm25), then
tiered by the phrase tests run on those candidates only, and ordered here.
"""

from importlib import import_module

from django.db import connection

_MODULES = {"postgresql": "news.search_backends.postgres", "sqlite": "news.search_backends.sqlite"}


def current():
    """The backend module of the default database."""
    return import_module(_MODULES[connection.vendor])


MARKS = 10000
TITLE_PHRASE, PHRASE, NEAR = 3000, 2000, 1000


def order(rows, marks: set, tiers: dict) -> list[int]:
    """Ids best first: the reader's own marks, then phrase tiers, then the database's score,
    then newest. rows are (id, published_at, score) with a larger score better; published_at
    may be the database's text (SQLite's ISO strings sort as the dates do)."""
    rows = sorted(rows, key=lambda row: (row[1] or "", row[0]), reverse=True)

    def total(row):
        pk, _, score = row
        return (MARKS if pk in marks else 0) + tiers.get(pk, 0) + (score or 0)

    return [row[0] for row in sorted(rows, key=total, reverse=True)]
