"""The counters behind poll results: moved with each ballot, never written back stale."""

import io

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from polls import tallies
from polls.models import Ballot, BallotChoice, Choice, Poll
from polls.results import tally
from tests.factories import SuperUserFactory

from .factories import PollFactory, cast_ballot, choices_of
from .votes import vote

pytestmark = pytest.mark.django_db


def _bulk_ballots(poll, choice, count):
    Ballot.objects.bulk_create(
        [Ballot(poll=poll, voter_key=f"khoa-tai-lai-{n:010d}") for n in range(count)]
    )
    BallotChoice.objects.bulk_create(
        [BallotChoice(ballot=b, choice=choice) for b in Ballot.objects.filter(poll=poll)]
    )


def test_a_vote_moves_the_poll_and_choice_counters_in_its_transaction(client):
    poll = PollFactory(multiple=True)
    first, second, third = choices_of(poll)
    assert vote(client, poll, first, third).status_code == 303
    poll.refresh_from_db()
    assert poll.voter_count == 1
    assert [c.vote_count for c in choices_of(poll)] == [1, 0, 1]


def test_a_refused_vote_moves_no_counter(client):
    poll = PollFactory()
    first = choices_of(poll)[0]
    vote(client, poll, first)
    assert vote(client, poll, first).status_code == 409
    poll.refresh_from_db()
    assert poll.voter_count == 1 and Choice.objects.get(pk=first.pk).vote_count == 1


def test_a_rolled_back_ballot_leaves_the_counters_alone():
    poll = PollFactory()
    choice = choices_of(poll)[0]
    with pytest.raises(ValueError), transaction.atomic():
        cast_ballot(poll, choice)
        raise ValueError
    poll.refresh_from_db()
    assert poll.voter_count == 0 and Choice.objects.get(pk=choice.pk).vote_count == 0


def test_saving_a_poll_or_choice_loaded_earlier_keeps_the_votes_counted_meanwhile():
    poll = PollFactory()
    choice = choices_of(poll)[0]
    stale_poll, stale_choice = Poll.objects.get(pk=poll.pk), Choice.objects.get(pk=choice.pk)
    cast_ballot(poll, choice)
    stale_poll.question = "Câu hỏi đã được sửa lại?"
    stale_poll.save()
    stale_choice.text = "Phương án đã sửa"
    stale_choice.save()
    assert Poll.objects.get(pk=poll.pk).voter_count == 1
    assert Choice.objects.get(pk=choice.pk).vote_count == 1


def test_recount_rebuilds_the_counters_from_the_ballots():
    poll = PollFactory()
    first, second, _ = choices_of(poll)
    _bulk_ballots(poll, first, 7)
    cast_ballot(poll, second)
    Choice.objects.filter(pk=second.pk).update(vote_count=40)
    tallies.recount([poll])
    results = tally(poll)
    assert results.voters == 8
    assert [row.votes for row in results.choices] == [7, 1, 0]


def test_recount_polls_command_recounts_every_poll():
    from django.core.management import call_command

    poll = PollFactory()
    _bulk_ballots(poll, choices_of(poll)[0], 3)
    call_command("recount_polls", stdout=io.StringIO())
    assert tally(poll).voters == 3


def test_tally_is_one_query_and_reads_no_ballot_row():
    poll = PollFactory()
    for choice in choices_of(poll):
        cast_ballot(poll, choice)
    with CaptureQueriesContext(connection) as captured:
        results = tally(poll)
    assert results.voters == 3
    assert len(captured) == 1
    assert "polls_ballot" not in captured[0]["sql"]


def test_poll_page_results_page_and_admin_cost_the_same_at_few_and_many_ballots(
    client, django_assert_max_num_queries, settings
):
    settings.PORTAL_PAGE_CACHE_SECONDS = 0  # count what drawing the pages costs
    poll = PollFactory()
    admin = client.__class__()
    admin.force_login(SuperUserFactory())
    pages = [
        (client, poll.get_absolute_url()),
        (client, poll.get_results_url()),
        (admin, reverse("admin:polls_poll_change", args=[poll.pk])),
        (admin, reverse("admin:polls_poll_changelist")),
    ]
    for who, url in pages:
        who.get(url)  # warm the shared sidebar caches
    cast_ballot(poll, choices_of(poll)[0])
    few = {}
    for who, url in pages:
        with CaptureQueriesContext(connection) as captured:
            assert who.get(url).status_code == 200
        few[url] = len(captured)
    _bulk_ballots(poll, choices_of(poll)[1], 500)
    tallies.recount([poll])
    for who, url in pages:
        with django_assert_max_num_queries(few[url]):
            assert who.get(url).status_code == 200
