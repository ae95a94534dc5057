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


SITEMAP_INDEX = "{http://www.sitemaps.org/schemas/sitemap/0.9}sitemapindex"


@pytest.fixture
def small_pages(monkeypatch):
    from news import sitemaps

    for site_class in sitemaps.SITEMAPS.values():
        monkeypatch.setattr(site_class, "limit", 3)


def _locations(root, tag):
    return [element.findtext("s:loc", namespaces=NS) for element in root.findall(tag, NS)]


def test_a_large_archive_gets_a_sitemap_index_of_bounded_pages(client, small_pages):
    articles = ArticleFactory.create_batch(7)
    root = ET.fromstring(client.get("/sitemap.xml").content)
    assert root.tag == SITEMAP_INDEX
    pages = _locations(root, "s:sitemap")
    base = "http://127.0.0.1:8000/sitemap-tin-tuc.xml"
    assert [base, f"{base}?p=2", f"{base}?p=3"] == [p for p in pages if p.startswith(base)]
    listed = []
    for page in (p for p in pages if p.startswith(base)):
        body = ET.fromstring(client.get(page.removeprefix("http://127.0.0.1:8000")).content)
        urls = _locations(body, "s:url")
        assert len(urls) <= 3
        listed += urls
    assert sorted(listed) == sorted(f"http://127.0.0.1:8000/tin-tuc/{a.slug}/" for a in articles)


def test_the_django_default_of_fifty_thousand_addresses_is_never_exceeded():
    from news import sitemaps

    assert all(site().limit <= 50_000 for site in sitemaps.SITEMAPS.values())


def test_a_sitemap_page_past_the_end_or_unknown_section_is_not_found(client, small_pages):
    ArticleFactory.create_batch(4)
    assert client.get("/sitemap-tin-tuc.xml?p=2").status_code == 200
    assert client.get("/sitemap-tin-tuc.xml?p=3").status_code == 404
    assert client.get("/sitemap-khong-co.xml").status_code == 404


def test_sitemap_pages_are_served_from_the_cache_and_follow_changes(
    client, small_pages, django_assert_num_queries
):
    articles = ArticleFactory.create_batch(4)
    client.get("/sitemap.xml")
    client.get("/sitemap-tin-tuc.xml?p=2")
    with django_assert_num_queries(0):
        assert client.get("/sitemap.xml").status_code == 200
        answer = client.get("/sitemap-tin-tuc.xml?p=2")
        page = answer.content.decode()
    # From the page cache, like the reader pages; "?p=02" is page 2 but not kept under its key.
    assert answer["X-Page-Cache"] == "hit" and not answer.cookies
    assert client.get("/sitemap-tin-tuc.xml?p=02").get("X-Page-Cache") is None
    hidden = next(a for a in articles if f"/tin-tuc/{a.slug}/" in page)
    hidden.status = hidden.Status.HIDDEN
    hidden.save()
    assert f"/tin-tuc/{hidden.slug}/" not in client.get("/sitemap-tin-tuc.xml?p=2").content.decode()
