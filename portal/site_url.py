"""The public address of the site for absolute links (canonical, feeds, sitemap, share, QR).

Production sets PORTAL_SITE_URL (the settings refuse to start without it), and links then use it
whatever Host a request came with. Without it (development), links use the address the current
request came to, so `make run PORT=8001` links to port 8001; `RequestAddressMiddleware` keeps
that address for the request, and code outside a request falls back to FALLBACK.
"""

from contextvars import ContextVar

from django.conf import settings

FALLBACK = "http://127.0.0.1:8000"

_request_base: ContextVar[str | None] = ContextVar("portal_request_base", default=None)


def base() -> str:
    """Scheme and host (no trailing slash) that absolute links start with."""
    return settings.SITE_URL or _request_base.get() or FALLBACK


class RequestAddressMiddleware:
    """Remember the request's scheme and host while it is served, when no SITE_URL is set."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.SITE_URL:
            return self.get_response(request)
        token = _request_base.set(f"{request.scheme}://{request.get_host()}")
        try:
            return self.get_response(request)
        finally:
            _request_base.reset(token)
