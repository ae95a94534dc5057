"""The admin site with the staff login: password, then the second factor where the account has
one (portal.two_factor), under django-axes' lockout. Staff who must use a second factor and
have none are sent to enrol before any admin page opens."""

from django import forms
from django.contrib import admin
from django.contrib.admin.forms import AdminAuthenticationForm
from django.shortcuts import redirect

from . import two_factor

MESSAGES = {
    "token_required": (
        "Hãy nhập mã xác thực gồm 6 chữ số từ ứng dụng xác thực (hoặc một mã dự phòng)."
    ),
    "token_invalid": "Mã xác thực không đúng hoặc đã hết hạn. Hãy nhập mã mới trong ứng dụng.",
}


class StaffLoginForm(AdminAuthenticationForm):
    otp_token = forms.CharField(
        label="Mã xác thực",
        required=False,
        max_length=16,
        help_text=(
            "Chỉ khi tài khoản đã bật xác thực hai bước: 6 chữ số trong ứng dụng,"
            " hoặc một mã dự phòng."
        ),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )

    def clean(self):
        cleaned = super().clean()
        user = self.get_user()
        if user is None or not two_factor.has_device(user):
            return cleaned
        token = cleaned.get("otp_token", "")
        device = two_factor.verify(user, token, self.request)
        if device is None:
            code = "token_invalid" if token.strip() else "token_required"
            raise forms.ValidationError(MESSAGES[code], code=code)
        # django-otp marks the session verified with this device when the login completes.
        user.otp_device = device
        return cleaned


class PortalAdminSite(admin.AdminSite):
    login_form = StaffLoginForm
    login_template = "admin/staff_login.html"

    def has_permission(self, request):
        return super().has_permission(request) and two_factor.is_satisfied(request.user)

    def login(self, request, extra_context=None):
        if two_factor.must_enrol(request.user):
            return redirect("two_factor_enrol")
        return super().login(request, extra_context)
