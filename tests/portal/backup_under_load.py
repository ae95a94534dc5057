"""A backup taken while readers vote, restored into a new database: the copy is one moment.

Each vote writes a ballot and its pick in one transaction, so a copy that mixed two moments
could hold a ballot without its pick. Real threads vote (tests.polls.concurrency.run_together)
while the main thread runs `manage.py backup`; the archive is then restored into a new
database and read there. Run as `python -m tests.portal.backup_under_load DIR` with SQLITE_PATH
(a SQLite file in WAL mode) or DATABASE_URL set, it does the same there and prints JSON.
"""

import io
import json
import os
import sys
import threading
import time
from pathlib import Path


def _restored_counts(vendor, target):
    """Ballots, picks, ballots without a pick, and picks per choice in the restored copy."""
    queries = {
        "ballots": "SELECT count(*) FROM polls_ballot",
        "picks": "SELECT count(*) FROM polls_ballotchoice",
        "ballots_without_pick": (
            "SELECT count(*) FROM polls_ballot b WHERE NOT EXISTS "
            "(SELECT 1 FROM polls_ballotchoice p WHERE p.ballot_id = b.id)"
        ),
    }
    tally = "SELECT choice_id, count(*) FROM polls_ballotchoice GROUP BY choice_id ORDER BY 1"
    if vendor == "sqlite":
        import sqlite3

        connection = sqlite3.connect(target)
    else:
        from django.db import connections

        from portal.backup.postgresql import _connect

        connection = _connect(connections["default"].settings_dict, target)
    try:
        cursor = connection.cursor()
        counts = {}
        for key, query in queries.items():
            cursor.execute(query)
            counts[key] = cursor.fetchone()[0]
        cursor.execute(tally)
        counts["tally"] = [row[1] for row in cursor.fetchall()]
    finally:
        connection.close()
    return counts


def vote_while_backing_up(backup_dir, restore_into, voters=150, workers=6):
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    from polls.models import Ballot
    from portal.backup import archive
    from tests.polls.concurrency import run_together
    from tests.polls.factories import PollFactory, choices_of
    from tests.polls.votes import vote

    poll = PollFactory()
    choices = choices_of(poll)

    def voter(number):
        address = f"10.20.{number // 250}.{number % 250}"
        return lambda: vote(Client(), poll, choices[number % 3], REMOTE_ADDR=address)

    outcome = {}
    voting = threading.Thread(
        target=lambda: outcome.update(
            results=run_together([voter(n) for n in range(voters)], workers)
        )
    )
    voting.start()
    try:
        deadline = time.monotonic() + 30
        while Ballot.objects.count() < 10 and time.monotonic() < deadline:
            time.sleep(0.02)
        before = Ballot.objects.count()
        call_command("backup", dest=backup_dir, no_media=True, stdout=io.StringIO())
        after = Ballot.objects.count()
    finally:
        voting.join(timeout=120)
        connection.close()
    path = sorted(Path(backup_dir).glob("hdnd-backup-*.tar"))[-1]
    with archive.opened(path) as opened:
        manifest_ballots = opened.snapshot.tables["polls_ballot"]
        manifest_picks = opened.snapshot.tables["polls_ballotchoice"]
        vendor = opened.vendor
    call_command("restore", str(path), into=str(restore_into), stdout=io.StringIO())
    statuses = sorted(
        r.status_code if hasattr(r, "status_code") else repr(r) for r in outcome["results"]
    )
    return {
        "statuses": statuses,
        "ballots_when_backup_started": before,
        "ballots_when_backup_ended": after,
        "ballots_at_the_end": Ballot.objects.count(),
        "manifest_ballots": manifest_ballots,
        "manifest_picks": manifest_picks,
        "restored": _restored_counts(vendor, restore_into),
    }


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    import django

    django.setup()
    from django.core.management import call_command
    from django.test.utils import setup_test_environment

    call_command("migrate", verbosity=0)
    setup_test_environment()
    from django.db import connection

    from portal.backup import postgresql

    work = Path(sys.argv[1])
    if connection.vendor == "postgresql":
        into = f"{connection.settings_dict['NAME']}_restored"
        postgresql.drop_database(connection.settings_dict, into)
    else:
        into = work / "restored.sqlite3"
    outcome = vote_while_backing_up(work / "backups", into)
    sys.stdout.write(json.dumps(outcome) + "\n")


if __name__ == "__main__":
    main()
