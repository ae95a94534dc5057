import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client
from django.utils import timezone

from polls.models import Ballot
from polls.results import tally

from .factories import PollFactory, cast_ballot, choices_of
from .votes import vote

pytestmark = pytest.mark.django_db


def _ago(days):
    return timezone.now() - datetime.timedelta(days=days)


def _run(*args):
    out = StringIO()
    call_command("purge_poll_voters", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def old_closed_poll():
    poll = PollFactory(starts_at=_ago(400), ends_at=_ago(300))
    for index, choice in enumerate(choices_of(poll) * 2):
        cast_ballot(
            poll,
            choice,
            voter_key=f"khoa-cu-tri-dong-{index:08d}",
            address_hash="a" * 64,
            created_at=_ago(350),
        )
    return poll


def test_purge_anonymizes_old_ballots_of_closed_polls_and_keeps_tallies(old_closed_poll):
    before = tally(old_closed_poll)
    output = _run()
    assert "Đã ẩn danh mã người bình chọn của 6 phiếu" in output
    ballots = Ballot.objects.filter(poll=old_closed_poll)
    assert not ballots.exclude(address_hash="").exists()
    assert all(key.startswith("~") for key in ballots.values_list("voter_key", flat=True))
    assert not ballots.filter(voter_key__startswith="khoa-cu-tri").exists()
    assert tally(old_closed_poll) == before


def test_purge_keeps_the_voter_key_of_a_poll_still_running(settings):
    settings.POLLS_VOTER_RETENTION_DAYS = 0
    poll = PollFactory(starts_at=_ago(300), ends_at=None)
    reader = Client()
    vote(reader, poll, choices_of(poll)[0])
    Ballot.objects.update(created_at=_ago(200))
    _run()
    ballot = Ballot.objects.get()
    assert ballot.address_hash == ""
    assert not ballot.voter_key.startswith("~")
    # The reader still cannot vote twice.
    assert vote(reader, poll, choices_of(poll)[1]).status_code == 409


def test_purge_leaves_recent_ballots_alone(old_closed_poll):
    recent = PollFactory(closed=True)
    ballot = cast_ballot(recent, choices_of(recent)[0], address_hash="b" * 64)
    _run()
    ballot.refresh_from_db()
    assert ballot.address_hash == "b" * 64 and not ballot.voter_key.startswith("~")


def test_purge_retention_comes_from_settings_or_the_days_option(settings, old_closed_poll):
    settings.POLLS_VOTER_RETENTION_DAYS = 400
    assert "của 0 phiếu" in _run()
    assert "của 6 phiếu" in _run("--days", "100")


def test_purge_dry_run_changes_nothing(old_closed_poll):
    output = _run("--dry-run")
    assert "Chưa thay đổi gì" in output and "6 phiếu" in output
    assert not Ballot.objects.filter(voter_key__startswith="~").exists()


def test_purge_twice_changes_nothing_more(old_closed_poll):
    _run()
    keys = sorted(Ballot.objects.values_list("voter_key", flat=True))
    assert "của 0 phiếu" in _run()
    assert sorted(Ballot.objects.values_list("voter_key", flat=True)) == keys


def test_purge_refuses_negative_days():
    with pytest.raises(CommandError):
        _run("--days", "-1")
