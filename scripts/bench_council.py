"""Council pages at 100 and at 50 000 documents: SQL queries and latency per page.

    .venv/bin/python scripts/bench_council.py [--sizes 100 50000] [--requests 30]

Builds a throw-away database (a temporary SQLite file, or the PostgreSQL database named by
BENCH_DATABASE_URL; never the site's own), migrates it, adds one session with its agenda and
documents, then the documents in bulk, and renders each page in this process through Django's
test client (no network): the query count of a warm request, and the median and 95th
percentile time over --requests requests. The counts must not grow with the documents; the
script exits 1 if they do.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def setup_django(workdir):
    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"
    os.environ.pop("TEST_REDIS_URL", None)
    url = os.environ.get("BENCH_DATABASE_URL", "")
    os.environ["DATABASE_URL"] = url
    os.environ["SQLITE_PATH"] = str(Path(workdir) / "bench.sqlite3")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    # A throw-away database: start from empty tables, so a second run builds the same data.
    call_command("flush", verbosity=0, interactive=False)


def add_documents(count, start):
    import datetime

    from council import numbers
    from council.models import Document, DocumentKind, IssuingBody, Sector
    from portal import text

    kinds = list(DocumentKind.objects.all())
    if not kinds:
        kinds = [DocumentKind.objects.create(name="Nghị quyết", slug="nghi-quyet")]
    body, _ = IssuingBody.objects.get_or_create(slug="hdnd-bench", defaults={"name": "HĐND"})
    sectors = [
        Sector.objects.get_or_create(slug=f"linh-vuc-{n}", defaults={"name": f"Lĩnh vực {n}"})[0]
        for n in range(4)
    ]
    rows = []
    for n in range(start, start + count):
        year = 2016 + n % 10
        number = f"{n + 1}/{year}/NQ-HĐND"
        summary = f"Nghị quyết về ngân sách và đầu tư công số {n}"
        rows.append(
            Document(
                kind=kinds[n % len(kinds)],
                number=number,
                number_key=numbers.number_key(number),
                issuing_body=body,
                issued_on=datetime.date(year, 1 + n % 12, 1 + n % 28),
                year=year,
                sector=sectors[n % 4],
                summary=summary,
                slug=f"van-ban-bench-{n}",
                search_folded=text.fold(f"{number} {summary}"),
            )
        )
    Document.objects.bulk_create(rows, batch_size=2000)
    from django.db import connection

    with connection.cursor() as cursor:
        # Fresh planner statistics, as autovacuum (PostgreSQL) or a nightly ANALYZE would give.
        cursor.execute(
            "ANALYZE council_document" if connection.vendor == "postgresql" else "ANALYZE"
        )


def build_session():
    import datetime

    from council.models import AgendaItem, Document, DocumentKind, IssuingBody, Session, Term

    term = Term.objects.create(name="Khóa XI", start_year=2021, end_year=2026)
    session = Session.objects.create(
        term=term,
        number=12,
        kind=Session.Kind.REGULAR,
        starts_on=datetime.date(2025, 12, 1),
        ends_on=datetime.date(2025, 12, 5),
        place="Hội trường",
    )
    body = IssuingBody.objects.create(name="HĐND thành phố", slug="hdnd-thanh-pho")
    kind, _ = DocumentKind.objects.get_or_create(
        slug="nghi-quyet", defaults={"name": "Nghị quyết", "is_legal_act": True}
    )
    documents = [
        Document.objects.create(
            kind=kind,
            number=f"{n}/2025/NQ-HĐND",
            issuing_body=body,
            issued_on=datetime.date(2025, 12, 5),
            summary=f"Nghị quyết của kỳ họp số {n}",
            session=session,
        )
        for n in range(1, 20)
    ]
    for n in range(6):
        item = AgendaItem.objects.create(
            session=session, day=session.starts_on, title=f"Nội dung {n}", order=n
        )
        item.documents.set(documents[n * 3 : n * 3 + 3])
    return session, documents[0]


def measure(urls, requests):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    rows = {}
    for name, url in urls.items():
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            status = client.get(url).status_code
        count = len(queries)  # now: the captured list is a view on a log later requests reset
        times = []
        for _ in range(requests):
            started = time.perf_counter()
            client.get(url)
            times.append((time.perf_counter() - started) * 1000)
        times.sort()
        rows[name] = (
            status,
            count,
            statistics.median(times),
            times[int(len(times) * 0.95) - 1],
        )
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 50_000])
    parser.add_argument("--requests", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="hdnd-bench-council-") as workdir:
        setup_django(workdir)
        session, document = build_session()
        urls = {
            "register": "/van-ban/",
            "register, kind + year": "/van-ban/?loai=nghi-quyet&nam=2020",
            "register, field, page 40": "/van-ban/?linh-vuc=linh-vuc-1&page=40",
            "register, words": "/van-ban/?q=ngan+sach+dau+tu",
            "register, number": "/van-ban/?q=25/2020/NQ-HĐND",
            "document": document.get_absolute_url(),
            "session": session.get_absolute_url(),
        }
        results, added = {}, 19
        for size in sorted(args.sizes):
            add_documents(max(size - added, 0), start=added)
            added = max(size, added)
            results[size] = measure(urls, args.requests)
        from django.db import connection

        print(f"Database: {connection.vendor}; {args.requests} warm requests per page")
        header = "| page | " + " | ".join(
            f"{size:,}".replace(",", ".") + " documents: queries, median ms, p95 ms"
            for size in results
        )
        print(header + " |")
        print("|" + " --- |" * (len(results) + 1))
        grew = False
        first = min(results)
        for name in urls:
            cells = []
            for rows in results.values():
                status, count, median, p95 = rows[name]
                cells.append(
                    f"{count} q, {median:.1f}, {p95:.1f}" + ("" if status < 500 else " 5xx")
                )
                grew |= count != results[first][name][1] or status >= 500
            print(f"| {name} | " + " | ".join(cells) + " |")
    sys.exit(1 if grew else 0)


if __name__ == "__main__":
    main()
