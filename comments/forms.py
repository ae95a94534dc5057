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

STARTED_SALT = "comments.form-started"
STARTED_MAX_AGE = 24 * 3600

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


def sign_started(at=None):
    """A signed note of when the form was shown."""
    return signing.dumps(int(time.time() if at is None else at), salt=STARTED_SALT)


def read_started(token):
    """When the form was shown, or None when the note is missing, forged or too old."""
    try:
        value = signing.loads(token or "", salt=STARTED_SALT, max_age=STARTED_MAX_AGE)
    except signing.BadSignature:
        return None
    return value if isinstance(value, int) else None


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
        if started is None or not -60 < now - started < STARTED_MAX_AGE:
            raise ValidationError(MESSAGES["started_invalid"], code="started")
        if now - started < settings.COMMENTS_MIN_SECONDS:
            raise ValidationError(MESSAGES["too_fast"], code="too_fast")
        return cleaned

    def typed_values(self):
        """What the reader typed, to fill a fresh form without validating this one."""
        return {name: self.data.get(name, "") for name in ("name", "phone", "title", "content")}
