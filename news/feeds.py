"""Feeds of the newest articles of the whole portal and of each category: RSS, and JSON Feed
1.1 for partners' newsrooms.

All are served from the page cache (portal.page_cache) like the reader pages: an article edit
touches "articles", which every cached page and feed is drawn under, and a category's feeds are
also tagged with their category.
"""

import json

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.http import require_safe

from portal import page_cache
from portal.formats import format_machine_datetime

from . import listings
from .models import Article, Category
from .seo import absolute_url

FEED_SIZE = 30


@page_cache.cached_page()
class LatestArticlesFeed(Feed):
    language = "vi"

    def title(self):
        return f"Tin mới – {settings.SITE_NAME}"

    def description(self):
        return f"Các bài viết mới nhất trên Cổng thông tin điện tử {settings.SITE_NAME}."

    def link(self):
        return absolute_url("/")

    def feed_url(self):
        return absolute_url("/rss/")

    def articles(self):
        # Feeds carry the sapo, never the body.
        return listings.public_articles().for_lists()

    def items(self):
        return listings.first_public(Article.objects.published(), FEED_SIZE)

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.sapo

    def item_link(self, item):
        # Absolute on the public address: feed readers must not learn an internal Host name.
        return absolute_url(item.get_absolute_url())

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_categories(self, item):
        return [item.category.name]

    def item_author_name(self, item):
        return item.byline or None


class CategoryArticlesFeed(LatestArticlesFeed):
    def get_object(self, request, slug):
        category = get_object_or_404(Category.objects.active(), slug=slug)
        page_cache.tag(request, f"category:{category.pk}")
        return category

    def title(self, obj):
        return f"{obj.name} – {settings.SITE_NAME}"

    def description(self, obj):
        return obj.description or f"Các bài viết mới nhất của chuyên mục {obj.name}."

    def link(self, obj):
        return absolute_url(obj.get_absolute_url())

    def feed_url(self, obj):
        return absolute_url(f"{obj.get_absolute_url()}rss/")

    def items(self, obj):
        return self.articles().filter(category=obj).newest_first()[:FEED_SIZE]


# --- JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) beside the RSS feeds ---------------

JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"
JSON_FEED_TYPE = "application/feed+json; charset=utf-8"


def _json_item(article) -> dict:
    url = absolute_url(article.get_absolute_url())
    item = {
        "id": url,
        "url": url,
        "title": article.title,
        # Like the RSS feeds: the sapo, never the body.
        "content_text": article.sapo or article.title,
        "summary": article.sapo or "",
        "date_published": format_machine_datetime(article.published_at),
        "date_modified": format_machine_datetime(article.updated_at or article.published_at),
        "tags": [article.category.name],
        "language": "vi",
    }
    if article.cover_image:
        # The stored original (JPEG or PNG): some partners' readers refuse WebP.
        item["image"] = absolute_url(article.cover_share_url)
    if article.byline:
        item["authors"] = [{"name": article.byline}]
    return {key: value for key, value in item.items() if value not in ("", None)}


def json_feed_document(*, title, description, home_page_url, feed_url, articles) -> dict:
    return {
        "version": JSON_FEED_VERSION,
        "title": title,
        "description": description,
        "home_page_url": home_page_url,
        "feed_url": feed_url,
        "language": "vi",
        "favicon": absolute_url(static("img/emblem.svg")),
        "authors": [{"name": settings.SITE_NAME, "url": absolute_url("/")}],
        "items": [_json_item(article) for article in articles],
    }


def _json_response(document) -> HttpResponse:
    body = json.dumps(document, ensure_ascii=False, indent=1)
    return HttpResponse(body, content_type=JSON_FEED_TYPE)


@require_safe
@page_cache.cached_page()
def latest_json_feed(request):
    """The newest articles of the whole portal, like /rss/."""
    articles = listings.first_public(Article.objects.published(), FEED_SIZE)
    return _json_response(
        json_feed_document(
            title=f"Tin mới – {settings.SITE_NAME}",
            description=f"Các bài viết mới nhất trên Cổng thông tin điện tử {settings.SITE_NAME}.",
            home_page_url=absolute_url("/"),
            feed_url=absolute_url(reverse("news:json_feed")),
            articles=articles,
        )
    )


@require_safe
@page_cache.cached_page()
def category_json_feed(request, slug):
    """The newest articles of one category, like /chuyen-muc/<slug>/rss/."""
    category = get_object_or_404(Category.objects.active(), slug=slug)
    page_cache.tag(request, f"category:{category.pk}")
    articles = (listings.public_articles().for_lists().filter(category=category).newest_first())[
        :FEED_SIZE
    ]
    return _json_response(
        json_feed_document(
            title=f"{category.name} – {settings.SITE_NAME}",
            description=category.description
            or f"Các bài viết mới nhất của chuyên mục {category.name}.",
            home_page_url=absolute_url(category.get_absolute_url()),
            feed_url=absolute_url(reverse("news:category_json_feed", args=[category.slug])),
            articles=articles,
        )
    )
