"""`manage.py import_articles SOURCE… [--format auto|text|html|wxr|csv] [--category SLUG]
[--status draft|review|published] [--redirects MAP.csv] [--dry-run] [--report FILE.json]`

Brings the articles of the portal this one replaces along (see news.importing)."""

from __future__ import annotations

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from news import publishing
from news.importing import cleanup, redirect_map, sources
from news.importing.report import Progress, Report
from news.importing.runner import Importer
from news.models import Article, Category


class Command(BaseCommand):
    help = "Nhập bài viết từ cổng thông tin cũ (bản chụp văn bản, trang HTML, WordPress, CSV)."

    def add_arguments(self, parser):
        parser.add_argument("sources", nargs="*", help="tệp hoặc thư mục nguồn")
        parser.add_argument("--format", choices=sources.FORMATS, default="auto")
        parser.add_argument("--category", help="đường dẫn (slug) chuyên mục cho mọi bài nhập")
        parser.add_argument(
            "--status",
            choices=[Article.Status.DRAFT, Article.Status.REVIEW, Article.Status.PUBLISHED],
            default=Article.Status.REVIEW,
        )
        parser.add_argument("--redirects", help="CSV: địa chỉ cũ, bài đích")
        parser.add_argument("--uploads", help="thư mục wp-content/uploads của bản xuất WordPress")
        parser.add_argument("--user", help="tài khoản biên tập viên đứng tên bài nhập")
        parser.add_argument("--dry-run", action="store_true", help="chỉ báo trước, không ghi gì")
        parser.add_argument("--report", help="ghi báo cáo dạng JSON vào tệp này")
        parser.add_argument("--progress", choices=["auto", "bar", "lines"], default="auto")

    def handle(self, *args, **options):
        if not options["sources"] and not options["redirects"]:
            raise CommandError("Hãy nêu ít nhất một tệp hoặc thư mục nguồn, hoặc --redirects.")
        category = None
        if options["category"]:
            category = Category.objects.filter(slug=options["category"]).first()
            if category is None:
                raise CommandError(f"Không có chuyên mục “{options['category']}”.")
        user = self._user(options["user"], options["status"])
        report = Report(dry_run=options["dry_run"])
        known = frozenset(cleanup.comparable(c.name) for c in Category.objects.all())
        uploads = Path(options["uploads"]) if options["uploads"] else None
        self.stdout.write("Đang đọc nguồn…")
        items = list(
            sources.read(
                options["sources"],
                chosen=options["format"],
                uploads=uploads,
                known_categories=known,
            )
        )
        tty = {"bar": True, "lines": False}.get(options["progress"])
        if tty is None:
            tty = self.stdout.isatty()
        progress = Progress(self.stdout, total=len(items), tty=tty)
        Importer(
            status=options["status"],
            report=report,
            category=category,
            user=user,
            dry_run=options["dry_run"],
            progress=progress,
        ).run(items)
        if options["redirects"]:
            redirect_map.load(options["redirects"], report, dry_run=options["dry_run"])
        for line in report.summary_lines():
            self.stdout.write(line)
        if options["report"]:
            report.write_json(options["report"])
            self.stdout.write(f"Báo cáo JSON: {options['report']}")

    def _user(self, username, status):
        users = get_user_model().objects.filter(is_active=True, is_staff=True)
        if username:
            user = users.filter(username=username).first()
            if user is None:
                raise CommandError(f"Không có tài khoản nhân viên “{username}”.")
        else:
            user = users.filter(is_superuser=True).order_by("pk").first()
        if status == Article.Status.PUBLISHED and not publishing.can_publish(user):
            raise CommandError(
                "Đăng bài ngay (--status published) cần một biên tập viên: hãy nêu --user."
            )
        return user
