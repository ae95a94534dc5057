"""The citizen's message to the office ("Liên hệ"), with every reader form's protections."""

from django import forms

from portal import reader_text, text
from portal.form_protection import PlainTextField, ProtectedForm

MESSAGES = {
    "name_required": "Hãy nhập họ tên của bạn.",
    "subject_required": "Hãy nhập tiêu đề thư.",
    "message_required": "Hãy nhập nội dung thư.",
    "message_min": "Nội dung cần ít nhất %(limit_value)d ký tự (bạn đã nhập %(show_value)d).",
    "max": "Tối đa %(limit_value)d ký tự (bạn đã nhập %(show_value)d).",
    "reach": "Hãy để lại thư điện tử hoặc số điện thoại để Văn phòng trả lời bạn.",
    "email": "Thư điện tử chưa đúng dạng, ví dụ: ten@example.vn.",
    "honeypot": "Không gửi được thư. Hãy tải lại trang và thử lại.",
    "too_fast": "Bạn gửi hơi nhanh. Hãy đọc lại thư, nhập mã xác nhận mới rồi gửi lại.",
}


class ContactForm(ProtectedForm):
    name = PlainTextField(
        label="Họ tên",
        max_length=100,
        error_messages={"required": MESSAGES["name_required"], "max_length": MESSAGES["max"]},
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label="Thư điện tử",
        required=False,
        max_length=200,
        error_messages={"invalid": MESSAGES["email"], "max_length": MESSAGES["max"]},
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    phone = forms.CharField(
        label="Số điện thoại",
        required=False,
        max_length=30,
        error_messages={"max_length": reader_text.PHONE_MESSAGE},
        help_text="Ghi thư điện tử hoặc số điện thoại để Văn phòng trả lời; không công khai.",
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel", "inputmode": "tel"}),
    )
    subject = PlainTextField(
        label="Tiêu đề",
        max_length=200,
        error_messages={"required": MESSAGES["subject_required"], "max_length": MESSAGES["max"]},
    )
    message = PlainTextField(
        label="Nội dung",
        multiline=True,
        min_length=10,
        max_length=5000,
        error_messages={
            "required": MESSAGES["message_required"],
            "min_length": MESSAGES["message_min"],
            "max_length": MESSAGES["max"],
        },
        help_text="Từ 10 đến 5.000 ký tự; tối đa 2 đường dẫn.",
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    typed_fields = ("name", "email", "phone", "subject", "message")
    protection_messages = {"honeypot": MESSAGES["honeypot"], "too_fast": MESSAGES["too_fast"]}
    min_seconds_setting = "COUNCIL_CONTACT_MIN_SECONDS"

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "contact-%s")
        super().__init__(*args, **kwargs)

    def clean_name(self):
        name = self.cleaned_data["name"]
        reader_text.validate_name(name)
        return name

    def clean_phone(self):
        phone = text.squash_spaces(self.cleaned_data["phone"])
        return reader_text.normalize_phone(phone) if phone else ""

    def clean_subject(self):
        subject = self.cleaned_data["subject"]
        reader_text.validate_no_links(subject)
        return subject

    def clean_message(self):
        message = self.cleaned_data["message"]
        reader_text.validate_link_limit(message)
        return message

    def clean(self):
        cleaned = super().clean()
        if not self.errors and not cleaned.get("email") and not cleaned.get("phone"):
            self.add_error("email", MESSAGES["reach"])
        return cleaned
