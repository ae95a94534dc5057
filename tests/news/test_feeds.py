import xml.etree.ElementTree as ET

import pytest

from tests.news.factories import ArticleFactory, CategoryFactory

pytestmark = pytest.mark.django_db


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    return ET.fromstring(response.content)


def test_site_feed_lists_published_articles_newest_first_with_absolute_links(client):
    older = ArticleFactory(title="Bài cũ hơn")
    newer = ArticleFactory(title="Bài mới hơn")
    newer.published_at, older.published_at = older.published_at, newer.published_at
    newer.save()
    older.save()
    ArticleFactory(title="Bản nháp", draft=True)
    ArticleFactory(title="Bài hẹn giờ", scheduled=True)
    ArticleFactory(title="Bài đã ẩn", hidden=True)
    ArticleFactory(title="Bài chuyên mục ẩn", category=CategoryFactory(is_active=False))
    channel = parse(client.get("/rss/")).find("channel")
    assert channel.findtext("title") == "Tin mới – Hội đồng nhân dân thành phố Minh Giang"
    assert channel.findtext("language") == "vi"
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == ["Bài mới hơn", "Bài cũ hơn"]
    assert items[0].findtext("link") == f"http://127.0.0.1:8000/tin-tuc/{newer.slug}/"
    assert items[0].findtext("category") == newer.category.name
    assert items[0].findtext("pubDate")


def test_feed_links_use_the_public_address_not_the_request_host(client):
    article = ArticleFactory()
    body = client.get("/rss/", HTTP_HOST="localhost").content.decode()
    assert f"http://127.0.0.1:8000/tin-tuc/{article.slug}/" in body
    assert "http://localhost" not in body


def test_category_feed_lists_only_that_category(client):
    ky_hop = CategoryFactory(name="Kỳ họp", slug="ky-hop")
    ArticleFactory(title="Khai mạc kỳ họp", category=ky_hop)
    ArticleFactory(title="Giám sát trường học")
    channel = parse(client.get("/chuyen-muc/ky-hop/rss/")).find("channel")
    assert channel.findtext("title").startswith("Kỳ họp – ")
    assert [i.findtext("title") for i in channel.findall("item")] == ["Khai mạc kỳ họp"]


def test_feed_of_an_inactive_or_unknown_category_is_not_found(client):
    CategoryFactory(slug="da-an", is_active=False)
    assert client.get("/chuyen-muc/da-an/rss/").status_code == 404
    assert client.get("/chuyen-muc/khong-co/rss/").status_code == 404


def test_feed_escapes_markup_in_titles_and_sapo(client):
    ArticleFactory(title="Tiêu đề <b>&</b>", sapo="Sapo </description><script>x</script>")
    response = client.get("/rss/")
    item = parse(response).find("channel/item")
    assert item.findtext("title") == "Tiêu đề <b>&</b>"
    assert item.findtext("description") == "Sapo </description><script>x</script>"
