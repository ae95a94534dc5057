"""Per-address limit on comments, counted in the shared cache so it holds across app processes.

A fixed window: at most COMMENTS_RATE_LIMIT comments per COMMENTS_RATE_WINDOW seconds from one
address (its salted hash; the raw address is never kept). Counting uses the cache's atomic
increment, so two processes accepting comments at the same moment cannot both slip past it.
"""

import time

from django.conf import settings
from django.core.cache import cache

KEY = "comments:rate:v1:{address}:{slot}"


def _window(now=None):
    window = max(settings.COMMENTS_RATE_WINDOW, 1)
    now = time.time() if now is None else now
    slot = int(now // window)
    return slot, window, int((slot + 1) * window - now) + 1


def _key(address_hash, slot):
    return KEY.format(address=address_hash, slot=slot)


def is_limited(address_hash, now=None):
    """Whether this address has used up its comments for the current window."""
    limit = settings.COMMENTS_RATE_LIMIT
    if limit <= 0:
        return False
    slot, _, _ = _window(now)
    return (cache.get(_key(address_hash, slot)) or 0) >= limit


def retry_after(now=None):
    """Seconds until the current window ends."""
    return _window(now)[2]


def record(address_hash, now=None):
    """Count one comment; False (and nothing counted) when it would go over the limit."""
    limit = settings.COMMENTS_RATE_LIMIT
    if limit <= 0:
        return True
    slot, window, _ = _window(now)
    key = _key(address_hash, slot)
    cache.add(key, 0, timeout=window + 60)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.add(key, 1, timeout=window + 60)
        count = 1
    if count > limit:
        cache.decr(key)
        return False
    return True
