"""The article lists readers see: home blocks, related lists, the monthly archive."""

from __future__ import annotations

import datetime

from django.db.models import Count, Q
from django.db.models.functions import TruncMonth
from django.utils import timezone

from portal import cache

from .models import CATEGORY_COUNT_CACHE, MONTH_COUNTS_CACHE, Article, Category

RELATED_SIZE = 5


def public_articles():
    """Articles a reader may open, with their category for headings and links."""
    return Article.objects.public().select_related("category")


def _brief(queryset):
    # List entries need a title, an address and a date; never the body.
    return queryset.only("id", "title", "slug", "published_at")


def latest_per_category(per_category: int = 4, exclude_ids=()):
    """[(category, [articles…]), …] for every active category with articles, in menu order.

    Two queries whatever the number of categories and articles: the active categories, then one
    UNION ALL of a "newest `per_category` in this category" per category, each branch a short
    walk down the (category, status, published_at) index. A category that publishes once a
    month keeps its block next to one that publishes hourly, and nothing ranks the whole archive.
    """
    categories = list(Category.objects.active().order_by("order", "name", "pk"))
    if not categories:
        return []
    # Each branch is "the ids of the newest few" as a subquery: SQLite refuses LIMIT in the
    # branches of a compound SELECT, not inside IN (...).
    newest = Article.objects.published().exclude(pk__in=exclude_ids).newest_first()
    branches = [
        Article.objects.for_lists()
        .order_by()
        .filter(pk__in=newest.filter(category_id=category.pk).values("pk")[:per_category])
        for category in categories
    ]
    articles = list(branches[0].union(*branches[1:], all=True))
    by_category = {}
    for article in articles:
        by_category.setdefault(article.category_id, []).append(article)
    blocks = []
    for category in categories:
        group = sorted(
            by_category.get(category.pk, ()),
            key=lambda a: (a.published_at, a.pk),
            reverse=True,
        )
        for article in group:
            article.category = category
        if group:
            blocks.append((category, group))
    return blocks


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
    """[{"month": aware datetime of the 1st, "total": n}, …], newest month first (cached)."""

    def count():
        return list(
            Article.objects.public()
            .annotate(month=TruncMonth("published_at"))
            .values("month")
            .annotate(total=Count("id"))
            .order_by("-month")
        )

    return cache.remember(MONTH_COUNTS_CACHE, ["articles"], count)


def category_count(category, articles):
    """len(articles), the category's public articles, from the cache when nothing changed."""
    return cache.remember(
        f"{CATEGORY_COUNT_CACHE}:{category.pk}",
        ["articles"],
        articles.count,
        CATEGORY_COUNT_CACHE.timeout,
    )


def month_bounds(year: int, month: int):
    """The [start, end) of a calendar month in local time, or None for an impossible month."""
    this_year = timezone.localdate().year
    if not (1 <= month <= 12) or not (1900 <= year <= this_year + 1):
        return None
    start = datetime.datetime(year, month, 1)
    end = datetime.datetime(year + (month == 12), month % 12 + 1, 1)
    return timezone.make_aware(start), timezone.make_aware(end)
