"""SQLite: FTS5 over the folded words.

news_article_fts is an FTS5 table whose rowid is the article's id, with columns title, sapo, body
(folded words) and marks (Telex-spelled marked words); a trigger removes an article's row when the
article is deleted. Migration news 0009 creates both. Typo suggestions use a small in-process
trigram index of the archive's words, rebuilt when the word list changes.
"""

from __future__ import annotations

import threading
from collections import Counter

from django.db import connection

from ..models import SearchWord
from ..search import NEAR_DISTANCE
from . import NEAR, PHRASE, TITLE_PHRASE, order

# bm25 column weights: title, sapo, body, marks (marks never ranks by itself).
BM25 = "bm25(news_article_fts, 8.0, 4.0, 1.0, 0.0)"


def write(rows) -> None:
    rows = list(rows)
    with connection.cursor() as cursor:
        cursor.executemany(
            "DELETE FROM news_article_fts WHERE rowid = %s", [(row[0],) for row in rows]
        )
        cursor.executemany(
            "INSERT INTO news_article_fts (rowid, title, sapo, body, marks)"
            " VALUES (%s, %s, %s, %s, %s)",
            rows,
        )


def _quoted(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _any(groups: list[str]) -> str:
    return " OR ".join(f"({g})" for g in groups)


def _in_text(expression: str, columns: str = "title sapo body") -> str:
    return "{" + columns + "} : (" + expression + ")"


def _match(query) -> str:
    return _in_text(
        _any([" AND ".join(_quoted(w) for w in words) for words in query.required_variants])
    )


def matching(queryset, query):
    return queryset.extra(
        tables=["news_article_fts"],
        where=["news_article_fts.rowid = news_article.id", "news_article_fts MATCH %s"],
        params=[_match(query)],
    )


def _hits(cursor, expression: str, low: int, high: int) -> set[int]:
    cursor.execute(
        "SELECT rowid FROM news_article_fts WHERE news_article_fts MATCH %s"
        " AND rowid BETWEEN %s AND %s",
        [expression, low, high],
    )
    return {row[0] for row in cursor.fetchall()}


# Above this many matches, newest first walks the date index and probes FTS5 for each article
# (the matches are dense, few probes fill a page); below, the matches are sorted by date.
DENSE_MATCHES = 20_000


def _newest(queryset, query, limit):
    match = _match(query)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM (SELECT rowid FROM news_article_fts"
            " WHERE news_article_fts MATCH %s LIMIT %s)",
            [match, DENSE_MATCHES],
        )
        dense = cursor.fetchone()[0] >= DENSE_MATCHES
    if dense:
        condition = (
            "EXISTS (SELECT 1 FROM news_article_fts WHERE news_article_fts MATCH %s"
            " AND news_article_fts.rowid = news_article.id)"
        )
    else:
        condition = (
            "news_article.id IN (SELECT rowid FROM news_article_fts"
            " WHERE news_article_fts MATCH %s)"
        )
    newest = queryset.extra(where=[condition], params=[match])
    return list(newest.order_by("-published_at", "-id").values_list("id", flat=True)[:limit])


def ranked_ids(queryset, query, *, newest_first=False, limit=1000) -> list[int]:
    if newest_first:
        return _newest(queryset, query, limit)
    found = matching(queryset, query)
    # FTS5 walks its rowids (the article ids) newest first and stops at the limit; bm25 is
    # computed for those rows only. bm25 is negative, more negative is better.
    rows = list(
        found.extra(
            select={
                "fts_rowid": "news_article_fts.rowid",
                # The stored text, without Django's conversion to datetime: only compared.
                "published_text": "news_article.published_at",
                "fts_score": f"-{BM25}",
            }
        )
        .order_by("-fts_rowid")
        .values_list("id", "published_text", "fts_score")[:limit]
    )
    if not rows:
        return []
    low, high = min(r[0] for r in rows), max(r[0] for r in rows)
    tiers: dict[int, int] = {}
    marks: set[int] = set()
    with connection.cursor() as cursor:
        if query.marked_keys:
            marks = _hits(
                cursor,
                "marks : (" + " AND ".join(_quoted(k) for k in query.marked_keys) + ")",
                low,
                high,
            )
        phrases = [v for v in query.variants if len(v) > 1]
        if phrases:
            phrase = _any([_quoted(" ".join(words)) for words in phrases])
            near = _any(
                [
                    "NEAR("
                    + " ".join(_quoted(w) for w in dict.fromkeys(words))
                    + f", {NEAR_DISTANCE + len(words)})"
                    for words in phrases
                ]
            )
            for points, expression in (
                (NEAR, _in_text(near)),
                (PHRASE, _in_text(phrase)),
                (TITLE_PHRASE, _in_text(phrase, "title sapo")),
            ):
                for pk in _hits(cursor, expression, low, high):
                    tiers[pk] = points
    return order(rows, marks, tiers)


# --- The in-process word index for suggestions ----------------------------------------------

_lock = threading.Lock()
_index: dict = {"stamp": None, "words": {}, "grams": {}}


def _grams(word: str) -> set[str]:
    padded = f"  {word} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def _word_index():
    stamp = SearchWord.objects.order_by().values_list("pk", flat=True)
    stamp = (stamp.count(), stamp.order_by("-pk").first())
    with _lock:
        if _index["stamp"] != stamp:
            words: Counter = Counter()
            for folded, frequency in SearchWord.objects.values_list("folded", "frequency"):
                words[folded] += frequency
            grams: dict[str, list[str]] = {}
            for folded in words:
                for gram in _grams(folded):
                    grams.setdefault(gram, []).append(folded)
            _index.update(stamp=stamp, words=dict(words), grams=grams)
        return _index["words"], _index["grams"]


def similar_words(word: str, limit: int = 8) -> list[tuple[str, int]]:
    """(folded word, frequency) of archive words sharing enough trigrams with the word (the
    same measure as pg_trgm's similarity, threshold 0.3)."""
    words, grams = _word_index()
    own = _grams(word)
    shared: Counter = Counter()
    for gram in own:
        for candidate in grams.get(gram, ()):
            shared[candidate] += 1
    scored = []
    for candidate, common in shared.items():
        similarity = common / (len(own) + len(_grams(candidate)) - common)
        if similarity >= 0.3:
            scored.append((similarity, words[candidate], candidate))
    scored.sort(reverse=True)
    return [(candidate, frequency) for _, frequency, candidate in scored[:limit]]
