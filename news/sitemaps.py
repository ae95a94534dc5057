"""sitemap.xml: published articles (with their last change), categories and the fixed pages.

While every section fits in one page, /sitemap.xml is the list of addresses itself. A larger
archive gets a sitemap index there instead, naming pages /sitemap-<section>.xml?p=N of at most
`PAGE_SIZE` addresses each (a sitemap file may hold 50 000; smaller pages keep each one as cheap
at a hundred thousand articles as at a thousand). Every page is kept in the shared cache until
the newsroom changes an article or a category (or another app its section), and answered from
the page cache like the reader pages.
"""

from urllib.parse import urlsplit

from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.contrib.sitemaps.views import SitemapIndexItem
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse

from portal import cache, page_cache, pagination, site_url

from .models import SITEMAP_CACHE, SITEMAP_TAG, Article, Category

PAGE_SIZE = 1000


class PublicSiteSitemap(Sitemap):
    """Addresses on the public site (portal.site_url), whatever Host the request came with."""

    limit = PAGE_SIZE

    def get_protocol(self, protocol=None):
        return urlsplit(site_url.base()).scheme or "https"

    def get_domain(self, site=None):
        parts = urlsplit(site_url.base())
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


def _cached(name, build):
    """The rendered response of build(), kept until an article, a category or a section changes."""
    entry = cache.remember(
        f"{SITEMAP_CACHE}:{name}",
        ["articles", SITEMAP_TAG],
        lambda: _rendered(build()),
        SITEMAP_CACHE.timeout,
    )
    return HttpResponse(entry["content"], headers=entry["headers"])


def _rendered(response):
    response.render()
    return {"content": response.content, "headers": dict(response.items())}


def _index(request):
    base = PublicSiteSitemap()
    root = f"{base.get_protocol()}://{base.get_domain()}"
    items = []
    for section, site_class in SITEMAPS.items():
        address = root + reverse("news:sitemap_section", kwargs={"section": section})
        items.append(SitemapIndexItem(address, None))
        for number in range(2, site_class().paginator.num_pages + 1):
            items.append(SitemapIndexItem(f"{address}?p={number}", None))
    return TemplateResponse(
        request, "sitemap_index.xml", {"sitemaps": items}, content_type="application/xml"
    )


def _is_large():
    return any(site_class().paginator.num_pages > 1 for site_class in SITEMAPS.values())


def register(section, sitemap_class):
    """Add another app's section to sitemap.xml (the council's documents and sessions)."""
    SITEMAPS[section] = sitemap_class


@page_cache.cached_page()
def sitemap(request):
    """sitemap.xml: every address while they fit in one page each, else the sitemap index."""

    # Council sections (documents, sessions, delegates) forget it through their own tag.
    page_cache.tag(request, SITEMAP_TAG)

    def build():
        if _is_large():
            return _index(request)
        return sitemap_views.sitemap(request, sitemaps=SITEMAPS)

    return _cached("root", build)


@page_cache.cached_page(query=["p"])
def sitemap_section(request, section):
    """One page of one section of the sitemap index."""
    if section not in SITEMAPS:
        raise Http404
    # Junk or missing pages raise Http404 inside Django's view, before anything is cached.
    number = pagination.page_number(request.GET.get("p"))
    # "?p=abc" is drawn as page 1 but kept only under page 1's own address.
    page_cache.note_query(request, "p", None if number == 1 else number)
    page_cache.tag(request, SITEMAP_TAG)

    def build():
        return sitemap_views.sitemap(request, sitemaps=SITEMAPS, section=section)

    return _cached(f"{section}:{number}", build)
