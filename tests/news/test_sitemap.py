import datetime
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone

from tests.news.factories import ArticleFactory, CategoryFactory

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def entries(client, **extra):
    response = client.get("/sitemap.xml", **extra)
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return {url.findtext("s:loc", namespaces=NS): url for url in root.findall("s:url", NS)}


def test_sitemap_lists_published_articles_with_lastmod(client):
    article = ArticleFactory()
    urls = entries(client)
    entry = urls[f"http://127.0.0.1:8000/tin-tuc/{article.slug}/"]
    # Django's sitemap template writes the day of the last change.
    assert entry.findtext("s:lastmod", namespaces=NS) == f"{timezone.localdate(article.updated_at)}"


def test_sitemap_leaves_out_everything_a_reader_cannot_open(client):
    hidden = [
        ArticleFactory(draft=True),
        ArticleFactory(review=True),
        ArticleFactory(hidden=True),
        ArticleFactory(scheduled=True),
        ArticleFactory(category=CategoryFactory(is_active=False, slug="an")),
    ]
    urls = entries(client)
    for article in hidden:
        assert f"http://127.0.0.1:8000/tin-tuc/{article.slug}/" not in urls
    assert "http://127.0.0.1:8000/chuyen-muc/an/" not in urls


def test_sitemap_lists_home_archive_and_active_categories(client):
    CategoryFactory(slug="ky-hop")
    urls = entries(client)
    for path in ("/", "/luu-tru/", "/chuyen-muc/ky-hop/"):
        assert f"http://127.0.0.1:8000{path}" in urls


def test_sitemap_uses_the_public_address_whatever_the_host(client):
    ArticleFactory()
    assert all(
        url.startswith("http://127.0.0.1:8000/") for url in entries(client, HTTP_HOST="localhost")
    )


def test_sitemap_is_served_from_the_cache_once_built(client, django_assert_num_queries):
    ArticleFactory(published_at=timezone.now() - datetime.timedelta(days=1))
    client.get("/sitemap.xml")
    with django_assert_num_queries(0):
        assert client.get("/sitemap.xml").status_code == 200
