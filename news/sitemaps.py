"""sitemap.xml: published articles (with their last change), categories and the fixed pages."""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.http import HttpResponse
from django.urls import reverse

from .models import SITEMAP_CACHE, Article, Category


class PublicSiteSitemap(Sitemap):
    """Addresses on settings.SITE_URL, whatever Host the request came with."""

    def get_protocol(self, protocol=None):
        return urlsplit(settings.SITE_URL).scheme or "https"

    def get_domain(self, site=None):
        parts = urlsplit(settings.SITE_URL)
        return parts.netloc + parts.path.rstrip("/")


class ArticleSitemap(PublicSiteSitemap):
    changefreq = "weekly"
    priority = 0.8

    def items(self):
        return (
            Article.objects.public().only("id", "slug", "updated_at", "published_at").newest_first()
        )

    def lastmod(self, item):
        return item.updated_at


class CategorySitemap(PublicSiteSitemap):
    changefreq = "daily"
    priority = 0.6

    def items(self):
        return Category.objects.active().order_by("order", "name")


class FixedPageSitemap(PublicSiteSitemap):
    changefreq = "hourly"
    priority = 1.0

    def items(self):
        return ["news:home", "news:archive_index"]

    def location(self, item):
        return reverse(item)


SITEMAPS = {"trang": FixedPageSitemap, "chuyen-muc": CategorySitemap, "tin-tuc": ArticleSitemap}


def register(section, sitemap_class):
    """Add another app's section to sitemap.xml (the council's documents and sessions)."""
    SITEMAPS[section] = sitemap_class


def sitemap(request):
    """sitemap.xml, kept in the shared cache until the newsroom changes something."""
    if request.GET.get("p", "1") != "1":
        # Further pages only exist past 50 000 addresses; they are built on demand.
        return sitemap_views.sitemap(request, sitemaps=SITEMAPS)
    cached = SITEMAP_CACHE.get()
    if cached is None:
        response = sitemap_views.sitemap(request, sitemaps=SITEMAPS)
        response.render()
        cached = {"content": response.content, "headers": dict(response.items())}
        SITEMAP_CACHE.set(cached)
    return HttpResponse(cached["content"], headers=cached["headers"])
