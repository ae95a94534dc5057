"""The citizens' form "Gửi câu hỏi, kiến nghị" and the status look-up "Tra cứu".

The form has the comment form's protections through portal.form_protection (captcha, honeypot,
signed start time and wait) and its text rules through portal.reader_text (Vietnamese with its
marks, names, phone numbers, links); nothing here re-spells them.
"""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email

from portal import reader_text, text
from portal.form_protection import PlainTextField, ProtectedForm
from portal.formats import format_number

from . import petition_codes
from .models import Sector
from .petitions import Petition

MESSAGES = {
    "kind_required": "Hãy chọn bạn gửi câu hỏi hay kiến nghị.",
    "name_required": "Hãy nhập họ tên của bạn.",
    "name_max": "Họ tên dài tối đa %(limit_value)d ký tự (bạn đã nhập %(show_value)d).",
    "area_max": "Nơi cư trú dài tối đa %(limit_value)d ký tự (bạn đã nhập %(show_value)d).",
    "email": "Địa chỉ e-mail không hợp lệ (ví dụ: ten@example.vn).",
    "title_required": "Hãy nhập tiêu đề câu hỏi, kiến nghị.",
    "title_max": "Tiêu đề dài tối đa %(limit_value)d ký tự (bạn đã nhập %(show_value)d).",
    "content_required": "Hãy nhập nội dung câu hỏi, kiến nghị.",
    "content_min": "Nội dung cần ít nhất %(limit_value)d ký tự (bạn đã nhập %(show_value)d).",
    "content_max": "Nội dung dài tối đa %(limit_value)d ký tự (bạn đã nhập %(show_value)d).",
    "links": "Nội dung chỉ được chứa tối đa {limit} đường dẫn (link).",
    "sector": "Lĩnh vực đã chọn không có trong danh sách. Hãy chọn lại.",
    "honeypot": "Không gửi được câu hỏi, kiến nghị. Hãy tải lại trang và thử lại.",
    "too_fast": "Bạn gửi hơi nhanh. Hãy đọc lại nội dung, nhập mã xác nhận mới rồi gửi lại.",
}


class PetitionForm(ProtectedForm):
    kind = forms.ChoiceField(
        label="Bạn muốn gửi",
        choices=Petition.Kind.choices,
        initial=Petition.Kind.QUESTION,
        widget=forms.RadioSelect,
        error_messages={
            "required": MESSAGES["kind_required"],
            "invalid_choice": MESSAGES["kind_required"],
        },
    )
    name = PlainTextField(
        label="Họ tên",
        max_length=80,
        error_messages={"required": MESSAGES["name_required"], "max_length": MESSAGES["name_max"]},
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    area = PlainTextField(
        label="Nơi cư trú (phường, xã)",
        required=False,
        max_length=120,
        error_messages={"max_length": MESSAGES["area_max"]},
        help_text="Không bắt buộc. Ví dụ: phường Hòa Bình.",
    )
    phone = forms.CharField(
        label="Số điện thoại",
        required=False,
        max_length=30,
        error_messages={"max_length": reader_text.PHONE_MESSAGE},
        help_text="Không bắt buộc. Chỉ Văn phòng dùng để liên hệ khi cần, không công khai.",
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel", "inputmode": "tel"}),
    )
    email = forms.CharField(
        label="E-mail",
        required=False,
        max_length=254,
        error_messages={"max_length": MESSAGES["email"]},
        help_text="Không bắt buộc. Không công khai.",
        widget=forms.TextInput(
            attrs={"type": "email", "autocomplete": "email", "inputmode": "email"}
        ),
    )
    sector = forms.ModelChoiceField(
        label="Lĩnh vực",
        queryset=Sector.objects.in_order(),
        required=False,
        empty_label="Chưa rõ / khác",
        error_messages={
            "invalid_choice": MESSAGES["sector"],
            "invalid_pk_value": MESSAGES["sector"],
        },
    )

    typed_fields = ("kind", "name", "area", "phone", "email", "sector", "title", "content")
    protection_messages = {"honeypot": MESSAGES["honeypot"], "too_fast": MESSAGES["too_fast"]}
    min_seconds_setting = "PETITIONS_MIN_SECONDS"

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "petition-%s")
        super().__init__(*args, **kwargs)
        # Their limits are settings, so these fields are made with each form.
        self.fields["title"] = PlainTextField(
            label="Tiêu đề",
            max_length=settings.PETITIONS_TITLE_MAX,
            error_messages={
                "required": MESSAGES["title_required"],
                "max_length": MESSAGES["title_max"],
            },
        )
        low, high = settings.PETITIONS_CONTENT_MIN, settings.PETITIONS_CONTENT_MAX
        self.fields["content"] = PlainTextField(
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
                f" tối đa {settings.PETITIONS_MAX_LINKS} đường dẫn."
            ),
            widget=forms.Textarea(attrs={"rows": 8}),
        )
        self.order_fields(list(self.typed_fields))

    def clean_name(self):
        name = self.cleaned_data["name"]
        reader_text.validate_name(name)
        return name

    def clean_area(self):
        area = self.cleaned_data["area"]
        if area:
            reader_text.validate_no_links(area)
            reader_text.validate_vietnamese(area)
        return area

    def clean_phone(self):
        phone = text.squash_spaces(self.cleaned_data["phone"])
        return reader_text.normalize_phone(phone) if phone else ""

    def clean_email(self):
        email = text.normalize(self.cleaned_data["email"]).strip()
        if not email:
            return ""
        try:
            validate_email(email)
        except ValidationError:
            raise ValidationError(MESSAGES["email"], code="email") from None
        return email

    def clean_title(self):
        title = self.cleaned_data["title"]
        reader_text.validate_no_links(title)
        reader_text.validate_vietnamese(title)
        return title

    def clean_content(self):
        content = self.cleaned_data["content"]
        limit = settings.PETITIONS_MAX_LINKS
        if reader_text.count_links(content) > limit:
            raise ValidationError(MESSAGES["links"].format(limit=limit), code="links")
        reader_text.validate_vietnamese(content)
        return content


LOOKUP_MESSAGES = {
    "required": "Hãy nhập mã tra cứu bạn nhận được khi gửi câu hỏi, kiến nghị.",
    "malformed": (
        f"Mã tra cứu có dạng {petition_codes.EXAMPLE} (chữ KN, năm gửi và 8 chữ, số). "
        "Hãy kiểm tra lại mã bạn đã ghi."
    ),
    "not_found": (
        "Không tìm thấy câu hỏi, kiến nghị nào có mã này. Hãy kiểm tra lại từng ký tự của mã."
    ),
}


class LookupForm(forms.Form):
    """The code typed into "Tra cứu" (a GET form: no token, nothing stored)."""

    ma = forms.CharField(
        label="Mã tra cứu",
        max_length=petition_codes.MAX_TYPED_LENGTH,
        help_text=(
            f"Mã bạn nhận được khi gửi, ví dụ {petition_codes.EXAMPLE}. "
            "Không phân biệt chữ hoa, chữ thường."
        ),
        error_messages={
            "required": LOOKUP_MESSAGES["required"],
            "max_length": LOOKUP_MESSAGES["malformed"],
        },
        widget=forms.TextInput(
            attrs={
                "autocomplete": "off",
                "autocapitalize": "characters",
                "spellcheck": "false",
                "placeholder": petition_codes.EXAMPLE,
            }
        ),
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "lookup-%s")
        super().__init__(*args, **kwargs)

    def clean_ma(self):
        code = petition_codes.parse(self.cleaned_data["ma"])
        if code is None:
            raise ValidationError(LOOKUP_MESSAGES["malformed"], code="malformed")
        return code
