"""Tallies of a poll, read from the counters polls.tallies keeps, in one query."""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from .models import Choice

ONE_PLACE = Decimal("0.1")


@dataclass(frozen=True)
class ChoiceResult:
    id: int
    text: str
    votes: int
    percent: Decimal

    @property
    def percent_attr(self):
        """The percentage with a dot, for HTML attributes such as <meter value>."""
        return f"{self.percent:.1f}"


@dataclass(frozen=True)
class Results:
    choices: list
    voters: int

    @property
    def leading_votes(self):
        return max((row.votes for row in self.choices), default=0)


def percent(part, whole):
    if not whole:
        return Decimal("0.0")
    return (Decimal(part) * 100 / Decimal(whole)).quantize(ONE_PLACE, rounding=ROUND_HALF_UP)


def tally(poll):
    """Every choice with its number of votes, and the number of voters, from one query.

    The counts are the counters polls.tallies keeps with the ballots, so the cost does not grow
    with the number of ballots. Percentages are shares of voters: in a multiple-choice poll they
    may add up to more than 100.
    """
    rows = list(
        Choice.objects.filter(poll=poll)
        .order_by("order", "pk")
        .values_list("pk", "text", "vote_count", "poll__voter_count")
    )
    total = rows[0][3] if rows else 0
    return Results(
        choices=[
            ChoiceResult(pk, label, votes, percent(votes, total)) for pk, label, votes, _ in rows
        ],
        voters=total,
    )
