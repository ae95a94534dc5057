"""Bulk published articles for load tests and query plans: `generate_articles 100000`.

Meant for throw-away databases (the benchmark's); the site's own database should not get them.
Articles are written with bulk_create in batches, with their folded search columns filled the way
Article.save() fills them and their site-search index written with them, spread over the past
years in the existing active categories.
`--churn N` then adds N view-count updates spread over the articles (in slices of consecutive
ids), the dead rows a busy archive carries. Progress is printed as it goes. bulk_create sends no
signals, so at the end the cache forgets what an article and a category change forget (a server
already running then draws its pages with the new articles).
"""

import datetime
import random
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.db.models import F, Max, Min
from django.utils import timezone

from news import search_index
from news.models import SITEMAP_TAG, Article, Category
from portal import cache, text

BATCH = 2000
_VOCABULARY = (
    "Hội đồng nhân dân thành phố kỳ họp thường lệ giám sát chuyên đề tiếp xúc cử tri phường xã "
    "ngân sách đầu tư công giao thông đô thị y tế giáo dục môi trường nghị quyết đại biểu "
    "thảo luận chất vấn trả lời kiến nghị thường trực ban pháp chế kinh tế văn hóa xã hội "
    "quy hoạch đất đai nông thôn mới an sinh chuyển đổi số cải cách hành chính"
)
WORDS = _VOCABULARY.split()


def _sentence(rng, length):
    words = rng.choices(WORDS, k=length)
    return " ".join(words).capitalize()


class Command(BaseCommand):
    help = "Tạo nhanh nhiều bài viết đã đăng cho cơ sở dữ liệu dùng để đo tải."

    def add_arguments(self, parser):
        parser.add_argument("count", type=int)
        parser.add_argument("--years", type=int, default=10)
        parser.add_argument("--churn", type=int, default=0, help="view-count updates to apply")
        parser.add_argument("--seed", type=int, default=10)

    def handle(self, count, years, churn, seed, **options):
        categories = list(Category.objects.active().values_list("pk", flat=True))
        if not categories:
            raise CommandError("Chưa có chuyên mục nào: hãy chạy load_demo trước.")
        if count < 0 or churn < 0:
            raise CommandError("Số bài viết và số lượt cập nhật phải không âm.")
        rng = random.Random(seed)
        now = timezone.now()
        span = years * 365 * 24 * 3600
        start = time.monotonic()
        prefix = f"bai-do-tai-{seed}-{int(now.timestamp())}"
        made = 0
        while made < count:
            batch = []
            for n in range(made, min(count, made + BATCH)):
                title = f"{_sentence(rng, 9)} số {n + 1}"
                sapo = _sentence(rng, 25) + "."
                body = "".join(f"<p>{_sentence(rng, 40)}.</p>" for _ in range(4))
                batch.append(
                    Article(
                        title=title,
                        slug=f"{prefix}-{n + 1}",
                        category_id=categories[n % len(categories)],
                        sapo=sapo,
                        body=body,
                        status=Article.Status.PUBLISHED,
                        published_at=now - datetime.timedelta(seconds=rng.uniform(60, span)),
                        view_count=rng.randrange(0, 5000),
                        title_folded=text.fold(title),
                        search_folded=text.fold(f"{title} {sapo} {body}"),
                    )
                )
            with transaction.atomic():
                created = Article.objects.bulk_create(batch)
                # bulk_create skips save(), which keeps the search index; index them here.
                search_index.index_rows([(a.pk, a.title, a.sapo, a.body) for a in created])
            made += len(batch)
            self.stdout.write(
                f"  {made}/{count} bài viết ({time.monotonic() - start:.0f} s)", ending="\r"
            )
            self.stdout.flush()
        self.stdout.write("")
        if churn:
            self._churn(churn, rng, start)
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE news_article")
        else:
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        cache.changed(Article, [])
        cache.changed(Category, Category.objects.all())
        cache.touch(SITEMAP_TAG)
        self.stdout.write(f"Đã tạo {made} bài viết trong {time.monotonic() - start:.0f} s.")

    def _churn(self, churn, rng, start):
        """churn view-count increments spread over the articles, in slices of consecutive ids
        (one statement and one transaction each): the dead rows a million counted views leave
        behind, written in seconds rather than a million round trips."""
        low, high = Article.objects.aggregate(low=Min("pk"), high=Max("pk")).values()
        if low is None:
            return
        done = 0
        while done < churn:
            first = rng.randint(low, high)
            last = min(high, first + min(BATCH * 5, churn - done) - 1)
            with transaction.atomic():
                done += (
                    Article.objects.filter(pk__range=(first, last)).update(
                        view_count=F("view_count") + 1
                    )
                    or 1
                )
            self.stdout.write(
                f"  {min(done, churn)}/{churn} lượt xem ({time.monotonic() - start:.0f} s)",
                ending="\r",
            )
            self.stdout.flush()
        self.stdout.write("")
