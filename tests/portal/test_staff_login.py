"""The staff login as an attacker tries it: lockout per account and per address (django-axes),
the second factor (django-otp) and staff sessions."""

import io
import logging
import time

import pytest
from axes.models import AccessAttempt
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from portal import sessions, two_factor
from tests.factories import EditorFactory, SuperUserFactory, WriterFactory

pytestmark = pytest.mark.django_db

PASSWORD = "mat-khau-thu-nghiem"
LOGIN = "/quan-tri/login/"
INDEX = "/quan-tri/"


def attempt(client, username, password, address="203.0.113.7", **extra):
    data = {"username": username, "password": password, "next": INDEX, **extra}
    return client.post(LOGIN, data, REMOTE_ADDR=address)


def code_for(device, offset=0):
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + offset * device.step
    return f"{totp.token():0{device.digits}d}"


def app_device(user):
    return TOTPDevice.objects.create(user=user, name="Ứng dụng", confirmed=True)


# --- Lockout ----------------------------------------------------------------------------


@override_settings(AXES_FAILURE_LIMIT=5)
def test_an_account_is_locked_after_the_configured_guesses_and_the_right_password_fails(
    client, caplog
):
    editor = EditorFactory()
    with caplog.at_level(logging.WARNING, logger="axes"):
        for n in range(5):
            attempt(client, editor.username, f"sai-{n}", address=f"198.51.100.{n + 1}")
    locked = attempt(client, editor.username, PASSWORD, address="198.51.100.99")
    assert locked.status_code == 429
    page = locked.content.decode()
    assert "Đăng nhập đã bị tạm khóa" in page
    assert "Hãy thử lại sau" in page
    assert int(locked["Retry-After"]) > 0
    assert "_auth_user_id" not in client.session
    assert any("locking out" in record.getMessage().lower() for record in caplog.records)


@override_settings(AXES_FAILURE_LIMIT=5)
def test_one_address_is_locked_after_guessing_at_many_accounts():
    from django.test import Client

    guesser = Client()
    for n in range(5):
        attempt(guesser, f"khong-ton-tai-{n}", "sai")
    editor = EditorFactory()
    assert attempt(guesser, editor.username, PASSWORD).status_code == 429
    # Someone else, from another address, still logs in.
    assert attempt(Client(), editor.username, PASSWORD, address="192.0.2.50").status_code == 302


@override_settings(AXES_FAILURE_LIMIT=3, TRUSTED_PROXY_COUNT=1)
def test_a_spoofed_forwarded_for_does_not_reset_the_address_count(client):
    for n in range(3):
        client.post(
            LOGIN,
            {"username": f"ai-do-{n}", "password": "sai"},
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR=f"10.9.9.{n}, 203.0.113.7",
        )
    writer = WriterFactory()
    response = client.post(
        LOGIN,
        {"username": writer.username, "password": PASSWORD},
        REMOTE_ADDR="127.0.0.1",
        HTTP_X_FORWARDED_FOR="10.1.1.1, 203.0.113.7",
    )
    assert response.status_code == 429


@override_settings(AXES_FAILURE_LIMIT=3)
def test_ipv6_guesses_from_one_slash_64_count_together(client):
    for n in range(3):
        attempt(client, f"ai-do-{n}", "sai", address=f"2001:db8:1:2::{n + 1}")
    writer = WriterFactory()
    assert (
        attempt(client, writer.username, PASSWORD, address="2001:db8:1:2:ffff::9").status_code
        == 429
    )


@override_settings(AXES_FAILURE_LIMIT=2)
def test_an_operator_unlocks_an_account_in_the_admin(client):
    writer = WriterFactory()
    for _ in range(2):
        attempt(client, writer.username, "sai")
    assert AccessAttempt.objects.filter(username=writer.username).exists()
    operator = SuperUserFactory()
    client.force_login(operator)
    listing = client.get(reverse("admin:axes_accessattempt_changelist"))
    assert listing.status_code == 200
    assert writer.username in listing.content.decode()
    attempt_row = AccessAttempt.objects.get(username=writer.username)
    client.post(reverse("admin:axes_accessattempt_delete", args=[attempt_row.pk]), {"post": "yes"})
    client.logout()
    assert not AccessAttempt.objects.exists()
    assert attempt(client, writer.username, PASSWORD).status_code == 302


# --- Second factor ----------------------------------------------------------------------


@pytest.fixture
def required(settings):
    settings.STAFF_TWO_FACTOR_REQUIRED = True


@pytest.mark.usefixtures("required")
def test_an_editor_without_a_device_must_enrol_before_any_admin_page(client):
    editor = EditorFactory()
    assert attempt(client, editor.username, PASSWORD).status_code == 302
    assert client.get(INDEX).status_code == 302
    assert client.get(LOGIN).url == reverse("two_factor_enrol")
    page = client.get(reverse("two_factor_enrol"))
    assert page.status_code == 200
    assert "<svg" in page.content.decode()
    assert "cần xác thực hai bước" in page.content.decode()


@pytest.mark.usefixtures("required")
def test_enrolment_by_qr_code_confirms_the_app_and_shows_recovery_codes_once(client):
    editor = EditorFactory()
    attempt(client, editor.username, PASSWORD)
    client.get(reverse("two_factor_enrol"))
    device = TOTPDevice.objects.get(user=editor, confirmed=False)

    wrong = client.post(reverse("two_factor_enrol"), {"token": "000000"})
    assert wrong.status_code == 400
    assert "Mã không đúng" in wrong.content.decode()
    device.refresh_from_db()
    device.throttling_failure_count = 0
    device.throttling_failure_timestamp = None
    device.save()

    done = client.post(reverse("two_factor_enrol"), {"token": code_for(device)})
    assert done.status_code == 200
    codes = done.context["recovery_codes"]
    assert len(codes) == 10 and len(set(codes)) == 10
    device.refresh_from_db()
    assert device.confirmed
    assert StaticToken.objects.filter(device__user=editor).count() == 10
    assert client.get(INDEX).status_code == 200


@pytest.mark.usefixtures("required")
def test_login_with_a_device_needs_the_code(client):
    editor = EditorFactory()
    device = app_device(editor)
    without = attempt(client, editor.username, PASSWORD)
    assert without.status_code == 200
    assert "Hãy nhập mã xác thực" in without.content.decode()
    assert "_auth_user_id" not in client.session

    with_code = attempt(client, editor.username, PASSWORD, otp_token=code_for(device))
    assert with_code.status_code == 302
    assert client.get(INDEX).status_code == 200


@pytest.mark.usefixtures("required")
def test_a_superuser_with_only_a_password_session_is_kept_out(client):
    operator = SuperUserFactory()
    app_device(operator)
    client.force_login(operator)
    assert client.get(INDEX).status_code == 302


def test_a_password_only_session_cannot_replace_an_existing_app(client):
    writer = WriterFactory()
    app_device(writer)
    client.force_login(writer)
    response = client.get(reverse("two_factor_enrol"))
    assert response.status_code == 302
    assert response.url.startswith(LOGIN)
    assert TOTPDevice.objects.filter(user=writer).count() == 1


@pytest.mark.usefixtures("required")
def test_a_recovery_code_logs_in_once(client):
    editor = EditorFactory()
    app_device(editor)
    code = two_factor.replace_recovery_codes(editor)[0]
    assert attempt(client, editor.username, PASSWORD, otp_token=code).status_code == 302
    client.logout()
    again = attempt(client, editor.username, PASSWORD, otp_token=code, address="192.0.2.9")
    assert again.status_code == 200
    assert "Mã xác thực không đúng" in again.content.decode()


@pytest.mark.usefixtures("required")
@override_settings(AXES_FAILURE_LIMIT=5)
def test_guessing_codes_is_locked_out_like_guessing_passwords(client):
    editor = EditorFactory()
    device = app_device(editor)
    for n in range(5):
        attempt(client, editor.username, PASSWORD, otp_token=f"{n:06d}", address=f"192.0.2.{n}")
    right = attempt(client, editor.username, PASSWORD, otp_token=code_for(device))
    assert right.status_code == 429
    assert "_auth_user_id" not in client.session


@pytest.mark.usefixtures("required")
def test_the_second_factor_is_optional_for_writers(client):
    writer = WriterFactory()
    assert not two_factor.is_required(writer)
    assert attempt(client, writer.username, PASSWORD).status_code == 302
    assert client.get(INDEX).status_code == 200
    # …who may still enrol from the admin.
    assert client.get(reverse("two_factor_enrol")).status_code == 200


@pytest.mark.usefixtures("required")
def test_an_operator_resets_a_lost_device_from_the_command_line(client):
    editor = EditorFactory()
    app_device(editor)
    two_factor.replace_recovery_codes(editor)
    out = io.StringIO()
    call_command("reset_two_factor", editor.username, stdout=out)
    assert "Đã xóa 2 thiết bị" in out.getvalue()
    assert not two_factor.has_device(editor)
    attempt(client, editor.username, PASSWORD)
    assert client.get(LOGIN).url == reverse("two_factor_enrol")


# --- Sessions ---------------------------------------------------------------------------


def test_login_rotates_the_session_key(client):
    writer = WriterFactory()
    client.get(LOGIN)
    client.session.save()
    before = client.session.session_key
    attempt(client, writer.username, PASSWORD)
    assert client.session.session_key != before


@override_settings(STAFF_SESSION_IDLE_SECONDS=2 * 3600)
def test_an_idle_staff_session_ends(client):
    client.force_login(WriterFactory())
    assert client.get(INDEX).status_code == 200
    session = client.session
    session[sessions.LAST_SEEN_KEY] = int(time.time()) - 2 * 3600 - 5
    session.save()
    assert client.get(INDEX).status_code == 302
    assert "_auth_user_id" not in client.session


@override_settings(SESSION_COOKIE_AGE=8 * 3600)
def test_a_busy_staff_session_still_ends_at_its_absolute_lifetime(client):
    client.force_login(WriterFactory())
    session = client.session
    session[sessions.LOGIN_AT_KEY] = int(time.time()) - 8 * 3600 - 5
    session.save()
    assert client.get(INDEX).status_code == 302


def test_staff_sessions_are_shorter_than_djangos_two_weeks(settings):
    assert settings.SESSION_COOKIE_AGE < 14 * 24 * 3600
    assert settings.STAFF_SESSION_IDLE_SECONDS <= settings.SESSION_COOKIE_AGE


def test_a_password_change_logs_out_the_other_sessions(client):
    from django.test import Client

    writer = WriterFactory()
    client.force_login(writer)
    other = Client()
    other.force_login(writer)
    writer.set_password("mat-khau-moi-rat-dai-2026")
    writer.save()
    assert client.get(INDEX).status_code == 302
    assert other.get(INDEX).status_code == 302


def test_a_refused_next_lands_on_the_admin_home_not_a_404(client):
    writer = WriterFactory()
    response = client.post(
        LOGIN,
        {"username": writer.username, "password": PASSWORD, "next": "https://evil.example/"},
        REMOTE_ADDR="203.0.113.7",
    )
    assert response.status_code == 302
    assert response.url == INDEX
