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


def network(ip):
    """The unit one client controls: an IPv4 address, or the /64 an IPv6 address lies in (one
    household or phone is given a whole /64 and may pick any address inside it)."""
    address = ipaddress.ip_address(ip)
    if address.version == 4:
        return str(address)
    if address.ipv4_mapped is not None:
        return str(address.ipv4_mapped)
    return str(ipaddress.ip_network(f"{address}/64", strict=False).network_address)


def client_network(request):
    """network() of client_ip(): what limits, lockouts and throttles count per client."""
    return network(client_ip(request))


def address_hash(ip, purpose="client"):
    """A salted, keyed hash of an address: enough to throttle, useless to identify a reader."""
    salt = (settings.ADDRESS_HASH_SALT or settings.SECRET_KEY).encode()
    return hmac.new(salt, f"{purpose}:{ip}".encode(), hashlib.sha256).hexdigest()


def request_address_hash(request, purpose="client"):
    return address_hash(client_ip(request), purpose)


def request_network_hash(request, purpose="client"):
    """The salted hash of the client's network (IPv6 by /64), for per-client limits."""
    return address_hash(client_network(request), purpose)


def wants_json(request):
    """Whether a script of ours sent the request and reads the answer as JSON, not a page."""
    return (
        "application/json" in request.headers.get("Accept", "")
        or request.headers.get("X-Requested-With") == "XMLHttpRequest"
    )
