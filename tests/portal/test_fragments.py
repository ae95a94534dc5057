"""Remembered blocks ({% remembered %}): the menu is kept under what it shows, not under the
address, so made-up addresses cannot fill the cache; tags named by the page forget its blocks."""

from unittest import mock

import pytest
from django.template import Context, Template
from django.test import Client

from portal import cache
from portal.templatetags import fragments
from tests.news.factories import ArticleFactory, CategoryFactory

pytestmark = pytest.mark.django_db


def remembered_keys(urls):
    keys = []
    real = cache.remember

    def spy(key, *args, **kwargs):
        keys.append(str(key))
        return real(key, *args, **kwargs)

    with mock.patch.object(fragments.cache, "remember", side_effect=spy):
        for url in urls:
            Client().get(url)
    return keys


def test_made_up_addresses_share_a_few_remembered_menus():
    CategoryFactory(name="Thời sự", slug="thoi-su")
    urls = [f"/khong-co-trang-{n}/" for n in range(12)] + [
        f"/tin-tuc/bai-khong-co-{n}/" for n in range(12)
    ]
    menus = {key for key in remembered_keys(urls) if key.startswith(fragments.KEY_PREFIX + "menu:")}
    # One for addresses no view answers, one for the article view's 404s: 24 addresses, 2 menus.
    assert len(menus) == 2


def test_the_menu_marks_each_page_it_is_remembered_for():
    category = CategoryFactory(name="Thời sự", slug="thoi-su")
    article = ArticleFactory(category=category)
    home = Client().get("/").content.decode()
    page = Client().get(article.get_absolute_url()).content.decode()
    listing = Client().get(category.get_absolute_url()).content.decode()
    assert '<a href="/" aria-current="page">Trang chủ</a>' in home
    assert '<a href="/" aria-current="page">' not in page
    assert f'<a href="{category.get_absolute_url()}" aria-current="true">Thời sự</a>' in page
    assert f'<a href="{category.get_absolute_url()}" aria-current="page">Thời sự</a>' in listing


def test_a_block_is_forgotten_when_a_tag_it_names_moves():
    template = Template(
        '{% load fragments %}{% remembered "thu" 1 tags=tag %}{{ text }}{% endremembered %}'
    )
    assert template.render(Context({"tag": "article:7", "text": "lần một"})) == "lần một"
    assert template.render(Context({"tag": "article:7", "text": "lần hai"})) == "lần một"
    cache.touch("article:7")
    assert template.render(Context({"tag": "article:7", "text": "lần ba"})) == "lần ba"
    cache.touch("article:8")  # another article's tag leaves it alone
    assert template.render(Context({"tag": "article:7", "text": "lần bốn"})) == "lần ba"


def test_a_remembered_block_never_calls_what_only_it_reads():
    template = Template(
        '{% load fragments %}{% remembered "luoi" %}{{ lists.first }}{% endremembered %}'
    )
    calls = []

    def lists():
        calls.append(1)
        return {"first": "Tin đầu"}

    assert template.render(Context({"lists": lists})) == "Tin đầu"
    assert template.render(Context({"lists": lists})) == "Tin đầu"
    assert len(calls) == 1
