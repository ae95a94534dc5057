"""Tallies of a poll, counted from the ballots in one query."""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Count, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce

from .models import Ballot, Choice

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
    """Every choice with its number of votes, and the number of voters, from one snapshot.

    Percentages are shares of voters: in a multiple-choice poll they may add up to more than 100.
    """
    voters = (
        Ballot.objects.filter(poll=OuterRef("poll"))
        .order_by()
        .values("poll")
        .annotate(n=Count("pk"))
        .values("n")
    )
    rows = list(
        Choice.objects.filter(poll=poll)
        .annotate(
            votes=Count("picks"),
            voters=Coalesce(Subquery(voters, output_field=IntegerField()), Value(0)),
        )
        .order_by("order", "pk")
        .values_list("pk", "text", "votes", "voters")
    )
    total = rows[0][3] if rows else 0
    return Results(
        choices=[
            ChoiceResult(pk, label, votes, percent(votes, total)) for pk, label, votes, _ in rows
        ],
        voters=total,
    )
