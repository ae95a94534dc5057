"""The page a locked-out staff login gets (django-axes' AXES_LOCKOUT_CALLABLE): Vietnamese,
saying when to try again. Every refused attempt during the lockout starts the wait again."""

from axes.helpers import get_cool_off
from django.shortcuts import render
from django.utils import timezone

from .formats import format_datetime


def lockout_response(request, original_response=None, credentials=None):
    cool_off = get_cool_off(request)
    retry_at = timezone.localtime(timezone.now() + cool_off)
    minutes = max(1, round(cool_off.total_seconds() / 60))
    response = render(
        request,
        "admin/staff_lockout.html",
        {"retry_at": format_datetime(retry_at), "minutes": minutes, "title": "Tạm khóa đăng nhập"},
        status=429,
    )
    response["Retry-After"] = str(int(cool_off.total_seconds()))
    return response
