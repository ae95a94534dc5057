import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import RestrictedError
from django.utils import timezone

from polls.models import Ballot, BallotChoice, Choice, Poll
from polls.results import tally

from .factories import PollFactory, cast_ballot, choices_of

pytestmark = pytest.mark.django_db


def test_one_voter_key_can_hold_only_one_ballot_per_poll():
    poll = PollFactory()
    first = choices_of(poll)[0]
    cast_ballot(poll, first, voter_key="khoa-cu-tri-0000000000001")
    with pytest.raises(IntegrityError), transaction.atomic():
        Ballot.objects.create(poll=poll, voter_key="khoa-cu-tri-0000000000001")
    assert Ballot.objects.filter(poll=poll).count() == 1


def test_the_same_voter_key_may_vote_in_different_polls():
    one, two = PollFactory(), PollFactory()
    cast_ballot(one, choices_of(one)[0], voter_key="khoa-cu-tri-0000000000002")
    cast_ballot(two, choices_of(two)[0], voter_key="khoa-cu-tri-0000000000002")
    assert Ballot.objects.count() == 2


def test_a_ballot_cannot_pick_the_same_choice_twice():
    poll = PollFactory(multiple=True)
    choice = choices_of(poll)[0]
    ballot = cast_ballot(poll, choice)
    with pytest.raises(IntegrityError), transaction.atomic():
        BallotChoice.objects.create(ballot=ballot, choice=choice)


def test_database_refuses_a_poll_that_ends_before_it_starts():
    now = timezone.now()
    with pytest.raises(IntegrityError), transaction.atomic():
        Poll.objects.create(question="Sai thời gian?", starts_at=now, ends_at=now)


def test_multiple_choice_poll_needs_a_maximum_of_at_least_two():
    poll = Poll(question="Chọn nhiều?", allows_multiple=True, max_choices=1)
    with pytest.raises(ValidationError) as excinfo:
        poll.full_clean()
    assert "từ 2 trở lên" in str(excinfo.value)


def test_single_choice_poll_forgets_any_maximum():
    poll = PollFactory(allows_multiple=False, max_choices=3)
    poll.refresh_from_db()
    assert poll.max_choices is None
    assert poll.max_selectable(5) == 1


def test_max_selectable_is_capped_by_the_number_of_choices():
    assert PollFactory.build(allows_multiple=True, max_choices=3).max_selectable(2) == 2
    assert PollFactory.build(allows_multiple=True, max_choices=None).max_selectable(4) == 4
    assert PollFactory.build(allows_multiple=True, max_choices=2).max_selectable(4) == 2


def test_question_and_choices_are_normalized_to_nfc_with_single_spaces():
    poll = PollFactory(
        question="Ho\u0302\u0323i đo\u0302\u0300ng   nhân dân\u200b?", choices=[" Có  ý kiến "]
    )
    poll.refresh_from_db()
    assert poll.question == "Hội đồng nhân dân?"
    assert choices_of(poll)[0].text == "Có ý kiến"


def test_querysets_sort_polls_into_open_closed_and_upcoming():
    open_poll = PollFactory()
    endless = PollFactory(ends_at=None)
    closed = PollFactory(closed=True)
    upcoming = PollFactory(upcoming=True)
    hidden = PollFactory(is_active=False)
    assert set(Poll.objects.open()) == {open_poll, endless}
    assert set(Poll.objects.closed()) == {closed}
    assert set(Poll.objects.upcoming()) == {upcoming}
    assert hidden not in Poll.objects.public()


def test_current_poll_is_the_most_recently_started_open_one():
    PollFactory(starts_at=timezone.now() - datetime.timedelta(days=3))
    newest = PollFactory(starts_at=timezone.now() - datetime.timedelta(hours=2))
    PollFactory(upcoming=True)
    PollFactory(closed=True)
    assert Poll.objects.current() == newest


def test_current_poll_is_none_without_an_open_poll():
    PollFactory(closed=True)
    assert Poll.objects.current() is None


def test_poll_status_labels_are_vietnamese():
    assert PollFactory().status_label == "Đang diễn ra"
    assert PollFactory(closed=True).status_label == "Đã kết thúc"
    assert PollFactory(upcoming=True).status_label == "Sắp diễn ra"
    assert PollFactory(is_active=False).status_label == "Đang ẩn"


@pytest.mark.parametrize(
    ("visibility", "has_voted", "closed", "visible"),
    [
        ("always", False, False, True),
        ("after_vote", False, False, False),
        ("after_vote", True, False, True),
        ("after_vote", False, True, True),
        ("after_close", True, False, False),
        ("after_close", False, True, True),
    ],
)
def test_results_visibility_rules(visibility, has_voted, closed, visible):
    poll = PollFactory.build(results_visibility=visibility, closed=closed)
    assert poll.results_visible(has_voted) is visible


def test_tally_counts_every_ballot_and_rounds_percentages_to_one_place():
    poll = PollFactory()
    yes, maybe, no = choices_of(poll)
    for choice in (yes, yes, maybe):
        cast_ballot(poll, choice)
    results = tally(poll)
    assert results.voters == 3
    assert [(row.text, row.votes, row.percent) for row in results.choices] == [
        ("Rất hài lòng", 2, Decimal("66.7")),
        ("Tạm hài lòng", 1, Decimal("33.3")),
        ("Chưa hài lòng", 0, Decimal("0.0")),
    ]
    assert results.choices[0].percent_attr == "66.7"


def test_tally_of_a_multiple_choice_poll_counts_shares_of_voters():
    poll = PollFactory(multiple=True)
    a, b, c = choices_of(poll)
    cast_ballot(poll, a, b)
    cast_ballot(poll, a)
    results = tally(poll)
    assert results.voters == 2
    assert [row.percent for row in results.choices] == [
        Decimal("100.0"),
        Decimal("50.0"),
        Decimal("0.0"),
    ]


def test_tally_ignores_other_polls_and_handles_no_votes():
    poll, other = PollFactory(), PollFactory()
    cast_ballot(other, choices_of(other)[0])
    results = tally(poll)
    assert results.voters == 0
    assert all(row.votes == 0 and row.percent == 0 for row in results.choices)


def test_tally_is_one_query(django_assert_num_queries):
    poll = PollFactory()
    for choice in choices_of(poll) * 4:
        cast_ballot(poll, choice)
    with django_assert_num_queries(1):
        tally(poll)


def test_a_choice_with_votes_cannot_be_deleted_on_its_own():
    poll = PollFactory()
    voted = choices_of(poll)[0]
    cast_ballot(poll, voted)
    with pytest.raises(RestrictedError):
        voted.delete()
    assert Choice.objects.filter(pk=voted.pk).exists()


def test_deleting_a_whole_poll_takes_its_ballots_with_it():
    poll = PollFactory()
    cast_ballot(poll, choices_of(poll)[0])
    poll.delete()
    assert not Ballot.objects.exists() and not BallotChoice.objects.exists()
