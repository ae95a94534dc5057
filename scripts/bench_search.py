"""Site search over a large archive: p50/p95 per query set, on SQLite or PostgreSQL.

    .venv/bin/python scripts/bench_search.py [--count 100000] [--requests 10] [--time-limit 1500]
    BENCH_DATABASE_URL=postgres://…/hdnd_bench_search .venv/bin/python scripts/bench_search.py

Builds a throw-away database (a temporary SQLite file, or the PostgreSQL database named by
BENCH_DATABASE_URL; never the site's own), migrates it, writes --generated articles with
`generate_articles` (which indexes them as it writes), copies them in SQL with their index rows up
to --count, adds a few hand-written ones through save(), then asks the
search page for each query of each set through Django's test client with the page cache off:
the whole request (parse, search, count, page, highlights, the other kinds, suggestions), after
one warm-up request. Prints p50/p95 per set, and on PostgreSQL the plan of the main query, to see
the GIN index used. Exits 1 when a search answers 5xx or --time-limit seconds pass.
"""

import argparse
import importlib
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QUERY_SETS = {
    "common words": ["hoi dong nhan dan", "ngân sách", "giam sat chuyen de", "cử tri"],
    "phrase with marks": ["Hội đồng nhân dân thành phố", "kỳ họp thường lệ", "tiếp xúc cử tri"],
    "abbreviations": ["HĐND xã Yên Bình", "UBND thành phố", "MTTQ"],
    "rare words": ["Cự Khối", "cu khoi", "số 45678"],
    "typo (suggestion)": ["giam xat", "ngan xach", "tiep suc cu tri"],
    "filters": [
        "ngan sach&sap-xep=moi-nhat",
        "giam sat&tu-ngay=01/01/2020&den-ngay=31/12/2021",
        "hoi dong&chuyen-muc=ky-hop",
    ],
}
HAND_WRITTEN = [
    ("Hội đồng nhân dân xã Yên Bình họp phiên chuyên đề", "Cử tri phường Cự Khối kiến nghị."),
    ("HĐND xã Yên Bình giám sát công trình", "Đoàn giám sát làm việc tại xã."),
    ("MTTQ phường Cự Khối lấy ý kiến cử tri", "Ủy ban Mặt trận Tổ quốc phường họp."),
]


def setup_django(workdir):
    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"
    os.environ["PORTAL_PAGE_CACHE_SECONDS"] = "0"
    os.environ.pop("TEST_REDIS_URL", None)
    os.environ["DATABASE_URL"] = os.environ.get("BENCH_DATABASE_URL", "")
    os.environ["SQLITE_PATH"] = str(Path(workdir) / "bench.sqlite3")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    # A throw-away database: start from empty tables, so a second run builds the same data.
    call_command("flush", verbosity=0, interactive=False)


def multiply(count):
    """Copies of the generated articles, with their index rows, until there are `count`:
    generating and folding 100 000 articles in Python takes many minutes, copying them in SQL
    seconds. Copies get new ids above the originals, new slugs and dates moved back a day per
    round, so they are as real to the search as the originals."""
    from django.db import connection, transaction

    from news.models import Article

    fields = [f.column for f in Article._meta.concrete_fields if f.column not in ("id", "slug")]
    extra = ["search_document", "search_marks"] if connection.vendor == "postgresql" else []
    columns = ", ".join(fields + extra)
    base = list(Article.objects.order_by("pk").values_list("pk", flat=True))
    low, high = base[0], base[-1]
    total, round_ = len(base), 0
    while total < count:
        round_ += 1
        offset = (high - low + 1) * round_
        take = min(len(base), count - total)
        last = base[take - 1]
        select = ", ".join(
            f"published_at - INTERVAL '1 day' * {round_}"
            if connection.vendor == "postgresql" and c == "published_at"
            else f"datetime(published_at, '-{round_} day')"
            if c == "published_at"
            else c
            for c in fields + extra
        )
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO news_article (id, slug, {columns}) SELECT id + %s,"
                f" slug || '-c{round_}', {select} FROM news_article WHERE id BETWEEN %s AND %s",
                [offset, low, last],
            )
            if connection.vendor == "sqlite":
                cursor.execute(
                    "INSERT INTO news_article_fts (rowid, title, sapo, body, marks)"
                    " SELECT rowid + %s, title, sapo, body, marks FROM news_article_fts"
                    " WHERE rowid BETWEEN %s AND %s",
                    [offset, low, last],
                )
        total += take
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT setval(pg_get_serial_sequence('news_article', 'id'),"
                " (SELECT max(id) FROM news_article))"
            )
            cursor.execute("VACUUM ANALYZE news_article")
        else:
            cursor.execute("ANALYZE")
    return total


def build(count, generated):
    from django.core.management import call_command

    from news.models import Article, Category, SearchAbbreviation

    migration = importlib.import_module("news.migrations.0009_search_index_abbreviations_words")
    for short, full in migration.ABBREVIATIONS:
        SearchAbbreviation.objects.get_or_create(short_form=short, full_form=full)
    for order, (slug, name) in enumerate(
        [("ky-hop", "Kỳ họp"), ("giam-sat", "Giám sát"), ("tiep-xuc-cu-tri", "Tiếp xúc cử tri")]
    ):
        Category.objects.get_or_create(slug=slug, defaults={"name": name, "order": order})
    started = time.monotonic()
    call_command("generate_articles", min(count, generated), verbosity=0)
    multiply(count)
    built = time.monotonic() - started
    from django.utils import timezone

    for title, sapo in HAND_WRITTEN:
        Article.objects.create(
            title=title,
            sapo=sapo,
            body="<p>Nội dung.</p>",
            category=Category.objects.first(),
            status=Article.Status.PUBLISHED,
            published_at=timezone.now(),
        )
    return built


def _url(query):
    from urllib.parse import quote_plus

    words, _, rest = query.partition("&")
    return f"/tim-kiem/?q={quote_plus(words)}" + (f"&{rest}" if rest else "")


def measure(requests, deadline):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    rows, failed = {}, False
    for name, queries in QUERY_SETS.items():
        times, counts = [], []
        for query in queries:
            url = _url(query)
            client.get(url)
            with CaptureQueriesContext(connection) as captured:
                status = client.get(url).status_code
            counts.append(len(captured))
            failed |= status >= 500
            for _ in range(requests):
                if time.monotonic() > deadline:
                    raise TimeoutError("time limit reached")
                started = time.perf_counter()
                client.get(url)
                times.append((time.perf_counter() - started) * 1000)
        times.sort()
        rows[name] = (max(counts), statistics.median(times), times[int(len(times) * 0.95) - 1])
    return rows, failed


def explain(words):
    """The plan of the candidate query, with EXPLAIN ANALYZE: the database's own time, without
    Python or the busy machine's scheduling."""
    from django.db import connection

    from news import listings, search

    query = search.parse_query(words)
    queryset = search.matching(listings.public_articles(), query).order_by("-id")
    sql, params = queryset.values_list("id", flat=True)[
        : search.MAX_RESULTS
    ].query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN ANALYZE " + sql, params)
        return [row[0] for row in cursor.fetchall()]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=10)
    parser.add_argument(
        "--generated", type=int, default=10_000, help="articles written by generate_articles"
    )
    parser.add_argument("--time-limit", type=int, default=1500, help="seconds for the whole run")
    args = parser.parse_args()
    deadline = time.monotonic() + args.time_limit
    with tempfile.TemporaryDirectory(prefix="hdnd-bench-search-") as workdir:
        setup_django(workdir)
        built = build(args.count, args.generated)
        from django.db import connection

        rows, failed = measure(args.requests, deadline)
        print(f"Load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        print(
            f"Database: {connection.vendor}; {args.count:,} articles".replace(",", ".")
            + f" (generated and indexed in {built:.0f} s); {args.requests} warm requests per query"
        )
        print("| query set | queries | p50 ms | p95 ms |")
        print("| --- | --- | --- | --- |")
        for name, (count, median, p95) in rows.items():
            print(f"| {name} | {count} | {median:.1f} | {p95:.1f} |")
        if connection.vendor == "postgresql":
            for words in ("hội đồng nhân dân", "cự khối"):
                print(f"Plan of the candidate query for «{words}»:")
                for line in explain(words):
                    print("   ", line)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
