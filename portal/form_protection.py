"""What guards every form an anonymous reader sends (a comment, a citizen's question, a message
to the office): the captcha (portal.captcha), a honeypot, a signed start time with a minimum
wait, per-address rate limits (portal.ratelimit) and plain-text fields kept in NFC.

A form subclasses ProtectedForm and names the fields it keeps when it is drawn again
(`typed_fields`); its view draws the captcha with draw_challenge(), limits captcha draws with
@captcha_rate_limited and answers refusals with refuse(), as a page or as JSON for our scripts.
What the text must say (Vietnamese with its marks, no links) is portal.reader_text's.
"""

import time
from functools import wraps

from captcha.fields import CaptchaField
from django import forms
from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.http import JsonResponse
from django.shortcuts import render

from . import clients, legacy_encoding, text
from .captcha import audio_available, new_captcha
from .ratelimit import RateLimit, RateLimited

# The salt names the comment form, where the note began; kept so forms drawn before an upgrade
# still send. A note is tied to one captcha key, so it cannot be moved between forms either.
STARTED_SALT = "comments.form-started.v2"
STARTED_MAX_AGE = 24 * 3600
# A new picture for the same form (the reader asked for one, or only mistyped the code) keeps
# the form's start time at most this many times; after that the wait starts again.
STARTED_MAX_CARRIES = 3
PROTECTION_FIELDS = ("captcha", "website", "started")

MESSAGES = {
    "captcha_required": "Hãy nhập mã xác nhận trong hình.",
    "captcha_invalid": (
        "Mã xác nhận không đúng, đã hết hạn hoặc đã được dùng. Hãy nhập mã trong hình mới."
    ),
    "honeypot": "Không gửi được biểu mẫu. Hãy tải lại trang và thử lại.",
    "started_invalid": "Biểu mẫu đã hết hạn hoặc không hợp lệ. Hãy tải lại trang rồi gửi lại.",
    "too_fast": "Bạn gửi hơi nhanh. Hãy đọc lại nội dung, nhập mã xác nhận mới rồi gửi lại.",
}
CAPTCHA_LIMIT_MESSAGE = (
    "Bạn đã yêu cầu quá nhiều mã xác nhận. Vui lòng thử lại sau khoảng {minutes} phút."
)


def sign_started(captcha_key, at=None, carries=0):
    """A signed note of when the form was shown, tied to the captcha drawn with it: a note is
    good for one captcha only, so a bot cannot wait once and reuse it with fresh captchas."""
    at = int(time.time() if at is None else at)
    return signing.dumps([at, captcha_key, carries], salt=STARTED_SALT)


def read_started(token):
    """(shown at, captcha key, carries), or None when the note is missing, forged or too old."""
    try:
        value = signing.loads(token or "", salt=STARTED_SALT, max_age=STARTED_MAX_AGE)
    except signing.BadSignature:
        return None
    if (
        not isinstance(value, list)
        or len(value) != 3
        or not isinstance(value[0], int)
        or not isinstance(value[1], str)
        or not isinstance(value[2], int)
    ):
        return None
    return tuple(value)


def carry_started(token, captcha_key):
    """The note for a new captcha on the same form: its start time kept (up to
    STARTED_MAX_CARRIES times), so a reader who only mistyped the code need not wait again;
    a fresh start time when the old note is unusable."""
    started = read_started(token)
    if started is None or started[2] >= STARTED_MAX_CARRIES:
        return sign_started(captcha_key)
    at, _, carries = started
    return sign_started(captcha_key, at=at, carries=carries + 1)


def draw_challenge(carry_from=None):
    """A fresh captcha and the start note tied to it; with `carry_from` (the note the form was
    sent with) the form keeps its start time, see carry_started."""
    captcha = new_captcha()
    if carry_from is None:
        started = sign_started(captcha["key"])
    else:
        started = carry_started(carry_from, captcha["key"])
    return {"captcha": captcha, "started": started, "audio_available": audio_available()}


class PlainTextField(forms.CharField):
    """Reader text: NFC, invisible and control characters removed, spaces squashed.

    Text made only of spaces or invisible characters counts as empty. Line breaks are kept in
    multi-line fields and turned into spaces in single-line ones. Text typed with a TCVN3 or VNI
    keyboard setting ("Héi ®ång", "Hoäi ñoàng") is converted to Unicode first, where the
    encoding is clear (before the soft hyphen, TCVN3's "ư", is dropped as invisible); the
    field's ``converted_from`` names the encoding for the form.
    """

    def __init__(self, *, multiline=False, **kwargs):
        self.multiline = multiline
        self.converted_from = None
        super().__init__(**kwargs)

    def to_python(self, value):
        value, self.converted_from = legacy_encoding.repair(super().to_python(value))
        value = text.squash_spaces(value)
        return value if self.multiline else " ".join(value.split())

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        if self.multiline:
            # A browser cuts pasted text at maxlength without a word; the server explains instead.
            attrs.pop("maxlength", None)
            attrs.pop("minlength", None)
        return attrs


class ProtectedForm(forms.Form):
    """A reader's form with the captcha, the honeypot and the signed start time.

    `protection_messages` may replace any of MESSAGES; `min_seconds_setting` names the setting
    holding the shortest time between drawing the form and sending it.
    """

    captcha = CaptchaField(
        label="Mã xác nhận",
        error_messages={
            "required": MESSAGES["captcha_required"],
            "invalid": MESSAGES["captcha_invalid"],
        },
    )
    # The honeypot: hidden from people (and from screen readers), filled in by naive bots.
    website = forms.CharField(label="Trang web của bạn", required=False)
    started = forms.CharField(required=False, widget=forms.HiddenInput)

    typed_fields = ()
    protection_messages = {}
    min_seconds_setting = "COMMENTS_MIN_SECONDS"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The form's own fields first, the protections after them.
        self.order_fields([name for name in self.fields if name not in PROTECTION_FIELDS])
        captcha_messages = self.fields["captcha"].error_messages
        captcha_messages["required"] = self.message("captcha_required")
        captcha_messages["invalid"] = self.message("captcha_invalid")

    def message(self, name):
        return self.protection_messages.get(name, MESSAGES[name])

    def clean(self):
        cleaned = super().clean()
        self.check_protections()
        return cleaned

    def check_protections(self):
        if self.data.get("website"):
            raise ValidationError(self.message("honeypot"), code="honeypot")
        started = read_started(self.data.get("started"))
        now = time.time()
        if (
            started is None
            or started[1] != self.data.get("captcha_0")
            or not -60 < now - started[0] < STARTED_MAX_AGE
        ):
            raise ValidationError(self.message("started_invalid"), code="started")
        if now - started[0] < getattr(settings, self.min_seconds_setting):
            raise ValidationError(self.message("too_fast"), code="too_fast")

    def only_captcha_refused(self):
        """Whether the code was the one thing wrong (after is_valid)."""
        return set(self.errors) == {"captcha"}

    def typed_values(self):
        """What the reader typed, to fill a fresh form without validating this one."""
        return {name: self.data.get(name, "") for name in self.typed_fields}


# --- Views ------------------------------------------------------------------------------------
def captcha_limit():
    """Captchas one address may draw per window, for every form together: each writes a row."""
    return RateLimit("captcha", settings.COMMENTS_CAPTCHA_RATE_LIMIT, settings.COMMENTS_RATE_WINDOW)


def minutes(seconds):
    """Seconds as whole minutes for a message to a person, at least one."""
    return max(1, round(seconds / 60))


def form_errors(form):
    return {field: [str(message) for message in errors] for field, errors in form.errors.items()}


def refuse(
    request,
    notice=None,
    *,
    status,
    page,
    errors=None,
    page_status=None,
    payload=None,
    retry_after=None,
):
    """A refusal in the form its asker reads: JSON for our scripts (`errors` by field and the
    `notice` for the whole form under `__all__`, plus `payload`), otherwise `page` (a template
    and its context) drawn with `page_status`, which defaults to `status`."""
    if clients.wants_json(request):
        errors = dict(errors or {})
        if notice:
            errors["__all__"] = [*errors.get("__all__", []), notice]
        response = JsonResponse({"ok": False, "errors": errors, **(payload or {})}, status=status)
    else:
        template, context = page
        response = render(request, template, context, status=page_status or status)
    if retry_after is not None:
        response["Retry-After"] = str(retry_after)
    return response


def captcha_rate_limited(view):
    """Each request to these views draws at most one captcha, which writes a row: limit them
    per address so a script cannot fill the captcha table."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            captcha_limit().hit(clients.request_network_hash(request, "captcha"))
        except RateLimited as exc:
            notice = CAPTCHA_LIMIT_MESSAGE.format(minutes=minutes(exc.retry_after))
            return refuse(
                request,
                notice,
                status=429,
                page=("429.html", {"message": notice}),
                retry_after=exc.retry_after,
            )
        return view(request, *args, **kwargs)

    return wrapper
