"""Importing a legacy archive: `manage.py import_articles` on --articles page-text captures.

    .venv/bin/python scripts/bench_import.py [--articles 5000] [--csv] [--timeout 600]

Writes --articles captures (four shapes, made up from a small vocabulary) into a temporary
folder, builds a throw-away SQLite database (never the site's own), and times three runs:
the first import (every article created), the same import again (every article skipped: the
source keys find them) and a dry run. It prints the time and articles per second of each and
checks the counts; it exits 1 on a wrong count or when a run passes --timeout seconds.
`--csv` times one CSV file of the same articles instead of the captures.
"""

import argparse
import csv
import io
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_VOCABULARY = (
    "hội đồng nhân dân thường trực kỳ họp giám sát tiếp xúc cử tri phường xã ngân sách đầu tư "
    "công giao thông đô thị y tế giáo dục môi trường nghị quyết đại biểu thảo luận chất vấn kiến "
    "nghị ban pháp chế kinh tế văn hóa xã hội quy hoạch đất đai an sinh cải cách hành chính"
)
WORDS = _VOCABULARY.split()
CATEGORIES = ["Tin hoạt động", "Kỳ họp", "Giám sát", "Tiếp xúc cử tri"]


def sentence(rng, length):
    return " ".join(rng.choices(WORDS, k=length)).capitalize()


def capture(rng, n):
    """One capture in one of the four shapes the importer reads."""
    day, month, year = 1 + n % 28, 1 + n % 12, 2012 + n % 12
    title = f"{sentence(rng, 10)} số {n + 1}"
    lead = sentence(rng, 30) + "."
    body = [sentence(rng, 45) + "." for _ in range(4)]
    category = CATEGORIES[n % len(CATEGORIES)]
    shape = n % 4
    if shape == 0:
        head = [
            f"{category} {category}",
            title,
            f"{day:02}/{month:02}/{year} | 08:05 | View Count: {n}",
        ]
        head.append(lead)
    elif shape == 1:
        head = [category, title, f"(15:45:00 {day:02}/{month:02}/{year}) {lead}"]
    elif shape == 2:
        head = [category, f"{title} (08:30 {day:02}/{month:02}/{year})", "HNP - " + lead]
    else:
        head = [category, f"Print Thứ Sáu, {day:02}/{month:02}/{year} 09:20 Gốc", lead]
    tail = ["Quang cảnh hội nghị"]
    furniture = ["Minh Anh – Quốc Huy", "Gửi bình luận", "Họ tên:(*)", "Mã xác nhận:", "Tin khác"]
    furniture += [sentence(rng, 8), "29,5 °C", "Loại Mua Bán"]
    if shape == 3:
        furniture.append(f"QR CODE: {title}")
    return "\n".join(head + body[:2] + tail + body[2:] + furniture) + "\n"


def write_sources(folder, count, as_csv):
    rng = random.Random(17)
    if not as_csv:
        for n in range(count):
            (folder / f"bai-{n:06}.txt").write_text(capture(rng, n), encoding="utf-8")
        return [str(folder)]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["title", "date", "category", "body", "views", "url"])
    for n in range(count):
        body = "".join(f"<p>{sentence(rng, 45)}.</p>" for _ in range(4))
        date = f"{1 + n % 28:02}/{1 + n % 12:02}/{2012 + n % 12} 08:05"
        url = f"http://hdnd-cu.example.vn/index.php?mod=news&id={n}"
        writer.writerow([f"{sentence(rng, 10)} số {n + 1}", date, CATEGORIES[n % 4], body, n, url])
    path = folder / "bai.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    return [str(path)]


def setup_django(workdir):
    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"
    os.environ.pop("TEST_REDIS_URL", None)
    os.environ["DATABASE_URL"] = ""
    os.environ["SQLITE_PATH"] = str(Path(workdir) / "bench.sqlite3")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    settings.MEDIA_ROOT = Path(workdir) / "media"
    call_command("migrate", verbosity=0, interactive=False)


def timed_run(sources, report_path, timeout, **options):
    from django.core.management import call_command

    started = time.monotonic()
    call_command(
        "import_articles",
        *sources,
        report=str(report_path),
        progress="lines",
        stdout=io.StringIO(),
        **options,
    )
    seconds = time.monotonic() - started
    if seconds > timeout:
        raise SystemExit(f"run took {seconds:.0f} s, beyond --timeout {timeout} s")
    return seconds, json.loads(report_path.read_text(encoding="utf-8"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--csv", action="store_true")
    parser.add_argument("--timeout", type=int, default=600)
    args = parser.parse_args()
    if not 1 <= args.articles <= 100_000:
        parser.error("--articles: from 1 to 100000")
    with tempfile.TemporaryDirectory(prefix="hdnd-bench-import-") as workdir:
        folder = Path(workdir) / "nguon"
        folder.mkdir()
        started = time.monotonic()
        sources = write_sources(folder, args.articles, args.csv)
        print(f"{args.articles} articles written as sources in {time.monotonic() - started:.1f} s")
        setup_django(workdir)
        report = Path(workdir) / "report.json"
        kind = "CSV rows" if args.csv else "page-text captures"
        rows = []
        for label, options, expect in (
            ("first import", {}, "created"),
            ("same import again", {}, "skipped"),
            ("dry run", {"dry_run": True}, "skipped"),
        ):
            seconds, counts = timed_run(sources, report, args.timeout, **options)
            rows.append((label, seconds, counts))
            if counts[expect] != args.articles or counts["refused"]:
                print(f"{label}: expected {args.articles} {expect}, got {counts}")
                return 1
        print(
            f"\nImport of {args.articles} {kind} on SQLite (load average "
            f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)"
        )
        print("| run | seconds | articles/s | created | updated | skipped | refused |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
        for label, seconds, c in rows:
            rate = args.articles / seconds if seconds else 0
            print(
                f"| {label} | {seconds:.1f} | {rate:.0f} | {c['created']} | {c['updated']} "
                f"| {c['skipped']} | {c['refused']} |"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
