"""'Đọc nhiều trong tuần / tháng': the most read articles of a period, from the daily buckets.

news.view_counter adds every counted view to the article's total and to its bucket for the day
(news.ArticleDailyViews) in one transaction, so a period's ranking is a sum over that period's
rows only — as many as articles read in it, never the archive — and is exact.
"""

from __future__ import annotations

import datetime

from django.db.models import Sum
from django.urls import reverse
from django.utils import timezone

from .models import Article, ArticleDailyViews

SIZE = 5
WEEK_DAYS = 7
MONTH_DAYS = 30


def most_read(days: int, size: int = SIZE, today=None) -> list[dict]:
    """Plain entries {title, url, view_count (in the period)} for the last `days` days: one
    query, summing that period's buckets of the articles readers can open now."""
    today = today or timezone.localdate()
    rows = (
        ArticleDailyViews.objects.filter(
            day__gte=today - datetime.timedelta(days=days - 1),
            article__in=Article.objects.public().values("pk"),
        )
        .values("article_id", "article__title", "article__slug")
        .annotate(total=Sum("views"))
        .order_by("-total", "-article_id")[:size]
    )
    return [
        {
            "title": row["article__title"],
            "url": reverse("news:article_detail", kwargs={"slug": row["article__slug"]}),
            "view_count": row["total"],
        }
        for row in rows
    ]
