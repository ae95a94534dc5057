"""The council's cached bits and what drops them when clerks change records."""

from django.core.cache import cache
from django.db import transaction

FILTERS_KEY = "council:register-filters:v1"
UPCOMING_KEY = "council:upcoming-session:v1"


def _forget(*keys):
    cache.delete_many(keys)
    # Again after commit, in case a request re-cached the old data before the change was visible.
    transaction.on_commit(lambda: cache.delete_many(keys))


def _sitemap_key():
    from news.models import SITEMAP_CACHE

    return str(SITEMAP_CACHE)


def forget_register():
    """The register's filter choices (kinds, fields, bodies, years) changed."""
    _forget(FILTERS_KEY, _sitemap_key())


def forget_documents():
    _forget(FILTERS_KEY, _sitemap_key())


def forget_sessions():
    _forget(UPCOMING_KEY, _sitemap_key())


def get_or_set(key, build, seconds=300):
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, seconds)
    return value
