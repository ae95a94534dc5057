"""Per-address limits on comments, counted in the shared cache (portal.ratelimit).

Only accepted comments use up COMMENTS_RATE_LIMIT per COMMENTS_RATE_WINDOW seconds; refused
attempts do not, because the captcha already guards against floods. Drawing captchas has its
own, looser limit shared by every reader's form (portal.form_protection.captcha_limit).
"""

from django.conf import settings

from portal.ratelimit import RateLimit


def comment_limit():
    return RateLimit("comments", settings.COMMENTS_RATE_LIMIT, settings.COMMENTS_RATE_WINDOW)
