"""Load benchmark: several gunicorn processes on one database, readers, view beacons and voters.

    .venv/bin/python scripts/bench.py [--workers N] [--threads 8] [--concurrency 16]
                                      [--requests 1500] [--readers 300] [--voters 200]

It builds a throw-away copy of the portal (a temporary SQLite file in WAL mode, or the database
named by BENCH_DATABASE_URL; Redis when BENCH_REDIS_URL is set; never the site's own
DATABASE_URL or REDIS_URL, since it writes demo content, views and ballots), loads the demo
content, starts gunicorn on 127.0.0.1 and
sends a bounded number of requests from threads in this process. It prints throughput and
latency per kind of page, then checks that every view and every vote sent concurrently through
the different worker processes was counted exactly once. Exit status 1 on a 5xx or a lost count.
Only 127.0.0.1 is contacted.
"""

import argparse
import concurrent.futures
import http.cookiejar
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BROWSER_UA = "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 Chrome/124 Mobile"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(env, *args):
    subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True
    )


class Client:
    """A reader: its own cookies, its own user agent."""

    def __init__(self, base, user_agent=BROWSER_UA):
        self.base = base
        self.user_agent = user_agent
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()),
            NoRedirect(),
        )

    def request(self, path, data=None, headers=None):
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        request = urllib.request.Request(self.base + path, data=body)
        request.add_header("User-Agent", self.user_agent)
        request.add_header("Referer", self.base + "/")
        request.add_header("Origin", self.base)
        for name, value in (headers or {}).items():
            request.add_header(name, value)
        try:
            with self.opener.open(request, timeout=15) as response:
                return response.status, response.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8", "replace")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.latencies = defaultdict(list)
        self.statuses = defaultdict(lambda: defaultdict(int))

    def timed(self, kind, call):
        started = time.perf_counter()
        status, body = call()
        elapsed = time.perf_counter() - started
        with self.lock:
            self.latencies[kind].append(elapsed)
            self.statuses[kind][status] += 1
        return status, body

    def report(self, wall):
        print(f"\n{'kind':<12}{'n':>7}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}  statuses")
        for kind, values in self.latencies.items():
            values = sorted(values)
            p95 = values[min(len(values) - 1, int(len(values) * 0.95))]
            statuses = ", ".join(f"{k}×{v}" for k, v in sorted(self.statuses[kind].items()))
            print(
                f"{kind:<12}{len(values):>7}{statistics.median(values) * 1000:>9.1f}"
                f"{p95 * 1000:>9.1f}{values[-1] * 1000:>9.1f}  {statuses}"
            )
        total = sum(len(v) for v in self.latencies.values())
        print(f"{total} requests in {wall:.1f} s: {total / wall:.0f} requests/s")

    def server_errors(self):
        return sum(n for s in self.statuses.values() for code, n in s.items() if code >= 500)


def run(concurrency, jobs):
    with concurrent.futures.ThreadPoolExecutor(concurrency) as pool:
        return list(pool.map(lambda job: job(), jobs))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    # Without a shared cache, several processes would each keep their own de-duplication and
    # rate limits: the supported single-server setup is one process with threads.
    default_workers = 3 if os.environ.get("BENCH_REDIS_URL") else 1
    parser.add_argument("--workers", type=int, default=default_workers)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--requests", type=int, default=1500)
    parser.add_argument("--readers", type=int, default=300)
    parser.add_argument("--voters", type=int, default=200)
    options = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="hdnd-bench-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.prod",
        "DJANGO_SECRET_KEY": "bench-" + os.urandom(16).hex(),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "DJANGO_SECURE_COOKIES": "false",
        "DJANGO_LOG_LEVEL": "WARNING",
        "SQLITE_PATH": str(workdir / "db.sqlite3"),
        "DATABASE_URL": os.environ.get("BENCH_DATABASE_URL", ""),
        "REDIS_URL": os.environ.get("BENCH_REDIS_URL", ""),
        "DJANGO_MEDIA_ROOT": str(workdir / "media"),
        "DJANGO_STATIC_ROOT": str(workdir / "static"),
        # Every simulated voter comes from 127.0.0.1; the per-address throttle is off here.
        "POLLS_MAX_VOTES_PER_ADDRESS": "0",
    }
    database = "PostgreSQL" if env.get("DATABASE_URL") else f"SQLite {env['SQLITE_PATH']}"
    cache = "Redis" if env.get("REDIS_URL") else "local memory (per process)"
    print(
        f"Database: {database}; cache: {cache}; "
        f"{options.workers} gunicorn worker(s) × {options.threads} threads"
    )
    print("Preparing: migrate, collectstatic, demo content …", flush=True)
    manage(env, "migrate", "--noinput")
    manage(env, "collectstatic", "--noinput")
    manage(env, "load_demo", "--no-staff")

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [
            sys.executable, "-m", "gunicorn", "portal.wsgi:application",
            "--workers", str(options.workers), "--threads", str(options.threads),
            "--bind", f"127.0.0.1:{port}",
            "--log-level", "warning",
        ],
        cwd=ROOT,
        env=env,
    )  # fmt: skip
    try:
        for _ in range(100):
            try:
                if Client(base).request("/")[0] == 200:
                    break
            except OSError:
                pass
            time.sleep(0.2)
        else:
            raise SystemExit("gunicorn did not start")
        return benchmark(base, env, options)
    finally:
        server.terminate()
        server.wait(timeout=20)
        shutil.rmtree(workdir, ignore_errors=True)


def benchmark(base, env, options):
    stats = Stats()
    home = Client(base).request("/")[1]
    articles = sorted(set(re.findall(r'href="(/tin-tuc/[a-z0-9-]+/)"', home)))
    categories = sorted(set(re.findall(r'href="(/chuyen-muc/[a-z0-9-]+/)"', home)))
    pages = (
        [("home", "/")]
        + [("article", path) for path in articles]
        + [("category", path) for path in categories]
        + [("search", "/tim-kiem/?q=hoi+dong+nhan+dan"), ("feed", "/rss/")]
    )

    # Reads: a bounded mix of the pages a citizen opens.
    client = Client(base)
    jobs = [
        (lambda kind=kind, path=path: stats.timed(kind, lambda: client.request(path)))
        for kind, path in (pages[i % len(pages)] for i in range(options.requests))
    ]
    started = time.perf_counter()
    run(options.concurrency, jobs)

    # Views: distinct readers (own user agents) report the same article through the beacon.
    article_path = articles[0]
    page = client.request(article_path)[1]
    beacon = re.search(r'data-view-url="([^"]+)"', page).group(1)
    slug = article_path.strip("/").rsplit("/", 1)[-1]
    views = f"from news.models import Article; print(Article.objects.get(slug='{slug}').view_count)"
    views_before = query(env, views)
    readers = [Client(base, f"{BROWSER_UA} Reader/{n}") for n in range(options.readers)]
    run(
        options.concurrency,
        [
            (lambda r=r: stats.timed("view beacon", lambda: r.request(beacon, data={})))
            for r in readers
        ],
    )
    views_after = query(env, views)

    # Votes: distinct voters (own cookies) each vote once, all at the same time.
    poll_form = re.search(r'<form method="post" action="(/binh-chon/[^"]+)"', home)
    votes_ok = True
    if poll_form:

        def vote(n):
            voter = Client(base, f"{BROWSER_UA} Voter/{n}")
            page = voter.request("/")[1]
            token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
            choice = re.search(r'name="choice" value="(\d+)"', page).group(1)
            data = {"csrfmiddlewaretoken": token, "choice": choice}
            return stats.timed("vote", lambda: voter.request(poll_form.group(1), data=data))

        poll_id = int(re.search(r"/binh-chon/(\d+)/", poll_form.group(1)).group(1))
        ballots = (
            f"from polls.models import Ballot; print(Ballot.objects.filter(poll={poll_id}).count())"
        )
        voters_before = query(env, ballots)
        results = run(options.concurrency, [(lambda n=n: vote(n)) for n in range(options.voters)])
        accepted = sum(1 for status, _ in results if status in (200, 303))
        voters_after = query(env, ballots)
    wall = time.perf_counter() - started

    stats.report(wall)
    views_ok = views_after - views_before == options.readers
    print(
        f"Views: {options.readers} readers → +{views_after - views_before} "
        f"({'exact' if views_ok else 'LOST OR DOUBLED'})"
    )
    if poll_form:
        votes_ok = accepted == options.voters and voters_after - voters_before == accepted
        print(
            f"Votes: {options.voters} voters, {accepted} accepted → +{voters_after - voters_before}"
            f" ({'exact' if votes_ok else 'LOST OR DOUBLED'})"
        )
    errors = stats.server_errors()
    print(f"Server errors: {errors}")
    return 0 if views_ok and votes_ok and errors == 0 else 1


def query(env, code):
    """A number read straight from the database, the way staff would count."""
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return int(result.stdout.strip())


if __name__ == "__main__":
    sys.exit(main())
