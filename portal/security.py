"""Browser security headers Django 5.2 does not set itself: Content-Security-Policy and
Permissions-Policy, both read from settings (PORTAL_CSP, PORTAL_PERMISSIONS_POLICY); the
methods pages answer; the summary of a CSP violation report."""

import json

from django.conf import settings
from django.http import HttpResponseNotAllowed


def build_policy(directives):
    """Turn {"script-src": ["'self'"], ...} into "script-src 'self'; ...".

    None leaves a directive out; an empty list writes it bare (upgrade-insecure-requests).
    """
    parts = []
    for name, sources in directives.items():
        if sources is None:
            continue
        if isinstance(sources, str):
            sources = [sources]
        parts.append(" ".join([name, *sources]) if sources else name)
    return "; ".join(parts)


class SecurityHeadersMiddleware:
    """Add the site's Content-Security-Policy and Permissions-Policy to every response.

    A view that sets its own header keeps it. With PORTAL_CSP_REPORT_ONLY the policy is only
    reported in the browser console, for trying a stricter policy on a live site first.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        # Django's own debug pages (DEBUG only) run inline scripts of their own.
        if settings.DEBUG and response.status_code in (404, 500):
            return response
        csp = build_policy(getattr(settings, "PORTAL_CSP", None) or {})
        if csp:
            header = (
                "Content-Security-Policy-Report-Only"
                if getattr(settings, "PORTAL_CSP_REPORT_ONLY", False)
                else "Content-Security-Policy"
            )
            response.headers.setdefault(header, csp)
        permissions = getattr(settings, "PORTAL_PERMISSIONS_POLICY", "")
        if permissions:
            response.headers.setdefault("Permissions-Policy", permissions)
        return response


# Methods some view of ours answers; anything else (TRACE, CONNECT, PUT, DELETE…) gets a 405
# before it reaches a view that would answer it like a GET.
ALLOWED_METHODS = ("GET", "HEAD", "POST", "OPTIONS")


class AllowedMethodsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ALLOWED_METHODS:
            return HttpResponseNotAllowed(ALLOWED_METHODS)
        return self.get_response(request)


# A CSP violation report is logged as one line with these fields, each cut to REPORT_FIELD_MAX.
REPORT_FIELDS = ("document-uri", "violated-directive", "effective-directive", "blocked-uri")
REPORT_FIELD_MAX = 200
REPORT_BODY_MAX = 8 * 1024


def summarize_report(body):
    """The few fields of a browser's CSP report worth keeping, or None for anything else."""
    if len(body) > REPORT_BODY_MAX:
        return None
    try:
        data = json.loads(body)
    except ValueError:
        return None
    report = data.get("csp-report") if isinstance(data, dict) else None
    if not isinstance(report, dict):
        return None
    return {
        field: str(report.get(field, ""))[:REPORT_FIELD_MAX]
        for field in REPORT_FIELDS
        if report.get(field)
    }
