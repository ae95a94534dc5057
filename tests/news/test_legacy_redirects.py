"""Old addresses of the replaced portal: one key whatever the host, case, order or trackers,
and the admin lists them with the imported articles' marks."""

import pytest

from news.legacy_redirects import QUERY_PATHS_CACHE, old_url_key, query_paths
from news.models import ArticleImport, ArticleRedirect
from tests.news.factories import ArticleFactory


@pytest.mark.parametrize(
    "address",
    [
        "http://hdnd.example.vn/index.php?mod=news&id=123",
        "https://www.hdnd.example.vn/index.php?id=123&mod=news",
        "hdnd.example.vn/index.php?mod=news&id=123#binh-luan",
        "/INDEX.PHP?mod=news&id=123&fbclid=IwAR0&utm_source=facebook",
        "index.php?mod=news&id=123&zarsrc=30",
    ],
)
def test_one_old_page_has_one_key_whatever_the_link_looks_like(address):
    assert old_url_key(address) == "/index.php?id=123&mod=news"


def test_paths_lose_their_trailing_slash_and_repeated_slashes():
    assert old_url_key("http://old.vn//tin-tuc/Ky-Hop-10.html/") == "/tin-tuc/ky-hop-10.html"
    assert old_url_key("/") == "/"
    assert old_url_key("http://old.vn") == "/"


def test_percent_encoded_vietnamese_paths_compare_as_text():
    assert old_url_key("/tin-t%E1%BB%A9c/k%E1%BB%B3-h%E1%BB%8Dp") == "/tin-tức/kỳ-họp"


def test_nothing_and_overlong_addresses_have_no_key():
    assert old_url_key("") == "" and old_url_key("   ") == ""
    assert old_url_key("/" + "a" * 1200) == ""


@pytest.mark.django_db
def test_the_paths_with_query_strings_are_cached_and_forgotten_on_change():
    article = ArticleFactory()
    ArticleRedirect.objects.create(old_url="/index.php?id=1&mod=news", article=article)
    assert query_paths() == {"/index.php"}
    assert QUERY_PATHS_CACHE.get() == {"/index.php"}
    ArticleRedirect.objects.create(old_url="/chi-tiet.aspx?id=2", article=article)
    assert query_paths() == {"/index.php", "/chi-tiet.aspx"}


@pytest.mark.django_db
def test_a_page_without_query_string_costs_no_lookup(client, django_assert_max_num_queries):
    article = ArticleFactory()
    ArticleRedirect.objects.create(old_url="/index.php?id=1&mod=news", article=article)
    client.get(article.get_absolute_url())  # warm the page cache
    with django_assert_max_num_queries(0):
        assert client.get(article.get_absolute_url()).status_code == 200


@pytest.mark.django_db
def test_an_unknown_old_address_is_still_not_found(client):
    ArticleRedirect.objects.create(old_url="/index.php?id=1&mod=news", article=ArticleFactory())
    assert client.get("/index.php?mod=news&id=2").status_code == 404
    assert client.get("/khong-co.html").status_code == 404


@pytest.mark.django_db
def test_a_redirect_is_an_old_slug_or_an_old_address_never_both_nor_neither():
    from django.db import IntegrityError, transaction

    article = ArticleFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        ArticleRedirect.objects.create(article=article)
    with pytest.raises(IntegrityError), transaction.atomic():
        ArticleRedirect.objects.create(old_slug="cu", old_url="/cu.html", article=article)


@pytest.mark.django_db
def test_admin_lists_old_addresses_and_shows_where_an_article_came_from(admin_client):
    article = ArticleFactory(title="Bài nhập từ cổng cũ về kỳ họp")
    ArticleRedirect.objects.create(old_url="/index.php?id=5&mod=news", article=article)
    ArticleRedirect.objects.create(old_slug="ten-cu", article=article)
    ArticleImport.objects.create(
        article=article,
        source_key="url:/index.php?id=5&mod=news",
        source_format="csv",
        source_name="nukeviet.csv:2",
        source_url="http://old.vn/index.php?mod=news&id=5",
        content_hash="x",
    )
    listing = admin_client.get("/quan-tri/news/articleredirect/").content.decode()
    assert "/index.php?id=5&amp;mod=news" in listing and "/tin-tuc/ten-cu/" in listing
    old_only = admin_client.get("/quan-tri/news/articleredirect/?loai=cu").content.decode()
    assert "/tin-tuc/ten-cu/" not in old_only
    change = admin_client.get(f"/quan-tri/news/article/{article.pk}/change/").content.decode()
    assert "nukeviet.csv:2 (csv), nhập lúc" in change
    imported = admin_client.get("/quan-tri/news/article/?nhap=cu").content.decode()
    assert "Bài nhập từ cổng cũ về kỳ họp" in imported
    written_here = admin_client.get("/quan-tri/news/article/?nhap=moi").content.decode()
    assert "Bài nhập từ cổng cũ về kỳ họp" not in written_here
    records = admin_client.get("/quan-tri/news/articleimport/").content.decode()
    assert "nukeviet.csv:2" in records
