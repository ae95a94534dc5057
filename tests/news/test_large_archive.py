"""Pages whose cost must not grow with the archive: counts cached, every article read by index.

Timing belongs to the benchmark; here the plans are checked. On SQLite, EXPLAIN QUERY PLAN must
show no SCAN of the article table (a SEARCH walks an index range; a SCAN reads every row or
index entry). On PostgreSQL the test tables are tiny and a sequential scan is the right plan, so
sequential scans are switched off first: one that stays means no index could serve the query.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from news import listings
from news.models import Article
from tests.polls.factories import PollFactory, cast_ballot, choices_of

from .test_query_budget import build_site, count_queries

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    # What drawing a page costs; the page cache in front of it is tested on its own.
    settings.PORTAL_PAGE_CACHE_SECONDS = 0


def _full_scans(sql):
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("EXPLAIN QUERY PLAN " + sql)
            lines = [row[-1] for row in cursor.fetchall()]
            return [line for line in lines if line.startswith("SCAN news_article")]
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("EXPLAIN " + sql)
        lines = [row[0] for row in cursor.fetchall()]
        return [line for line in lines if "Seq Scan on news_article" in line]


def _article_queries(client, url):
    client.get(url)  # warm the caches: what every later reader pays
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return [q["sql"] for q in captured if "news_article" in q["sql"]]


@pytest.fixture
def site():
    return build_site(categories=6, articles=300)


def _pages(article):
    local = article.published_at.astimezone()
    return [
        "/",
        "/chuyen-muc/chuyen-muc-1/",
        "/chuyen-muc/chuyen-muc-1/?page=2",
        article.get_absolute_url(),
        f"/luu-tru/{local.year}/{local.month}/",
        "/luu-tru/",
        "/rss/",
        "/chuyen-muc/chuyen-muc-1/rss/",
        "/sitemap.xml",
    ]


def test_no_reader_page_reads_the_whole_article_table(client, site):
    for url in _pages(site):
        for sql in _article_queries(client, url):
            assert _full_scans(sql) == [], (url, sql)


def test_home_blocks_do_not_rank_the_archive(client, site):
    assert not any("ROW_NUMBER" in sql.upper() for sql in _article_queries(client, "/"))


def test_the_featured_article_is_found_on_the_featured_index_not_by_category(site):
    """Featured articles are few: split by category, a category without one would be read to
    its end (the home page at 100 000 articles took 250 ms on SQLite that way)."""
    with CaptureQueriesContext(connection) as captured:
        assert listings.newest_featured() is not None
    (sql,) = [q["sql"] for q in captured if "is_featured" in q["sql"]]
    assert "UNION" not in sql.upper()
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN QUERY PLAN " + sql)
            plan = " ".join(row[-1] for row in cursor.fetchall())
        assert "USING INDEX news_art_featured_st_pub_id" in plan
    assert _full_scans(sql) == []


def test_category_and_archive_counts_come_from_the_cache_until_an_article_changes(client, site):
    assert not any("COUNT(" in sql.upper() for sql in _article_queries(client, "/luu-tru/"))
    url = "/chuyen-muc/chuyen-muc-1/"
    assert not any("COUNT(" in sql.upper() for sql in _article_queries(client, url))
    before = client.get(url).context["page"].paginator.count
    article = Article.objects.public().filter(category__slug="chuyen-muc-1").first()
    article.status = Article.Status.HIDDEN
    article.save()
    assert client.get(url).context["page"].paginator.count == before - 1
    month = timezone.localtime(site.published_at)
    month_url = f"/luu-tru/{month.year}/{month.month}/"
    assert not any("COUNT(" in sql.upper() for sql in _article_queries(client, month_url))
    before = client.get(month_url).context["page"].paginator.count
    site.status = Article.Status.HIDDEN
    site.save()
    assert client.get(month_url).context["page"].paginator.count == before - 1


def test_reader_pages_run_as_many_queries_at_three_times_the_archive(client):
    article = build_site(categories=4, articles=100)
    poll = PollFactory()
    cast_ballot(poll, choices_of(poll)[0])
    urls = [*_pages(article), poll.get_results_url()]
    small = {url: count_queries(client, url) for url in urls}
    year_before = article.published_at.replace(year=article.published_at.year - 1)
    Article.objects.bulk_create(
        Article(
            title=f"Bài lưu trữ {n}",
            slug=f"bai-luu-tru-{n}",
            category=article.category,
            status=Article.Status.PUBLISHED,
            published_at=year_before,
        )
        for n in range(200)
    )
    for choice in choices_of(poll) * 50:
        cast_ballot(poll, choice)
    assert {url: count_queries(client, url) for url in urls} == small
