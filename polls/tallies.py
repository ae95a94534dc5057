"""The counters behind a poll's results: who voted and how often each choice was picked.

`count_ballot` moves them in the transaction that saves the ballot, with `F()` updates, so a
tally is as exact as the ballots themselves and reading it costs one small query whatever their
number. The poll's row is updated first: concurrent ballots in one poll queue on it, and the
choices are then always locked in the same order. `recount` rebuilds the counters from the
ballots (after a bulk load, or by `manage.py recount_polls`), one linear query per poll.
"""

from django.db import transaction
from django.db.models import Count, F

from .models import BallotChoice, Choice, Poll


def count_ballot(poll_id, choice_ids):
    """Count one new ballot; call it inside the transaction that saved it."""
    Poll.objects.filter(pk=poll_id).update(voter_count=F("voter_count") + 1)
    Choice.objects.filter(pk__in=sorted(choice_ids)).update(vote_count=F("vote_count") + 1)


@transaction.atomic
def recount(polls):
    """Set each poll's counters to what its ballots say."""
    for poll in Poll.objects.filter(
        pk__in=[getattr(p, "pk", p) for p in polls]
    ).select_for_update():
        picks = dict(
            BallotChoice.objects.filter(choice__poll=poll)
            .values("choice")
            .annotate(n=Count("pk"))
            .values_list("choice", "n")
        )
        for choice in Choice.objects.filter(poll=poll):
            Choice.objects.filter(pk=choice.pk).update(vote_count=picks.get(choice.pk, 0))
        Poll.objects.filter(pk=poll.pk).update(voter_count=poll.ballots.count())
