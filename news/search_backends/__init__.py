"""The search index's database side, one module per database: news.search_backends.postgres
(full-text search over the folded words, GIN index) and news.search_backends.sqlite (FTS5).

Each module offers the same functions: `write(rows)` stores (article id, title words, sapo words,
body words, marked words) for articles, `search(queryset, query, newest_first)` filters and ranks
an Article queryset, and `similar_words(word, limit)` returns archive words spelled like a typo.
"""

from importlib import import_module

from django.db import connection

_MODULES = {"postgresql": "news.search_backends.postgres", "sqlite": "news.search_backends.sqlite"}


def current():
    """The backend module of the default database."""
    return import_module(_MODULES[connection.vendor])
