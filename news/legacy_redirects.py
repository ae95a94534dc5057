"""Addresses of the portal this one replaced, answered with a 301 to the imported article.

An old address is stored on `ArticleRedirect.old_url` as a key that ignores what does not tell
two old pages apart: the host (the old domain is pointed at this server, or the link says
www. or not, http or https), letter case, a trailing slash, the order of query parameters and
trackers added by social sites (`utm_*`, `fbclid`, `zarsrc`…). So
`http://hdnd.vn/index.php?id=123&mod=news&fbclid=x` and `/INDEX.PHP?mod=news&id=123` are one key.

`LegacyRedirectMiddleware` sits before the page cache: an old address may name a path this
portal also serves (`/?mod=news&id=123` is our home page with a query string, which the page
cache would answer). It looks an address up only when the path is one the old addresses put a
query string on (a short list, cached) or when the portal itself answered 404, so a reader's
ordinary page costs one cache read at most, and only when it has a query string.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

from django.http import HttpResponsePermanentRedirect

from portal import text
from portal.cache import Key

MAX_KEY_LENGTH = 1000
# The paths (without query) of old addresses that have a query string; saves forget it.
QUERY_PATHS_CACHE = Key("news:legacy-query-paths", version=1, timeout=3600)

_TRACKERS = frozenset({"fbclid", "gclid", "zarsrc", "zalo_source", "_ga", "mc_cid", "mc_eid"})
_HOST_RE = re.compile(r"^(?:[a-z0-9-]+\.)+[a-z0-9-]+(?::\d+)?$")
# A first segment such as "index.php" is a file, not a host.
_FILE_SUFFIXES = frozenset(
    {"php", "asp", "aspx", "htm", "html", "shtml", "jsp", "cgi", "cfm", "do", "xml", "txt"}
)
_SLASHES_RE = re.compile(r"/{2,}")


def _without_host(url: str) -> str:
    url = url.strip()
    if "://" in url[:12] or url.startswith("//"):
        parts = urlsplit(url if "://" in url[:12] else "http:" + url)
        return parts.path + (f"?{parts.query}" if parts.query else "")
    if url.startswith("/") or url.startswith("?"):
        return url
    first, sep, rest = url.partition("/")
    host = first.split("?")[0].lower()
    if _HOST_RE.match(host) and host.rsplit(".", 1)[-1] not in _FILE_SUFFIXES:
        return "/" + rest if sep else "/" + first[len(host) :]
    return "/" + url


def old_url_key(url: str | None) -> str:
    """The stored form of an old address: lower-case path and sorted query, no host. "" for
    something that is no address."""
    if not url or not url.strip():
        return ""
    address = _without_host(text.normalize(url).split("#", 1)[0])
    path, _, query = address.partition("?")
    path = text.normalize(unquote(path)).lower()
    path = _SLASHES_RE.sub("/", path if path.startswith("/") else "/" + path)
    if len(path) > 1:
        path = path.rstrip("/") or "/"
    pairs = sorted(
        (name.lower(), text.normalize(value).lower())
        for name, value in parse_qsl(query, keep_blank_values=False)
        if not name.lower().startswith("utm_") and name.lower() not in _TRACKERS
    )
    key = path + (f"?{urlencode(pairs)}" if pairs else "")
    return key if len(key) <= MAX_KEY_LENGTH else ""


def query_paths() -> frozenset[str]:
    paths = QUERY_PATHS_CACHE.get()
    if paths is None:
        from .models import ArticleRedirect

        keys = ArticleRedirect.objects.filter(old_url__contains="?").values_list(
            "old_url", flat=True
        )
        paths = frozenset(key.split("?", 1)[0] for key in keys)
        QUERY_PATHS_CACHE.set(paths)
    return paths


def target_for(key: str):
    """The public article an old address leads to, or None."""
    from .models import ArticleRedirect

    if not key:
        return None
    found = ArticleRedirect.objects.select_related("article__category").filter(old_url=key).first()
    if found is None or not found.article.is_public:
        return None
    return found.article


def _request_key(request) -> str:
    query = request.META.get("QUERY_STRING", "")
    return old_url_key(request.path + (f"?{query}" if query else ""))


class LegacyRedirectMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def _redirect(self, request):
        article = target_for(_request_key(request))
        return HttpResponsePermanentRedirect(article.get_absolute_url()) if article else None

    def __call__(self, request):
        lookup = request.method in ("GET", "HEAD")
        if lookup and request.META.get("QUERY_STRING"):
            path = old_url_key(request.path)
            if path in query_paths():
                redirect = self._redirect(request)
                if redirect is not None:
                    return redirect
        response = self.get_response(request)
        if lookup and response.status_code == 404:
            return self._redirect(request) or response
        return response
