"""Headers only the reverse proxy may set.

X-Forwarded-Proto tells Django a request came over HTTPS (SECURE_PROXY_SSL_HEADER). Anyone who
reaches gunicorn directly could send it too, so it is dropped unless the request comes from one
of TRUSTED_PROXY_ADDRESSES (the proxy's own address as gunicorn sees it).
"""

import ipaddress

from django.conf import settings


def _trusted_networks():
    networks = []
    for entry in getattr(settings, "TRUSTED_PROXY_ADDRESSES", []):
        try:
            networks.append(ipaddress.ip_network(entry, strict=False))
        except ValueError:
            continue
    return networks


def from_trusted_proxy(request):
    try:
        remote = ipaddress.ip_address(request.META.get("REMOTE_ADDR", ""))
    except ValueError:
        return False
    return any(remote in net for net in _trusted_networks())


class TrustedProxyMiddleware:
    """First in the chain: forget X-Forwarded-Proto sent by anyone but the trusted proxy."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "HTTP_X_FORWARDED_PROTO" in request.META and not from_trusted_proxy(request):
            del request.META["HTTP_X_FORWARDED_PROTO"]
        return self.get_response(request)
