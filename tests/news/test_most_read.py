"""'Đọc nhiều trong tuần / tháng' from daily view buckets kept exactly with the total."""

import datetime
import threading

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from news import most_read, view_counter
from news.models import Article, ArticleDailyViews
from tests.news.factories import ArticleFactory
from tests.news.test_view_counter import beacon

pytestmark = pytest.mark.django_db


def test_a_counted_view_adds_to_the_total_and_to_todays_bucket(client):
    article = ArticleFactory()
    assert beacon(client, article).status_code == 204
    bucket = ArticleDailyViews.objects.get()
    assert (bucket.article, bucket.day, bucket.views) == (article, timezone.localdate(), 1)
    assert Article.objects.get(pk=article.pk).view_count == 1


def test_views_of_one_day_share_one_row():
    article = ArticleFactory()
    for _ in range(7):
        view_counter.count_view(article.pk)
    assert ArticleDailyViews.objects.count() == 1
    assert ArticleDailyViews.objects.get().views == 7


def test_a_view_not_counted_leaves_no_bucket(client):
    article = ArticleFactory()
    beacon(client, article)
    beacon(client, article)  # the same reader again: de-duplicated
    assert ArticleDailyViews.objects.get().views == 1


def test_a_missing_article_gets_no_bucket():
    view_counter.count_view(987654)
    assert not ArticleDailyViews.objects.exists()


def test_the_week_and_the_month_rank_by_their_own_views():
    today = timezone.localdate()
    this_week = ArticleFactory(title="Nhiều người đọc tuần này")
    earlier = ArticleFactory(title="Nhiều người đọc đầu tháng")
    for _ in range(3):
        view_counter.count_view(this_week.pk, day=today)
    for _ in range(5):
        view_counter.count_view(earlier.pk, day=today - datetime.timedelta(days=20))
    view_counter.count_view(earlier.pk, day=today - datetime.timedelta(days=40))
    week = most_read.most_read(7)
    month = most_read.most_read(30)
    assert [(e["title"], e["view_count"]) for e in week] == [("Nhiều người đọc tuần này", 3)]
    assert [(e["title"], e["view_count"]) for e in month] == [
        ("Nhiều người đọc đầu tháng", 5),
        ("Nhiều người đọc tuần này", 3),
    ]


def test_hidden_articles_leave_the_period_lists():
    article = ArticleFactory()
    view_counter.count_view(article.pk)
    article.status = Article.Status.HIDDEN
    article.save()
    assert most_read.most_read(7) == []


def test_the_sidebar_shows_both_periods(client):
    article = ArticleFactory(title="Bài được đọc trong tuần")
    view_counter.count_view(article.pk)
    html = client.get("/").content.decode()
    widget = html[html.index('id="tin-doc-nhieu"') :]
    assert "Trong tuần" in widget and "Trong tháng" in widget
    assert "1 lượt xem trong tuần" in widget


def test_the_period_ranking_is_one_query_whatever_the_archive():
    for _ in range(30):
        view_counter.count_view(ArticleFactory().pk)

    with CaptureQueriesContext(connection) as queries:
        most_read.most_read(30)
    assert len(queries) == 1


def _run_in_threads(count, target):
    errors = []

    def run(index):
        try:
            target(index)
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_buckets_stay_equal_to_the_total_when_forty_readers_arrive_at_once(on_postgres):
    article = ArticleFactory()

    def read(index):
        response = beacon(Client(), article, REMOTE_ADDR=f"198.51.100.{index + 1}")
        assert response.status_code == 204

    _run_in_threads(40, read)
    assert Article.objects.get(pk=article.pk).view_count == 40
    assert ArticleDailyViews.objects.get(article=article).views == 40


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_first_views_of_a_day_racing_make_one_row(on_postgres):
    """The upsert is one statement, so racing first views never collide. (The SQLite test
    database lives in shared-cache memory, where concurrent writers get table locks rather than
    waiting as on the WAL file the ward recipe uses.)"""
    article = ArticleFactory()
    lock = threading.Barrier(8)

    def read(index):
        lock.wait(timeout=10)
        view_counter.count_view(article.pk)

    _run_in_threads(8, read)
    assert ArticleDailyViews.objects.get(article=article).views == 8
    assert Article.objects.get(pk=article.pk).view_count == 8
