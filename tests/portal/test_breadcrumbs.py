"""Breadcrumbs on every reader page but the home page, with a matching BreadcrumbList."""

import json
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from portal import breadcrumbs
from tests.news.factories import ArticleFactory, CategoryFactory
from tests.polls.factories import PollFactory

pytestmark = pytest.mark.django_db

NAV = re.compile(r'<nav class="breadcrumb" aria-label="Đường dẫn">(.*?)</nav>', re.S)
LD = re.compile(
    r'<script type="application/ld\+json">(\{"@context":"https://schema.org",'
    r'"@type":"BreadcrumbList".*?)</script>',
    re.S,
)


def trail_of(page):
    nav = NAV.findall(page)
    assert len(nav) == 1, "exactly one breadcrumb trail"
    names = [re.sub(r"<[^>]+>", "", item) for item in re.findall(r"<li[^>]*>(.*?)</li>", nav[0])]
    links = re.findall(r'<a href="([^"]+)">', nav[0])
    (ld,) = LD.findall(page)
    return names, links, json.loads(ld)


def test_trail_keeps_home_first_and_the_current_page_last():
    crumbs = breadcrumbs.trail("Kỳ họp", "/chuyen-muc/ky-hop/", "Bế mạc", current_path="/a/")
    assert [(c.name, c.url) for c in crumbs] == [
        ("Trang chủ", "/"),
        ("Kỳ họp", "/chuyen-muc/ky-hop/"),
        ("Bế mạc", "/a/"),
    ]


def test_json_ld_cannot_close_its_script_and_skips_plain_text_steps():
    crumbs = breadcrumbs.trail("Khóa XI", "", "</script><b>", current_path="/x/")
    text = breadcrumbs.json_ld(crumbs)
    assert "</script>" not in text and "<b>" not in text
    data = json.loads(text)
    assert [item["name"] for item in data["itemListElement"]] == ["Trang chủ", "</script><b>"]
    assert [item["position"] for item in data["itemListElement"]] == [1, 2]


def test_article_page_shows_home_category_and_article_with_the_same_json_ld(client):
    category = CategoryFactory(name="Giám sát", slug="giam-sat")
    article = ArticleFactory(category=category, title="Giám sát tiến độ dự án")
    names, links, data = trail_of(client.get(article.get_absolute_url()).content.decode())
    assert names == ["Trang chủ", "Giám sát", "Giám sát tiến độ dự án"]
    assert links == ["/", "/chuyen-muc/giam-sat/"]
    assert data["@type"] == "BreadcrumbList"
    assert [(i["position"], i["name"], i["item"]) for i in data["itemListElement"]] == [
        (1, "Trang chủ", "http://127.0.0.1:8000/"),
        (2, "Giám sát", "http://127.0.0.1:8000/chuyen-muc/giam-sat/"),
        (3, "Giám sát tiến độ dự án", f"http://127.0.0.1:8000{article.get_absolute_url()}"),
    ]


def test_every_reader_page_but_home_has_a_trail(client):
    category = CategoryFactory(name="Giám sát", slug="giam-sat")
    article = ArticleFactory(category=category)
    poll = PollFactory(question="Bạn quan tâm điều gì?")
    month = timezone.localtime(article.published_at)
    expected = {
        category.get_absolute_url(): ["Trang chủ", "Giám sát"],
        reverse("news:archive_index"): ["Trang chủ", "Lưu trữ"],
        reverse("news:archive_month", args=(month.year, month.month)): [
            "Trang chủ",
            "Lưu trữ",
            f"Tháng {month:%m/%Y}",
        ],
        reverse("news:search") + "?q=giam+sat": ["Trang chủ", "Tìm kiếm"],
        reverse("polls:archive"): ["Trang chủ", "Bình chọn"],
        poll.get_absolute_url(): ["Trang chủ", "Bình chọn", "Bạn quan tâm điều gì?"],
        poll.get_results_url(): ["Trang chủ", "Bình chọn", "Bạn quan tâm điều gì?", "Kết quả"],
        reverse("council:document_list"): ["Trang chủ", "Văn bản"],
        reverse("council:session_list"): ["Trang chủ", "Kỳ họp"],
    }
    for url, names in expected.items():
        response = client.get(url)
        assert response.status_code == 200, url
        assert trail_of(response.content.decode())[0] == names, url
    missing = client.get("/khong-co-trang-nay/")
    assert trail_of(missing.content.decode())[0] == ["Trang chủ", "Không tìm thấy trang"]
    assert not NAV.search(client.get("/").content.decode())
