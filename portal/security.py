"""Browser security headers Django 5.2 does not set itself: Content-Security-Policy and
Permissions-Policy, both read from settings (PORTAL_CSP, PORTAL_PERMISSIONS_POLICY)."""

from django.conf import settings


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
