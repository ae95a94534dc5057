"""The council's entries in sitemap.xml: the register, the session list, documents, sessions."""

from django.urls import reverse

from news import sitemaps as news_sitemaps

from .models import Document, Session


class DocumentSitemap(news_sitemaps.PublicSiteSitemap):
    changefreq = "monthly"
    priority = 0.7

    def items(self):
        return Document.objects.public().only("id", "slug", "updated_at").newest_first()

    def lastmod(self, item):
        return item.updated_at


class SessionSitemap(news_sitemaps.PublicSiteSitemap):
    changefreq = "weekly"
    priority = 0.7

    def items(self):
        return Session.objects.only("id", "slug", "updated_at").newest_first()

    def lastmod(self, item):
        return item.updated_at


class CouncilPageSitemap(news_sitemaps.PublicSiteSitemap):
    changefreq = "daily"
    priority = 0.9

    def items(self):
        return ["council:document_list", "council:session_list"]

    def location(self, item):
        return reverse(item)


def register():
    news_sitemaps.register("hdnd", CouncilPageSitemap)
    news_sitemaps.register("van-ban", DocumentSitemap)
    news_sitemaps.register("ky-hop", SessionSitemap)
