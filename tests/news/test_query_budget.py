"""Page speed as SQL query counts on a database holding hundreds of articles.

Budgets (shared with the poll widget and comments): article page ≤ 8 queries, home ≤ 12, once
the cached sidebar widgets and menu are warm. The first request after a cache flush pays for
filling those caches; its bound is documented below.
"""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from news import search_index
from news.models import Article, Category
from portal import text

pytestmark = pytest.mark.django_db

ARTICLE_BUDGET = 8
HOME_BUDGET = 12
# Cold cache: the menu (1), "Tin đọc nhiều" (≤ 3: this month's buckets, then this week's or the
# all-time fallback), the poll widget (≤ 2) and the other sidebar widgets are filled once, and
# the page cache reads its clocks (next scheduled article, next poll opening or closing: ≤ 3);
# every later request is back under the budget.
COLD_EXTRA = 8
# An article page drawn afresh also reads its topics and its precomputed "Bài liên quan" (one
# indexed query each, news.related); "Nghe bài" comes with the article itself.
ARTICLE_TOPICS_EXTRA = 2
# The news app's own share of the article page: the article with its category, "Tin khác",
# newer and older articles.
NEWS_ARTICLE_QUERIES = 5


def build_site(categories=8, articles=400):
    now = timezone.now()
    cats = Category.objects.bulk_create(
        Category(name=f"Chuyên mục {n}", slug=f"chuyen-muc-{n}", order=n, is_active=n != 0)
        for n in range(categories)
    )
    statuses = [Article.Status.PUBLISHED] * 8 + [Article.Status.DRAFT, Article.Status.HIDDEN]
    rows = []
    for n in range(articles):
        title = f"Kỳ họp thứ {n} bàn về thủy lợi và ngân sách"
        body = "<p>" + "Đại biểu thảo luận về ngân sách thành phố. " * 20 + "</p>"
        rows.append(
            Article(
                title=title,
                slug=f"bai-viet-{n}",
                category=cats[n % categories],
                sapo="Tóm tắt nội dung kỳ họp.",
                body=body,
                status=statuses[n % len(statuses)],
                published_at=now - datetime.timedelta(hours=n + 1),
                is_featured=n % 50 == 0,
                view_count=(n * 37) % 1000,
                title_folded=text.fold(title),
                search_folded=text.fold(f"{title} {body}"),
            )
        )
    Article.objects.bulk_create(rows)
    # bulk_create skips save(): index the articles as generate_articles does.
    search_index.rebuild()
    return Article.objects.published().in_active_category().order_by("-published_at")[20]


@pytest.fixture
def site():
    return build_site()


def test_home_page_stays_within_budget_when_warm(client, site, django_assert_max_num_queries):
    client.get("/")
    with django_assert_max_num_queries(HOME_BUDGET):
        assert client.get("/").status_code == 200


def test_home_page_first_request_after_a_cache_flush(client, site, django_assert_max_num_queries):
    with django_assert_max_num_queries(HOME_BUDGET + COLD_EXTRA):
        assert client.get("/").status_code == 200


def test_article_page_stays_within_budget_when_warm(client, site, django_assert_max_num_queries):
    client.get(site.get_absolute_url())
    with django_assert_max_num_queries(ARTICLE_BUDGET):
        assert client.get(site.get_absolute_url()).status_code == 200


def test_article_page_first_request_after_a_cache_flush(
    client, site, django_assert_max_num_queries
):
    with django_assert_max_num_queries(ARTICLE_BUDGET + COLD_EXTRA + ARTICLE_TOPICS_EXTRA):
        assert client.get(site.get_absolute_url()).status_code == 200


def test_news_app_uses_at_most_five_queries_of_the_article_budget(client, site):
    client.get(site.get_absolute_url())
    with CaptureQueriesContext(connection) as queries:
        client.get(site.get_absolute_url())
    news = [
        q["sql"] for q in queries if '"news_article"' in q["sql"] or '"news_category"' in q["sql"]
    ]
    assert len(news) <= NEWS_ARTICLE_QUERIES, news


def count_queries(client, url):
    client.get(url)  # warm
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_home_query_count_does_not_grow_with_categories_or_articles(client):
    build_site(categories=3, articles=60)
    small = count_queries(client, "/")
    more = Category.objects.bulk_create(
        Category(name=f"Thêm {n}", slug=f"them-{n}", order=100 + n) for n in range(12)
    )
    Article.objects.bulk_create(
        Article(
            title=f"Bài thêm {n}",
            slug=f"bai-them-{n}",
            category=more[n % 12],
            status=Article.Status.PUBLISHED,
            published_at=timezone.now() - datetime.timedelta(minutes=n + 1),
        )
        for n in range(300)
    )
    assert count_queries(client, "/") == small


@pytest.mark.parametrize(
    "url",
    [
        "/chuyen-muc/chuyen-muc-1/",
        "/chuyen-muc/chuyen-muc-1/?page=3",
        "/tim-kiem/?q=thuy+loi+ngan+sach",
        "/tim-kiem/?q=thuy+loi&page=2",
        "/luu-tru/",
        "/rss/",
        "/chuyen-muc/chuyen-muc-1/rss/",
    ],
)
def test_list_pages_stay_small_whatever_the_volume(
    client, site, url, django_assert_max_num_queries
):
    client.get(url)
    with django_assert_max_num_queries(HOME_BUDGET):
        assert client.get(url).status_code == 200
