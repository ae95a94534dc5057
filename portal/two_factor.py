"""The staff's second factor (django-otp): who needs it, enrolment of a TOTP app by QR code,
recovery codes, and checking a code at login."""

import io
import secrets

import segno
from django.conf import settings
from django.contrib.auth.signals import user_login_failed
from django.db import transaction
from django_otp import devices_for_user, user_has_device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

APP_DEVICE_NAME = "Ứng dụng xác thực"
RECOVERY_DEVICE_NAME = "Mã dự phòng"


def is_required(user):
    """Whether this staff member must log in with a second factor: superusers and members of
    STAFF_TWO_FACTOR_GROUPS, when STAFF_TWO_FACTOR_REQUIRED is on."""
    if not settings.STAFF_TWO_FACTOR_REQUIRED or not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    return user.groups.filter(name__in=settings.STAFF_TWO_FACTOR_GROUPS).exists()


def has_device(user):
    return user_has_device(user, confirmed=True)


def is_satisfied(user):
    """Whether this signed-in user may use the admin as far as the second factor goes."""
    return not is_required(user) or user.is_verified()


def must_enrol(user):
    return user.is_authenticated and user.is_staff and is_required(user) and not has_device(user)


def pending_app_device(user):
    """The user's unconfirmed TOTP device, made now if there is none (one per user)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)


def qr_code_svg(device):
    """The otpauth:// address of the device as an inline SVG QR code, for the authenticator app."""
    buffer = io.BytesIO()
    segno.make(device.config_url, error="m").save(buffer, kind="svg", scale=4, xmldecl=False)
    return buffer.getvalue().decode()


def _new_code():
    # Ten lowercase letters and digits, shown as two groups of five ("ab3k9-x7q2m").
    alphabet = "abcdefghjkmnpqrstuvwxyz23456789"
    return "".join(secrets.choice(alphabet) for _ in range(10))


@transaction.atomic
def confirm(device, token):
    """Confirm a pending device with a code from the app; return fresh recovery codes, or None
    when the code is wrong."""
    if not device.verify_token(_normalize(token)):
        return None
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    return replace_recovery_codes(device.user)


@transaction.atomic
def replace_recovery_codes(user):
    """New single-use recovery codes (the old ones stop working); shown once, stored as is by
    django-otp's static device."""
    static, _ = StaticDevice.objects.get_or_create(
        user=user, name=RECOVERY_DEVICE_NAME, defaults={"confirmed": True}
    )
    static.token_set.all().delete()
    codes = [_new_code() for _ in range(settings.STAFF_RECOVERY_CODES)]
    StaticToken.objects.bulk_create(StaticToken(device=static, token=code) for code in codes)
    return [f"{code[:5]}-{code[5:]}" for code in codes]


def _normalize(token):
    return "".join((token or "").split()).replace("-", "").lower()


def verify(user, token, request=None):
    """The confirmed device that accepts this code (TOTP or a recovery code, each throttled by
    django-otp), or None. A wrong code counts as a failed login, so django-axes locks out code
    guessing like password guessing."""
    token = _normalize(token)
    if token:
        for device in devices_for_user(user, confirmed=True):
            if device.verify_token(token):
                return device
    user_login_failed.send(
        sender=__name__,
        credentials={"username": user.get_username()},
        request=request,
    )
    return None


@transaction.atomic
def reset(user):
    """Forget every device of the user (an operator's answer to a lost phone); return how many."""
    count = 0
    for device in devices_for_user(user, confirmed=None):
        device.delete()
        count += 1
    return count
