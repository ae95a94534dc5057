"""Fixed-window rate limits counted in the shared cache, so they hold across app processes.

The identity is always a salted hash (portal.clients), never a raw address. Counting uses the
cache's atomic increment (Redis INCR; a lock in local memory), so parallel requests cannot all
slip under a limit.
"""

import contextlib
import time

from django.core.cache import cache


class RateLimited(Exception):
    def __init__(self, retry_after):
        super().__init__(f"rate limited, retry after {retry_after}s")
        self.retry_after = retry_after


class RateLimit:
    """At most `limit` uses per `window` seconds for one identity; a limit of 0 turns it off."""

    def __init__(self, name, limit, window):
        self.name = name
        self.limit = limit
        self.window = max(int(window), 1)

    def _slot(self, now):
        return int((time.time() if now is None else now) // self.window)

    def key(self, identity, now=None):
        return f"ratelimit:v1:{self.name}:{identity}:{self._slot(now)}"

    def retry_after(self, now=None):
        """Seconds until the current window ends."""
        now = time.time() if now is None else now
        return int((self._slot(now) + 1) * self.window - now) + 1

    def is_limited(self, identity, now=None):
        if self.limit <= 0:
            return False
        return (cache.get(self.key(identity, now)) or 0) >= self.limit

    def hit(self, identity, now=None):
        """Count one use and return its key (for give_back); raise RateLimited, counting
        nothing, when the identity has used up the window."""
        if self.limit <= 0:
            return None
        key = self.key(identity, now)
        timeout = self.window + 60
        cache.add(key, 0, timeout)
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add() and incr()
            cache.add(key, 1, timeout)
            count = 1
        if count > self.limit:
            self.give_back(key)
            raise RateLimited(self.retry_after(now))
        return key

    def give_back(self, key):
        """Undo a hit whose request was refused later, so refusals do not use up the limit."""
        if key is None:
            return
        with contextlib.suppress(ValueError):  # expired meanwhile: nothing to give back
            cache.decr(key)
