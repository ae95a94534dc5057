import json
import re

import pytest

from news import seo
from tests.news.factories import ArticleFactory, CategoryFactory, uploaded_image

pytestmark = pytest.mark.django_db


def meta(page, attribute, name):
    match = re.search(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)">', page)
    return match.group(1) if match else None


def json_ld(page, kind=None):
    """The page's one JSON-LD block besides the breadcrumbs' (or the one of that @type)."""
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    data = [json.loads(block) for block in blocks]
    if kind is None:
        data = [d for d in data if d.get("@type") != "BreadcrumbList"]
    else:
        data = [d for d in data if d.get("@type") == kind]
    assert len(data) == 1
    return data[0]


def test_article_page_has_canonical_open_graph_and_twitter_meta(client):
    article = ArticleFactory(title="Kỳ họp thứ 12", sapo="Tóm tắt kỳ họp.")
    page = client.get(article.get_absolute_url(), HTTP_HOST="localhost").content.decode()
    canonical = f"http://127.0.0.1:8000/tin-tuc/{article.slug}/"
    assert f'<link rel="canonical" href="{canonical}">' in page
    assert meta(page, "property", "og:type") == "article"
    assert meta(page, "property", "og:title") == "Kỳ họp thứ 12"
    assert meta(page, "property", "og:description") == "Tóm tắt kỳ họp."
    assert meta(page, "property", "og:url") == canonical
    assert meta(page, "property", "og:locale") == "vi_VN"
    assert meta(page, "property", "article:section") == article.category.name
    assert meta(page, "name", "twitter:card") == "summary"
    assert meta(page, "name", "twitter:title") == "Kỳ họp thứ 12"


def test_article_with_a_cover_shares_its_original_jpeg_not_a_webp_rendition(client, media_root):
    article = ArticleFactory(cover_image=uploaded_image(size=(1600, 900)), cover_alt="Hội trường")
    article.refresh_from_db()
    assert article.cover_full_url.endswith(".webp")  # what the page itself shows
    page = client.get(article.get_absolute_url(), HTTP_HOST="localhost").content.decode()
    image = meta(page, "property", "og:image")
    assert image == f"http://127.0.0.1:8000/media/{article.cover_image.name}"
    assert image.endswith(".jpg")
    assert meta(page, "property", "og:image:width") == "1600"
    assert meta(page, "property", "og:image:height") == "900"
    assert meta(page, "property", "og:image:alt") == "Hội trường"
    assert meta(page, "name", "twitter:card") == "summary_large_image"
    assert meta(page, "name", "twitter:image") == image
    assert json_ld(page)["image"] == [image]


def test_a_png_cover_is_shared_as_the_png(client, media_root):
    article = ArticleFactory(cover_image=uploaded_image("so-do.png", fmt="PNG", size=(1400, 800)))
    article.refresh_from_db()
    page = client.get(article.get_absolute_url()).content.decode()
    assert meta(page, "property", "og:image").endswith(".png")


def test_an_older_cover_without_a_description_falls_back_to_the_title(client, media_root):
    article = ArticleFactory(title="Phiên bế mạc", cover_image=uploaded_image())
    type(article).objects.filter(pk=article.pk).update(cover_alt="")
    page = client.get(article.get_absolute_url()).content.decode()
    assert meta(page, "property", "og:image:alt") == "Phiên bế mạc"


def test_article_without_a_cover_shares_no_image(client):
    page = client.get(ArticleFactory().get_absolute_url()).content.decode()
    assert meta(page, "property", "og:image") is None
    assert meta(page, "name", "twitter:image") is None
    assert "image" not in json_ld(page)


def test_json_ld_describes_a_news_article(client):
    article = ArticleFactory(title="Giám sát thủy lợi", byline="Tin, ảnh: Minh Anh")
    data = json_ld(client.get(article.get_absolute_url()).content.decode())
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Giám sát thủy lợi"
    assert data["inLanguage"] == "vi"
    assert data["author"] == {"@type": "Person", "name": "Minh Anh"}
    assert data["publisher"]["name"] == "Hội đồng nhân dân thành phố Minh Giang"
    assert data["mainEntityOfPage"]["@id"] == f"http://127.0.0.1:8000/tin-tuc/{article.slug}/"
    assert data["datePublished"].startswith(str(article.published_at.date())[:4])


def test_office_byline_in_brackets_becomes_an_organization_author():
    assert seo._author("(Văn phòng HĐND thành phố)") == {
        "@type": "Organization",
        "name": "Văn phòng HĐND thành phố",
    }


def test_a_title_with_a_closing_script_tag_cannot_break_out_of_json_ld(client):
    hostile = '</script><script>alert("x")</script><!--'
    article = ArticleFactory(title=hostile, sapo=hostile, byline=hostile)
    page = client.get(article.get_absolute_url()).content.decode()
    assert '<script>alert("x")' not in page
    data = json_ld(page)
    assert data["headline"] == hostile
    assert data["description"] == hostile


def test_category_pages_after_the_first_have_their_own_canonical(client):
    category = CategoryFactory(slug="ky-hop")
    for _ in range(13):
        ArticleFactory(category=category)
    first = client.get("/chuyen-muc/ky-hop/").content.decode()
    second = client.get("/chuyen-muc/ky-hop/", {"page": "2"}).content.decode()
    beyond = client.get("/chuyen-muc/ky-hop/", {"page": "99"}).content.decode()
    assert '<link rel="canonical" href="http://127.0.0.1:8000/chuyen-muc/ky-hop/">' in first
    assert '<link rel="canonical" href="http://127.0.0.1:8000/chuyen-muc/ky-hop/?page=2">' in second
    assert '<link rel="canonical" href="http://127.0.0.1:8000/chuyen-muc/ky-hop/?page=2">' in beyond


def test_home_links_the_site_feed_and_has_a_canonical(client):
    page = client.get("/").content.decode()
    assert '<link rel="canonical" href="http://127.0.0.1:8000/">' in page
    assert 'type="application/rss+xml"' in page and 'href="/rss/"' in page


def test_absolute_url_keeps_absolute_addresses_and_prefixes_paths():
    assert seo.absolute_url("/media/a.jpg") == "http://127.0.0.1:8000/media/a.jpg"
    assert seo.absolute_url("https://cdn.example.org/a.jpg") == "https://cdn.example.org/a.jpg"
    assert seo.absolute_url("//cdn.example.org/a.jpg") == "http://cdn.example.org/a.jpg"
    assert seo.absolute_url("") == ""
