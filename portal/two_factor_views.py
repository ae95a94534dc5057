"""Enrolment of the staff's authenticator app: QR code, one code to confirm, recovery codes."""

from base64 import b32encode

from django import forms
from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from . import two_factor


class ConfirmForm(forms.Form):
    token = forms.CharField(
        label="Mã xác thực",
        max_length=10,
        error_messages={"required": "Hãy nhập mã 6 chữ số trong ứng dụng."},
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )


WRONG_CODE = "Mã không đúng. Hãy kiểm tra giờ trên điện thoại rồi nhập mã mới nhất."


@never_cache
@require_http_methods(["GET", "POST"])
@staff_member_required(redirect_field_name=REDIRECT_FIELD_NAME, login_url="admin:login")
def enrol(request):
    user = request.user
    if two_factor.has_device(user) and not user.is_verified():
        # Replacing an app needs a session that passed the current one: a password alone
        # must not swap the second factor.
        return redirect(f"{reverse('admin:login')}?next={request.path}")
    device = two_factor.pending_app_device(user)
    form = ConfirmForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            codes = two_factor.confirm(device, form.cleaned_data["token"])
            if codes is not None:
                # The new app replaces any older one; this session counts as verified.
                TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
                otp_login(request, device)
                return render(
                    request,
                    "admin/two_factor_enrol.html",
                    {"title": "Xác thực hai bước", "recovery_codes": codes},
                )
            form.add_error("token", WRONG_CODE)
        status = 400
    context = {
        "title": "Xác thực hai bước",
        "form": form,
        "qr_svg": two_factor.qr_code_svg(device),
        "secret": b32encode(device.bin_key).decode(),
        "required": two_factor.is_required(user),
        "enrolled": two_factor.has_device(user),
    }
    return render(request, "admin/two_factor_enrol.html", context, status=status)
