"""Production: refuses to start without a secret key, allowed hosts and the public address;
hardened cookies."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import SECRET_KEY, SITE_URL, env_bool, env_int

DEBUG = False
if not SECRET_KEY:
    raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set in production.")
if not ALLOWED_HOSTS:  # noqa: F405
    raise ImproperlyConfigured("DJANGO_ALLOWED_HOSTS must list the host names in production.")
if not SITE_URL.startswith(("https://", "http://")):
    # Canonical links, feeds, the sitemap, share links and QR codes would name the wrong host.
    raise ImproperlyConfigured(
        "PORTAL_SITE_URL must be set in production to the public address, e.g. "
        "https://hdnd.minhgiang.gov.vn."
    )

STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "portal.static_storage.StaticFilesStorage"},
}

# TLS is terminated by the reverse proxy in front of gunicorn; portal.proxy drops the header
# from any request that did not come through TRUSTED_PROXY_ADDRESSES.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
# A load balancer probes gunicorn over plain HTTP; a redirect would read as a failure.
SECURE_REDIRECT_EXEMPT = [r"^suc-khoe/"]
SESSION_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", True)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", False)
