"""Demo polls: one open (several choices allowed) and one closed, both with votes.

Original text about the fictional thành phố Minh Giang, in demo_data/polls.json. Idempotent:
a poll is found by its question and left alone when present.
"""

import datetime
import json
import random
from pathlib import Path

from django.utils import timezone

from . import tallies
from .models import Ballot, BallotChoice, Choice, Poll

DATA_FILE = Path(__file__).resolve().parent / "demo_data" / "polls.json"


def polls():
    """The demo polls; each choice plans the votes it should get."""
    return json.loads(DATA_FILE.read_text(encoding="utf-8"))


def _pick_counts(data, rng):
    """Plausible ballots, drawn with weights that follow the planned per-choice counts."""
    remaining = [choice["votes"] for choice in data["choices"]]
    limit = data["max_choices"] if data["allows_multiple"] else 1
    ballots = []
    for _ in range(data["voters"]):
        weights = [max(count, 0) + 1 for count in remaining]
        wanted = 1 if limit == 1 or rng.random() < 0.45 else limit
        picked = set()
        while len(picked) < wanted:
            picked.add(rng.choices(range(len(remaining)), weights=weights)[0])
        for index in picked:
            remaining[index] -= 1
        ballots.append(sorted(picked))
    return ballots


def _create(data, now):
    starts_at = now - datetime.timedelta(days=data["started_days_ago"])
    poll = Poll.objects.create(
        question=data["question"],
        description=data["description"],
        starts_at=starts_at,
        ends_at=now + datetime.timedelta(days=data["ends_in_days"]),
        allows_multiple=data["allows_multiple"],
        max_choices=data["max_choices"],
        results_visibility=data["results_visibility"],
    )
    choices = [
        Choice.objects.create(poll=poll, text=choice["text"], order=order)
        for order, choice in enumerate(data["choices"], start=1)
    ]
    rng = random.Random(poll.question)
    plans = _pick_counts(data, rng)
    voting_until = min(now, poll.ends_at)
    span = (voting_until - starts_at).total_seconds()
    Ballot.objects.bulk_create(
        [
            Ballot(
                poll=poll,
                voter_key=f"demo-{number:05d}",
                created_at=starts_at + datetime.timedelta(seconds=rng.uniform(0, span)),
            )
            for number in range(len(plans))
        ]
    )
    ballot_ids = dict(Ballot.objects.filter(poll=poll).values_list("voter_key", "pk"))
    BallotChoice.objects.bulk_create(
        [
            BallotChoice(ballot_id=ballot_ids[f"demo-{number:05d}"], choice=choices[index])
            for number, picked in enumerate(plans)
            for index in picked
        ]
    )
    tallies.recount([poll])
    return poll


def load(stdout):
    now = timezone.now()
    created = 0
    for data in polls():
        if Poll.objects.filter(question=data["question"]).exists():
            continue
        _create(data, now)
        created += 1
    stdout.write(f"Bình chọn: {created} cuộc bình chọn mới.")
