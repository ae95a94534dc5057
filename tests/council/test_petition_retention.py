"""purge_petition_senders: contacts forgotten after the retention period, the rest kept."""

import datetime

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from council.petitions import Petition
from tests.council.petition_factories import SubmissionFactory

pytestmark = pytest.mark.django_db


def aged(days, **fields):
    petition = SubmissionFactory(**fields)
    then = timezone.now() - datetime.timedelta(days=days)
    Petition.objects.filter(pk=petition.pk).update(created_at=then, **fields)
    return petition


def test_contacts_past_the_retention_period_are_blanked_the_rest_kept(capsys):
    decided_long_ago = aged(
        400,
        status=Petition.Status.ANSWERED,
        answer="Đã trả lời.",
        decided_at=timezone.now() - datetime.timedelta(days=370),
    )
    never_decided = aged(400)
    decided_lately = aged(
        400,
        status=Petition.Status.CLOSED,
        close_reason="Trùng.",
        decided_at=timezone.now() - datetime.timedelta(days=10),
    )
    recent = aged(5)
    call_command("purge_petition_senders", days=365)
    assert "Đã xóa thông tin liên hệ của 2 người gửi" in capsys.readouterr().out
    for petition in (decided_long_ago, never_decided):
        petition.refresh_from_db()
        assert petition.sender_phone == petition.sender_email == ""
        assert petition.address_hash == petition.user_agent == ""
        assert petition.sender_name == "Lê Thị Hồng" and petition.summary
    for petition in (decided_lately, recent):
        petition.refresh_from_db()
        assert petition.sender_phone == "0912345678"


def test_the_default_period_is_the_setting(settings):
    settings.PETITIONS_SENDER_RETENTION_DAYS = 3
    petition = aged(5)
    call_command("purge_petition_senders")
    petition.refresh_from_db()
    assert petition.sender_email == ""


def test_a_dry_run_counts_and_changes_nothing(capsys):
    petition = aged(400)
    call_command("purge_petition_senders", days=365, dry_run=True)
    assert "Sẽ xóa thông tin liên hệ của 1 người gửi" in capsys.readouterr().out
    petition.refresh_from_db()
    assert petition.sender_phone == "0912345678"


def test_negative_days_are_refused():
    with pytest.raises(CommandError, match="không được âm"):
        call_command("purge_petition_senders", days=-1)
