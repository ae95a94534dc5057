"""Malformed addresses and parameters get a 404 or the nearest valid page, never a 500."""

import datetime

import pytest
from django.utils import timezone

from tests.news.factories import ArticleFactory, CategoryFactory

pytestmark = pytest.mark.django_db

HUGE = "9" * 400


@pytest.fixture
def content():
    category = CategoryFactory(slug="ky-hop")
    # One calendar month whatever today's date: the month archive must have two pages too.
    start = timezone.make_aware(datetime.datetime(2024, 5, 15, 9, 0))
    articles = [
        ArticleFactory(category=category, published_at=start + datetime.timedelta(minutes=n))
        for n in range(14)
    ]  # two pages
    return articles[0]


@pytest.mark.parametrize(
    "url",
    [
        "/tin-tuc/khong-ton-tai/",
        "/tin-tuc/khong-ton-tai/in/",
        "/tin-tuc/khong-ton-tai/qr.svg",
        "/tin-tuc/" + "a" * 300 + "/",
        "/tin-tuc/" + "a" * 300 + "/in/",
        "/tin-tuc/h%E1%BB%8Di-d%E1%BB%93ng/",  # Vietnamese letters: never a slug
        "/tin-tuc/%00/",
        "/tin-tuc/..%2F..%2Fetc%2Fpasswd/",
        "/tin-tuc/<script>/",
        "/tin-tuc/9999999/luot-xem.gif",
        f"/tin-tuc/{HUGE}/luot-xem.gif",
        "/chuyen-muc/khong-ton-tai/",
        "/chuyen-muc/khong-ton-tai/rss/",
        "/chuyen-muc/" + "b" * 500 + "/",
        "/luu-tru/2024/13/",
        "/luu-tru/2024/0/",
        "/luu-tru/0/1/",
        "/luu-tru/1899/12/",
        "/luu-tru/99999/1/",
        f"/luu-tru/{HUGE}/1/",
        f"/luu-tru/2024/{HUGE}/",
        "/luu-tru/2024/-1/",
        "/luu-tru/abc/1/",
        "/luu-tru/2010/5/",  # a real month without articles
        "/xem-truoc/abc/",
        "/xem-truoc/-1/",
    ],
)
def test_malformed_or_unknown_addresses_are_not_found(client, content, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()


@pytest.mark.parametrize(
    ("raw", "expected_page"),
    [
        ("abc", 1),
        ("-1", 1),
        ("0", 1),
        ("1.5", 1),
        ("1e3", 1),
        ("", 1),
        (" 2 ", 2),
        ("２", 1),  # a full-width digit is not a page number
        ("999999", 2),
        (HUGE, 2),
        ("2" * 5000, 2),
        ("%00", 1),
        ("' OR 1=1 --", 1),
    ],
)
@pytest.mark.parametrize("path", ["/chuyen-muc/ky-hop/", "/tim-kiem/", "/luu-tru/{month}/"])
def test_page_numbers_go_to_the_nearest_valid_page(client, content, path, raw, expected_page):
    local = timezone.localtime(content.published_at)
    params = {"page": raw}
    if path == "/tim-kiem/":
        params["q"] = "ky hop"
    response = client.get(path.format(month=f"{local.year}/{local.month}"), params)
    assert response.status_code == 200
    assert f'<span aria-current="page">{expected_page}</span>' in response.content.decode()


def test_oversized_query_strings_never_cause_a_server_error(client, content):
    response = client.get("/tim-kiem/", {"q": "kỳ họp " * 2000, "page": "9" * 3000})
    assert response.status_code == 200
    too_many = "&".join(f"f{n}=1" for n in range(2000))
    response = client.get(f"/chuyen-muc/ky-hop/?{too_many}")
    assert response.status_code in (200, 400)


def test_repeated_and_array_parameters_are_harmless(client, content):
    response = client.get("/tim-kiem/?q=ky&q=hop&q[]=x&page=1&page=abc")
    assert response.status_code == 200


def test_beacon_for_a_malformed_id_is_not_found(client):
    assert client.post("/tin-tuc/abc/luot-xem/").status_code == 404
    assert client.post(f"/tin-tuc/{HUGE}/luot-xem/").status_code == 404
