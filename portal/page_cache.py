"""Whole reader pages from the shared cache, for readers who bring nothing personal.

A view opts in with `@cached_page(query=..., personal_cookies=...)`; `PageCacheMiddleware`,
placed first after the proxy-header check, answers a hit before any other middleware runs. What
may be served from the cache, and what may be stored:

- only GET and HEAD, from a reader without a session or a pending message (the session and
  messages cookies), and without the view's own personal cookies (the voter cookie on poll pages);
  with SECURE_SSL_REDIRECT only over HTTPS (plain HTTP goes on to the redirect);
- only a 200 that sets no cookie and does not vary on Cookie: a page that drew a CSRF token, read
  the session (staff), or showed or added a message is never stored, so it cannot reach another
  reader;
- the key is the scheme, host and path plus the query parameters the view names, and only when
  their values are canonical (`note_query` records what the page made of them: "?page=abc" is
  page 1, kept under page 1's key only), so junk query strings cannot fill the cache; other
  parameters are ignored.

A hit costs one `get_many` (the entry and the generations of every tag it was drawn under), no
query, and no header is computed again: the entry holds the response's headers as the inner
middleware left them (the security headers included), with its ETag, Last-Modified and
Cache-Control. A process remembers which tags each key's entry named, so the first hit of a key
in a process may take a second read for its own tags ("article:42"), the next ones do not.

Freshness: entries are remembered under tag generations (`portal.cache`): "site" and "articles"
for every page, plus the tags a view adds with `tag(request, ...)` ("article:42", "poll:7"), so an
edit forgets the pages at once, in every process. An entry also ends at the soonest time an app's
registered clock says the pages change by themselves (an article scheduled for 10:00, a poll that
opens or closes), and after PORTAL_PAGE_CACHE_SECONDS at most (view counts on the page); 0 turns
the page cache off.

One draw at a time: when a page is missing, the first request for it takes a short lock in the
shared cache (an atomic `add`) and draws it; the others for the same page wait for its entry (at
most DRAW_WAIT_SECONDS) instead of drawing it too, so a cold or just-edited home page is drawn once,
not by every reader at the same moment. A page that is not kept (a 404, a search that found
nothing) leaves a marker for a few seconds under which requests draw it side by side again; a
lock left by a killed worker ends after DRAW_LOCK_SECONDS. Without an answer from the shared
cache nobody waits.

Browsers get `max-age=0` with an ETag and Last-Modified (a 304 when nothing changed); a proxy in
front may keep the page for PORTAL_PAGE_CACHE_PROXY_SECONDS (`s-maxage`). Responses of pages that
could not be cached for this reader say `private, no-cache`.
"""

from __future__ import annotations

import functools
import hashlib
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache as shared_cache
from django.core.signals import setting_changed
from django.http import HttpResponse
from django.urls import Resolver404, resolve
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date

from . import cache

KEY_PREFIX = "portal:page:v2:"
# Every page shows the menu and sidebar ("site") and lists of articles ("articles").
PAGE_TAGS = ("site", "articles")
STATE_ATTRIBUTE = "_page_cache"
# Per process: the tags each key's entry was drawn under besides PAGE_TAGS, so that a hit reads
# the entry and all its generations in one get_many. Only a hint; emptied when it grows too big.
_TAGS_HINT_MAX = 20_000
_tags_hint: dict[str, tuple[str, ...]] = {}
# One draw at a time per page (see the module's text).
DRAW_PREFIX = KEY_PREFIX + "draw:"
DRAW_LOCK_SECONDS = 15
DRAW_WAIT_SECONDS = 5.0
_DRAWING, _UNKEPT = "drawing", "unkept"
UNKEPT_SECONDS = 5
_POLL_FIRST, _POLL_MAX = 0.002, 0.02


@dataclass(frozen=True)
class Policy:
    query: tuple[str, ...] = ()
    personal_cookies: tuple[str, ...] = ()


@dataclass
class _State:
    key: str
    query: dict[str, str]
    generations: dict[str, int]
    expires: float = 0.0
    noted: dict[str, str | None] = field(default_factory=dict)
    skip: bool = False
    stored_at: int = 0  # when the response was kept (0: not kept)


_clocks: list[Callable[[], datetime | None]] = []


def register_clock(next_change: Callable[[], datetime | None]) -> None:
    """An app's "when do my pages change without an edit" (the next scheduled publish)."""
    if next_change not in _clocks:
        _clocks.append(next_change)


def cached_page(*, query: Iterable[str] = (), personal_cookies: Iterable[str] = ()):
    """Mark a view (a function, or a callable such as a Feed instance) whose anonymous GET and
    HEAD responses may be served from the page cache."""
    policy = Policy(tuple(sorted(query)), tuple(personal_cookies))

    def decorate(view):
        view.page_cache = policy
        return view

    return decorate


def _state(request) -> _State | None:
    return getattr(request, STATE_ATTRIBUTE, None)


def tag(request, *tags: str) -> None:
    """The page also shows these ("article:42"): their generations are read now, before the
    rest of the page is drawn."""
    state = _state(request)
    if state is not None and tags:
        state.generations.update(cache.generations(*tags))


def note_query(request, name: str, canonical) -> None:
    """What the page made of a query parameter (None: as if absent); stored only if the request
    said exactly that."""
    state = _state(request)
    if state is not None:
        state.noted[name] = None if canonical is None else str(canonical)


def skip(request) -> None:
    """Draw this response normally but do not keep it (a search that found nothing)."""
    state = _state(request)
    if state is not None:
        state.skip = True


@functools.lru_cache(maxsize=4096)
def _policy_for(urlconf: str, path: str) -> Policy | None:
    # Resolving walks every URL pattern; the answer for a path only changes with the URLconf.
    try:
        match = resolve(path, urlconf)
    except Resolver404:
        return None
    return getattr(match.func, "page_cache", None)


def _forget_policies(*, setting, **kwargs):
    if setting == "ROOT_URLCONF":
        _policy_for.cache_clear()


setting_changed.connect(_forget_policies, dispatch_uid="portal.page_cache.policies")


def _policy(request) -> Policy | None:
    return _policy_for(settings.ROOT_URLCONF, request.path_info)


def _is_anonymous(request, policy: Policy) -> bool:
    cookies = request.COOKIES
    if not cookies:
        return True
    names = (settings.SESSION_COOKIE_NAME, CookieStorage.cookie_name, *policy.personal_cookies)
    return not any(name in cookies for name in names)


def _key(request, policy: Policy) -> tuple[str, dict[str, str]]:
    query = {}
    if policy.query and request.META.get("QUERY_STRING"):
        query = {name: request.GET[name] for name in policy.query if name in request.GET}
    # The Host as sent, not validated here: only a request whose host passed ALLOWED_HOSTS
    # (CommonMiddleware checks it while the page is drawn) stores an entry, so a bad Host finds
    # nothing and is refused further in.
    host = request._get_raw_host()
    return _address_key(request.scheme, host, request.path, tuple(sorted(query.items()))), query


@functools.lru_cache(maxsize=4096)
def _address_key(scheme: str, host: str, path: str, query: tuple[tuple[str, str], ...]) -> str:
    address = f"{scheme}://{host}{path}?{urlencode(query)}"
    return KEY_PREFIX + hashlib.sha256(address.encode()).hexdigest()


def _conditional(request) -> bool:
    meta = request.META
    return "HTTP_IF_NONE_MATCH" in meta or "HTTP_IF_MODIFIED_SINCE" in meta


def _serve(request, entry) -> HttpResponse:
    # HEAD gets the headers alone (Content-Length still names the page's length): gunicorn
    # drops a body sent with one, and logs each time it does.
    response = HttpResponse(b"" if request.method == "HEAD" else entry["content"])
    # The stored headers were checked when the response they came from was built; copying the
    # mapping skips checking them again on every hit.
    response.headers._store = dict(entry["headers"])
    if _conditional(request):
        return get_conditional_response(
            request, etag=entry["etag"], last_modified=entry["stored_at"], response=response
        )
    return response


def _lookup(key: str) -> tuple[dict | None, dict[str, int]]:
    """The stored entry if it is still fresh (else None), and the current generations of
    PAGE_TAGS. One round trip: for the generations alone when this process holds a copy of the
    entry, else for the entry and the generations its key was last seen with."""
    copy = _copies.get(key)
    if copy is not None:
        current = cache.generations(*PAGE_TAGS, *copy["generations"])
        if _fresh(copy, current):
            return copy, current
        _copies.drop(key)
    known = _tags_hint.get(key, ())
    found, current = cache.read([key], PAGE_TAGS + known)
    entry = found.get(key)
    if entry is None or entry["expires"] <= time.time():
        return None, current
    generations = entry["generations"]
    extra = [name for name in generations if name not in current]
    if extra:
        current.update(cache.generations(*extra))
    _hint(key, generations)
    if not _fresh(entry, current):
        return None, current
    _copies.put(key, entry)
    return entry, current


def _fresh(entry, current: dict[str, int]) -> bool:
    if entry["expires"] <= time.time():
        return False
    # None: the shared cache did not answer; nothing is fresh then.
    return all(
        value is not None and current.get(name) == value
        for name, value in entry["generations"].items()
    )


class LocalCopies:
    """This process's copies of recently served entries (the bytes, never the decision): one is
    served only while the shared cache's generations are those it was drawn under, so an edit
    in any process ends it as it ends the shared entry. Bounded in number and in bytes; `size`
    says how many bytes an entry holds (a page's content, a remembered block's HTML)."""

    def __init__(self, size, max_entries=512, max_bytes=32 * 1024 * 1024, max_entry=512 * 1024):
        self._size = size
        self.max_entries, self.max_bytes, self.max_entry = max_entries, max_bytes, max_entry
        self._entries: dict[str, dict] = {}
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, key: str):
        return self._entries.get(key)

    def put(self, key: str, entry: dict) -> None:
        size = self._size(entry)
        if size > self.max_entry:
            return
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._bytes -= self._size(old)
            while self._entries and (
                len(self._entries) >= self.max_entries or self._bytes + size > self.max_bytes
            ):
                oldest = self._entries.pop(next(iter(self._entries)))
                self._bytes -= self._size(oldest)
            self._entries[key] = entry
            self._bytes += size

    def drop(self, key: str) -> None:
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._bytes -= self._size(old)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._bytes = 0


_copies = LocalCopies(size=lambda entry: len(entry["content"]))


def _hint(key: str, generations: dict[str, int]) -> None:
    tags = tuple(name for name in generations if name not in PAGE_TAGS)
    if _tags_hint.get(key, ()) != tags:
        if len(_tags_hint) >= _TAGS_HINT_MAX:
            _tags_hint.clear()
        _tags_hint[key] = tags


def _draw_lock(key: str, current: dict[str, int]) -> str | None | bool:
    """The lock's key if this request is to draw the page; None if another request is drawing
    it; False if nobody waits for anybody (the shared cache does not answer, or the page was
    just drawn without being kept)."""
    if any(value is None for value in current.values()):
        return False
    lock = DRAW_PREFIX + key[len(KEY_PREFIX) :]
    if shared_cache.add(lock, _DRAWING, DRAW_LOCK_SECONDS):
        return lock
    return None if shared_cache.get(lock) == _DRAWING else False


def _wait_for_draw(key: str) -> tuple[dict | None, dict[str, int]]:
    """The entry another request is drawing, once it is stored; (None, generations) when the
    draw ended without one or took longer than DRAW_WAIT_SECONDS."""
    lock = DRAW_PREFIX + key[len(KEY_PREFIX) :]
    deadline = time.monotonic() + DRAW_WAIT_SECONDS
    pause = _POLL_FIRST
    while time.monotonic() < deadline:
        time.sleep(pause)
        pause = min(pause * 2, _POLL_MAX)
        if shared_cache.get(lock) != _DRAWING:
            break
    return _lookup(key)


def _end_draw(lock: str, kept: bool) -> None:
    if kept:
        shared_cache.delete(lock)
    else:
        # Requests for a page that is not kept draw it side by side for a while.
        shared_cache.set(lock, _UNKEPT, UNKEPT_SECONDS)


def generations_for(request, tags: Iterable[str]) -> dict[str, int]:
    """The current generations of tags, read once per request: every remembered block of a
    page asks for "site" and "articles", and an article's blocks for "article:42" too. A page
    drawn for the page cache starts from the generations it is drawn under."""
    tags = tuple(tags)
    if request is None:
        return cache.generations(*tags)
    known = getattr(request, "_tag_generations", None)
    if known is None:
        state = _state(request)
        known = dict(state.generations) if state is not None else {}
        request._tag_generations = known
    missing = [name for name in tags if name not in known]
    if missing:
        known.update(cache.generations(*missing))
    return {name: known[name] for name in tags}


def expires_for(request, now: float) -> float:
    """expires_at, worked out once per request (every remembered block of a page asks)."""
    state = _state(request)
    if state is not None:
        return state.expires
    expires = getattr(request, "_page_cache_expires", None)
    if expires is None:
        expires = expires_at(now)
        if request is not None:
            request._page_cache_expires = expires
    return expires


def expires_at(now: float) -> float:
    """The latest time a page (or fragment) drawn now may be kept: PORTAL_PAGE_CACHE_SECONDS,
    or sooner when an app's clock says the pages change by themselves."""
    expires = now + settings.PORTAL_PAGE_CACHE_SECONDS
    for next_change in _clocks:
        when = next_change()
        if when is not None:
            expires = min(expires, when.timestamp())
    return expires


def _storable(request, response, state: _State) -> bool:
    if state.skip or response.status_code != 200 or response.streaming:
        return False
    if response.cookies or "cookie" in response.get("Vary", "").lower():
        return False
    control = response.get("Cache-Control", "").lower()
    if any(word in control for word in ("private", "no-store", "no-cache")):
        return False
    return all(state.query.get(name) == value for name, value in state.noted.items())


def _store(request, response, state: _State) -> int:
    now = time.time()
    stored_at = int(now)
    content = response.content
    etag = '"' + hashlib.sha256(content).hexdigest()[:32] + '"'
    response["Content-Length"] = str(len(content))
    response["ETag"] = etag
    response["Last-Modified"] = http_date(stored_at)
    patch_cache_control(
        response, public=True, max_age=0, s_maxage=settings.PORTAL_PAGE_CACHE_PROXY_SECONDS
    )
    response["X-Page-Cache"] = "hit"
    entry = {
        "content": content,
        "headers": dict(response.headers._store),
        "etag": etag,
        "stored_at": stored_at,
        "expires": state.expires,
        "generations": state.generations,
    }
    timeout = max(1, int(state.expires - now) + 1)
    shared_cache.set(state.key, entry, timeout)
    _hint(state.key, state.generations)
    if all(value is not None for value in state.generations.values()):
        _copies.put(state.key, entry)
    response["X-Page-Cache"] = "miss"
    return stored_at


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ("GET", "HEAD") or not settings.PORTAL_PAGE_CACHE_SECONDS:
            return self.get_response(request)
        policy = _policy(request)
        if policy is None:
            return self.get_response(request)
        if settings.SECURE_SSL_REDIRECT and not request.is_secure():
            # SecurityMiddleware, further in, answers with the redirect to HTTPS.
            return self.get_response(request)
        if not _is_anonymous(request, policy):
            return self._personal(self.get_response(request))
        key, query = _key(request, policy)
        entry, current = _lookup(key)
        if entry is not None:
            return _serve(request, entry)
        lock = _draw_lock(key, current)
        if lock is None:
            # Another request is drawing this page: its entry, once stored, is served here.
            entry, current = _wait_for_draw(key)
            if entry is not None:
                return _serve(request, entry)
        # The generations and the clocks the page is drawn under, read before it is drawn (a
        # clock that has just run out lets its app drop what it cached for the old state).
        generations = {name: current[name] for name in PAGE_TAGS}
        state = _State(key, query, generations, expires_at(time.time()))
        setattr(request, STATE_ATTRIBUTE, state)
        try:
            response = self.get_response(request)
            if _storable(request, response, state):
                state.stored_at = _store(request, response, state)
        finally:
            if lock:
                _end_draw(lock, kept=bool(state.stored_at))
        if not state.stored_at:
            return self._personal(response)
        if _conditional(request):
            return get_conditional_response(
                request, etag=response["ETag"], last_modified=state.stored_at, response=response
            )
        return response

    @staticmethod
    def _personal(response):
        if response.status_code == 200 and not response.has_header("Cache-Control"):
            patch_cache_control(response, private=True, no_cache=True)
        return response
