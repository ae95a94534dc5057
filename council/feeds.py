"""RSS feeds of newly published documents: all of them, and one per kind.

Served from the page cache (portal.page_cache) under the "documents" tag, which every change to
a document, its files or the lists touches (council.caching).
"""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse

from news.seo import absolute_url
from portal import page_cache

from .models import Document, DocumentKind

FEED_SIZE = 30


@page_cache.cached_page()
class LatestDocumentsFeed(Feed):
    language = "vi"

    def get_object(self, request, *args, **kwargs):
        page_cache.tag(request, "documents")
        return None

    def title(self):
        return f"Văn bản mới – {settings.SITE_NAME}"

    def description(self):
        return f"Nghị quyết, kế hoạch, báo cáo và các văn bản mới của {settings.SITE_NAME}."

    def link(self):
        return absolute_url(reverse("council:document_list"))

    def feed_url(self):
        return absolute_url(reverse("council:document_feed"))

    def documents(self):
        return Document.objects.public().for_lists()

    def items(self):
        # Newest additions first: a resolution entered today but dated last month is news.
        return self.documents().order_by("-created_at", "-id")[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return absolute_url(item.get_absolute_url())

    def item_pubdate(self, item):
        return item.created_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_categories(self, item):
        return [item.kind.name, item.issuing_body.name]


class KindDocumentsFeed(LatestDocumentsFeed):
    def get_object(self, request, slug):
        page_cache.tag(request, "documents")
        return get_object_or_404(DocumentKind, slug=slug)

    def title(self, obj):
        return f"{obj.name} – {settings.SITE_NAME}"

    def description(self, obj):
        return f"{obj.name} mới ban hành của {settings.SITE_NAME}."

    def link(self, obj):
        return absolute_url(obj.get_absolute_url())

    def feed_url(self, obj):
        return absolute_url(reverse("council:kind_feed", kwargs={"slug": obj.slug}))

    def items(self, obj):
        return self.documents().filter(kind=obj).order_by("-created_at", "-id")[:FEED_SIZE]
