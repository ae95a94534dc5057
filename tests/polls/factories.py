"""Factories for poll tests."""

import datetime
import secrets

import factory
from django.db import transaction
from django.utils import timezone

from polls import tallies
from polls.models import Ballot, BallotChoice, Choice, Poll

DEFAULT_CHOICES = ["Rất hài lòng", "Tạm hài lòng", "Chưa hài lòng"]


def _days(days):
    return timezone.now() + datetime.timedelta(days=days)


class PollFactory(factory.django.DjangoModelFactory):
    """An open single-choice poll with three choices (pass choices=[...] for others)."""

    class Meta:
        model = Poll
        skip_postgeneration_save = True

    question = factory.Sequence(
        lambda n: f"Câu hỏi số {n}: bạn đánh giá thế nào về kỳ họp vừa qua của HĐND thành phố?"
    )
    description = "Ý kiến của bạn giúp Thường trực HĐND chuẩn bị kỳ họp tới."
    starts_at = factory.LazyFunction(lambda: _days(-1))
    ends_at = factory.LazyFunction(lambda: _days(7))
    is_active = True
    allows_multiple = False
    max_choices = None
    results_visibility = Poll.ResultsVisibility.ALWAYS

    class Params:
        closed = factory.Trait(
            starts_at=factory.LazyFunction(lambda: _days(-10)),
            ends_at=factory.LazyFunction(lambda: _days(-1)),
        )
        upcoming = factory.Trait(
            starts_at=factory.LazyFunction(lambda: _days(1)),
            ends_at=factory.LazyFunction(lambda: _days(10)),
        )
        multiple = factory.Trait(allows_multiple=True, max_choices=2)

    @factory.post_generation
    def choices(self, create, extracted, **kwargs):
        if not create:
            return
        labels = DEFAULT_CHOICES if extracted is None else extracted
        for order, label in enumerate(labels, start=1):
            Choice.objects.create(poll=self, text=label, order=order)


def cast_ballot(poll, *choices, voter_key=None, address_hash="", created_at=None):
    """A ballot saved directly (no request) and counted, for setting up tallies."""
    with transaction.atomic():
        ballot = Ballot.objects.create(
            poll=poll,
            voter_key=voter_key or secrets.token_urlsafe(24),
            address_hash=address_hash,
            created_at=created_at or timezone.now(),
        )
        BallotChoice.objects.bulk_create([BallotChoice(ballot=ballot, choice=c) for c in choices])
        tallies.count_ballot(poll.pk, [c.pk for c in choices])
    return ballot


def choices_of(poll):
    return list(poll.choices.order_by("order", "pk"))
