"""Fault test of the city recipe: PostgreSQL, Redis and gunicorn with several workers.

    .venv/bin/python scripts/faults.py [--short] [--port P] [--redis-port R] [--workers N]

FAULTS_DATABASE_URL names a PostgreSQL database that does not exist yet (for example
postgres://postgres@127.0.0.1:5432/hdnd_faults); the script creates it, loads the demo content,
starts its own redis-server and gunicorn (production settings, static files from the app folders)
on 127.0.0.1, and drops the database again at the end. While readers, view beacons and voters
keep coming, it breaks one part at a time and checks that the portal keeps answering and never
counts twice:

- Redis stopped in the middle of the load: pages keep answering, views never exceed beacons.
- Redis frozen (SIGSTOP): pages answer within the timeouts of the time they take with Redis
  stopped.
- gunicorn workers killed (SIGKILL) while votes are cast: retried votes never make a second ballot.
- database connections terminated with pg_terminate_backend: the site recovers without a
  restart, and no voter has two ballots.

It prints one line per check with its figures and exits 1 if any check fails. Every loop is
bounded in count and time; only 127.0.0.1 is contacted; it stops what it starts.
"""

import argparse
import concurrent.futures
import http.client
import http.cookiejar
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
BROWSER_UA = "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 Chrome/124 Mobile"
SOCKET_TIMEOUT = 0.5
CONNECT_TIMEOUT = 0.25
FAILURE_SECONDS = 2
# With Redis frozen, a page may wait once on it (connect + read) before its worker's breaker
# opens; then it is drawn from the database. The bound is that wait plus the slowest page of the
# same load with Redis refusing connections (pages drawn without the cache on a busy machine),
# with a second of slack for scheduling noise on a loaded 2-core machine: the failure this guards
# against is every cache call waiting out Redis's 5 s, not a few hundred milliseconds.
FROZEN_WAIT = CONNECT_TIMEOUT + SOCKET_TIMEOUT + 1.0


# Production settings, except that static files come straight from the app folders: collecting
# and compressing them takes minutes on a busy machine, and CI checks collectstatic on its own.
SETTINGS = """
from portal.settings.prod import *  # noqa: F403

STORAGES = {  # noqa: F405
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
"""


def python_path(directory):
    return os.pathsep.join(filter(None, [str(directory), os.environ.get("PYTHONPATH")]))


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Client:
    """One browser: its own cookies and user agent."""

    def __init__(self, base, user_agent=BROWSER_UA, address=None):
        self.base = base
        self.user_agent = user_agent
        self.address = address
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect()
        )

    def request(self, path, data=None, timeout=15):
        """(status, body, seconds); status 0 when the connection failed or was reset."""
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        request = urllib.request.Request(self.base + path, data=body)
        request.add_header("User-Agent", self.user_agent)
        request.add_header("Referer", self.base + "/")
        request.add_header("Origin", self.base)
        if self.address:  # as the proxy in front of gunicorn would pass it on
            request.add_header("X-Forwarded-For", self.address)
        started = time.perf_counter()
        try:
            with self.opener.open(request, timeout=timeout) as response:
                status, text = response.status, response.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as error:
            status, text = error.code, error.read().decode("utf-8", "replace")
        except (OSError, http.client.HTTPException):
            status, text = 0, ""
        return status, text, time.perf_counter() - started


def run_all(concurrency, jobs, faults=(), action=None):
    """Run the jobs; call action() once each fraction in faults of them has finished (so the
    fault lands while the rest are in flight). Results come back in the jobs' order."""
    thresholds = sorted(int(len(jobs) * fraction) for fraction in faults)
    with concurrent.futures.ThreadPoolExecutor(concurrency) as pool:
        futures = [pool.submit(job) for job in jobs]
        for done, _ in enumerate(concurrent.futures.as_completed(futures), start=1):
            while thresholds and done >= thresholds[0]:
                thresholds.pop(0)
                action()
        return [future.result() for future in futures]


class RedisServer:
    def __init__(self, port, directory):
        self.port, self.directory, self.process = port, directory, None

    def start(self):
        self.process = subprocess.Popen(
            [
                "redis-server", "--bind", "127.0.0.1", "--port", str(self.port),
                "--save", "", "--appendonly", "no", "--dir", str(self.directory),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        for _ in range(100):
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2) as conn:
                    conn.sendall(b"PING\r\n")
                    if conn.recv(16).startswith(b"+PONG"):
                        return
            except OSError:
                pass
            time.sleep(0.05)
        raise SystemExit(f"redis-server did not start on port {self.port}")

    def stop(self):
        if self.process is not None:
            self.process.send_signal(signal.SIGCONT)
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None


class Site:
    """The portal under gunicorn, its database and what the checks read from them."""

    def __init__(self, options, workdir):
        self.options = options
        self.workdir = workdir
        self.database_url = os.environ.get("FAULTS_DATABASE_URL", "")
        if not self.database_url.startswith("postgres"):
            raise SystemExit(
                "Set FAULTS_DATABASE_URL=postgres://…/<a database that does not exist>"
            )
        parts = urllib.parse.urlsplit(self.database_url)
        self.database = parts.path.lstrip("/")
        self.admin_url = urllib.parse.urlunsplit(parts._replace(path="/postgres"))
        self.redis = RedisServer(options.redis_port, workdir)
        self.base = f"http://127.0.0.1:{options.port}"
        self.log_path = workdir / "gunicorn.log"
        self.server = None
        self.created = False
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "faults_settings",
            "PYTHONPATH": os.pathsep.join(
                filter(None, [str(workdir), os.environ.get("PYTHONPATH")])
            ),
            "DJANGO_SECRET_KEY": "faults-" + os.urandom(16).hex(),
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
            "DJANGO_SECURE_SSL_REDIRECT": "false",
            "DJANGO_SECURE_COOKIES": "false",
            "DJANGO_LOG_LEVEL": "WARNING",
            "PORTAL_SITE_URL": self.base,
            "DATABASE_URL": self.database_url,
            "REDIS_URL": f"redis://127.0.0.1:{options.redis_port}/0",
            "REDIS_CONNECT_TIMEOUT": str(CONNECT_TIMEOUT),
            "REDIS_SOCKET_TIMEOUT": str(SOCKET_TIMEOUT),
            "CACHE_FAILURE_SECONDS": str(FAILURE_SECONDS),
            "DJANGO_MEDIA_ROOT": str(workdir / "media"),
            "DJANGO_STATIC_ROOT": str(workdir / "static"),
            # Each simulated voter has an address of its own (X-Forwarded-For, as from a proxy on
            # 127.0.0.1), so a ballot's address hash tells whose it is; no throttle.
            "TRUSTED_PROXY_COUNT": "1",
            "POLLS_MAX_VOTES_PER_ADDRESS": "0",
        }

    def admin(self, sql, *params):
        """Run one statement on the server's maintenance database; the rows of a SELECT."""
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            cursor = conn.execute(sql, params)
            return cursor.fetchall() if cursor.description else None

    def scalar(self, sql, *params):
        with psycopg.connect(self.database_url, autocommit=True) as conn:
            return conn.execute(sql, params).fetchone()[0]

    def prepare(self):
        (self.workdir / "faults_settings.py").write_text(SETTINGS)
        exists = self.admin("SELECT 1 FROM pg_database WHERE datname = %s", self.database)
        if exists:
            raise SystemExit(f"Database {self.database} exists; name one that does not.")
        self.admin(f"CREATE DATABASE \"{self.database}\" ENCODING 'UTF8' TEMPLATE template0")
        self.created = True
        self.redis.start()
        for args in (
            ("migrate", "--noinput"),
            ("load_demo", "--no-staff"),
        ):
            result = subprocess.run(
                [sys.executable, "manage.py", *args],
                cwd=ROOT,
                env=self.env,
                capture_output=True,
                text=True,
            )
            if result.returncode != 0:
                raise SystemExit(f"manage.py {args[0]} failed:\n{result.stderr[-2000:]}")

    def start(self):
        self.log = open(self.log_path, "a")  # noqa: SIM115 (closed in stop)
        self.server = subprocess.Popen(
            [
                sys.executable, "-m", "gunicorn", "portal.wsgi:application",
                "--worker-class", "gthread", "--workers", str(self.options.workers),
                "--threads", "4", "--bind", f"127.0.0.1:{self.options.port}",
                "--timeout", "30", "--graceful-timeout", "5", "--log-level", "warning",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=self.log,
            stderr=self.log,
        )  # fmt: skip
        if not self.wait_until_ready():
            raise SystemExit("gunicorn did not start; see " + str(self.log_path))

    def wait_until_ready(self, seconds=30):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if Client(self.base).request("/suc-khoe/", timeout=2)[0] == 200:
                return True
            time.sleep(0.2)
        return False

    def wait_for_cache(self, seconds=20):
        """Ask readiness until every worker that answers has its cache back."""
        deadline = time.monotonic() + seconds
        streak = 0
        while time.monotonic() < deadline and streak < 3 * self.options.workers:
            status, body, _ = Client(self.base).request("/suc-khoe/san-sang/", timeout=5)
            streak = streak + 1 if status == 200 and '"status": "ok"' in body else 0
            time.sleep(FAILURE_SECONDS / 4)
        return streak >= 3 * self.options.workers

    def workers(self):
        result = subprocess.run(
            ["pgrep", "-P", str(self.server.pid)], capture_output=True, text=True, check=False
        )
        return [int(pid) for pid in result.stdout.split()]

    def stop(self):
        if self.server is not None:
            self.server.terminate()
            try:
                self.server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.server.kill()
                self.server.wait(timeout=10)
            self.log.close()
        self.redis.stop()
        if self.created:  # never one this run did not make
            self.admin(f'DROP DATABASE IF EXISTS "{self.database}" WITH (FORCE)')

    def log_lines(self):
        return self.log_path.read_text(errors="replace").splitlines()


class Load:
    """Pages, beacons from distinct readers and votes from distinct voters, bounded."""

    def __init__(self, site):
        self.site = site
        home = Client(site.base).request("/")[1]
        self.articles = sorted(set(re.findall(r'href="(/tin-tuc/[a-z0-9-]+/)"', home)))
        self.pages = ["/", *self.articles[:4], "/rss/", "/tim-kiem/?q=hoi+dong"]
        article = Client(site.base).request(self.articles[0])[1]
        self.beacon = re.search(r'data-view-url="([^"]+)"', article).group(1)
        self.article_id = int(re.search(r"/(\d+)/", self.beacon).group(1))
        # The sidebar poll's form posts the vote, or (on a cached page) opens its ballot page.
        self.poll_id = int(re.search(r'action="/binh-chon/(\d+)/(?:gui-phieu|phieu)/"', home)[1])
        self.voter_serial = 0
        self.lock = threading.Lock()

    def views(self):
        return self.site.scalar(
            "SELECT view_count FROM news_article WHERE id = %s", self.article_id
        )

    def ballots(self):
        return self.site.scalar(
            "SELECT count(*) FROM polls_ballot WHERE poll_id = %s", self.poll_id
        )

    def last_ballot(self):
        return self.site.scalar("SELECT coalesce(max(id), 0) FROM polls_ballot")

    def doubled(self, after_ballot):
        """Voters (one address each) with more than one of the ballots cast after that one."""
        return self.site.scalar(
            "SELECT count(*) FROM (SELECT address_hash FROM polls_ballot "
            "WHERE poll_id = %s AND id > %s GROUP BY address_hash HAVING count(*) > 1) AS doubled",
            self.poll_id,
            after_ballot,
        )

    def page(self, n):
        return Client(self.site.base).request(self.pages[n % len(self.pages)])

    def reader(self, n):
        return Client(self.site.base, f"{BROWSER_UA} Reader/{n}").request(self.beacon, data={})

    def ballot_form(self, voter):
        """(status, CSRF token, a choice) as a reader without JavaScript gets them: from the
        ballot page when the poll page is cached without a token (it also gives the voter key
        before the vote), else from the poll page itself."""
        status, page, _ = voter.request(f"/binh-chon/{self.poll_id}/")
        choice = re.search(r'name="choice" value="(\d+)"', page)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        if status == 200 and choice and not token:
            query = urllib.parse.urlencode({"choice": choice.group(1)})
            status, page, _ = voter.request(f"/binh-chon/{self.poll_id}/phieu/?{query}")
            token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        return status, token and token.group(1), choice and choice.group(1)

    def voter(self):
        """One browser votes once, retrying (same cookies) after a reset or a 5xx, at most 3
        times. Returns (acknowledged, retried)."""
        with self.lock:
            self.voter_serial += 1
            serial = self.voter_serial
        address = f"10.{serial >> 16 & 255}.{serial >> 8 & 255}.{serial & 255}"
        voter = Client(self.site.base, f"{BROWSER_UA} Voter/{serial}", address)
        retried = False
        for attempt in range(3):
            status, token, choice = self.ballot_form(voter)
            if status != 200 or not token or not choice:
                retried = True
                time.sleep(0.2)
                continue
            data = {"csrfmiddlewaretoken": token, "choice": choice}
            status, _, _ = voter.request(f"/binh-chon/{self.poll_id}/gui-phieu/", data=data)
            if status in (200, 303, 409):
                return True, retried or attempt > 0
            retried = True
            time.sleep(0.2)
        return False, True


def check(name, ok, figures):
    print(f"{'PASS' if ok else 'FAIL'}  {name}: {figures}", flush=True)
    return ok


def redis_stopped(site, load, n):
    views_before = load.views()
    lines_before = len(site.log_lines())
    readers = n // 2
    jobs = []
    for i in range(n):
        jobs.append(lambda i=i: load.page(i))
        if i < readers:
            jobs.append(lambda i=i: load.reader(i))
    results = run_all(8, jobs, faults=[0.4], action=site.redis.stop)
    counted = load.views() - views_before
    ok_pages = sum(1 for status, _, _ in results if status in (200, 204))
    new_lines = site.log_lines()[lines_before:]
    outages = sum(1 for line in new_lines if "portal.cache" in line and "unavailable" in line)
    tracebacks = sum(1 for line in new_lines if line.startswith("Traceback"))
    site.redis.start()
    recovered = site.wait_for_cache()
    return check(
        "Redis stopped mid-load",
        ok_pages == len(jobs) and counted <= readers and tracebacks == 0 and recovered,
        f"{ok_pages}/{len(jobs)} pages and beacons answered, views +{counted} for {readers} "
        f"beacons (≤ {readers}), {outages} outage log lines, {tracebacks} tracebacks, "
        f"cache back: {recovered}",
    )


def redis_frozen(site, load, n):
    # The baseline is the same load with Redis stopped (refused at once): every page drawn
    # without the cache. A frozen Redis may add one wait per page, no more.
    site.redis.stop()
    refused = run_all(8, [lambda i=i: load.page(i) for i in range(n)])
    site.redis.start()
    site.wait_for_cache()
    bound = max(seconds for _, _, seconds in refused) + FROZEN_WAIT
    site.redis.process.send_signal(signal.SIGSTOP)
    try:
        results = run_all(8, [lambda i=i: load.page(i) for i in range(n)])
    finally:
        site.redis.process.send_signal(signal.SIGCONT)
    ok_pages = sum(1 for status, _, _ in results if status == 200)
    slowest = max(seconds for _, _, seconds in results)
    recovered = site.wait_for_cache()
    return check(
        "Redis frozen",
        ok_pages == n and slowest <= bound and recovered,
        f"pages {ok_pages}/{n} answered 200, slowest {slowest * 1000:.0f} ms (bound "
        f"{bound * 1000:.0f} ms: slowest with Redis refused + {FROZEN_WAIT * 1000:.0f} ms), "
        f"cache back: {recovered}",
    )


def workers_killed(site, load, voters, kills):
    before, last = load.ballots(), load.last_ballot()
    killed = []

    def kill_one():
        pids = site.workers()
        if pids:
            pid = pids[len(killed) % len(pids)]
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    faults = [(k + 1) / (kills + 1) for k in range(kills)]
    results = run_all(8, [load.voter for _ in range(voters)], faults=faults, action=kill_one)
    site.wait_until_ready()
    acknowledged = sum(1 for ok, _ in results if ok)
    retried = sum(1 for _, again in results if again)
    added = load.ballots() - before
    doubled = load.doubled(last)
    return check(
        "Worker killed mid-vote",
        doubled == 0 and acknowledged <= added <= voters,
        f"{len(killed)} workers killed, {voters} voters, {retried} retried, "
        f"{acknowledged} acknowledged, ballots +{added}, voters with two ballots: {doubled}",
    )


def connections_terminated(site, load, voters, storms):
    before, last = load.ballots(), load.last_ballot()
    terminated = []

    def terminate():
        rows = site.admin(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()",
            site.database,
        )
        terminated.append(len(rows))

    jobs = []
    for i in range(voters):
        jobs += [load.voter, lambda i=i: load.page(i)]
    faults = [(k + 1) / (storms + 1) for k in range(storms)]
    results = run_all(8, jobs, faults=faults, action=terminate)
    votes, pages = results[0::2], results[1::2]
    during = sum(1 for status, _, _ in pages if status >= 500 or status == 0)
    after = run_all(8, [lambda i=i: load.page(i) for i in range(4 * site.options.workers * 4)])
    after_ok = sum(1 for status, _, _ in after if status == 200)
    acknowledged = sum(1 for ok, _ in votes if ok)
    added = load.ballots() - before
    doubled = load.doubled(last)
    return check(
        "Database connections terminated",
        after_ok == len(after) and doubled == 0 and acknowledged <= added <= voters,
        f"{sum(terminated)} connections terminated in {storms} rounds, {during} pages failed "
        f"during, {after_ok}/{len(after)} pages 200 after (no restart), {voters} voters, "
        f"{acknowledged} acknowledged, ballots +{added}, voters with two ballots: {doubled}",
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--short", action="store_true", help="fewer requests, for CI")
    parser.add_argument("--port", type=int, default=0, help="gunicorn port (default: free)")
    parser.add_argument("--redis-port", type=int, default=0, help="redis port (default: free)")
    parser.add_argument("--workers", type=int, default=3)
    options = parser.parse_args()
    options.port = options.port or free_port()
    options.redis_port = options.redis_port or free_port()
    if shutil.which("redis-server") is None:
        raise SystemExit("redis-server is needed (apt-get install redis-server)")
    scale = 1 if options.short else 3

    workdir = Path(tempfile.mkdtemp(prefix="hdnd-faults-"))
    site = Site(options, workdir)
    started = time.monotonic()
    try:
        print(
            f"Preparing: PostgreSQL {site.database}, redis-server :{options.redis_port}, "
            f"gunicorn :{options.port} with {options.workers} gthread workers …",
            flush=True,
        )
        site.prepare()
        site.start()
        load = Load(site)
        print(f"Ready in {time.monotonic() - started:.0f} s", flush=True)
        results = [
            redis_stopped(site, load, 80 * scale),
            redis_frozen(site, load, 40 * scale),
            workers_killed(site, load, 30 * scale, kills=2 * scale),
            connections_terminated(site, load, 30 * scale, storms=2 * scale),
        ]
    finally:
        site.stop()
        shutil.rmtree(workdir, ignore_errors=True)
    print(f"{sum(results)}/{len(results)} checks passed in {time.monotonic() - started:.0f} s")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
