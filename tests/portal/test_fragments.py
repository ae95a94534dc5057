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
    real = fragments._copies.put

    def spy(key, entry):
        keys.append(key)
        return real(key, entry)

    with mock.patch.object(fragments._copies, "put", side_effect=spy):
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


@pytest.fixture(autouse=True)
def _no_copies():
    fragments._copies.clear()
    yield
    fragments._copies.clear()


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


def test_this_process_copy_of_a_block_ends_with_an_edit_made_elsewhere():
    """Another process's edit moves the shared generation (here: by hand); the copy this process
    keeps is served only under the generations it was drawn under."""
    from django.core.cache import cache as shared

    template = Template(
        '{% load fragments %}{% remembered "ban-sao" %}{{ text }}{% endremembered %}'
    )
    assert template.render(Context({"text": "cũ"})) == "cũ"
    assert template.render(Context({"text": "mới"})) == "cũ"  # the copy
    shared.incr("portal:generation:v1:site")
    assert template.render(Context({"text": "mới"})) == "mới"


def test_a_block_is_drawn_and_not_kept_while_the_shared_cache_does_not_answer():
    template = Template('{% load fragments %}{% remembered "vang" %}{{ text }}{% endremembered %}')
    with (
        mock.patch("portal.cache.cache.get_many", return_value={}),
        mock.patch("portal.cache.cache.add", return_value=False),
        mock.patch("portal.cache.cache.get", return_value=None),
    ):
        assert template.render(Context({"text": "một"})) == "một"
        assert template.render(Context({"text": "hai"})) == "hai"
    assert fragments._copies.get(next(iter(fragments._copies._entries), "")) is None


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


def test_a_page_of_many_blocks_reads_the_shared_cache_a_few_times(client):
    """Ten remembered blocks on a drawn article: the generations once or twice per request, and
    the blocks from this process's copies."""
    from django.core.cache import cache as shared

    article = ArticleFactory(category=CategoryFactory(name="Thời sự", slug="thoi-su"))
    client.cookies["sessionid"] = "mot-phien"
    client.get(article.get_absolute_url())
    with mock.patch("portal.cache.cache", wraps=shared) as spy:
        assert client.get(article.get_absolute_url()).status_code == 200
    assert spy.get_many.call_count <= 3  # "site" and "articles", the frame, "article:<id>"
