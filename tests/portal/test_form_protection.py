"""The protections every reader's form shares: honeypot, signed start time, wait, captcha,
plain text, and the captcha-draw limit, on a small form of their own (not the comment form)."""

import time

import pytest
from django import forms
from django.http import HttpResponse
from django.test import RequestFactory

from portal import form_protection
from portal.form_protection import (
    PlainTextField,
    ProtectedForm,
    captcha_rate_limited,
    carry_started,
    draw_challenge,
    read_started,
    sign_started,
)

KEY = "mot-ma"


class NoteForm(ProtectedForm):
    typed_fields = ("note",)
    protection_messages = {"too_fast": "Chậm lại một chút."}

    note = PlainTextField(label="Ghi chú", max_length=50)


def data(**changes):
    values = {
        "note": "Xin chào",
        "captcha_0": KEY,
        "captcha_1": "PASSED",
        "website": "",
        "started": sign_started(KEY, time.time() - 60),
    }
    values.update(changes)
    return values


@pytest.mark.django_db
def test_a_form_with_every_protection_passed_is_valid():
    form = NoteForm(data())
    assert form.is_valid(), form.errors
    assert form.cleaned_data["note"] == "Xin chào"


@pytest.mark.django_db
def test_the_protections_come_after_the_forms_own_fields():
    assert list(NoteForm().fields) == ["note", "captcha", "website", "started"]


@pytest.mark.django_db
def test_a_filled_honeypot_is_refused_with_the_shared_vietnamese_message():
    form = NoteForm(data(website="http://spam.example"))
    assert not form.is_valid()
    assert form.non_field_errors() == [form_protection.MESSAGES["honeypot"]]


@pytest.mark.django_db
def test_a_forged_or_missing_start_note_is_refused():
    assert "hết hạn" in NoteForm(data(started="gia-mao")).non_field_errors()[0]
    assert "hết hạn" in NoteForm(data(started="")).non_field_errors()[0]


@pytest.mark.django_db
def test_a_start_note_of_another_captcha_is_refused():
    form = NoteForm(data(started=sign_started("ma-khac", time.time() - 60)))
    assert "hết hạn" in form.non_field_errors()[0]


@pytest.mark.django_db
def test_a_form_sent_too_fast_gets_the_forms_own_message(settings):
    settings.COMMENTS_MIN_SECONDS = 5
    form = NoteForm(data(started=sign_started(KEY, time.time() - 1)))
    assert form.non_field_errors() == ["Chậm lại một chút."]


@pytest.mark.django_db
def test_a_missing_captcha_alone_is_told_apart():
    form = NoteForm(data(captcha_1=""))
    assert not form.is_valid()
    assert form.only_captcha_refused()
    assert form.errors["captcha"] == [form_protection.MESSAGES["captcha_required"]]


def test_plain_text_is_nfc_without_invisible_characters():
    field = PlainTextField(max_length=50)
    assert field.clean("Vie\u0323\u0302t\u200b   Nam") == "Việt Nam"
    with pytest.raises(forms.ValidationError):
        field.clean("\u200b \u200d")


def test_typed_values_keep_only_the_named_fields():
    form = NoteForm(data(note="Đang viết dở"))
    assert form.typed_values() == {"note": "Đang viết dở"}


def test_a_carried_note_keeps_its_start_time_a_few_times_only():
    shown_at = int(time.time()) - 100
    note = sign_started("a", at=shown_at)
    for carries in range(1, form_protection.STARTED_MAX_CARRIES + 1):
        note = carry_started(note, f"k{carries}")
        assert read_started(note) == (shown_at, f"k{carries}", carries)
    assert read_started(carry_started(note, "last"))[0] > shown_at


@pytest.mark.django_db
def test_a_drawn_challenge_ties_its_note_to_its_captcha():
    challenge = draw_challenge()
    assert read_started(challenge["started"])[1] == challenge["captcha"]["key"]


@pytest.mark.django_db
def test_captcha_draws_are_limited_per_address_with_a_vietnamese_429(settings):
    settings.COMMENTS_CAPTCHA_RATE_LIMIT = 1
    view = captcha_rate_limited(lambda request: HttpResponse("ok"))
    request = RequestFactory().get("/", REMOTE_ADDR="203.0.113.9")
    assert view(request).status_code == 200
    refused = view(RequestFactory().get("/", REMOTE_ADDR="203.0.113.9"))
    assert refused.status_code == 429
    assert "quá nhiều mã xác nhận" in refused.content.decode()
    assert int(refused["Retry-After"]) > 0
    assert view(RequestFactory().get("/", REMOTE_ADDR="203.0.113.10")).status_code == 200
