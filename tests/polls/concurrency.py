"""Parallel voting scenarios shared by the PostgreSQL tests and the SQLite file-database run.

Real threads, each with its own database connection (closed when the thread ends), released
together by a barrier. Run as `python -m tests.polls.concurrency` with SQLITE_PATH set, it
migrates that SQLite file and prints the outcome of both scenarios as JSON.
"""

import json
import os
import sys
import threading


def run_together(jobs, workers):
    """Run the jobs on `workers` threads started by one barrier; returns results or exceptions."""
    from django.db import connection

    barrier = threading.Barrier(workers)
    results, lock = [], threading.Lock()

    def worker(chunk):
        try:
            barrier.wait(timeout=60)
            for job in chunk:
                try:
                    outcome = job()
                except Exception as exc:  # noqa: BLE001 (recorded: the test shows it, not a hang)
                    outcome = exc
                with lock:
                    results.append(outcome)
        finally:
            connection.close()

    threads = [
        threading.Thread(target=worker, args=(jobs[index::workers],)) for index in range(workers)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    if any(thread.is_alive() for thread in threads):
        raise RuntimeError("a voting thread hung")
    return results


def _statuses(results):
    return sorted(
        f"{type(r).__name__}: {r}" if isinstance(r, Exception) else r.status_code for r in results
    )


def many_voters_at_once(voters, workers):
    """`voters` different readers (own cookie, own address) vote in one multi-choice poll."""
    from django.test import Client

    from polls.models import Ballot, BallotChoice
    from polls.results import tally

    from .factories import PollFactory, choices_of
    from .votes import vote

    poll = PollFactory(multiple=True, choices=["Giao thông", "Y tế", "Giáo dục", "Môi trường"])
    choices = choices_of(poll)
    expected = [0] * 4

    def voter(number):
        picks = [number % 4] + ([(number + 1) % 4] if number % 2 else [])
        for index in picks:
            expected[index] += 1
        address = f"10.{number // 250}.{number % 250}.7"
        return lambda: vote(Client(), poll, *[choices[i] for i in picks], REMOTE_ADDR=address)

    jobs = [voter(number) for number in range(voters)]
    statuses = _statuses(run_together(jobs, workers))
    results = tally(poll)
    ballots = Ballot.objects.filter(poll=poll)
    return {
        "statuses": statuses,
        "ballots": ballots.count(),
        "distinct_keys": ballots.values("voter_key").distinct().count(),
        "voters": results.voters,
        "votes": [row.votes for row in results.choices],
        "expected_votes": expected,
        # The maintained counters against the ballots' own rows.
        "picked_rows": [BallotChoice.objects.filter(choice=c).count() for c in choices],
    }


def one_voter_many_requests(requests):
    """The same reader (one signed cookie) sends `requests` votes at the same moment."""
    from django.http import HttpResponse
    from django.test import Client

    from polls import voting
    from polls.models import Ballot, BallotChoice

    from .factories import PollFactory, choices_of
    from .votes import vote

    poll = PollFactory()
    choices = choices_of(poll)
    response = HttpResponse()
    voting.remember_voter(response, voting.Voter(key=voting.new_voter_key()))
    cookie = response.cookies[voting.COOKIE_NAME].value

    def attempt(number):
        def send():
            client = Client()
            client.cookies[voting.COOKIE_NAME] = cookie
            return vote(client, poll, choices[number % len(choices)])

        return send

    statuses = _statuses(run_together([attempt(n) for n in range(requests)], requests))
    return {
        "statuses": statuses,
        "ballots": Ballot.objects.filter(poll=poll).count(),
        "picks": BallotChoice.objects.filter(ballot__poll=poll).count(),
    }


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    import django

    django.setup()
    from django.core.management import call_command
    from django.test.utils import setup_test_environment

    call_command("migrate", verbosity=0)
    setup_test_environment()
    outcome = {
        "many": many_voters_at_once(200, 25),
        "one": one_voter_many_requests(20),
    }
    # The parent test reads the outcome from the last line of this process's output.
    sys.stdout.write(json.dumps(outcome) + "\n")


if __name__ == "__main__":
    main()
