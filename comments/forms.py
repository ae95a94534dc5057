"""The reader's comment form: "Gửi bình luận"."""

import time

from captcha.fields import CaptchaField
from django import forms
from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError

from portal import text
from portal.formats import format_number

from . import validators

STARTED_SALT = "comments.form-started.v2"
STARTED_MAX_AGE = 24 * 3600
# A new picture for the same form (the reader asked for one, or only mistyped the code) keeps
# the form's start time at most this many times; after that the wait starts again.
STARTED_MAX_CARRIES = 3

MESSAGES = {
    "name_required": "Hãy nhập họ tên của bạn.",
    "name_max": "Họ tên dài tối đa %(limit_value)d ký tự (bạn đã nhập %(show_value)d).",
    "title_required": "Hãy nhập tiêu đề bình luận.",
    "title_max": "Tiêu đề dài tối đa %(limit_value)d ký tự (bạn đã nhập %(show_value)d).",
    "content_required": "Hãy nhập nội dung bình luận.",
    "content_min": "Nội dung cần ít nhất %(limit_value)d ký tự (bạn đã nhập %(show_value)d).",
    "content_max": "Nội dung dài tối đa %(limit_value)d ký tự (bạn đã nhập %(show_value)d).",
    "captcha_required": "Hãy nhập mã xác nhận trong hình.",
    "captcha_invalid": (
        "Mã xác nhận không đúng, đã hết hạn hoặc đã được dùng. Hãy nhập mã trong hình mới."
    ),
    "honeypot": "Không gửi được bình luận. Hãy tải lại trang và thử lại.",
    "started_invalid": "Biểu mẫu đã hết hạn hoặc không hợp lệ. Hãy tải lại trang rồi gửi lại.",
    "too_fast": "Bạn gửi hơi nhanh. Hãy đọc lại bình luận, nhập mã xác nhận mới rồi gửi lại.",
}


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


class PlainTextField(forms.CharField):
    """Reader text: NFC, invisible and control characters removed, spaces squashed.

    Text made only of spaces or invisible characters counts as empty. Line breaks are kept in
    multi-line fields and turned into spaces in single-line ones.
    """

    def __init__(self, *, multiline=False, **kwargs):
        self.multiline = multiline
        super().__init__(**kwargs)

    def to_python(self, value):
        value = text.squash_spaces(super().to_python(value))
        return value if self.multiline else " ".join(value.split())

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        if self.multiline:
            # A browser cuts pasted text at maxlength without a word; the server explains instead.
            attrs.pop("maxlength", None)
            attrs.pop("minlength", None)
        return attrs


def _content_field():
    """The comment's body, its length limits read from the settings now."""
    low, high = settings.COMMENTS_CONTENT_MIN, settings.COMMENTS_CONTENT_MAX
    return PlainTextField(
        label="Nội dung",
        multiline=True,
        min_length=low,
        max_length=high,
        error_messages={
            "required": MESSAGES["content_required"],
            "min_length": MESSAGES["content_min"],
            "max_length": MESSAGES["content_max"],
        },
        help_text=(
            f"Từ {format_number(low)} đến {format_number(high)} ký tự;"
            f" tối đa {settings.COMMENTS_MAX_LINKS} đường dẫn."
        ),
        widget=forms.Textarea(attrs={"rows": 6}),
    )


class CommentForm(forms.Form):
    name = PlainTextField(
        label="Họ tên",
        max_length=80,
        error_messages={"required": MESSAGES["name_required"], "max_length": MESSAGES["name_max"]},
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    phone = forms.CharField(
        label="Số điện thoại",
        required=False,
        max_length=30,
        error_messages={"max_length": validators.PHONE_MESSAGE},
        help_text="Không bắt buộc. Chỉ Văn phòng dùng để liên hệ khi cần, không công khai.",
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel", "inputmode": "tel"}),
    )
    title = PlainTextField(
        label="Tiêu đề",
        max_length=150,
        error_messages={
            "required": MESSAGES["title_required"],
            "max_length": MESSAGES["title_max"],
        },
    )
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

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "comment-%s")
        super().__init__(*args, **kwargs)
        # Its limits are settings, so the field is made with each form, not with the class.
        self.fields["content"] = _content_field()
        self.order_fields(["name", "phone", "title", "content"])

    def clean_name(self):
        name = self.cleaned_data["name"]
        validators.validate_name(name)
        return name

    def clean_phone(self):
        phone = text.squash_spaces(self.cleaned_data["phone"])
        return validators.normalize_phone(phone) if phone else ""

    def clean_title(self):
        title = self.cleaned_data["title"]
        validators.validate_no_links(title)
        validators.validate_vietnamese(title)
        return title

    def clean_content(self):
        content = self.cleaned_data["content"]
        validators.validate_link_limit(content)
        validators.validate_vietnamese(content)
        return content

    def clean(self):
        cleaned = super().clean()
        if self.data.get("website"):
            raise ValidationError(MESSAGES["honeypot"], code="honeypot")
        started = read_started(self.data.get("started"))
        now = time.time()
        if (
            started is None
            or started[1] != self.data.get("captcha_0")
            or not -60 < now - started[0] < STARTED_MAX_AGE
        ):
            raise ValidationError(MESSAGES["started_invalid"], code="started")
        if now - started[0] < settings.COMMENTS_MIN_SECONDS:
            raise ValidationError(MESSAGES["too_fast"], code="too_fast")
        return cleaned

    def only_captcha_refused(self):
        """Whether the code was the one thing wrong (after is_valid)."""
        return set(self.errors) == {"captcha"}

    def typed_values(self):
        """What the reader typed, to fill a fresh form without validating this one."""
        return {name: self.data.get(name, "") for name in ("name", "phone", "title", "content")}
