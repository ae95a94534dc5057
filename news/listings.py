"""The article lists readers see: home blocks, related lists, the monthly archive."""

from __future__ import annotations

import datetime
import hashlib

from django.db.models import Count, Min, Q
from django.db.models.functions import TruncMonth
from django.template.defaultfilters import truncatechars
from django.utils import timezone

from portal import cache

from .models import (
    ACTIVE_CATEGORIES_CACHE,
    CATEGORY_COUNT_CACHE,
    MONTH_COUNTS_CACHE,
    NEXT_CHANGE_CACHE,
    Article,
    Category,
)

RELATED_SIZE = 5


def public_articles():
    """Articles a reader may open, with their category for headings and links."""
    return Article.objects.public().select_related("category")


ARTICLE_FRAME_PREFIX = "news:article-frame:v1:"
DESCRIPTION_LENGTH = 200


def article_frame(article) -> dict:
    """What an article's page shows around its remembered blocks: its id (their key and tag),
    its title and description, and its category (the menu marks it)."""
    return {
        "pk": article.pk,
        "title": article.title,
        "description": truncatechars(article.sapo, DESCRIPTION_LENGTH),
        "category_slug": article.category.slug,
    }


def public_article_frame(slug, timeout):
    """(frame, article) of the public article at slug; (None, None) when there is none.

    The frame is remembered until an article changes (a title, a hidden article, a category
    switched off: all touch "articles") or `timeout()` seconds (the page cache's clocks), so a
    page whose blocks are all remembered reads nothing from the database; the article itself
    comes with the answer only when it had to be read.
    """
    read = {}

    def compute():
        # With its "Nghe bài" row (news.audio.ready_audio), if any, in the same query.
        article = public_articles().select_related("audio").filter(slug=slug).first()
        read["article"] = article
        return None if article is None else article_frame(article)

    key = ARTICLE_FRAME_PREFIX + hashlib.sha256(slug.encode()).hexdigest()
    frame = cache.remember(
        key, ["articles"], compute, timeout, keep=lambda frame: frame is not None
    )
    return frame, read.get("article")


def next_visibility_change():
    """When readers' pages next change by themselves (a scheduled article goes up, or a
    published one reaches its expiry time), or None; remembered until an article changes."""
    now = timezone.now()

    def compute():
        # One query: the earliest scheduled publish and the earliest expiry still ahead.
        times = Article.objects.filter(status=Article.Status.PUBLISHED).aggregate(
            publish=Min("published_at", filter=Q(published_at__gt=now)),
            expiry=Min("expires_at", filter=Q(expires_at__gt=now, published_at__lte=now)),
        )
        return min((t for t in times.values() if t is not None), default=None)

    when = cache.remember(NEXT_CHANGE_CACHE, ["articles"], compute)
    if when is not None and when <= now:
        # That change has happened: what the article rules cache (most read, sitemap) and what is
        # remembered under "articles" (the counts of a category or a month) was drawn for the
        # old state; the change after it is next.
        cache.changed(Article)
        cache.touch("articles")
        cache.forget(NEXT_CHANGE_CACHE)
        when = cache.remember(NEXT_CHANGE_CACHE, ["articles"], compute)
    return when


def _brief(queryset):
    # List entries need a title, an address and a date; never the body.
    return queryset.only("id", "title", "slug", "published_at")


def active_categories():
    """The active categories in menu order (cached; a category change forgets them)."""
    categories = ACTIVE_CATEGORIES_CACHE.get()
    if categories is None:
        categories = list(Category.objects.active().order_by("order", "name", "pk"))
        ACTIVE_CATEGORIES_CACHE.set(categories)
    return categories


def _by_category(articles):
    """Give each article its (cached) category, so templates never query for it."""
    categories = {category.pk: category for category in active_categories()}
    for article in articles:
        article.category = categories[article.category_id]
    return articles


def _branches(selection, per_category, order):
    """One queryset per active category: the first `per_category` of selection in it, by order.

    Each branch is "the ids of the first few" as a subquery, a short walk down the (category,
    status, published_at, id) index; SQLite refuses LIMIT in the branches of a compound SELECT,
    not inside IN (...). Spelled this way no database can choose to read a whole category and
    sort it, which SQLite's planner does for a join with the categories once it has statistics.
    """
    return [
        Article.objects.for_lists()
        .order_by()
        .filter(
            pk__in=selection.filter(category_id=c.pk).order_by(*order).values("pk")[:per_category]
        )
        for c in active_categories()
    ]


NEWEST = ("-published_at", "-id")
OLDEST = ("published_at", "id")


def first_public(selection, size, order=NEWEST):
    """The first `size` public articles of selection (a filter of Article.objects.published())
    by order, across the active categories: at most size × categories index entries read."""
    branches = _branches(selection, size, order)
    if not branches:
        return []
    merged = branches[0].union(*branches[1:], all=True).order_by(*order)[:size]
    return _by_category(list(merged))


def newest_featured():
    """The newest public featured article, or None.

    Featured articles are few: the walk goes down their own partial index (newest first) and
    stops at the first one in an active category. Split by category like first_public, a
    category without a featured article would be read to its end.
    """
    found = list(
        Article.objects.published()
        .featured()
        .filter(category_id__in=[c.pk for c in active_categories()])
        .for_lists()
        .order_by(*NEWEST)[:1]
    )
    return _by_category(found)[0] if found else None


def latest_per_category(per_category: int = 4, exclude_ids=()):
    """[(category, [articles…]), …] for every active category with articles, in menu order.

    One query whatever the number of categories and articles: a UNION ALL of "the newest
    `per_category` in this category". A category that publishes once a month keeps its block
    next to one that publishes hourly, and nothing ranks the whole archive.
    """
    selection = Article.objects.published().exclude(pk__in=exclude_ids)
    branches = _branches(selection, per_category, NEWEST)
    if not branches:
        return []
    groups = {}
    for article in _by_category(list(branches[0].union(*branches[1:], all=True))):
        groups.setdefault(article.category_id, []).append(article)
    return [
        (category, sorted(groups[category.pk], key=lambda a: (a.published_at, a.pk), reverse=True))
        for category in active_categories()
        if category.pk in groups
    ]


def related_lists(article, size: int = RELATED_SIZE) -> dict:
    """The lists under an article: "Tin khác" (same category), "Các bài mới đăng" (newer) and
    "Các bài đã đăng" (older).

    Each walks an index from the article's place; an article already listed as newer or older is
    not repeated under "Tin khác".
    """
    others = Article.objects.published().exclude(pk=article.pk)
    newer, older = [], []
    if article.published_at is not None:
        moment = article.published_at
        # published_at ≥/≤ moment bounds the index range; ties are settled by id.
        newer = first_public(
            others.filter(published_at__gte=moment).exclude(published_at=moment, id__lt=article.pk),
            size,
            OLDEST,
        )
        newer.reverse()
        older = first_public(
            others.filter(published_at__lte=moment).exclude(published_at=moment, id__gt=article.pk),
            size,
        )
    shown = {a.pk for a in newer} | {a.pk for a in older}
    same_category = [
        a
        for a in _brief(
            others.filter(category_id=article.category_id).in_active_category().newest_first()
        )[: size * 3]
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


def month_count(bounds, articles):
    """len(articles), a month's public articles, from the cache when nothing changed: counting
    a month walks every entry of it, and a busy month of a large archive holds thousands."""
    return cache.remember(
        f"{CATEGORY_COUNT_CACHE}:month:{bounds[0].isoformat()}",
        ["articles"],
        articles.count,
        CATEGORY_COUNT_CACHE.timeout,
    )


def topic_articles(topic):
    """A topic's public articles for its page, newest first (walks the (tag, article) index)."""
    return public_articles().filter(tagged_items__tag=topic).for_lists().newest_first()


def topic_count(topic, articles):
    """len(articles) for a topic's page, cached until an article or a topic changes."""
    return cache.remember(
        f"{CATEGORY_COUNT_CACHE}:topic:{topic.pk}",
        ["articles", f"topic:{topic.pk}"],
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
