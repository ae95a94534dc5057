"""PostgreSQL: full-text search over the folded words with the 'simple' configuration.

The folded words (news.search_words) are already what the index must hold, so the 'simple'
configuration (no stemming, no stop words) only splits them and keeps positions. Two tsvector
columns on news_article, unknown to the Django model and so never loaded with an article:
search_document (title weighted A, sapo B, body D) behind a GIN index, and search_marks (the
Telex-spelled marked words) for ranking. Migration news 0008 creates them and the index.
"""

from __future__ import annotations

from django.db import connection

from ..models import SearchWord

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


def search(queryset, query, *, newest_first=False):
    match = _tsquery(query.required_variants, "&")
    where = "news_article.search_document @@ to_tsquery('simple', %s)"
    if newest_first:
        return queryset.extra(where=[where], params=[match]).order_by("-published_at", "-id")
    parts, params = [], []
    if query.marked_keys:
        parts.append(
            "CASE WHEN news_article.search_marks @@ to_tsquery('simple', %s) THEN 10000 ELSE 0 END"
        )
        params.append(" & ".join(_operand(k) for k in query.marked_keys))
    phrases = [v for v in query.variants if len(v) > 1]
    if phrases:
        parts.append(
            "CASE WHEN news_article.search_document @@ to_tsquery('simple', %s) THEN 3000"
            " WHEN news_article.search_document @@ to_tsquery('simple', %s) THEN 2000 ELSE 0 END"
        )
        params += [_tsquery(phrases, "<->", "AB"), _tsquery(phrases, "<->")]
    # Cover density: close words and words in the title and sapo rank higher; at most 1000.
    parts.append(
        f"1000 * ts_rank_cd({WEIGHTS}, news_article.search_document, to_tsquery('simple', %s), 32)"
    )
    params.append(match)
    return queryset.extra(
        select={"search_score": " + ".join(parts)},
        select_params=params,
        where=[where],
        params=[match],
    ).order_by("-search_score", "-published_at", "-id")


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
