"""Staff sessions end after STAFF_SESSION_IDLE_SECONDS without a request, and in any case
SESSION_COOKIE_AGE seconds after the login, however busy the session was."""

import time

from django.conf import settings
from django.contrib.auth import logout

LAST_SEEN_KEY = "portal_last_seen"
LOGIN_AT_KEY = "portal_login_at"
# The last-seen time is written at most this often, so a page view does not always write.
TOUCH_EVERY = 60


def stamp_login(sender, request, user, **kwargs):
    """On user_logged_in: note when the session began (saved with the login itself)."""
    if request is not None and hasattr(request, "session"):
        now = int(time.time())
        request.session[LOGIN_AT_KEY] = now
        request.session[LAST_SEEN_KEY] = now


def expired(session, now):
    """Whether the session is past its idle limit or its absolute lifetime."""
    last_seen = session.get(LAST_SEEN_KEY)
    login_at = session.get(LOGIN_AT_KEY)
    if last_seen is not None and now - last_seen > settings.STAFF_SESSION_IDLE_SECONDS:
        return True
    return login_at is not None and now - login_at > settings.SESSION_COOKIE_AGE


class StaffSessionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Without a session cookie there is nobody to sign out; asking request.user would read
        # the session and make every anonymous page vary on Cookie (uncacheable).
        if settings.SESSION_COOKIE_NAME not in request.COOKIES:
            return self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            session, now = request.session, int(time.time())
            if expired(session, now):
                logout(request)
            else:
                if LOGIN_AT_KEY not in session:  # signed in before this rule existed
                    session[LOGIN_AT_KEY] = now
                if now - session.get(LAST_SEEN_KEY, 0) >= TOUCH_EVERY:
                    session[LAST_SEEN_KEY] = now
        return self.get_response(request)
