import threading

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.urls import reverse

from news import view_counter
from news.models import Article
from tests.factories import EditorFactory, UserFactory
from tests.news.factories import ArticleFactory, CategoryFactory

pytestmark = pytest.mark.django_db

BROWSER = (
    "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Mobile Safari/537.36"
)


def beacon(client, article, **headers):
    headers.setdefault("HTTP_USER_AGENT", BROWSER)
    headers.setdefault("REMOTE_ADDR", "203.0.113.7")
    return client.post(reverse("news:article_view_beacon", args=[article.pk]), **headers)


def pixel(client, article, method="get", **headers):
    headers.setdefault("HTTP_USER_AGENT", BROWSER)
    headers.setdefault("REMOTE_ADDR", "203.0.113.7")
    return getattr(client, method)(reverse("news:article_view_pixel", args=[article.pk]), **headers)


def views_of(article):
    return Article.objects.values_list("view_count", flat=True).get(pk=article.pk)


def test_beacon_counts_a_view_and_answers_204(client):
    article = ArticleFactory()
    response = beacon(client, article)
    assert response.status_code == 204
    assert views_of(article) == 1


def test_same_reader_counts_once_within_thirty_minutes(client):
    article = ArticleFactory()
    for _ in range(5):
        assert beacon(client, article).status_code == 204
    assert pixel(client, article).status_code == 200
    assert views_of(article) == 1


def test_same_reader_counts_again_once_the_window_has_passed(client):
    article = ArticleFactory()
    beacon(client, article)
    # The de-duplication key lives in the cache with a 30-minute expiry; expiring it is the
    # same as the window passing.
    cache.clear()
    beacon(client, article)
    assert views_of(article) == 2
    assert view_counter.DEDUPE_SECONDS == 30 * 60


def test_different_readers_are_counted_separately(client):
    article = ArticleFactory()
    beacon(client, article, REMOTE_ADDR="203.0.113.7")
    beacon(client, article, REMOTE_ADDR="203.0.113.8")
    beacon(client, article, REMOTE_ADDR="203.0.113.8", HTTP_USER_AGENT=BROWSER + " Zalo iOS")
    assert views_of(article) == 3


def test_a_reader_of_one_article_still_counts_on_another(client):
    first, second = ArticleFactory(), ArticleFactory()
    beacon(client, first)
    beacon(client, second)
    assert (views_of(first), views_of(second)) == (1, 1)


def test_reader_key_never_contains_the_raw_address(rf):
    request = rf.post("/", REMOTE_ADDR="203.0.113.7", HTTP_USER_AGENT=BROWSER)
    key = view_counter.reader_key(request)
    assert "203.0.113.7" not in key and len(key) == 32


@pytest.mark.parametrize(
    "user_agent",
    [
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
        "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)",
        "Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)",
        "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
        "Mozilla/5.0 (compatible; ZaloBot/1.0)",
        "Mozilla/5.0 (compatible; coccocbot-web/1.0; +http://help.coccoc.com/searchengine)",
        "Twitterbot/1.0",
        "curl/8.5.0",
        "Wget/1.21.4",
        "python-requests/2.32.3",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "HeadlessChrome/124.0.0.0 Safari/537.36",
        "",
        "x" * 2000,
    ],
    ids=lambda ua: ua[:20] or "empty",
)
def test_bots_are_never_counted(client, user_agent):
    article = ArticleFactory()
    assert beacon(client, article, HTTP_USER_AGENT=user_agent).status_code == 204
    assert pixel(client, article, HTTP_USER_AGENT=user_agent).status_code == 200
    assert views_of(article) == 0


@pytest.mark.parametrize(
    "user_agent",
    [
        BROWSER,
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 "
        "(KHTML, like Gecko) Mobile/15E148 Zalo iOS/24.03.01 ZaloTheme/light ZaloLanguage/vn",
        "Mozilla/5.0 (Linux; Android 10; CUBOT X30 Build/QP1A) AppleWebKit/537.36 "
        "(KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/124.0.0.0 Safari/537.36 coc_coc_browser/124.0.0",
    ],
    ids=["android-chrome", "zalo-in-app", "cubot-phone", "firefox", "coc-coc"],
)
def test_real_browsers_are_counted(client, user_agent):
    article = ArticleFactory()
    beacon(client, article, HTTP_USER_AGENT=user_agent)
    assert views_of(article) == 1


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_PURPOSE": "prefetch"},
        {"HTTP_SEC_PURPOSE": "prefetch"},
        {"HTTP_SEC_PURPOSE": "prefetch;prerender"},
        {"HTTP_X_MOZ": "prefetch"},
        {"HTTP_X_PURPOSE": "preview"},
    ],
    ids=["purpose", "sec-purpose", "prerender", "x-moz", "x-purpose"],
)
def test_prefetch_and_prerender_requests_are_not_counted(client, headers):
    article = ArticleFactory()
    beacon(client, article, **headers)
    pixel(client, article, **headers)
    assert views_of(article) == 0


def test_head_request_for_the_pixel_is_not_counted(client):
    article = ArticleFactory()
    assert pixel(client, article, method="head").status_code == 200
    assert views_of(article) == 0


def test_beacon_accepts_only_post(client):
    article = ArticleFactory()
    url = reverse("news:article_view_beacon", args=[article.pk])
    assert client.get(url, HTTP_USER_AGENT=BROWSER).status_code == 405
    assert client.head(url, HTTP_USER_AGENT=BROWSER).status_code == 405
    assert views_of(article) == 0


def test_beacon_needs_no_csrf_token(client):
    article = ArticleFactory()
    strict = Client(enforce_csrf_checks=True)
    assert beacon(strict, article).status_code == 204
    assert views_of(article) == 1


def test_staff_views_are_never_counted(client):
    article = ArticleFactory()
    client.force_login(EditorFactory())
    beacon(client, article)
    pixel(client, article)
    assert views_of(article) == 0


def test_logged_in_readers_who_are_not_staff_are_counted(client):
    article = ArticleFactory()
    client.force_login(UserFactory())
    beacon(client, article)
    assert views_of(article) == 1


def test_requests_from_another_site_are_not_counted(client):
    article = ArticleFactory()
    beacon(client, article, HTTP_SEC_FETCH_SITE="cross-site")
    pixel(client, article, HTTP_SEC_FETCH_SITE="cross-site")
    assert views_of(article) == 0
    beacon(client, article, HTTP_SEC_FETCH_SITE="same-origin")
    assert views_of(article) == 1


@pytest.mark.parametrize(
    "state",
    [{"draft": True}, {"hidden": True}, {"scheduled": True}, {"review": True}],
    ids=["draft", "hidden", "scheduled", "review"],
)
def test_unpublished_articles_are_not_counted_and_answer_404(client, state):
    article = ArticleFactory(**state)
    assert beacon(client, article).status_code == 404
    assert pixel(client, article).status_code == 404
    assert views_of(article) == 0


def test_unknown_and_huge_ids_answer_404(client):
    assert client.post("/tin-tuc/987654/luot-xem/", HTTP_USER_AGENT=BROWSER).status_code == 404
    huge = "9" * 40
    assert client.post(f"/tin-tuc/{huge}/luot-xem/", HTTP_USER_AGENT=BROWSER).status_code == 404
    assert client.get(f"/tin-tuc/{huge}/luot-xem.gif", HTTP_USER_AGENT=BROWSER).status_code == 404


def test_article_in_an_inactive_category_is_not_counted(client):
    article = ArticleFactory(category=CategoryFactory(is_active=False))
    assert beacon(client, article).status_code == 404
    assert views_of(article) == 0


def test_pixel_is_an_uncacheable_gif(client):
    article = ArticleFactory()
    response = pixel(client, article)
    assert response["Content-Type"] == "image/gif"
    assert response.content.startswith(b"GIF89a")
    assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]
    assert views_of(article) == 1


def test_opening_the_article_page_writes_nothing(client, django_assert_num_queries):
    """The page itself must stay cacheable: counting happens in the beacon or the pixel."""
    article = ArticleFactory(view_count=7)
    response = client.get(article.get_absolute_url(), HTTP_USER_AGENT=BROWSER)
    page = response.content.decode()
    assert views_of(article) == 7
    assert f'data-view-url="/tin-tuc/{article.pk}/luot-xem/"' in page
    assert f'<noscript><img class="view-pixel" src="/tin-tuc/{article.pk}/luot-xem.gif"' in page
    assert "sessionid" not in response.cookies


def test_the_counter_is_a_database_side_increment(client, django_assert_num_queries):
    article = ArticleFactory()
    Article.objects.filter(pk=article.pk).update(view_count=41)
    # The instance we hold is stale; an F() update still lands on the stored value.
    beacon(client, article)
    assert views_of(article) == 42


def test_most_read_widget_lists_articles_by_views(client):
    quiet = ArticleFactory(title="Bài ít người đọc", view_count=3)
    popular = ArticleFactory(title="Bài nhiều người đọc", view_count=1957)
    page = client.get("/").content.decode()
    widget = page[page.index('id="tin-doc-nhieu"') :]
    assert widget.index(popular.title) < widget.index(quiet.title)
    assert "1.957 lượt xem" in widget


def test_most_read_widget_skips_unpublished_articles(client):
    ArticleFactory(title="Bài nháp nhiều lượt xem", view_count=10_000, draft=True)
    ArticleFactory(title="Bài đã ẩn nhiều lượt xem", view_count=10_000, hidden=True)
    ArticleFactory(title="Bài công khai")
    page = client.get("/").content.decode()
    widget = page[page.index('id="tin-doc-nhieu"') :]
    assert "Bài công khai" in widget
    assert "nhiều lượt xem" not in widget


# --- Concurrency: exact counts under parallel requests (PostgreSQL) ------------------------


def _run_in_threads(count, work):
    errors = []
    barrier = threading.Barrier(count)

    def run(index):
        try:
            barrier.wait()
            work(index)
        except Exception as exc:  # noqa: BLE001 (reported below, else it dies with the thread)
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
def test_no_view_is_lost_when_fifty_readers_arrive_at_once(on_postgres):
    article = ArticleFactory()

    def read(index):
        response = beacon(Client(), article, REMOTE_ADDR=f"198.51.100.{index + 1}")
        assert response.status_code == 204

    _run_in_threads(50, read)
    assert views_of(article) == 50


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_one_reader_racing_in_many_tabs_counts_once(on_postgres):
    article = ArticleFactory()

    def read(index):
        assert beacon(Client(), article).status_code == 204

    _run_in_threads(20, read)
    assert views_of(article) == 1
