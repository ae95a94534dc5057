"""Cached lists of articles ("Tin đọc nhiều", sitemap.xml) follow the newsroom's changes at once."""

import pytest
from django.urls import reverse

from news.models import MOST_READ_CACHE, Article
from news.templatetags.news_tags import most_read_periods
from portal.cache import generations
from tests.factories import EditorFactory
from tests.news.admin_helpers import (
    CHANGELIST_URL,
    action_data,
    article_form_data,
    change_url,
)
from tests.news.factories import ArticleFactory, CategoryFactory
from tests.news.test_view_counter import beacon

pytestmark = pytest.mark.django_db


def most_read_titles():
    lists = most_read_periods()
    return [entry["title"] for entry in lists.get("fallback") or lists["month"]]


def most_read_widget(client):
    page = client.get("/").content.decode()
    return page[page.index('id="tin-doc-nhieu"') :]


def sitemap(client):
    return client.get(reverse("news:sitemap")).content.decode()


@pytest.fixture
def editor_client(client):
    client.force_login(EditorFactory())
    return client


@pytest.fixture
def popular():
    ArticleFactory(title="Bài thường", view_count=10)
    return ArticleFactory(title="Bài nhiều người đọc", view_count=5000)


def test_a_hidden_article_leaves_the_most_read_list_at_once(popular):
    assert "Bài nhiều người đọc" in most_read_titles()
    popular.status = Article.Status.HIDDEN
    popular.save(update_fields=["status"])
    assert most_read_titles() == ["Bài thường"]


def test_an_edited_title_shows_in_the_most_read_list_at_once(popular):
    most_read_titles()
    popular.title = "Bài nhiều người đọc (đã sửa)"
    popular.save()
    assert "Bài nhiều người đọc (đã sửa)" in most_read_titles()


def test_a_published_draft_joins_the_most_read_list_at_once():
    draft = ArticleFactory(title="Bài mới duyệt", draft=True)
    assert most_read_titles() == []
    draft.status = Article.Status.PUBLISHED
    draft.published_at = draft.created_at
    draft.save()
    assert most_read_titles() == ["Bài mới duyệt"]


def test_a_deleted_article_leaves_the_most_read_list_at_once(popular):
    most_read_titles()
    popular.delete()
    assert most_read_titles() == ["Bài thường"]


def test_switching_a_category_off_takes_its_articles_off_the_most_read_list(popular):
    most_read_titles()
    popular.category.is_active = False
    popular.category.save()
    assert most_read_titles() == ["Bài thường"]


def test_hiding_from_the_admin_list_empties_the_readers_widget_at_once(editor_client, popular):
    assert "Bài nhiều người đọc" in most_read_widget(editor_client)
    editor_client.post(CHANGELIST_URL, action_data("hide_selected", popular))
    assert Article.objects.get(pk=popular.pk).status == Article.Status.HIDDEN
    assert "Bài nhiều người đọc" not in most_read_widget(editor_client)


def test_hiding_in_the_admin_form_empties_the_readers_widget_at_once(editor_client, popular):
    assert "Bài nhiều người đọc" in most_read_widget(editor_client)
    data = article_form_data(popular, _workflow="unpublish")
    assert editor_client.post(change_url(popular), data).status_code == 302
    assert "Bài nhiều người đọc" not in most_read_widget(editor_client)


def test_deleting_from_the_admin_list_empties_the_readers_widget_at_once(editor_client, popular):
    assert "Bài nhiều người đọc" in most_read_widget(editor_client)
    editor_client.post(CHANGELIST_URL, {**action_data("delete_selected", popular), "post": "yes"})
    assert not Article.objects.filter(pk=popular.pk).exists()
    assert "Bài nhiều người đọc" not in most_read_widget(editor_client)


def test_the_lists_are_dropped_again_after_commit(django_capture_on_commit_callbacks, popular):
    with django_capture_on_commit_callbacks(execute=True):
        popular.status = Article.Status.HIDDEN
        popular.save()
        # A page drawn before the change was committed re-caches what it still saw.
        MOST_READ_CACHE.set([{"title": "cũ"}])
    assert MOST_READ_CACHE.get() is None


def test_counted_views_keep_the_cached_list(client, popular):
    """The view counter writes on every reading; it must not empty the cache each time."""
    most_read_titles()
    assert beacon(client, popular).status_code == 204
    assert MOST_READ_CACHE.get() is not None


def test_a_hidden_article_leaves_the_sitemap_at_once(client, django_assert_num_queries):
    article = ArticleFactory(slug="bai-se-an")
    assert "/tin-tuc/bai-se-an/" in sitemap(client)
    with django_assert_num_queries(0):
        assert "/tin-tuc/bai-se-an/" in sitemap(client)
    article.status = Article.Status.HIDDEN
    article.save()
    assert "/tin-tuc/bai-se-an/" not in sitemap(client)


def test_a_new_category_appears_in_the_sitemap_at_once(client):
    sitemap(client)
    CategoryFactory(slug="hoat-dong-giam-sat")
    assert "/chuyen-muc/hoat-dong-giam-sat/" in sitemap(client)


def test_the_cached_sitemap_keeps_the_headers_of_the_first_answer(client):
    ArticleFactory()
    first = client.get(reverse("news:sitemap"))
    second = client.get(reverse("news:sitemap"))
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"] == "application/xml"
    assert second["X-Robots-Tag"] == "noindex, noodp, noarchive"


def test_saving_an_article_forgets_every_page_that_shows_it_or_lists_articles(popular):
    other = ArticleFactory()
    tags = [f"article:{popular.pk}", "articles", f"article:{other.pk}", "site"]
    before = generations(*tags)
    popular.title = "Tiêu đề đã sửa"
    popular.save()
    after = generations(*tags)
    assert [before[tag] != after[tag] for tag in tags] == [True, True, False, False]


def test_deleting_an_article_forgets_the_pages_that_showed_it(popular):
    tag = f"article:{popular.pk}"
    before = generations(tag)
    popular.delete()
    assert generations(tag) != before


def test_a_category_change_forgets_its_pages_the_lists_and_the_menu_on_every_page():
    category = CategoryFactory()
    tags = [f"category:{category.pk}", "articles", "site"]
    before = generations(*tags)
    category.is_active = False
    category.save()
    after = generations(*tags)
    assert all(before[tag] != after[tag] for tag in tags)
