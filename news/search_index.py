"""Keeps the search index in step with the articles.

Article.save() indexes the article it saves, and ArticleQuerySet.update() the articles it changes
when it touches their text, in the same transaction as the write, so the index never shows text
the database does not hold. `manage.py rebuild_search_index` rebuilds it all (after bulk loads,
which skip save()). The archive's words are kept too, for typo suggestions (news.search_suggest).
"""

from __future__ import annotations

from collections import Counter

from django.db import transaction

from portal import text

from . import search_backends, search_words
from .sanitize import plain_text

BATCH = 1000
TEXT_FIELDS = ("title", "sapo", "body")
MAX_WORD_LENGTH = 30


def _row(pk, title, sapo, body):
    title, sapo, body = (text.normalize(v) for v in (title, sapo, plain_text(body or "")))
    parts = [search_words.keys(part) for part in (title, sapo, body)]
    row = (
        pk,
        *(" ".join(fold for fold, _ in part) for part in parts),
        " ".join(marks for part in parts for _, marks in part if marks),
    )
    return row, (title, sapo, body)


def _displays(sources) -> dict[str, str]:
    """The written form (lower case) of each word of the texts, with its folded form."""
    displays = {}
    for source in sources:
        for raw in set(search_words.WORD_RE.findall(source)):
            display = raw.translate(search_words.JOINERS_TABLE).lower()
            if display not in displays:
                displays[display] = search_words.fold_word(display)
    return displays


def _vocabulary(displays: dict[str, str]) -> dict[str, str]:
    """Words worth suggesting: letters only, not too long."""
    return {
        display: folded
        for display, folded in displays.items()
        if display.isalpha() and len(display) <= MAX_WORD_LENGTH
    }


def index_rows(rows, word_model=None, vocabulary=True) -> None:
    """Index (id, title, sapo, body) rows and add their new words to the vocabulary."""
    from .models import SearchWord as CurrentWord

    # A migration passes its own model.
    SearchWord = word_model or CurrentWord

    indexed, words = [], {}
    for pk, title, sapo, body in rows:
        row, sources = _row(pk, title, sapo, body)
        indexed.append(row)
        if vocabulary:
            words.update(_vocabulary(_displays(sources)))
    if not indexed:
        return
    with transaction.atomic():
        search_backends.current().write(indexed)
        SearchWord.objects.bulk_create(
            [SearchWord(display=d, folded=f, frequency=1) for d, f in words.items()],
            ignore_conflicts=True,
            batch_size=500,
        )


def index_article(article) -> None:
    index_rows([(article.pk, article.title, article.sapo, article.body)])


def index_articles(ids) -> None:
    from .models import Article

    ids = list(ids)
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        index_rows(Article.objects.filter(pk__in=chunk).values_list("pk", *TEXT_FIELDS))


def rebuild(stdout=None) -> int:
    """Index every article again and recount the vocabulary; returns the number indexed."""
    from .models import Article, SearchWord

    counts: Counter = Counter()
    folds: dict[str, str] = {}
    done = 0
    last = 0
    articles = Article.objects.order_by("pk").values_list("pk", *TEXT_FIELDS)
    while True:
        chunk = list(articles.filter(pk__gt=last)[:BATCH])
        if not chunk:
            break
        indexed = []
        for pk, title, sapo, body in chunk:
            row, sources = _row(pk, title, sapo, body)
            indexed.append(row)
            vocabulary = _vocabulary(_displays(sources))
            counts.update(vocabulary.keys())
            folds.update(vocabulary)
        with transaction.atomic():
            search_backends.current().write(indexed)
        last = chunk[-1][0]
        done += len(chunk)
        if stdout is not None:
            stdout.write(f"  {done} bài viết", ending="\r")
            stdout.flush()
    with transaction.atomic():
        SearchWord.objects.all().delete()
        SearchWord.objects.bulk_create(
            [SearchWord(display=d, folded=folds[d], frequency=n) for d, n in counts.items()],
            batch_size=1000,
        )
    return done
