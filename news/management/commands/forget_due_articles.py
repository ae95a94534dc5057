"""Tell the cache about articles that appeared (scheduled time reached) or left the site
(expiry reached) by themselves, so cached lists and pages drop or show them at once.

Nothing is saved when that happens, so no save signal forgets anything. Run it from cron every
minute; each run looks back --minutes (default 5), so a missed run changes nothing, and
forgetting twice is harmless.
"""

import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone

from news.models import Article
from portal import cache


class Command(BaseCommand):
    help = "Quên các trang đã lưu đệm của bài vừa tới giờ đăng hoặc vừa hết hạn."

    def add_arguments(self, parser):
        parser.add_argument("--minutes", type=int, default=5)

    def handle(self, *args, minutes, **options):
        now = timezone.now()
        since = now - datetime.timedelta(minutes=max(minutes, 1))
        due = list(Article.objects.appearing_or_leaving_between(since, now).only("pk"))
        if due:
            cache.changed(Article, due)
        self.stdout.write(f"{len(due)} bài vừa hiện hoặc vừa hết hạn.")
