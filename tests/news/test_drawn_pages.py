"""Pages drawn for a reader the page cache does not serve (a session cookie, a miss): the parts
that are the same for every reader come from remembered blocks, so a draw costs a few queries,
and every edit still shows at once."""

import datetime
from unittest import mock

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from comments.models import Comment
from comments.moderation import approve
from news import publishing
from news.models import Article
from portal import page_cache
from tests.comments.factories import CommentFactory
from tests.factories import EditorFactory
from tests.news.factories import ArticleFactory, CategoryFactory

pytestmark = pytest.mark.django_db

# Nothing: the article's frame (its id, title, description and category) is remembered, every
# block around it too, the comments with the section around this reader's own notice, and the
# session is not even read. The article itself is read only to draw a block again.
DRAWN_ARTICLE_QUERIES = 0
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


def test_a_drawn_article_reads_nothing_from_the_database(article):
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


def test_a_hidden_article_answers_404_to_a_drawn_reader_at_once(article):
    reader = session_reader()
    reader.get(article.get_absolute_url())
    article.status = Article.Status.HIDDEN
    article.save()
    assert reader.get(article.get_absolute_url()).status_code == 404


def test_an_article_whose_category_is_switched_off_answers_404_at_once(article):
    reader = session_reader()
    reader.get(article.get_absolute_url())
    category = article.category
    category.is_active = False
    category.save()
    assert reader.get(article.get_absolute_url()).status_code == 404


def test_a_new_address_leaves_the_old_one_answering_301_at_once(article):
    reader = session_reader()
    old = article.get_absolute_url()
    reader.get(old)
    article.slug = "thanh-pho-cong-bo-quy-hoach-cho"
    article.save()
    moved = reader.get(old)
    assert moved.status_code == 301
    assert moved["Location"] == article.get_absolute_url()


def test_an_article_that_expires_leaves_drawn_pages_at_its_time(article):
    reader = session_reader()
    ends = timezone.now() + datetime.timedelta(seconds=30)  # sooner than a page is kept
    article.expires_at = ends
    article.save()
    assert reader.get(article.get_absolute_url()).status_code == 200
    later = ends + datetime.timedelta(seconds=1)
    with (
        mock.patch("django.utils.timezone.now", return_value=later),
        mock.patch("time.time", return_value=later.timestamp()),
    ):
        assert reader.get(article.get_absolute_url()).status_code == 404


def test_an_article_hidden_behind_the_remembered_frame_is_still_refused(article):
    """Hidden by a bulk update that told nobody, while its frame is remembered: the first block
    drawn again reads the article and finds it gone."""
    reader = session_reader()
    reader.get(article.get_absolute_url())
    Article.objects.filter(pk=article.pk).update(status=Article.Status.HIDDEN)
    page_cache.cache.touch(f"article:{article.pk}")  # its blocks are drawn again
    assert reader.get(article.get_absolute_url()).status_code == 404
