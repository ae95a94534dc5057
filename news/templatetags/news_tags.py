"""Reader-side template tags: the "Tin đọc nhiều" sidebar widget, JSON-LD output and the
``sizes`` of pictures in the article column."""

import datetime

from django import template
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from news import most_read
from news.models import MOST_READ_CACHE, Article
from news.sanitize import BODY_IMAGE_SIZES, render_media
from news.seo import json_for_script
from portal.formats import format_minutes

register = template.Library()

MOST_READ_SIZE = 5
# Recent articles compete with each other, not with everything the council ever published.
MOST_READ_DAYS = 30


def most_read_articles():
    """All-time most read of recent articles (the fallback while no period has views)."""
    public = Article.objects.public().only("id", "title", "slug", "view_count", "published_at")
    since = timezone.now() - datetime.timedelta(days=MOST_READ_DAYS)
    articles = list(public.filter(published_at__gte=since).most_viewed()[:MOST_READ_SIZE])
    if len(articles) < MOST_READ_SIZE:
        # A quiet month: fill up with the all-time most read.
        listed = {a.pk for a in articles}
        more = public.exclude(pk__in=listed).most_viewed()[: MOST_READ_SIZE - len(articles)]
        articles += list(more)
    return [
        {"title": a.title, "url": a.get_absolute_url(), "view_count": a.view_count}
        for a in articles
    ]


def most_read_periods():
    """{"week": [...], "month": [...]}: "Đọc nhiều trong tuần / tháng", cached in the shared cache.

    Counts are the period's views (news.most_read); a period with no counted view yet shows the
    recent all-time most read instead, marked so the widget says "lượt xem" rather than a period.
    """
    entries = MOST_READ_CACHE.get()
    if entries is None:
        month = most_read.most_read(most_read.MONTH_DAYS)
        # No view this month means none this week either: one query saved.
        week = most_read.most_read(most_read.WEEK_DAYS) if month else []
        entries = {"week": week, "month": month}
        if not month:
            entries["fallback"] = most_read_articles()
        MOST_READ_CACHE.set(entries)
    return entries


@register.inclusion_tag("news/_most_read_widget.html")
def most_read_widget():
    return most_read_periods()


@register.filter
def article_body(cleaned_html):
    """The body cleaned on save (news.sanitize.clean_html), with its videos as click-to-load
    boxes: the one |safe of the article page."""
    return mark_safe(render_media(cleaned_html))


@register.filter
def audio_minutes(seconds):
    return format_minutes(seconds)


@register.simple_tag
def json_ld(data):
    """<script type="application/ld+json"> with the data, escaped so it cannot close early."""
    return format_html(
        '<script type="application/ld+json">{}</script>', mark_safe(json_for_script(data))
    )


@register.simple_tag
def article_column_sizes():
    """The sizes of a picture as wide as the article column: the cover, like body pictures."""
    return BODY_IMAGE_SIZES


@register.inclusion_tag("admin/_todo_items.html", takes_context=True)
def newsroom_todo(context):
    """On the admin home: articles waiting for review and scheduled ones (the user's own, for a
    writer), for staff who work on articles."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.has_perm("news.change_article"):
        return {"items": []}
    articles = Article.objects.editable_by(user)
    base = reverse("admin:news_article_changelist")
    return {
        "items": [
            {
                "label": "bài chờ duyệt",
                "count": articles.waiting_for_review().count(),
                "url": f"{base}?trang_thai=review",
            },
            {
                "label": "bài hẹn giờ đăng",
                "count": articles.scheduled().count(),
                "url": f"{base}?trang_thai=scheduled",
            },
        ]
    }
