"""A cache backend that keeps the site serving while the shared cache is away.

`ResilientCache` wraps another backend (Django's RedisCache in a city). When a call fails with a
connection error or a timeout, a circuit breaker opens for `FAILURE_SECONDS`: every call meanwhile
returns at once with what a miss would give, so pages are drawn from the database instead of
waiting on the cache. After the cool-down one call probes the cache again; if it answers, the
breaker closes. One warning is logged when the cache is lost and one line when it is back, never a
traceback per request.

What a call answers while the cache is away:

- get → the default, get_many → {}, has_key/touch/delete → False: every cached read is a miss.
- add → False. The view counter adds a key to count a reader once, so a reader is not counted
  rather than counted twice.
- incr/decr → delta, as if the counter had just been started: rate limits let the request through
  (the database still allows one ballot per voter key), tag generations move on.
- set, set_many, delete, delete_many, clear → nothing is stored.

Writes that could not reach the cache (set, delete, incr) may leave an old entry or counter
behind, so the keys are remembered (up to `MAX_MISSED_KEYS`) and deleted once the cache is back:
a deleted generation counter restarts from the clock, which makes every entry under it stale.
Keys that were only added (view de-duplication) are not deleted, so recovering never counts a
reader again.

The breaker's state is per process and per cache location; each process finds out for itself,
paying one timeout at most per cool-down.
"""

from __future__ import annotations

import logging
import threading
import time
from urllib.parse import urlsplit

from django.core.cache.backends.base import DEFAULT_TIMEOUT, BaseCache
from django.utils.module_loading import import_string

logger = logging.getLogger("portal.cache")

try:
    from redis.exceptions import ConnectionError as RedisConnectionError
    from redis.exceptions import TimeoutError as RedisTimeoutError
except ModuleNotFoundError:  # a wrapped backend that is not Redis
    FAILURES: tuple[type[BaseException], ...] = (OSError,)
else:
    # Builtin ConnectionError and TimeoutError are OSErrors (a socket refused or timed out).
    FAILURES = (RedisConnectionError, RedisTimeoutError, OSError)

MAX_MISSED_KEYS = 10_000
CLOSED, PROBE, SKIP = "closed", "probe", "skip"


class Breaker:
    """Whether calls may go to the cache: closed, open until a time, or probing (one caller)."""

    def __init__(self, name: str, failure_seconds: float, clock=time.monotonic):
        self.name = name
        self.failure_seconds = failure_seconds
        self.clock = clock
        self.lock = threading.Lock()
        self.opened_at: float | None = None
        self.retry_at = 0.0
        self.probing = False
        self.skipped = 0
        self.missed: set[tuple[str, int | None]] = set()
        self.missed_overflow = False

    @property
    def is_open(self) -> bool:
        return self.opened_at is not None

    def allow(self) -> str:
        """CLOSED (call the cache), PROBE (this caller checks whether it is back) or SKIP."""
        with self.lock:
            if self.opened_at is None:
                return CLOSED
            if not self.probing and self.clock() >= self.retry_at:
                self.probing = True
                return PROBE
            self.skipped += 1
            return SKIP

    def failed(self, error: BaseException) -> None:
        with self.lock:
            first = self.opened_at is None
            if first:
                self.opened_at = self.clock()
            self.retry_at = self.clock() + self.failure_seconds
            self.probing = False
        if first:
            logger.warning(
                "Cache %s unavailable (%s: %s); serving without it, trying again every %g s.",
                self.name,
                type(error).__name__,
                error,
                self.failure_seconds,
            )

    def missed_keys(self) -> dict[int | None, list[str]]:
        with self.lock:
            by_version: dict[int | None, list[str]] = {}
            for key, version in self.missed:
                by_version.setdefault(version, []).append(key)
            return by_version

    def succeeded(self) -> None:
        """Close the breaker after a successful probe."""
        with self.lock:
            if self.opened_at is None:
                return
            away = self.clock() - self.opened_at
            skipped, forgotten, overflow = self.skipped, len(self.missed), self.missed_overflow
            self.opened_at, self.probing, self.skipped = None, False, 0
            self.missed, self.missed_overflow = set(), False
        logger.warning(
            "Cache %s is back after %.1f s (%d calls answered without it, %d keys forgotten%s).",
            self.name,
            away,
            skipped,
            forgotten,
            "; more were dropped and expire on their own" if overflow else "",
        )

    def remember_missed(self, keys, version) -> None:
        with self.lock:
            for key in keys:
                if len(self.missed) >= MAX_MISSED_KEYS:
                    self.missed_overflow = True
                    return
                self.missed.add((key, version))


_breakers: dict[tuple[str, float], Breaker] = {}
_breakers_lock = threading.Lock()


def breaker_for(location: str, failure_seconds: float) -> Breaker:
    """The process's breaker for one cache (Django makes a backend per thread; they share it)."""
    with _breakers_lock:
        key = (location, failure_seconds)
        if key not in _breakers:
            _breakers[key] = Breaker(_label(location), failure_seconds)
        return _breakers[key]


def _label(location) -> str:
    """The cache's address for the log, without a password."""
    parts = urlsplit(str(location))
    if not parts.hostname:
        return str(location)
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{parts.hostname}{port}{parts.path}"


def reset_breakers() -> None:
    """Forget every breaker's state (tests)."""
    with _breakers_lock:
        _breakers.clear()


_MISSING = object()
PROBE_KEY = "portal:health:ping"


class ResilientCache(BaseCache):
    """Another cache backend behind a circuit breaker (see the module docstring).

    OPTIONS: BACKEND (the wrapped backend's path), FAILURE_SECONDS (cool-down, default 30) and
    OPTIONS (passed on to the wrapped backend, e.g. redis-py's socket timeouts).
    """

    def __init__(self, location, params):
        options = dict(params.get("OPTIONS") or {})
        backend = options.pop("BACKEND", "portal.cache_backends.redis.RedisCache")
        failure_seconds = float(options.pop("FAILURE_SECONDS", 30))
        inner_params = {**params, "OPTIONS": options.pop("OPTIONS", {})}
        super().__init__(params)
        self.inner: BaseCache = import_string(backend)(location, inner_params)
        self.breaker = breaker_for(str(location), failure_seconds)

    def _call(self, method, *args, fallback=None, missed=None, version=None, **kwargs):
        state = self.breaker.allow()
        if state == SKIP or (state == PROBE and not self._probe()):
            if missed is not None:
                self.breaker.remember_missed(missed, version)
            return fallback
        try:
            return getattr(self.inner, method)(*args, version=version, **kwargs)
        except FAILURES as error:
            self.breaker.failed(error)
            if missed is not None:
                self.breaker.remember_missed(missed, version)
            return fallback

    def _probe(self) -> bool:
        """Whether the cache answers again; the keys written while it was away are deleted
        first, so the call that follows already sees the cache without them."""
        try:
            missed = self.breaker.missed_keys()
            for version, keys in missed.items():
                self.inner.delete_many(keys, version=version)
            if not missed:
                self.inner.has_key(PROBE_KEY)
        except FAILURES as error:
            self.breaker.failed(error)
            return False
        except BaseException:
            self.breaker.probing = False  # let a later call probe again
            raise
        self.breaker.succeeded()
        return True

    @property
    def is_available(self) -> bool:
        """False while the breaker is open (the cache failed within the cool-down)."""
        return not self.breaker.is_open

    def ping(self) -> bool:
        """Whether the cache answers now (a probe that also closes or opens the breaker)."""
        return self._call("has_key", PROBE_KEY, fallback=_MISSING) is not _MISSING

    def get(self, key, default=None, version=None):
        return self._call("get", key, default, fallback=default, version=version)

    def get_many(self, keys, version=None):
        return self._call("get_many", keys, fallback={}, version=version)

    def has_key(self, key, version=None):
        return self._call("has_key", key, fallback=False, version=version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("add", key, value, timeout, fallback=False, version=version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self._call("set", key, value, timeout, missed=[key], version=version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        keys = list(data)
        return self._call("set_many", data, timeout, fallback=keys, missed=keys, version=version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("touch", key, timeout, fallback=False, version=version)

    def delete(self, key, version=None):
        return self._call("delete", key, fallback=False, missed=[key], version=version)

    def delete_many(self, keys, version=None):
        keys = list(keys)
        self._call("delete_many", keys, missed=keys, version=version)

    def incr(self, key, delta=1, version=None):
        return self._call("incr", key, delta, fallback=delta, missed=[key], version=version)

    def decr(self, key, delta=1, version=None):
        return self._call("decr", key, delta, fallback=-delta, missed=[key], version=version)

    def clear(self):
        state = self.breaker.allow()
        if state == SKIP or (state == PROBE and not self._probe()):
            return
        try:
            self.inner.clear()
        except FAILURES as error:
            self.breaker.failed(error)

    def close(self, **kwargs):
        self.inner.close(**kwargs)
