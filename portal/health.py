"""Health endpoints for a load balancer or a monitor.

- `/suc-khoe/` (liveness): the process answers. It touches neither the database nor the cache, so
  a Redis or database outage never makes every server look dead at once.
- `/suc-khoe/san-sang/` (readiness): the database answers, media can be written (a file is saved,
  read and deleted through the default storage) and the shared cache answers. The database and
  media checks come from django-health-check. Without the cache the node still serves pages (see
  portal.cache_backends.resilient), so that check reports "degraded" with a 200; a failing
  database or media store answers 503.

Both answer in JSON with fixed words only (no versions, paths, host names or error text; the log
has the details), are never cached, and are kept out of search engines.
"""

import dataclasses
import logging

from django.core.cache import caches
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from health_check.base import HealthCheck
from health_check.checks import Database, Storage
from health_check.exceptions import HealthCheckException, ServiceWarning

logger = logging.getLogger("portal.health")


@dataclasses.dataclass
class SharedCache(HealthCheck):
    """The shared cache answers; a warning, not a failure, when it does not."""

    alias: str = "default"

    def run(self):
        ping = getattr(caches[self.alias], "ping", None)
        # Local memory has nothing to lose; the breaker answers at once while it is open.
        if ping is not None and not ping():
            raise ServiceWarning("the shared cache does not answer")


READINESS_CHECKS = {
    "database": Database,
    "media": Storage,
    "cache": SharedCache,
}


def _status(name, check_class) -> str:
    try:
        check_class().run()
    except ServiceWarning as error:
        # The breaker has logged the outage once; a probe every few seconds adds nothing.
        logger.debug("Readiness: %s degraded (%s)", name, error.message)
        return "degraded"
    except HealthCheckException as error:
        logger.error("Readiness: %s unavailable (%s)", name, error.message)
        return "unavailable"
    except Exception:
        logger.exception("Readiness: %s check failed", name)
        return "unavailable"
    return "ok"


def _answer(payload, status=200):
    response = JsonResponse(payload, status=status)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


@never_cache
@require_safe
def liveness(request):
    return _answer({"status": "ok"})


@never_cache
@require_safe
def readiness(request):
    checks = {name: _status(name, check) for name, check in READINESS_CHECKS.items()}
    if "unavailable" in checks.values():
        return _answer({"status": "unavailable", "checks": checks}, status=503)
    overall = "degraded" if "degraded" in checks.values() else "ok"
    return _answer({"status": overall, "checks": checks})
