"""Vietnamese error pages that reveal nothing about the server; security.txt and the CSP
violation reports."""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import HttpResponse, HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.utils import timezone
from django.views.decorators.cache import cache_control
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from . import clients, security
from .ratelimit import RateLimit, RateLimited

log = logging.getLogger("portal.security")

BAD_REQUEST_MESSAGE = "Yêu cầu không hợp lệ. Vui lòng kiểm tra lại và thử lại."
TOO_BIG_MESSAGE = "Dữ liệu gửi lên quá lớn. Hãy bớt nội dung hoặc chọn tệp nhỏ hơn rồi gửi lại."


def bad_request(request, exception=None):
    """A refused request, in the form its caller reads; a body over the size limit is a 413."""
    too_big = isinstance(exception, RequestDataTooBig)
    status = 413 if too_big else 400
    message = TOO_BIG_MESSAGE if too_big else BAD_REQUEST_MESSAGE
    if clients.wants_json(request):
        return JsonResponse({"ok": False, "error": message}, status=status)
    return render(request, "400.html", {"message": message, "status": status}, status=status)


def permission_denied(request, exception=None):
    return render(request, "403.html", status=403)


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # No context processors: whatever broke (often the database) must not break this page too.
    return HttpResponseServerError(loader.get_template("500.html").render())


CSRF_FAILURE_MESSAGE = (
    "Phiên làm việc đã hết hạn hoặc trang đã mở quá lâu. Vui lòng tải lại trang và thử lại."
)


def csrf_failure(request, reason=""):
    """A refused form (stale or missing CSRF token), explained without Django's reason text."""
    if clients.wants_json(request):
        return JsonResponse({"ok": False, "error": CSRF_FAILURE_MESSAGE}, status=403)
    return render(request, "403_csrf.html", {"message": CSRF_FAILURE_MESSAGE}, status=403)


def security_txt_expires():
    """RFC 9116 wants an Expires date: the configured one, or a year from today."""
    if settings.SECURITY_TXT_EXPIRES:
        return settings.SECURITY_TXT_EXPIRES
    day = timezone.now().replace(hour=0, minute=0, second=0, microsecond=0)
    return (day + timedelta(days=365)).strftime("%Y-%m-%dT%H:%M:%SZ")


@require_GET
@cache_control(max_age=86400, public=True)
def security_txt(request):
    lines = [
        f"Contact: {settings.SECURITY_CONTACT}",
        f"Expires: {security_txt_expires()}",
        "Preferred-Languages: vi, en",
        f"Canonical: {settings.SITE_URL}/.well-known/security.txt",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def csp_report_limit():
    return RateLimit("csp-report", settings.PORTAL_CSP_REPORT_LIMIT, 60)


@csrf_exempt
@require_POST
def csp_report(request):
    """Browsers post CSP violations here: logged as one short line, at most
    PORTAL_CSP_REPORT_LIMIT a minute per client, never stored."""
    try:
        csp_report_limit().hit(clients.request_network_hash(request, "csp-report"))
    except RateLimited as exc:
        response = HttpResponse(status=429)
        response["Retry-After"] = str(exc.retry_after)
        return response
    summary = security.summarize_report(request.body)
    if summary is None:
        return HttpResponse(status=400)
    log.warning("CSP violation %s", " ".join(f"{k}={v}" for k, v in summary.items()))
    return HttpResponse(status=204)
