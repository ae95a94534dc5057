"""Vietnamese error pages that reveal nothing about the server."""

from django.http import HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template import loader

from . import clients


def bad_request(request, exception=None):
    return render(request, "400.html", status=400)


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
