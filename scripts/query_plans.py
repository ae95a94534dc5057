"""The queries each reader page runs, with the database's plan for each: which index it uses.

    DJANGO_SETTINGS_MODULE=portal.settings.dev .venv/bin/python scripts/query_plans.py [path …]
    … scripts/query_plans.py --count path …     # only "<queries><TAB><path>" per page
    … scripts/query_plans.py --time path …      # "<queries><TAB><median ms><TAB><path>"

Runs against the database the settings name (point SQLITE_PATH or DATABASE_URL at a benchmark
copy), through Django's test client, so nothing is served on a port. For every SELECT a page
runs it prints the SQL (shortened) and EXPLAIN QUERY PLAN (SQLite) or EXPLAIN (PostgreSQL).
With PORTAL_PAGE_CACHE_SECONDS=0 the pages are drawn by their views (a warm page cache would
answer with no query at all); `--time` then also draws each page DRAWS times and prints the
median.
"""

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

PAGES = [
    "/",
    "/chuyen-muc/ky-hop/",
    "/chuyen-muc/ky-hop/?page=400",
    "/tin-tuc/{slug}/",
    "/luu-tru/",
    "/luu-tru/{year}/{month}/",
    "/rss/",
    "/sitemap.xml",
    "/sitemap-tin-tuc.xml?p=2",
    "/binh-chon/{poll}/ket-qua/",
    "/tim-kiem/?q=hoi+dong",
]
DRAWS = 7


def main(paths, count_only=False, timed=False):
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from news.models import Article
    from polls.models import Poll

    article = Article.objects.published().newest_first().first()
    poll = Poll.objects.public().first()
    fields = {
        "slug": article.slug if article else "",
        "year": article.published_at.year if article else 2026,
        "month": article.published_at.month if article else 1,
        "poll": poll.pk if poll else 0,
    }
    client = Client(HTTP_HOST="127.0.0.1")
    for path in paths or [p.format(**fields) for p in PAGES]:
        client.get(path)  # fill the caches: the plans that matter are a warm page's
        with CaptureQueriesContext(connection) as captured:
            status = client.get(path).status_code
        # Read now: every request starts by emptying the connection's query log.
        queries = len(captured)
        if count_only:
            print(f"{queries}\t{path}")
            continue
        if timed:
            times = []
            for _ in range(DRAWS):
                started = time.perf_counter()
                client.get(path)
                times.append((time.perf_counter() - started) * 1000)
            print(f"{queries}\t{statistics.median(times):.2f}\t{path}")
            continue
        print(f"\n=== {path}  ({status}, {queries} queries)")
        for query in captured:
            sql = query["sql"]
            if not sql.lstrip("( ").upper().startswith("SELECT"):
                continue
            print(f"--- {sql[:300]}{' …' if len(sql) > 300 else ''}")
            prefix = "EXPLAIN QUERY PLAN " if connection.vendor == "sqlite" else "EXPLAIN "
            with connection.cursor() as cursor:
                cursor.execute(prefix + sql)
                for row in cursor.fetchall():
                    print("    " + " ".join(str(part) for part in row))


if __name__ == "__main__":
    arguments = sys.argv[1:]
    flags = {"--count", "--time"}
    main(
        [a for a in arguments if a not in flags],
        count_only="--count" in arguments,
        timed="--time" in arguments,
    )
