import io

import pytest

from polls import demo
from polls.models import Ballot, BallotChoice, Poll
from polls.results import tally

pytestmark = pytest.mark.django_db


def test_demo_has_an_open_poll_and_a_closed_one_both_with_votes():
    demo.load(io.StringIO())
    current = Poll.objects.current()
    assert current is not None and current.allows_multiple
    closed = Poll.objects.closed().get()
    for poll in (current, closed):
        results = tally(poll)
        assert results.voters > 100
        assert all(row.votes > 0 for row in results.choices)
    # Multiple-choice ballots respect the poll's maximum.
    for ballot in Ballot.objects.filter(poll=current).prefetch_related("picks"):
        assert 1 <= len(ballot.picks.all()) <= current.max_choices


def test_demo_loads_twice_without_duplicating_anything():
    demo.load(io.StringIO())
    counts = (Poll.objects.count(), Ballot.objects.count(), BallotChoice.objects.count())
    out = io.StringIO()
    demo.load(out)
    assert (Poll.objects.count(), Ballot.objects.count(), BallotChoice.objects.count()) == counts
    assert "0 cuộc bình chọn mới" in out.getvalue()
