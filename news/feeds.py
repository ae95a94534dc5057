"""RSS feeds: the newest articles of the whole portal and of each category."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404

from . import listings
from .models import Article, Category
from .seo import absolute_url

FEED_SIZE = 30


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
        return get_object_or_404(Category.objects.active(), slug=slug)

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
