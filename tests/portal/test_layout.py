"""The page frame every reader sees: landmarks, menu, footer, print and the weight of a page."""

import gzip
import re
from html.parser import HTMLParser

import pytest
from django.contrib.staticfiles import finders

from tests.news.factories import ArticleFactory, CategoryFactory

pytestmark = pytest.mark.django_db

# What a reader on mobile data downloads to style and script one article page.
ARTICLE_ASSET_BUDGET = 100 * 1024


class AssetCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.scripts, self.stylesheets, self.inline_scripts = [], [], 0
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script":
            if attrs.get("src"):
                self.scripts.append(attrs["src"])
            else:
                self._in_script = True
        elif tag == "link" and "stylesheet" in (attrs.get("rel") or "").split():
            self.stylesheets.append(attrs["href"])

    def handle_endtag(self, tag):
        self._in_script = False if tag == "script" else self._in_script

    def handle_data(self, data):
        if self._in_script and data.strip():
            self.inline_scripts += len(data.encode())


def static_file(url):
    assert url.startswith("/static/"), f"{url} is not served from our own static files"
    path = finders.find(url.removeprefix("/static/").split("?")[0])
    assert path, f"{url} is linked but missing"
    with open(path, "rb") as handle:
        return handle.read()


def test_article_page_css_and_js_weigh_under_100_kb_compressed(client):
    article = ArticleFactory()
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    assets = AssetCollector()
    assets.feed(response.content.decode())
    assert assets.scripts and assets.stylesheets

    sizes = {
        url: len(gzip.compress(static_file(url), compresslevel=9))
        for url in set(assets.scripts + assets.stylesheets)
    }
    total = sum(sizes.values()) + assets.inline_scripts

    assert total < ARTICLE_ASSET_BUDGET, f"{total} bytes compressed: {sizes}"


def test_no_javascript_framework_is_loaded(client):
    response = client.get(ArticleFactory().get_absolute_url())
    assets = AssetCollector()
    assets.feed(response.content.decode())
    for url in assets.scripts:
        assert not re.search(r"jquery|react|vue|angular|bootstrap", url, re.IGNORECASE), url


def test_pages_are_vietnamese_with_landmarks_and_a_skip_link(client):
    body = client.get("/").content.decode()
    assert '<html lang="vi">' in body
    assert '<a class="skip-link" href="#noi-dung">' in body
    assert '<main id="noi-dung"' in body
    for landmark in ("<header", "<nav", "<main", "<aside", "<footer"):
        assert landmark in body


def test_category_menu_has_a_real_toggle_button_tied_to_the_list(client):
    CategoryFactory(name="Giám sát", slug="giam-sat")
    body = client.get("/").content.decode()
    button = re.search(r'<button type="button" class="nav-toggle"[^>]*>', body).group(0)
    assert 'aria-expanded="false"' in button
    controls = re.search(r'aria-controls="([^"]+)"', button).group(1)
    assert f'<ul id="{controls}" class="main-nav__list">' in body
    assert 'href="/chuyen-muc/giam-sat/"' in body


def test_current_category_is_marked_in_the_menu(client):
    # "Kỳ họp" is not used here: the council's session pages take its place in the menu.
    category = CategoryFactory(name="Giám sát", slug="giam-sat")
    body = client.get(category.get_absolute_url()).content.decode()
    assert 'href="/chuyen-muc/giam-sat/" aria-current="page"' in body

    body = client.get(ArticleFactory(category=category).get_absolute_url()).content.decode()
    assert 'href="/chuyen-muc/giam-sat/" aria-current="true"' in body


def test_footer_gives_the_office_address_phone_and_email(client, settings):
    settings.PORTAL_OFFICE = {
        "name": "Văn phòng HĐND phường Bến Đá",
        "editor": "",
        "address": "Số 2 đường Cầu Đá, phường Bến Đá",
        "phone": "(0200) 3 812 345",
        "email": "vanphong@bende.example.vn",
    }
    body = client.get("/").content.decode()
    assert "Cơ quan chủ quản: Văn phòng HĐND phường Bến Đá" in body
    assert "Số 2 đường Cầu Đá, phường Bến Đá" in body
    assert '<a href="tel:02003812345">(0200) 3 812 345</a>' in body
    assert '<a href="mailto:vanphong@bende.example.vn">' in body
    assert "Chịu trách nhiệm chính" not in body


def test_print_stylesheet_is_linked_for_print_only(client):
    body = client.get("/").content.decode()
    assert re.search(r'<link rel="stylesheet" href="/static/css/print\.css" media="print">', body)
    css = static_file("/static/css/print.css").decode()
    for hidden in (".main-nav", ".sidebar", ".article-toolbar", ".comments form"):
        assert hidden in css.split("display: none")[0]


def test_page_address_is_written_out_for_print_with_the_public_address(client, settings):
    settings.SITE_URL = "https://hdnd.minhgiang.example.vn"
    article = ArticleFactory()
    body = client.get(article.get_absolute_url()).content.decode()
    expected = f"https://hdnd.minhgiang.example.vn{article.get_absolute_url()}</p>"
    assert re.search(r'class="print-only print-address">[^<]*' + re.escape(expected), body)


def test_the_emblem_is_an_accessible_svg():
    svg = static_file("/static/img/emblem.svg").decode()
    assert svg.lstrip().startswith("<svg") and 'role="img"' in svg
    assert "<title>Biểu trưng HĐND thành phố Minh Giang</title>" in svg
