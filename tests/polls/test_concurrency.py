"""Votes arriving at the same moment: exact counts, no double votes, no 500s.

On PostgreSQL the scenarios run inside the test database. PostgreSQL's default max_connections
(100) is shared with whatever else runs on the server, so the 200 voters go through WORKERS
threads (each with its own connection) rather than 200 connections.

On SQLite the test database is in memory in shared-cache mode, where concurrent writers get
"database table is locked" at once (the busy timeout does not apply to shared-cache locks), which
says nothing about a real deployment. So the same scenarios run in a child process against a
migrated SQLite file in WAL mode with IMMEDIATE transactions: the configuration `make run` uses.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client, override_settings

from polls.models import Ballot

from .concurrency import _statuses, many_voters_at_once, one_voter_many_requests, run_together
from .factories import PollFactory, choices_of
from .votes import vote

WORKERS = 25
VOTERS = 200
SAME_VOTER_REQUESTS = 20


def _check_many(outcome):
    assert outcome["statuses"] == [303] * VOTERS
    assert outcome["ballots"] == outcome["distinct_keys"] == outcome["voters"] == VOTERS
    assert outcome["votes"] == outcome["expected_votes"] == outcome["picked_rows"]


def _check_one(outcome):
    assert outcome["statuses"] == [303] + [409] * (SAME_VOTER_REQUESTS - 1)
    assert outcome["ballots"] == 1 and outcome["picks"] == 1


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_hundred_voters_at_once_give_exactly_two_hundred_votes(on_postgres):
    _check_many(many_voters_at_once(VOTERS, WORKERS))


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_twenty_parallel_requests_from_one_voter_give_exactly_one_vote(on_postgres):
    _check_one(one_voter_many_requests(SAME_VOTER_REQUESTS))


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@override_settings(POLLS_MAX_VOTES_PER_ADDRESS=10)
def test_parallel_votes_from_one_address_never_pass_the_throttle(on_postgres):
    poll = PollFactory()
    choice = choices_of(poll)[0]
    statuses = _statuses(run_together([lambda: vote(Client(), poll, choice)] * 30, 15))
    assert statuses == [303] * 10 + [429] * 20
    assert Ballot.objects.filter(poll=poll).count() == 10


def test_sqlite_file_database_counts_parallel_votes_exactly(tmp_path):
    if connection.vendor != "sqlite":
        pytest.skip("the PostgreSQL tests above cover this database")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "SQLITE_PATH": str(tmp_path / "votes.sqlite3"),
        "DATABASE_URL": "",
        "REDIS_URL": "",
        "TEST_REDIS_URL": "",
    }
    done = subprocess.run(
        [sys.executable, "-m", "tests.polls.concurrency"],
        cwd=Path(settings.BASE_DIR),
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    outcome = json.loads(done.stdout.strip().splitlines()[-1])
    _check_many(outcome["many"])
    _check_one(outcome["one"])
