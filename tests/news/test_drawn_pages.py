"""Pages drawn for a reader the page cache does not serve (a session cookie, a miss): the parts
that are the same for every reader come from remembered blocks, so a draw costs a few queries,
and every edit still shows at once."""

import datetime

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from comments.models import Comment
from comments.moderation import approve
from news import publishing
from tests.comments.factories import CommentFactory
from tests.factories import EditorFactory
from tests.news.factories import ArticleFactory, CategoryFactory

pytestmark = pytest.mark.django_db

# The article with its category; its comments are remembered with the section around this
# reader's own notice, and the session is not even read.
DRAWN_ARTICLE_QUERIES = 1
# Every list of the home page is in its remembered block.
DRAWN_HOME_QUERIES = 0


def session_reader():
    """A reader whose cookie names a session (nothing logged in): never served from the page
    cache, always drawn."""
    reader = Client()
    reader.cookies["sessionid"] = "mot-phien-khong-co-that"
    return reader


@pytest.fixture
def article():
    category = CategoryFactory(name="Thời sự", slug="thoi-su")
    ArticleFactory.create_batch(
        6, category=category, published_at=timezone.now() - datetime.timedelta(days=1)
    )
    return ArticleFactory(
        category=category,
        title="Thành phố lấy ý kiến về quy hoạch chợ",
        published_at=timezone.now() - datetime.timedelta(hours=3),
    )


def queries_of(reader, url):
    with CaptureQueriesContext(connection) as captured:
        response = reader.get(url)
    assert response.status_code == 200
    assert response.get("X-Page-Cache") is None  # drawn, not from the page cache
    return len(captured), response.content.decode()


def test_a_drawn_article_reads_only_the_article(article):
    reader = session_reader()
    reader.get(article.get_absolute_url())  # the remembered blocks are drawn once
    count, page = queries_of(reader, article.get_absolute_url())
    assert count == DRAWN_ARTICLE_QUERIES
    assert "Thành phố lấy ý kiến về quy hoạch chợ" in page
    assert "Tin khác" in page and "Các bài đã đăng" in page


def test_a_drawn_home_page_reads_nothing_from_the_database(article):
    reader = session_reader()
    reader.get("/")
    count, page = queries_of(reader, "/")
    assert count == DRAWN_HOME_QUERIES
    assert "Thành phố lấy ý kiến về quy hoạch chợ" in page


def test_an_edit_shows_on_the_drawn_article_at_once(article):
    reader = session_reader()
    reader.get(article.get_absolute_url())
    article.title = "Thành phố công bố quy hoạch chợ mới"
    article.save()
    page = reader.get(article.get_absolute_url()).content.decode()
    assert "Thành phố công bố quy hoạch chợ mới" in page
    assert "Thành phố lấy ý kiến về quy hoạch chợ" not in page


def test_a_new_article_shows_in_the_drawn_lists_and_home_at_once(article):
    reader = session_reader()
    reader.get(article.get_absolute_url())
    reader.get("/")
    draft = ArticleFactory(draft=True, category=article.category, title="Chợ mới khởi công")
    publishing.publish(draft, EditorFactory())
    assert "Chợ mới khởi công" in reader.get(article.get_absolute_url()).content.decode()
    assert "Chợ mới khởi công" in reader.get("/").content.decode()


def test_an_approved_comment_shows_on_the_drawn_article_at_once(article):
    reader = session_reader()
    reader.get(article.get_absolute_url())
    CommentFactory(article=article, status=Comment.Status.PENDING, title="Cần thêm chỗ đỗ xe máy")
    assert "Cần thêm chỗ đỗ xe máy" not in reader.get(article.get_absolute_url()).content.decode()
    approve(Comment.objects.filter(article=article), EditorFactory())
    assert "Cần thêm chỗ đỗ xe máy" in reader.get(article.get_absolute_url()).content.decode()
