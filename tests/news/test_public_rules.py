"""One rule for what readers can open, and what clerks are told about it."""

import datetime

import pytest
from django.contrib.admin.sites import site
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from news.admin import ArticleAdmin
from news.models import Article
from news.sanitize import plain_text
from tests.factories import EditorFactory
from tests.news.admin_helpers import CHANGELIST_URL, article_form_data, change_url
from tests.news.factories import ArticleFactory, CategoryFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    client.force_login(EditorFactory())
    return client


def test_an_article_in_a_hidden_category_is_not_public_anywhere():
    article = ArticleFactory(category=CategoryFactory(is_active=False))
    assert not article.is_public
    assert not Article.objects.public().filter(pk=article.pk).exists()
    assert ArticleAdmin(Article, site).view_on_site(article) is None


def test_public_queryset_and_is_public_agree(client):
    shown = ArticleFactory()
    for article in [
        shown,
        ArticleFactory(scheduled=True),
        ArticleFactory(draft=True),
        ArticleFactory(hidden=True),
        ArticleFactory(category=CategoryFactory(is_active=False)),
    ]:
        in_queryset = Article.objects.public().filter(pk=article.pk).exists()
        assert article.is_public == in_queryset
    assert list(Article.objects.public()) == [shown]


def test_the_changelist_says_when_a_published_article_sits_in_a_hidden_category(editor_client):
    ArticleFactory(title="Bài trong chuyên mục ẩn", category=CategoryFactory(is_active=False))
    page = editor_client.get(CHANGELIST_URL).content.decode()
    assert "Đã đăng (chuyên mục đang ẩn)" in page


def test_the_category_choice_marks_hidden_categories(editor_client):
    CategoryFactory(name="Lưu trữ cũ", is_active=False)
    page = editor_client.get("/quan-tri/news/article/add/").content.decode()
    assert "Lưu trữ cũ (đang ẩn, bạn đọc không thấy)" in page


def test_saving_a_scheduled_article_tells_the_clerk_when_readers_see_it(editor_client):
    article = ArticleFactory()
    when = timezone.localtime() + datetime.timedelta(days=2)
    data = article_form_data(
        article,
        published_at_0=when.strftime("%Y-%m-%d"),
        published_at_1=when.strftime("%H:%M:%S"),
    )
    response = editor_client.post(change_url(article), data, follow=True)
    article.refresh_from_db()
    assert article.is_scheduled
    messages = [str(m) for m in response.context["messages"]]
    assert any(m.startswith("Bài sẽ hiện với bạn đọc lúc") for m in messages), messages


def test_publishing_into_a_hidden_category_warns_the_clerk(editor_client):
    article = ArticleFactory(category=CategoryFactory(name="Tạm ẩn", is_active=False))
    response = editor_client.post(change_url(article), article_form_data(article), follow=True)
    messages = [str(m) for m in response.context["messages"]]
    assert "Chuyên mục “Tạm ẩn” đang ẩn, nên bạn đọc chưa thấy bài này." in messages


@pytest.mark.parametrize("term", ["HĐND.", "kỳ họp,", "“kỳ họp”", "hdnd"])
def test_admin_search_reads_queries_like_the_public_search(editor_client, term):
    ArticleFactory(title="Kỳ họp thứ Mười HĐND thành phố")
    found = editor_client.get(CHANGELIST_URL, {"q": term}).context["cl"].result_count
    assert found == 1


def test_table_cells_and_list_items_do_not_run_together_in_plain_text():
    body = (
        "<table><tr><td>Ngày thứ ba</td><td>Buổi sáng</td></tr></table>"
        "<ul><li>Một</li><li>Hai</li></ul>"
    )
    assert plain_text(body) == "Ngày thứ ba Buổi sáng Một Hai"


def test_search_snippets_keep_table_cells_apart(client):
    ArticleFactory(body="<table><tr><td>Ngày thứ ba</td><td>Buổi sáng thảo luận</td></tr></table>")
    page = client.get("/tim-kiem/", {"q": "thao luan"}).content.decode()
    assert "baBuổi" not in page
    assert "ba Buổi" in page


def test_feeds_do_not_load_article_bodies(client):
    ArticleFactory.create_batch(3)
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/rss/").status_code == 200
    article_queries = [q["sql"] for q in queries if 'FROM "news_article"' in q["sql"]]
    assert article_queries and all('"news_article"."body"' not in sql for sql in article_queries)


@pytest.mark.parametrize("month", ["9", "09", "009"])
def test_an_archive_month_has_one_canonical_address_however_it_is_written(client, month):
    ArticleFactory(published_at=timezone.make_aware(datetime.datetime(2025, 9, 10, 9, 0)))
    response = client.get(f"/luu-tru/2025/{month}/")
    assert response.status_code == 200
    assert response.context["canonical_url"].endswith("/luu-tru/2025/9/")
