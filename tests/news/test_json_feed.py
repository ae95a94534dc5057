"""The JSON Feed 1.1 beside RSS: its fields, its absolute links, its place in every page's head,
and the page cache it is served from (forgotten when an article changes)."""

import json
import re

import pytest
from django.test import Client
from django.urls import reverse

from tests.news.factories import ArticleFactory, CategoryFactory, uploaded_image

pytestmark = pytest.mark.django_db

FEED_TYPE = "application/feed+json; charset=utf-8"
# RFC 3339 with at most three fraction digits and an offset.
RFC3339 = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,3})?\+07:00")


def feed(client, url="/feed.json"):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == FEED_TYPE
    return json.loads(response.content)


def test_site_json_feed_is_version_1_1_with_public_articles_newest_first(client):
    older = ArticleFactory(title="Bài cũ hơn", byline="Tin, ảnh: Minh Anh")
    newer = ArticleFactory(title="Bài mới hơn", sapo="Tóm tắt bài mới.")
    newer.published_at, older.published_at = older.published_at, newer.published_at
    newer.save()
    older.save()
    ArticleFactory(title="Bản nháp", draft=True)
    ArticleFactory(title="Bài hẹn giờ", scheduled=True)
    ArticleFactory(title="Bài chuyên mục ẩn", category=CategoryFactory(is_active=False))
    data = feed(client)
    assert data["version"] == "https://jsonfeed.org/version/1.1"
    assert data["title"] == "Tin mới – Hội đồng nhân dân thành phố Minh Giang"
    assert data["home_page_url"] == "http://127.0.0.1:8000/"
    assert data["feed_url"] == "http://127.0.0.1:8000/feed.json"
    assert data["language"] == "vi"
    assert [item["title"] for item in data["items"]] == ["Bài mới hơn", "Bài cũ hơn"]
    first, second = data["items"]
    url = f"http://127.0.0.1:8000/tin-tuc/{newer.slug}/"
    assert first["id"] == first["url"] == url
    assert first["content_text"] == first["summary"] == "Tóm tắt bài mới."
    assert first["tags"] == [newer.category.name]
    assert RFC3339.fullmatch(first["date_published"]), first["date_published"]
    assert RFC3339.fullmatch(first["date_modified"]), first["date_modified"]
    assert second["authors"] == [{"name": "Tin, ảnh: Minh Anh"}]
    assert "authors" not in first or first["authors"][0]["name"]
    # Like RSS: the sapo, never the body.
    assert all("content_html" not in item for item in data["items"])


def test_json_feed_item_carries_the_original_cover_as_its_image(client, media_root):
    article = ArticleFactory(cover_image=uploaded_image(size=(1600, 900)), cover_alt="Hội trường")
    article.refresh_from_db()
    (item,) = feed(client)["items"]
    assert item["image"] == f"http://127.0.0.1:8000/media/{article.cover_image.name}"
    assert item["image"].endswith(".jpg")


def test_category_json_feed_lists_only_that_category_and_refuses_unknown_ones(client):
    council = CategoryFactory(name="Kỳ họp", slug="tin-ky-hop")
    mine = ArticleFactory(category=council)
    ArticleFactory(category=CategoryFactory(name="Giám sát"))
    data = feed(client, reverse("news:category_json_feed", args=["tin-ky-hop"]))
    assert [item["id"] for item in data["items"]] == [f"http://127.0.0.1:8000/tin-tuc/{mine.slug}/"]
    assert data["title"].startswith("Kỳ họp – ")
    assert data["feed_url"] == "http://127.0.0.1:8000/chuyen-muc/tin-ky-hop/feed.json"
    assert client.get("/chuyen-muc/khong-co/feed.json").status_code == 404
    hidden = CategoryFactory(slug="da-an", is_active=False)
    assert client.get(f"/chuyen-muc/{hidden.slug}/feed.json").status_code == 404


def test_json_feed_links_use_the_public_address_not_the_request_host(client):
    article = ArticleFactory()
    body = client.get("/feed.json", HTTP_HOST="localhost").content.decode()
    assert f"http://127.0.0.1:8000/tin-tuc/{article.slug}/" in body
    assert "http://localhost" not in body


def test_every_reader_page_advertises_the_json_feed_in_its_head(client):
    category = CategoryFactory(slug="tin-ky-hop")
    article = ArticleFactory(category=category)
    link = '<link rel="alternate" type="application/feed+json"'
    for url in ("/", category.get_absolute_url(), article.get_absolute_url(), "/luu-tru/"):
        head = client.get(url).content.decode().split("</head>")[0]
        assert f'{link} title="Tin mới (JSON Feed) – ' in head and 'href="/feed.json"' in head, url
    for url in (category.get_absolute_url(), article.get_absolute_url()):
        head = client.get(url).content.decode().split("</head>")[0]
        assert 'href="/chuyen-muc/tin-ky-hop/feed.json"' in head, url
    missing = client.get("/khong-co-trang-nay/")
    assert missing.status_code == 404
    assert 'type="application/feed+json"' in missing.content.decode()


def test_json_feed_is_served_from_the_page_cache_and_forgotten_when_an_article_changes(
    django_assert_num_queries,
):
    article = ArticleFactory(title="Tiêu đề cũ")
    reader = Client()
    first = reader.get("/feed.json")
    assert first["X-Page-Cache"] == "miss"
    assert not first.cookies
    with django_assert_num_queries(0):
        second = reader.get("/feed.json")
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    article.title = "Tiêu đề mới"
    article.save()
    third = reader.get("/feed.json")
    assert third["X-Page-Cache"] == "miss"
    assert json.loads(third.content)["items"][0]["title"] == "Tiêu đề mới"


def test_json_feed_answers_only_get_and_head(client):
    assert client.post("/feed.json").status_code == 405
