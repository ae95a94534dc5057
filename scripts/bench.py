"""Side-by-side load benchmark: the portal's recipes against a floor and static files, one run.

    .venv/bin/python scripts/bench.py [--articles 1000,100000] [--ballots 100,100000]
                                      [--churn 1000000] [--recipes ward,city] [--duration 10]
                                      [--connections 32] [--quick] [--port 8180]

For each recipe it builds a throw-away database with the demo content and the first of
`--articles` more published articles (bulk, with progress), starts gunicorn on 127.0.0.1 and
loads each page in turn with the same client and concurrency; then it adds articles up to the
next size (and ballots on the sidebar poll up to the next of `--ballots`; `--churn` view-count
updates with the last size) and measures again, so one run compares the sizes side by side:

- ward: SQLite in WAL mode and the shared SQLite cache file, WARD_WORKERS gthread processes;
- city: the PostgreSQL database named by BENCH_DATABASE_URL (dropped and created again: never
  the site's own) and Redis at BENCH_REDIS_URL (keys under a fresh prefix, removed afterwards),
  CITY_WORKERS gthread processes. Skipped when those variables are not set.

Pages are measured as readers get them (from the page cache) and, for the article and the home
page, drawn by Django for a reader with a session cookie ("drawn"). With nginx installed, the
article and home pages also go through the shipped deploy/nginx.conf (its micro-cache). After
each size the floor (scripts/bench_floor.py: a minimal Django app on gunicorn answering with
the article page's bytes) and, with nginx, nginx serving those bytes as a file, so every ratio
compares numbers taken minutes apart. The load comes from wrk when installed
(`scripts/system-deps.sh --bench`), else from a bounded client in this process. Per page it
prints req/s, p50/p99 latency, non-2xx answers, the queries and the median time of one page
drawn without the page cache (scripts/query_plans.py --time, in process), and the ratio to the
floor and to static; then, per page, the largest size against the smallest. Under load it also
sends view beacons from distinct readers and votes from distinct voters and checks that every
one was counted exactly once. Exit status 1 on a lost or doubled count or any 5xx.
"""

import argparse
import concurrent.futures
import contextlib
import http.client
import http.cookiejar
import json
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
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
JSON = {"Accept": "application/json"}
BROWSER_UA = "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 Chrome/124 Mobile"
WARD_WORKERS, WARD_THREADS = 2, 4
CITY_WORKERS, CITY_THREADS = 2, 4


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Ports:
    """Ports from --port on (one per server started), or free ones."""

    def __init__(self, base):
        self.next = base

    def take(self):
        if not self.next:
            return free_port()
        self.next += 1
        return self.next - 1


def manage(env, *args, show=False):
    command = [sys.executable, "manage.py", *args]
    if show:  # long steps print their own progress
        subprocess.run(command, cwd=ROOT, env=env, check=True)
    else:
        subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True)


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
    return int(result.stdout.strip().splitlines()[-1])


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Client:
    """A reader: its own cookies, its own user agent."""

    def __init__(self, base, user_agent=BROWSER_UA):
        self.base = base
        self.user_agent = user_agent
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect()
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
            with self.opener.open(request, timeout=30) as response:
                return response.status, response.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8", "replace")


def run_jobs(concurrency, jobs):
    with concurrent.futures.ThreadPoolExecutor(concurrency) as pool:
        return list(pool.map(lambda job: job(), jobs))


# --- load generators ---------------------------------------------------------------------------


class Result:
    def __init__(self, rps, p50, p99, non_2xx, requests):
        self.rps, self.p50, self.p99, self.non_2xx, self.requests = rps, p50, p99, non_2xx, requests


_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def _ms(text):
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(number) * _UNITS[unit]


def load_with_wrk(url, duration, connections, headers=None):
    threads = min(2, connections)
    extra = [part for name, value in (headers or {}).items() for part in ("-H", f"{name}: {value}")]
    out = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--latency",
         "--timeout", "10s", *extra, url],
        check=True, capture_output=True, text=True, timeout=duration + 60,
    ).stdout  # fmt: skip
    p50 = _ms(re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1))
    p99 = _ms(re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1))
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    requests = int(re.search(r"(\d+) requests in", out).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    failed = int(non_2xx.group(1)) if non_2xx else 0
    if errors:
        failed += sum(int(n) for n in errors.groups())
    return Result(rps, p50, p99, failed, requests)


def load_with_threads(url, duration, connections, headers=None):
    """The fallback client: `connections` keep-alive connections for `duration` seconds."""
    parts = urllib.parse.urlsplit(url)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    deadline = time.monotonic() + duration
    latencies, failures, lock = [], [0], threading.Lock()

    def worker():
        mine, bad = [], 0
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        while time.monotonic() < deadline:
            started = time.perf_counter()
            try:
                connection.request("GET", path, headers={"User-Agent": "bench", **(headers or {})})
                response = connection.getresponse()
                response.read()
                if response.status >= 400:
                    bad += 1
            except (OSError, http.client.HTTPException):
                bad += 1
                connection.close()
                connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
            mine.append(time.perf_counter() - started)
        connection.close()
        with lock:
            latencies.extend(mine)
            failures[0] += bad

    started = time.monotonic()
    threads = [threading.Thread(target=worker) for _ in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=duration + 60)
    wall = time.monotonic() - started
    latencies.sort()
    if not latencies:
        return Result(0.0, 0.0, 0.0, failures[0], 0)
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    return Result(
        len(latencies) / wall, statistics.median(latencies) * 1000, p99 * 1000, failures[0],
        len(latencies),
    )  # fmt: skip


def warm(url, options, headers=None):
    """A short run first, so the measured one finds caches filled and connections open."""
    short = argparse.Namespace(**{**vars(options), "duration": 1})
    return load(url, short, headers)


def load(url, options, headers=None):
    if shutil.which("wrk"):
        return load_with_wrk(url, options.duration, options.connections, headers)
    return load_with_threads(url, options.duration, options.connections, headers)


def measure(url, options, headers=None):
    # One request alone first: a page drawn cold by every connection at once (no request waits
    # for another's draw) measures the stampede, not the page.
    request = urllib.request.Request(url, headers={"User-Agent": "bench", **(headers or {})})
    with contextlib.suppress(urllib.error.HTTPError):
        urllib.request.urlopen(request, timeout=120).read()
    warm(url, options, headers)
    return load(url, options, headers)


# --- servers ----------------------------------------------------------------------------------


def wait_until_up(base, path="/"):
    for _ in range(300):
        try:
            if Client(base).request(path)[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"{base} did not start")


def gunicorn(app, port, env, workers, threads, pythonpath=None):
    command = [
        sys.executable, "-m", "gunicorn", app, "--worker-class", "gthread",
        "--workers", str(workers), "--threads", str(threads),
        "--bind", f"127.0.0.1:{port}", "--log-level", "warning", "--timeout", "60",
    ]  # fmt: skip
    if pythonpath:
        command += ["--pythonpath", str(pythonpath)]
    return subprocess.Popen(command, cwd=ROOT, env=env)


def stop(process):
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


NGINX_CONF = """
worker_processes 2;
daemon off;
pid {dir}/nginx.pid;
error_log {dir}/nginx-error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {dir}/body; proxy_temp_path {dir}/proxy;
    fastcgi_temp_path {dir}/fastcgi; uwsgi_temp_path {dir}/uwsgi; scgi_temp_path {dir}/scgi;
    server {{
        listen 127.0.0.1:{port};
        root {dir};
        location / {{ default_type text/html; try_files /article.html =404; }}
    }}
}}
"""


MICRO_CACHE_WRAPPER = """
worker_processes 2;
daemon off;
pid {dir}/micro-nginx.pid;
error_log {dir}/micro-nginx-error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {dir}/body; proxy_temp_path {dir}/proxy;
    fastcgi_temp_path {dir}/fastcgi; uwsgi_temp_path {dir}/uwsgi; scgi_temp_path {dir}/scgi;
{site}
}}
"""


def nginx_micro_cache(workdir, port, upstream_port):
    """The shipped deploy/nginx.conf in front of the recipe's gunicorn, on 127.0.0.1:port."""
    site = (ROOT / "deploy" / "nginx.conf").read_text()
    site = site.replace("server 127.0.0.1:8000;", f"server 127.0.0.1:{upstream_port};")
    site = re.sub(r"proxy_cache_path \S+", f"proxy_cache_path {workdir}/micro-cache", site)
    site = re.sub(r"listen 80;", f"listen 127.0.0.1:{port};", site)
    site = re.sub(r"^\s*listen \[::\]:80;\s*$", "", site, flags=re.M)
    conf = workdir / "micro-nginx.conf"
    conf.write_text(MICRO_CACHE_WRAPPER.format(dir=workdir, site=site))
    return subprocess.Popen(
        ["nginx", "-c", str(conf), "-p", str(workdir)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip


def nginx_static(workdir, port):
    # Started as root, nginx's workers run as nobody: they must be able to reach the file.
    os.chmod(workdir, 0o711)
    (workdir / "article.html").chmod(0o644)
    conf = workdir / "nginx.conf"
    conf.write_text(NGINX_CONF.format(dir=workdir, port=port))
    return subprocess.Popen(
        ["nginx", "-c", str(conf), "-p", str(workdir)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip


# --- recipes ----------------------------------------------------------------------------------


def base_env(workdir):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.prod",
        "DJANGO_SECRET_KEY": "bench-" + os.urandom(16).hex(),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "DJANGO_SECURE_COOKIES": "false",
        "DJANGO_LOG_LEVEL": "WARNING",
        "SQLITE_PATH": str(workdir / "db.sqlite3"),
        "CACHE_SQLITE_PATH": str(workdir / "cache.sqlite3"),
        "DATABASE_URL": "",
        "REDIS_URL": "",
        "DJANGO_MEDIA_ROOT": str(workdir / "media"),
        "DJANGO_STATIC_ROOT": str(workdir / "static"),
        "COUNCIL_FILES_ROOT": str(workdir / "council-files"),
        # Production refuses to start without the public address; links are not followed here.
        "PORTAL_SITE_URL": "http://127.0.0.1",
        # Every simulated voter comes from 127.0.0.1; the per-address throttle is off here.
        "POLLS_MAX_VOTES_PER_ADDRESS": "0",
    }


def recreate_postgres_database(url):
    import psycopg

    parts = urllib.parse.urlsplit(url)
    name = parts.path.lstrip("/")
    if not re.fullmatch(r"[a-z0-9_]+", name):
        raise SystemExit(f"BENCH_DATABASE_URL must name a plain database, not {name!r}")
    admin = urllib.parse.urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {name}")
        connection.execute(f"CREATE DATABASE {name} ENCODING 'UTF8' TEMPLATE template0")


def forget_redis_prefix(url, prefix):
    import redis

    client = redis.Redis.from_url(url)
    keys = list(client.scan_iter(f"{prefix}:*", count=1000))
    for start in range(0, len(keys), 500):
        client.delete(*keys[start : start + 500])


def recipes(options, workdir):
    chosen = options.recipes.split(",")
    found = []
    if "ward" in chosen:
        found.append(("ward", base_env(workdir / "ward"), WARD_WORKERS, WARD_THREADS))
    if "city" in chosen:
        database, redis_url = (
            os.environ.get("BENCH_DATABASE_URL"),
            os.environ.get("BENCH_REDIS_URL"),
        )
        if database and redis_url:
            env = base_env(workdir / "city")
            env.update(
                DATABASE_URL=database,
                REDIS_URL=redis_url,
                CACHE_KEY_PREFIX=f"hdnd-bench-{os.urandom(4).hex()}",
            )
            found.append(("city", env, CITY_WORKERS, CITY_THREADS))
        else:
            print("city: skipped (set BENCH_DATABASE_URL and BENCH_REDIS_URL)")
    return found


def prepare(name, env):
    print(f"[{name}] migrate, collectstatic, demo content …", flush=True)
    Path(env["SQLITE_PATH"]).parent.mkdir(parents=True, exist_ok=True)
    if env["DATABASE_URL"]:
        recreate_postgres_database(env["DATABASE_URL"])
    manage(env, "migrate", "--noinput")
    manage(env, "collectstatic", "--noinput")
    manage(env, "load_demo", "--no-staff")


def add_articles(name, env, count, churn, seed):
    if not count and not churn:
        return
    print(f"[{name}] {count} more articles, {churn} view-count updates …", flush=True)
    started = time.monotonic()
    args = ["generate_articles", str(count), "--seed", str(seed)]
    if churn:
        args += ["--churn", str(churn)]
    manage(env, *args, show=True)
    print(f"[{name}] generated in {time.monotonic() - started:.0f} s", flush=True)


# Ballots on one poll up to a number, in bulk (unique voter keys, one pick each, choices in
# turn), then the maintained tallies recounted and the poll's cached pages forgotten.
BALLOTS = """
import time
from django.db import transaction
from polls import tallies
from polls.models import Ballot, BallotChoice, Choice, Poll
from portal import cache
poll = Poll.objects.get(pk={poll})
choices = list(Choice.objects.filter(poll=poll).values_list("pk", flat=True))
have = Ballot.objects.filter(poll=poll).count()
started = time.monotonic()
for first in range(have, {target}, 5000):
    last = min({target}, first + 5000)
    with transaction.atomic():
        made = Ballot.objects.bulk_create(
            Ballot(poll=poll, voter_key=f"bench-{{n}}") for n in range(first, last)
        )
        BallotChoice.objects.bulk_create(
            BallotChoice(ballot=b, choice_id=choices[n % len(choices)]) for n, b in enumerate(made)
        )
    elapsed = time.monotonic() - started
    print(f"  {{last}}/{target} phiếu ({{elapsed:.0f}} s)", end="\\r", flush=True)
with transaction.atomic():
    tallies.recount([poll.pk])
cache.changed(Poll, [poll])
print()
"""


def add_ballots(name, env, poll_id, target):
    if not poll_id or not target:
        return 0
    print(f"[{name}] ballots on poll {poll_id} up to {target} …", flush=True)
    manage(
        env, "shell", "--no-imports", "-c", BALLOTS.format(poll=poll_id, target=target), show=True
    )
    return query(
        env,
        f"from polls.models import Ballot; print(Ballot.objects.filter(poll={poll_id}).count())",
    )


def find_pages(base, env, quick):
    home = Client(base).request("/")[1]
    article = re.search(r'href="(/tin-tuc/[a-z0-9-]+/)"', home).group(1)
    category = re.search(r'href="(/chuyen-muc/[a-z0-9-]+/)"', home).group(1)
    poll = re.search(r'href="(/binh-chon/\d+/ket-qua/)"', home)
    month = query(
        env,
        "from news.models import Article; from django.utils import timezone; "
        "a = Article.objects.published().newest_first().first(); "
        "d = timezone.localtime(a.published_at); print(d.year * 100 + d.month)",
    )
    pages = [("article", article), ("home", "/")]
    if poll:
        pages.append(("poll results", poll.group(1)))
    if quick:
        return pages
    return pages + [
        ("category", category),
        ("archive month", f"/luu-tru/{month // 100}/{month % 100}/"),
        ("feed", "/rss/"),
        ("json feed", "/feed.json"),
        ("sitemap", "/sitemap.xml"),
        ("search", "/tim-kiem/?q=hoi+dong"),
    ]


def drawn_costs(env, pages):
    """Queries and median time of each page drawn by Django from scratch, in process: without
    the page cache and without remembered blocks (PORTAL_PAGE_CACHE_SECONDS=0), so what a cold
    draw costs, and how that grows with the archive. A reader with a session gets the page
    drawn from remembered blocks: the "(drawn)" rows under load."""
    out = subprocess.run(
        [sys.executable, "scripts/query_plans.py", "--time", *(path for _, path in pages)],
        cwd=ROOT, env={**env, "PORTAL_PAGE_CACHE_SECONDS": "0"}, check=True,
        capture_output=True, text=True,
    ).stdout  # fmt: skip
    costs = {}
    for line in out.splitlines():
        if line.count("\t") == 2:
            queries, ms, path = line.split("\t")
            costs[path] = (int(queries), float(ms))
    return costs


def check_counts(base, env, pages, options):
    """Distinct readers report views and distinct voters vote while the home page is under load;
    every one must be counted exactly once."""
    article_path = dict(pages)["article"]
    client = Client(base)
    page = client.request(article_path)[1]
    beacon = re.search(r'data-view-url="([^"]+)"', page).group(1)
    slug = article_path.strip("/").rsplit("/", 1)[-1]
    views = f"from news.models import Article; print(Article.objects.get(slug='{slug}').view_count)"
    home = client.request("/")[1]
    # The sidebar's form is the same for every reader: it names the vote address and the start
    # address that hands out a CSRF token and a voter key, as polls.js uses them.
    poll_form = re.search(r'data-poll-vote="(/binh-chon/[^"]+)" data-poll-start="([^"]+)"', home)
    ballots = None
    if poll_form:
        poll_id = int(re.search(r"/binh-chon/(\d+)/", poll_form.group(1)).group(1))
        ballots = (
            "from polls.models import Ballot, Poll; "
            f"print(Ballot.objects.filter(poll={poll_id}).count() * 1_000_000 "
            f"+ Poll.objects.get(pk={poll_id}).voter_count)"
        )
    views_before = query(env, views)
    ballots_before = query(env, ballots) if ballots else 0
    background = threading.Thread(target=load, args=(base + "/", options))
    background.start()
    readers = [Client(base, f"{BROWSER_UA} Reader/{n}") for n in range(options.readers)]
    statuses = run_jobs(8, [lambda r=r: r.request(beacon, data={})[0] for r in readers])

    def vote(n):
        voter = Client(base, f"{BROWSER_UA} Voter/{n}")
        page = voter.request("/")[1]
        started = json.loads(voter.request(poll_form.group(2), headers=JSON)[1])
        choice = re.search(r'name="choice" value="(\d+)"', page).group(1)
        data = {"csrfmiddlewaretoken": started["csrf_token"], "choice": choice}
        return voter.request(poll_form.group(1), data=data, headers=JSON)[0]

    votes = run_jobs(8, [lambda n=n: vote(n) for n in range(options.voters)]) if poll_form else []
    background.join()
    views_added = query(env, views) - views_before
    ok = views_added == options.readers and all(s < 500 for s in statuses + votes)
    line = f"views {options.readers} readers → +{views_added}"
    if ballots:
        after = query(env, ballots)
        added_ballots = after // 1_000_000 - ballots_before // 1_000_000
        added_tally = after % 1_000_000 - ballots_before % 1_000_000
        accepted = sum(1 for s in votes if s in (200, 303))
        ok = ok and accepted == options.voters and added_ballots == added_tally == accepted
        line += f"; votes {options.voters} voters → +{added_ballots} ballots, +{added_tally} tally"
    return ok, line + (" (exact)" if ok else " (LOST OR DOUBLED)")


# A plan line that reads a whole large table (SQLite's EXPLAIN QUERY PLAN, PostgreSQL's EXPLAIN).
FULL_SCAN = re.compile(
    r"\bSCAN (news_article|polls_ballot|polls_ballotchoice)\b(?! USING)"
    r"|Seq Scan on (news_article|polls_ballot|polls_ballotchoice)\b"
)


def plans(name, env):
    """scripts/query_plans.py over its reader pages, drawn without the page cache: the lines
    where a page reads a whole table of articles or ballots instead of walking an index."""
    out = subprocess.run(
        [sys.executable, "scripts/query_plans.py"],
        cwd=ROOT, env={**env, "PORTAL_PAGE_CACHE_SECONDS": "0"}, check=True,
        capture_output=True, text=True,
    ).stdout  # fmt: skip
    page, found, selects = None, [], 0
    for line in out.splitlines():
        if line.startswith("=== "):
            page = line[4:].split("  (")[0]
        elif line.startswith("--- "):
            selects += 1
        elif FULL_SCAN.search(line):
            found.append(f"{page}: {line.strip()}")
    verdict = "no full scan" if not found else f"{len(found)} full scans: " + "; ".join(found)
    return f"plans of {selects} SELECTs on the reader pages: {verdict}"


class Row:
    """One load: `page` is what the table says, `kind` what the sizes are compared by."""

    def __init__(self, recipe, size, page, result, queries=None, drawn_ms=None, kind=None):
        self.recipe, self.size, self.page, self.result = recipe, size, page, result
        self.queries, self.drawn_ms, self.kind = queries, drawn_ms, kind or page
        self.floor = self.static = None


# A reader with a session cookie (no such session: nothing is logged in) gets the page drawn.
DRAWN = {"Cookie": "sessionid=bench-reader-with-a-session"}


def bench_recipe(name, env, workers, threads, options, ports, workdir):
    prepare(name, env)
    rows, exact, have, line = [], True, 0, ""
    port = ports.take()
    base = f"http://127.0.0.1:{port}"
    try:
        for step, size in enumerate(options.sizes):
            last = step == len(options.sizes) - 1
            add_articles(name, env, size - have, options.churn if last else 0, seed=10 + step)
            have = size
            server = gunicorn("portal.wsgi:application", port, env, workers, threads)
            try:
                wait_until_up(base)
                pages = find_pages(base, env, options.quick)
                poll_id = dict(pages).get("poll results")
                poll_id = int(re.search(r"/(\d+)/", poll_id).group(1)) if poll_id else None
                ballots = add_ballots(name, env, poll_id, options.ballot_sizes[step])
                block = bench_size(name, size, ballots, base, env, pages, options, ports, workdir)
                if last:
                    exact, line = check_counts(base, env, pages, options)
                    if not options.quick:
                        line += f"; {plans(name, env)}"
                    print(f"[{name}] {line}", flush=True)
            finally:
                stop(server)
            rows += block
        return rows, exact, line
    finally:
        if env["REDIS_URL"]:
            forget_redis_prefix(env["REDIS_URL"], env["CACHE_KEY_PREFIX"])


def bench_size(name, size, ballots, base, env, pages, options, ports, workdir):
    """Every page at one archive size, then the floor and static on this size's article bytes."""
    (workdir / "article.html").write_bytes(
        urllib.request.urlopen(base + dict(pages)["article"], timeout=30).read()
    )
    costs = drawn_costs(env, pages)
    options.actual_ballots[size] = ballots
    rows = []
    for kind, path in pages:
        label = f"{kind} ({ballots} ballots)" if kind == "poll results" and ballots else kind
        queries, drawn_ms = costs.get(path, (None, None))
        result = measure(base + path, options)
        rows.append(Row(name, size, label, result, queries, drawn_ms, kind))
        print(f"[{name} {size}] {label:<14} {rows[-1].result.rps:>8.0f} req/s", flush=True)
    for kind, path in [] if options.quick else pages[:2]:
        queries, drawn_ms = costs.get(path, (None, None))
        result = measure(base + path, options, DRAWN)
        rows.append(Row(name, size, f"{kind} (drawn)", result, queries, drawn_ms))
        print(f"[{name} {size}] {kind + ' (drawn)':<14} {result.rps:>8.0f} req/s", flush=True)
    if not options.quick and shutil.which("nginx") and (ROOT / "deploy" / "nginx.conf").exists():
        rows += through_micro_cache(name, size, base, pages, options, ports, workdir)
    references = bench_references(size, options, ports, workdir)
    floor = next((r.result.rps for r in references if r.recipe == "floor"), None)
    static = next((r.result.rps for r in references if r.recipe == "static"), None)
    for row in rows + references:
        row.floor, row.static = floor, static
    return rows + references


def through_micro_cache(name, size, base, pages, options, ports, workdir):
    """The article and home pages through the shipped nginx micro-cache."""
    os.chmod(workdir, 0o711)
    port = ports.take()
    upstream_port = int(base.rsplit(":", 1)[1])
    server = nginx_micro_cache(workdir, port, upstream_port)
    rows = []
    try:
        wait_until_up(f"http://127.0.0.1:{port}")
        for kind, path in pages[:2]:
            result = measure(f"http://127.0.0.1:{port}{path}", options)
            rows.append(Row(f"{name} + micro-cache", size, kind, result))
            print(f"[{name} + micro-cache] {kind:<14} {result.rps:>8.0f} req/s", flush=True)
    finally:
        stop(server)
    return rows


def bench_references(size, options, ports, workdir):
    """The floor (minimal Django) and, with nginx, static: both serve the article page's bytes."""
    rows = []
    env = {**os.environ, "BENCH_FLOOR_FILE": str(workdir / "article.html")}
    port = ports.take()
    floor = gunicorn(
        "bench_floor:application", port, env, WARD_WORKERS, WARD_THREADS, ROOT / "scripts"
    )
    try:
        wait_until_up(f"http://127.0.0.1:{port}")
        result = measure(f"http://127.0.0.1:{port}/", options)
        rows.append(Row("floor", size, "article bytes", result, 0))
    finally:
        stop(floor)
    if not options.quick and shutil.which("nginx"):
        port = ports.take()
        server = nginx_static(workdir, port)
        try:
            wait_until_up(f"http://127.0.0.1:{port}")
            result = measure(f"http://127.0.0.1:{port}/", options)
            rows.append(Row("static", size, "article file", result, 0))
        finally:
            stop(server)
    return rows


def _ratio(value, reference):
    return f"{value / reference:.1%}" if value and reference else "–"


def report(rows, options):
    tool = "wrk" if shutil.which("wrk") else "bounded Python client"
    sizes = " and ".join(f"{n:,}".replace(",", " ") for n in options.sizes)
    print(
        f"\n{sizes} extra articles; {tool}, {options.connections} connections, "
        f"{options.duration} s per page; load average "
        f"{' '.join(f'{n:.1f}' for n in os.getloadavg())} on {os.cpu_count()} cores"
    )
    print(
        "| recipe | articles | page | req/s | p50 ms | p99 ms | non-2xx | queries | drawn ms "
        "| × floor | × static |\n"
        "| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    )
    for row in rows:
        r = row.result
        queries = "–" if row.queries is None else row.queries
        drawn = "–" if row.drawn_ms is None else f"{row.drawn_ms:.1f}"
        print(
            f"| {row.recipe} | {row.size} | {row.page} | {r.rps:.0f} | {r.p50:.1f} | {r.p99:.1f} "
            f"| {r.non_2xx} | {queries} | {drawn} | {_ratio(r.rps, row.floor)} "
            f"| {_ratio(r.rps, row.static)} |"
        )
    flatness(rows, options)
    cached = [row for row in rows if row.recipe in ("ward", "city") and "drawn" not in row.page]
    if cached:
        worst = max(cached, key=lambda row: row.result.p99)
        print(
            f"p99 of page-cached pages at {options.connections} connections: at most "
            f"{worst.result.p99:.1f} ms ({worst.recipe}, {worst.size}, {worst.page}); "
            "target ≤ 50 ms"
        )
        for page in ("article", "home"):
            shares = [
                row.result.rps / row.floor for row in cached if row.page == page and row.floor
            ]
            if shares:
                print(
                    f"cached {page} of the floor: {min(shares):.0%} – {max(shares):.0%}; "
                    "target ≥ 70 %"
                )
    _share_line(rows, "article (drawn)", "floor", "drawn article (not from the page cache)", 10)
    _share_line(rows, "article", "static", "article through the nginx micro-cache", 40, "micro")


def _share_line(rows, page, against, label, target, recipe_part=""):
    shares = [
        row.result.rps / getattr(row, against)
        for row in rows
        if row.page == page and getattr(row, against) and recipe_part in row.recipe
        and (recipe_part or "micro" not in row.recipe)
    ]  # fmt: skip
    if shares:
        print(
            f"{label} of the {against}: {min(shares):.0%} – {max(shares):.0%}; target ≥ {target} %"
        )


def flatness(rows, options):
    """Per recipe and page: the largest size against the smallest (cost ratios; ≤ 1.5 wanted)."""
    if len(options.sizes) < 2:
        return
    small, large = options.sizes[0], options.sizes[-1]
    by_key = {(row.recipe, row.size, row.kind): row for row in rows}
    counted = options.actual_ballots
    print(
        f"\n{large} against {small} extra articles (poll: {counted.get(large)} against "
        f"{counted.get(small)} ballots): cost ratios, 1.0 is flat\n"
        "| recipe | page | req/s small | req/s large | time per request × | queries small → large "
        "| drawn ms small | drawn ms large | drawn × |\n"
        "| --- | --- | ---: | ---: | ---: | --- | ---: | ---: | ---: |"
    )
    for (recipe, size, page), row in by_key.items():
        if size != small or recipe in ("floor", "static"):
            continue
        other = by_key.get((recipe, large, page))
        if other is None:
            continue
        slower = row.result.rps / other.result.rps if other.result.rps else float("inf")
        drawn = f"{other.drawn_ms / row.drawn_ms:.2f}" if row.drawn_ms and other.drawn_ms else "–"
        queries = f"{row.queries} → {other.queries}" if row.queries is not None else "–"
        print(
            f"| {recipe} | {page} | {row.result.rps:.0f} | {other.result.rps:.0f} | {slower:.2f} "
            f"| {queries} | {'–' if row.drawn_ms is None else f'{row.drawn_ms:.1f}'} "
            f"| {'–' if other.drawn_ms is None else f'{other.drawn_ms:.1f}'} | {drawn} |"
        )


def _sizes(text):
    sizes = [int(part) for part in text.replace("_", "").split(",") if part.strip()]
    if not sizes or any(n < 0 for n in sizes) or sizes != sorted(sizes):
        raise argparse.ArgumentTypeError("sizes must be growing whole numbers: 1000,100000")
    return sizes


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--articles", type=_sizes, default=[1000, 100_000],
        help="extra published articles, one size or growing sizes measured in turn",
    )  # fmt: skip
    parser.add_argument(
        "--ballots", type=_sizes, default=[100, 100_000],
        help="ballots on the sidebar poll at each size (the last one repeats)",
    )  # fmt: skip
    parser.add_argument("--churn", type=int, default=0, help="view-count updates (last size)")
    parser.add_argument("--recipes", default="ward,city")
    parser.add_argument("--duration", type=int, default=10, help="seconds of load per page")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--readers", type=int, default=200)
    parser.add_argument("--voters", type=int, default=100)
    parser.add_argument("--port", type=int, default=0, help="first port to use (default: free)")
    parser.add_argument(
        "--quick", action="store_true", help="CI: ward only, demo content, three pages, 2 s each"
    )
    options = parser.parse_args()
    if options.quick:
        options.recipes, options.articles, options.ballots, options.churn = "ward", [0], [0], 0
        options.duration, options.connections = 2, 8
        options.readers, options.voters = 40, 20
    options.sizes, options.actual_ballots = options.articles, {}
    ballots = options.ballots[: len(options.sizes)]
    options.ballot_sizes = ballots + ballots[-1:] * (len(options.sizes) - len(ballots))
    workdir = Path(tempfile.mkdtemp(prefix="hdnd-bench-"))
    ports = Ports(options.port)
    rows, exact, lines = [], True, []
    try:
        for name, env, workers, threads in recipes(options, workdir):
            print(f"{name}: {workers} gunicorn gthread workers × {threads} threads", flush=True)
            recipe_rows, recipe_exact, line = bench_recipe(
                name, env, workers, threads, options, ports, workdir
            )
            rows += recipe_rows
            exact = exact and recipe_exact
            lines.append(f"{name}: {line}")
        if not rows:
            raise SystemExit("no recipe to run")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    report(rows, options)
    errors = sum(r.result.non_2xx for r in rows if r.recipe not in ("floor", "static"))
    print("; ".join(lines))
    print(f"Counts: {'exact' if exact else 'LOST OR DOUBLED'}; non-2xx on portal pages: {errors}")
    return 0 if exact and errors == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
