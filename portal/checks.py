"""Deployment checks (`manage.py check --deploy`) for what the operator must know."""

from django.conf import settings
from django.core.checks import Tags, Warning, register

LOCAL_MEMORY = "django.core.cache.backends.locmem.LocMemCache"
# One server's own caches: a site that uses them runs on that server alone.
SINGLE_SERVER_CACHES = {LOCAL_MEMORY, "portal.cache_backends.sqlite.SQLiteCache"}


@register(Tags.caches, deploy=True)
def cache_is_shared(app_configs, **kwargs):
    if settings.CACHES["default"]["BACKEND"] != LOCAL_MEMORY:
        return []
    return [
        Warning(
            "The cache is in local memory: every server process keeps its own view "
            "de-duplication, rate limits and cached widgets.",
            hint="Run one process with threads (gunicorn --workers 1 --threads 8), or set "
            "REDIS_URL (or leave it empty for the shared SQLite cache file) so that several "
            "processes share one cache.",
            id="portal.W001",
        )
    ]


@register(Tags.security, deploy=True)
def client_address_behind_proxy(app_configs, **kwargs):
    behind_proxy = getattr(settings, "SECURE_PROXY_SSL_HEADER", None)
    if not behind_proxy or settings.TRUSTED_PROXY_COUNT > 0:
        return []
    return [
        Warning(
            "The site trusts a reverse proxy for HTTPS but TRUSTED_PROXY_COUNT is 0, so every "
            "reader has the proxy's address and shares one vote throttle and comment limit.",
            hint="Set TRUSTED_PROXY_COUNT to the number of proxies in front of gunicorn "
            "(usually 1); leave it at 0 only when readers reach gunicorn directly.",
            id="portal.W002",
        )
    ]


@register(Tags.files, deploy=True)
def media_is_shared(app_configs, **kwargs):
    if settings.CACHES["default"]["BACKEND"] in SINGLE_SERVER_CACHES or settings.MEDIA_S3_BUCKET:
        return []
    return [
        Warning(
            "Uploads are stored in the local MEDIA_ROOT while the site is set up for several "
            "servers (a network cache): an image uploaded on one server is missing on the others.",
            hint="Set MEDIA_S3_BUCKET (and MEDIA_S3_ENDPOINT_URL) to share media through an "
            "S3-compatible object store, or mount one shared filesystem as MEDIA_ROOT. A site "
            "on a single server may ignore this warning.",
            id="portal.W003",
        )
    ]
