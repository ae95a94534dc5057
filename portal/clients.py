"""Who is asking: the client address (proxy-aware only when configured), its salted hash, and
whether it is one of our scripts wanting JSON rather than a page."""

import hashlib
import hmac
import ipaddress

from django.conf import settings


def client_ip(request):
    """The client's address: REMOTE_ADDR, or the entry TRUSTED_PROXY_COUNT hops back in
    X-Forwarded-For when the operator says that many proxies stand in front of the app."""
    remote = request.META.get("REMOTE_ADDR", "")
    hops = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if hops > 0:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        # The last `hops` entries were appended by our own proxies; the one before is the client.
        if len(forwarded) >= hops:
            remote = forwarded[-hops]
    try:
        return str(ipaddress.ip_address(remote))
    except ValueError:
        return "0.0.0.0"


def address_hash(ip, purpose="client"):
    """A salted, keyed hash of an address: enough to throttle, useless to identify a reader."""
    salt = (settings.ADDRESS_HASH_SALT or settings.SECRET_KEY).encode()
    return hmac.new(salt, f"{purpose}:{ip}".encode(), hashlib.sha256).hexdigest()


def request_address_hash(request, purpose="client"):
    return address_hash(client_ip(request), purpose)


def wants_json(request):
    """Whether a script of ours sent the request and reads the answer as JSON, not a page."""
    return (
        "application/json" in request.headers.get("Accept", "")
        or request.headers.get("X-Requested-With") == "XMLHttpRequest"
    )
