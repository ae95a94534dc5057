"""The article lists readers see: home blocks, related lists, the monthly archive."""

from __future__ import annotations

import datetime
from itertools import groupby

from django.db.models import Count, F, Q, Window
from django.db.models.functions import RowNumber, TruncMonth
from django.utils import timezone

from portal import cache

from .models import NEXT_PUBLISH_CACHE, Article

RELATED_SIZE = 5


def public_articles():
    """Articles a reader may open, with their category for headings and links."""
    return Article.objects.public().select_related("category")


def next_scheduled_publish():
    """When the next scheduled article goes up, or None; remembered until an article changes."""
    now = timezone.now()

    def compute():
        scheduled = Article.objects.scheduled(now).order_by("published_at")
        return scheduled.values_list("published_at", flat=True).first()

    when = cache.remember(NEXT_PUBLISH_CACHE, ["articles"], compute)
    if when is not None and when <= now:
        # That article is up now; the one after it is next.
        cache.forget(NEXT_PUBLISH_CACHE)
        when = cache.remember(NEXT_PUBLISH_CACHE, ["articles"], compute)
    return when


def _brief(queryset):
    # List entries need a title, an address and a date; never the body.
    return queryset.only("id", "title", "slug", "published_at")


def latest_per_category(per_category: int = 4, exclude_ids=()):
    """[(category, [articles…]), …] for every active category with articles, in menu order.

    One query whatever the number of categories: each article is ranked within its category by
    a window function, so a category that publishes once a month keeps its block next to one
    that publishes hourly (a "recent articles" lookback would starve the quiet one).
    """
    ranked = (
        public_articles()
        .exclude(pk__in=exclude_ids)
        .for_lists()
        .annotate(
            category_rank=Window(
                RowNumber(),
                partition_by=F("category_id"),
                order_by=(F("published_at").desc(), F("id").desc()),
            )
        )
        .filter(category_rank__lte=per_category)
    )
    articles = sorted(
        ranked,
        key=lambda a: (a.category.order, a.category.name, a.category_id, a.category_rank),
    )
    return [
        (group[0].category, group)
        for group in (list(items) for _, items in groupby(articles, key=lambda a: a.category_id))
    ]


def related_lists(article, size: int = RELATED_SIZE) -> dict:
    """The lists under an article: "Tin khác" (same category), "Các bài mới đăng" (newer) and
    "Các bài đã đăng" (older).

    Three small indexed queries. An article already listed as newer or older is not repeated
    under "Tin khác".
    """
    others = _brief(Article.objects.public().exclude(pk=article.pk))
    newer, older = [], []
    if article.published_at is not None:
        moment = article.published_at
        newer = list(
            others.filter(
                Q(published_at__gt=moment) | Q(published_at=moment, id__gt=article.pk)
            ).order_by("published_at", "id")[:size]
        )
        newer.reverse()
        older = list(
            others.filter(
                Q(published_at__lt=moment) | Q(published_at=moment, id__lt=article.pk)
            ).newest_first()[:size]
        )
    shown = {a.pk for a in newer} | {a.pk for a in older}
    same_category = [
        a
        for a in others.filter(category_id=article.category_id).newest_first()[: size * 3]
        if a.pk not in shown
    ][:size]
    return {"same_category": same_category, "newer": newer, "older": older}


def month_counts():
    """[{"month": aware datetime of the 1st, "total": n}, …], newest month first."""
    return list(
        Article.objects.public()
        .annotate(month=TruncMonth("published_at"))
        .values("month")
        .annotate(total=Count("id"))
        .order_by("-month")
    )


def month_bounds(year: int, month: int):
    """The [start, end) of a calendar month in local time, or None for an impossible month."""
    this_year = timezone.localdate().year
    if not (1 <= month <= 12) or not (1900 <= year <= this_year + 1):
        return None
    start = datetime.datetime(year, month, 1)
    end = datetime.datetime(year + (month == 12), month % 12 + 1, 1)
    return timezone.make_aware(start), timezone.make_aware(end)
