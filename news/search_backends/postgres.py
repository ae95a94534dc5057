"""PostgreSQL: full-text search over the folded words with the 'simple' configuration.

The folded words (news.search_words) are already what the index must hold, so the 'simple'
configuration (no stemming, no stop words) only splits them and keeps positions. Two tsvector
columns on news_article, unknown to the Django model and so never loaded with an article:
search_document (title weighted A, sapo B, body D) behind a GIN index, and search_marks (the
Telex-spelled marked words) for ranking. Migration news 0009 creates them and the index.
"""

from __future__ import annotations

from django.db import connection

from ..models import SearchWord
from . import PHRASE, TITLE_PHRASE, order

WEIGHTS = "'{0.1, 0.2, 0.4, 1.0}'"  # D, C, B, A
DOCUMENT = (
    "setweight(to_tsvector('simple', %s), 'A') || setweight(to_tsvector('simple', %s), 'B')"
    " || setweight(to_tsvector('simple', %s), 'D')"
)


def write(rows) -> None:
    with connection.cursor() as cursor:
        cursor.executemany(
            f"UPDATE news_article SET search_document = {DOCUMENT},"
            " search_marks = to_tsvector('simple', %s) WHERE id = %s",
            [(title, sapo, body, marks, pk) for pk, title, sapo, body, marks in rows],
        )


def _operand(word: str, weights: str = "") -> str:
    return f"'{word}'" + (f":{weights}" if weights else "")


def _tsquery(groups: list[list[str]], joiner: str, weights: str = "") -> str:
    return " | ".join(
        "(" + f" {joiner} ".join(_operand(w, weights) for w in words) + ")"
        for words in groups
        if words
    )


def matching(queryset, query):
    return queryset.extra(
        where=["news_article.search_document @@ to_tsquery('simple', %s)"],
        params=[_tsquery(query.required_variants, "&")],
    )


def ranked_ids(queryset, query, *, newest_first=False, limit=1000) -> list[int]:
    found = matching(queryset, query)
    if newest_first:
        return list(found.order_by("-published_at", "-id").values_list("id", flat=True)[:limit])
    # Cover density (close words, words in the title and sapo rank higher), in [0, 1000).
    rows = list(
        found.extra(
            select={
                "fts_score": f"1000 * ts_rank_cd({WEIGHTS}, news_article.search_document,"
                " to_tsquery('simple', %s), 32)"
            },
            select_params=[_tsquery(query.required_variants, "&")],
        )
        .order_by("-id")
        .values_list("id", "published_at", "fts_score")[:limit]
    )
    if not rows:
        return []
    phrases = [v for v in query.variants if len(v) > 1]
    marks_query = " & ".join(_operand(k) for k in query.marked_keys)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id,"
            " search_marks @@ to_tsquery('simple', %s),"
            " search_document @@ to_tsquery('simple', %s),"
            " search_document @@ to_tsquery('simple', %s)"
            " FROM news_article WHERE id = ANY(%s)",
            [
                marks_query or "",
                _tsquery(phrases, "<->", "AB") or "",
                _tsquery(phrases, "<->") or "",
                [row[0] for row in rows],
            ],
        )
        flags = cursor.fetchall()
    marks = {pk for pk, marked, _, _ in flags if marked and marks_query}
    tiers = {
        pk: TITLE_PHRASE if in_title else PHRASE
        for pk, _, in_title, anywhere in flags
        if phrases and (in_title or anywhere)
    }
    return order(rows, marks, tiers)


def similar_words(word: str, limit: int = 8) -> list[tuple[str, int]]:
    """(folded word, frequency) of archive words by trigram similarity (pg_trgm's % operator,
    served by the GIN index on news_searchword.folded)."""
    rows = (
        SearchWord.objects.extra(
            where=["news_searchword.folded %% %s"],
            params=[word],
            select={"similarity": "similarity(news_searchword.folded, %s)"},
            select_params=[word],
        )
        .order_by("-similarity", "-frequency")
        .values_list("folded", "frequency")[: limit * 3]
    )
    best = {}
    for folded, frequency in rows:
        best[folded] = max(best.get(folded, 0), frequency)
    return list(best.items())[:limit]
