"""The reader's comment form: "Gửi bình luận"."""

from django import forms
from django.conf import settings

from portal import reader_text as validators
from portal import text
from portal.form_protection import PlainTextField, ProtectedForm
from portal.formats import format_number

MESSAGES = {
    "name_required": "Hãy nhập họ tên của bạn.",
    "name_max": "Họ tên dài tối đa %(limit_value)d ký tự (bạn đã nhập %(show_value)d).",
    "title_required": "Hãy nhập tiêu đề bình luận.",
    "title_max": "Tiêu đề dài tối đa %(limit_value)d ký tự (bạn đã nhập %(show_value)d).",
    "content_required": "Hãy nhập nội dung bình luận.",
    "content_min": "Nội dung cần ít nhất %(limit_value)d ký tự (bạn đã nhập %(show_value)d).",
    "content_max": "Nội dung dài tối đa %(limit_value)d ký tự (bạn đã nhập %(show_value)d).",
    # The comment form's own wording of the shared protections' messages.
    "honeypot": "Không gửi được bình luận. Hãy tải lại trang và thử lại.",
    "too_fast": "Bạn gửi hơi nhanh. Hãy đọc lại bình luận, nhập mã xác nhận mới rồi gửi lại.",
}


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


class CommentForm(ProtectedForm):
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
    typed_fields = ("name", "phone", "title", "content")
    protection_messages = {"honeypot": MESSAGES["honeypot"], "too_fast": MESSAGES["too_fast"]}
    min_seconds_setting = "COMMENTS_MIN_SECONDS"

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
