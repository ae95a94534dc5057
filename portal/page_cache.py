"""Whole reader pages from the shared cache, for readers who bring nothing personal.

A view opts in with `@cached_page(query=..., personal_cookies=...)`; `PageCacheMiddleware`,
placed before the session, CSRF, auth and messages middleware, answers a hit before any of them
run. What may be served from the cache, and what may be stored:

- only GET and HEAD, from a reader without a session or a pending message (the session and
  messages cookies), and without the view's own personal cookies (the voter cookie on poll pages);
- only a 200 that sets no cookie and does not vary on Cookie: a page that drew a CSRF token, read
  the session (staff), or showed or added a message is never stored, so it cannot reach another
  reader;
- the key is the path plus the query parameters the view names, and only when their values are
  canonical (`note_query` records what the page made of them: "?page=abc" is page 1, kept under
  page 1's key only), so junk query strings cannot fill the cache; other parameters are ignored.

Freshness: entries are remembered under tag generations (`portal.cache`): "site" and "articles"
for every page, plus the tags a view adds with `tag(request, ...)` ("article:42", "poll:7"), so an
edit forgets the pages at once, in every process. An entry also ends at the soonest time an app's
registered clock says the pages change by themselves (an article scheduled for 10:00, a poll that
opens or closes), and after PORTAL_PAGE_CACHE_SECONDS at most (view counts on the page); 0 turns
the page cache off.

Browsers get `max-age=0` with an ETag and Last-Modified (a 304 when nothing changed); a proxy in
front may keep the page for PORTAL_PAGE_CACHE_PROXY_SECONDS (`s-maxage`). Responses of pages that
could not be cached for this reader say `private, no-cache`.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache as shared_cache
from django.http import HttpResponse
from django.urls import Resolver404, resolve
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date

from . import cache

KEY_PREFIX = "portal:page:v1:"
# Every page shows the menu and sidebar ("site") and lists of articles ("articles").
PAGE_TAGS = ("site", "articles")
STATE_ATTRIBUTE = "_page_cache"
# Headers a hit must not repeat from the stored response (set per response, or per reader).
_NOT_STORED = {"set-cookie", "vary", "etag", "last-modified", "cache-control", "content-length"}


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


_clocks: list[Callable[[], datetime | None]] = []


def register_clock(next_change: Callable[[], datetime | None]) -> None:
    """An app's "when do my pages change without an edit" (the next scheduled publish)."""
    if next_change not in _clocks:
        _clocks.append(next_change)


def cached_page(*, query: Iterable[str] = (), personal_cookies: Iterable[str] = ()):
    """Mark a view whose anonymous GET and HEAD responses may be served from the page cache."""
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


def _policy(request) -> Policy | None:
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return None
    return getattr(match.func, "page_cache", None)


def _is_anonymous(request, policy: Policy) -> bool:
    names = (settings.SESSION_COOKIE_NAME, CookieStorage.cookie_name, *policy.personal_cookies)
    return not any(name in request.COOKIES for name in names)


def _key(request, policy: Policy) -> tuple[str, dict[str, str]]:
    query = {name: request.GET[name] for name in policy.query if name in request.GET}
    address = f"{request.get_host()}{request.path}?{urlencode(sorted(query.items()))}"
    return KEY_PREFIX + hashlib.sha256(address.encode()).hexdigest(), query


def _page_headers(response, etag: str, stored_at: float) -> None:
    response["ETag"] = etag
    response["Last-Modified"] = http_date(stored_at)
    patch_cache_control(
        response, public=True, max_age=0, s_maxage=settings.PORTAL_PAGE_CACHE_PROXY_SECONDS
    )


def _serve(request, entry) -> HttpResponse:
    response = HttpResponse(entry["content"], status=200)
    for name, value in entry["headers"]:
        response[name] = value
    response["Content-Length"] = str(len(entry["content"]))
    _page_headers(response, entry["etag"], entry["stored_at"])
    response["X-Page-Cache"] = "hit"
    return get_conditional_response(
        request, etag=entry["etag"], last_modified=int(entry["stored_at"]), response=response
    )


def _lookup(key: str):
    """The stored entry if it is still fresh, else None (two round trips at most)."""
    found, current = cache.read([key], PAGE_TAGS)
    entry = found.get(key)
    if entry is None or entry["expires"] <= time.time():
        return None
    extra = [name for name in entry["generations"] if name not in current]
    if extra:
        current.update(cache.generations(*extra))
    if any(current.get(name) != value for name, value in entry["generations"].items()):
        return None
    return entry


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


def _store(request, response, state: _State) -> float:
    now = time.time()
    content = response.content
    etag = '"' + hashlib.sha256(content).hexdigest()[:32] + '"'
    headers = [(name, value) for name, value in response.items() if name.lower() not in _NOT_STORED]
    entry = {
        "content": content,
        "headers": headers,
        "etag": etag,
        "stored_at": now,
        "expires": state.expires,
        "generations": state.generations,
    }
    timeout = max(1, int(state.expires - now) + 1)
    shared_cache.set(state.key, entry, timeout)
    _page_headers(response, etag, now)
    response["X-Page-Cache"] = "miss"
    return now


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ("GET", "HEAD") or not settings.PORTAL_PAGE_CACHE_SECONDS:
            return self.get_response(request)
        policy = _policy(request)
        if policy is None:
            return self.get_response(request)
        if not _is_anonymous(request, policy):
            return self._personal(self.get_response(request))
        key, query = _key(request, policy)
        entry = _lookup(key)
        if entry is not None:
            return _serve(request, entry)
        # The generations and the clocks the page is drawn under, read before it is drawn (a
        # clock that has just run out lets its app drop what it cached for the old state).
        state = _State(key, query, cache.generations(*PAGE_TAGS), expires_at(time.time()))
        setattr(request, STATE_ATTRIBUTE, state)
        response = self.get_response(request)
        if _storable(request, response, state):
            stored_at = _store(request, response, state)
            return get_conditional_response(
                request, etag=response["ETag"], last_modified=int(stored_at), response=response
            )
        return self._personal(response)

    @staticmethod
    def _personal(response):
        if response.status_code == 200 and not response.has_header("Cache-Control"):
            patch_cache_control(response, private=True, no_cache=True)
        return response
