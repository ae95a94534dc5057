"""Whole reader pages from the shared cache: what is served, what is never kept, what forgets."""

import datetime
from unittest import mock

import pytest
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import timezone

from comments.models import Comment
from comments.moderation import approve
from news import publishing
from news.models import Article
from polls import voting
from polls.models import Ballot
from portal import page_cache
from tests.comments.factories import CommentFactory
from tests.factories import EditorFactory, StaffUserFactory
from tests.news.factories import ArticleFactory, CategoryFactory
from tests.polls.factories import PollFactory, choices_of
from tests.polls.votes import vote
from tests.portal.factories import GoldPriceFactory

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/124.0 Safari/537.36"


@pytest.fixture
def site():
    # Not the "ky-hop" slug: the council's session pages stand in for that category in the menu.
    category = CategoryFactory(name="Kỳ họp", slug="tin-ky-hop")
    article = ArticleFactory(
        category=category,
        title="Hội đồng nhân dân khai mạc kỳ họp",
        published_at=timezone.now() - datetime.timedelta(hours=2),
    )
    poll = PollFactory()
    return article, category, poll


def reader_pages(article, category, poll):
    month = timezone.localtime(article.published_at)
    return [
        reverse("news:home"),
        category.get_absolute_url(),
        article.get_absolute_url(),
        reverse("news:archive_index"),
        reverse("news:archive_month", args=(month.year, month.month)),
        reverse("news:search") + "?q=hoi+dong",
        poll.get_absolute_url(),
        poll.get_results_url(),
        reverse("polls:archive"),
    ]


def state(response):
    return response.get("X-Page-Cache")


def test_no_reader_page_sets_a_cookie_or_varies_on_cookie_and_the_second_view_is_a_hit(
    site, django_assert_num_queries
):
    reader = Client()
    for url in reader_pages(*site):
        first = reader.get(url)
        assert first.status_code == 200, url
        assert not first.cookies, url
        assert "cookie" not in first.get("Vary", "").lower(), url
        assert first["Cache-Control"] == "public, max-age=0, s-maxage=10", url
        assert first["ETag"] and first["Last-Modified"], url
        assert state(first) == "miss", url
        with django_assert_num_queries(0):
            second = reader.get(url)
        assert state(second) == "hit", url
        assert second.content == first.content, url
        assert not second.cookies, url
        # The security headers of the inner middleware were kept; the outer ones are added anew.
        assert set(second.headers) == set(first.headers), url
        assert second["X-Frame-Options"] == "DENY" and second["Content-Security-Policy"], url


def test_head_is_answered_from_the_cache_too(site):
    article = site[0]
    page = Client().get(article.get_absolute_url())
    response = Client().head(article.get_absolute_url())
    assert response.status_code == 200
    assert state(response) == "hit"
    # The headers alone, the page's length among them: no body for the server to drop (read
    # from the middleware itself: the test client strips HEAD bodies on its own).
    middleware = page_cache.PageCacheMiddleware(lambda request: pytest.fail("drawn again"))
    answer = middleware(RequestFactory().head(article.get_absolute_url()))
    assert answer.content == b""
    assert answer["Content-Length"] == str(len(page.content))
    assert answer["ETag"] == page["ETag"]


def test_an_unchanged_page_answers_304_to_its_etag_and_to_its_date(site):
    url = site[0].get_absolute_url()
    first = Client().get(url)
    by_etag = Client().get(url, headers={"If-None-Match": first["ETag"]})
    by_date = Client().get(url, headers={"If-Modified-Since": first["Last-Modified"]})
    assert (by_etag.status_code, by_date.status_code) == (304, 304)
    assert by_etag.content == b""


def test_staff_and_readers_with_a_session_are_never_served_a_cached_page(site):
    url = reverse("news:home")
    Client().get(url)
    staff = Client()
    staff.force_login(StaffUserFactory())
    response = staff.get(url)
    assert state(response) is None
    assert response["Cache-Control"] == "private, no-cache"
    # ... and what they were shown is not kept for anyone else.
    assert state(Client().get(url)) == "hit"


def test_a_page_with_a_message_is_never_served_cached_nor_kept(site):
    url = site[0].get_absolute_url()
    Client().get(url)
    reader = Client()
    response = vote(reader, site[2], choices_of(site[2])[0])  # leaves "Cảm ơn…" in the cookie
    assert response.status_code == 303
    shown = reader.get(url)
    assert state(shown) is None
    assert "Cảm ơn bạn đã bình chọn!" in shown.content.decode()
    stranger = Client().get(url).content.decode()
    assert "Cảm ơn bạn đã bình chọn!" not in stranger


def test_a_response_that_sets_a_cookie_or_varies_on_cookie_is_never_kept(rf):
    """A page that drew a CSRF token, read the session or added a message says so in its
    cookies or its Vary header; such a response is not kept for other readers."""
    from django.http import HttpResponse

    fresh = page_cache._State("k", {}, {})
    plain = HttpResponse("trang")
    assert page_cache._storable(None, plain, fresh)
    with_message = HttpResponse("trang")
    with_message.set_cookie("messages", "Thông báo riêng")
    with_token = HttpResponse("trang")
    with_token["Vary"] = "Cookie"
    private = HttpResponse("trang")
    private["Cache-Control"] = "private"
    for response in (with_message, with_token, private):
        assert not page_cache._storable(None, response, fresh)


def test_a_cached_page_never_shows_one_readers_form_error_to_another(site):
    poll = site[2]
    refused = vote(Client(), poll)  # nothing chosen: the page with the error
    assert refused.status_code == 400
    page = Client().get(poll.get_absolute_url()).content.decode()
    assert "Bạn chưa chọn phương án nào" not in page


def test_junk_query_strings_share_the_page_and_cannot_fill_the_cache(site):
    url = reverse("news:home")
    assert state(Client().get(url)) == "miss"
    assert state(Client().get(url + "?utm_source=zalo&fbclid=abc")) == "hit"
    category = site[1].get_absolute_url()
    Client().get(category)
    # "?page=abc" and "?page=999" are drawn as page 1 but not kept under their own keys.
    for junk in ("?page=abc", "?page=999", "?page=01"):
        assert state(Client().get(category + junk)) is None, junk
        assert state(Client().get(category + junk)) is None, junk


def test_page_numbers_that_exist_are_cached_each_under_their_own_key():
    category = CategoryFactory()
    ArticleFactory.create_batch(13, category=category)
    url = category.get_absolute_url()
    assert state(Client().get(url + "?page=2")) == "miss"
    assert state(Client().get(url + "?page=2")) == "hit"
    assert state(Client().get(url)) == "miss"


def test_only_searches_that_find_something_are_kept(site):
    search = reverse("news:search")
    Client().get(search + "?q=hoi+dong")
    assert state(Client().get(search + "?q=hoi+dong")) == "hit"
    assert state(Client().get(search + "?q=hoi+dong&page=1")) is None  # not canonical
    assert state(Client().get(search + "?q=xyzzyqwerty")) is None
    assert state(Client().get(search + "?q=xyzzyqwerty")) is None
    assert state(Client().get(search + "?q=++hoi++dong")) is None


# --- forgetting ----------------------------------------------------------------------------


def cached(url):
    response = Client().get(url)
    assert state(Client().get(url)) == "hit"
    return response


def test_publishing_an_article_shows_it_on_the_cached_home_page_at_once(site):
    editor = EditorFactory()
    draft = ArticleFactory(draft=True, title="Bài mới được duyệt đăng", category=site[1])
    cached(reverse("news:home"))
    publishing.publish(draft, editor)
    response = Client().get(reverse("news:home"))
    assert state(response) == "miss"
    assert "Bài mới được duyệt đăng" in response.content.decode()


def test_editing_an_article_shows_on_its_cached_page_at_once(site):
    article = site[0]
    cached(article.get_absolute_url())
    article.sapo = "Phần mở đầu đã được biên tập lại."
    article.save()
    assert (
        "Phần mở đầu đã được biên tập lại."
        in Client().get(article.get_absolute_url()).content.decode()
    )


def test_hiding_an_article_takes_its_cached_page_and_lists_down_at_once(site):
    article = site[0]
    cached(article.get_absolute_url())
    cached(reverse("news:home"))
    publishing.hide(article, EditorFactory())
    assert Client().get(article.get_absolute_url()).status_code == 404
    assert article.title not in Client().get(reverse("news:home")).content.decode()


def test_approving_a_comment_shows_it_on_the_cached_article_page_at_once(site):
    article = site[0]
    comment = CommentFactory(article=article, status=Comment.Status.PENDING, title="Ý kiến hay")
    cached(article.get_absolute_url())
    approve(Comment.objects.filter(pk=comment.pk), EditorFactory())
    assert "Ý kiến hay" in Client().get(article.get_absolute_url()).content.decode()


def test_renaming_a_category_shows_in_the_menu_of_every_cached_page_at_once(site):
    article, category, poll = site
    for url in reader_pages(*site):
        cached(url)
    category.name = "Kỳ họp HĐND"
    category.save()
    for url in reader_pages(*site):
        assert "Kỳ họp HĐND" in Client().get(url).content.decode(), url


def test_editing_a_poll_shows_in_every_cached_sidebar_at_once(site):
    poll = site[2]
    cached(site[0].get_absolute_url())
    poll.question = "Câu hỏi đã được sửa?"
    poll.save()
    assert "Câu hỏi đã được sửa?" in Client().get(site[0].get_absolute_url()).content.decode()


def test_a_vote_forgets_the_polls_cached_results(site):
    poll = site[2]
    cached(poll.get_results_url())
    vote(Client(), poll, choices_of(poll)[0])
    response = Client().get(poll.get_results_url())
    assert state(response) == "miss"
    assert "Tổng số người bình chọn: <strong>1</strong>" in response.content.decode()


def test_a_widget_update_shows_in_every_cached_sidebar_at_once(site):
    cached(reverse("news:home"))
    GoldPriceFactory(kind="Vàng nhẫn tròn trơn")
    assert "Vàng nhẫn tròn trơn" in Client().get(reverse("news:home")).content.decode()


def test_what_a_page_was_drawn_under_lives_in_the_shared_cache_only(site):
    """Another server decides from the same entries: the page and its tag generations are in
    the shared cache, and a hit reads them in one get_many, its own tags included."""
    from django.core.cache import cache

    article = site[0]
    cached(article.get_absolute_url())
    page_cache._copies.clear()
    for _ in range(2):  # the entry from the shared cache, then this process's copy of it
        with mock.patch("portal.cache.cache", wraps=cache) as shared:
            assert state(Client().get(article.get_absolute_url())) == "hit"
        assert shared.get_many.call_count == 1
        assert not shared.set.called and not shared.add.called


def test_another_process_edit_ends_this_process_copy_of_a_page(site):
    """A copy kept in this process is served only under the shared cache's current
    generations: a tag touched elsewhere (here: the counter moved by hand) ends it."""
    from django.core.cache import cache

    article = site[0]
    url = article.get_absolute_url()
    cached(url)
    cache.incr(f"portal:generation:v1:article:{article.pk}")
    assert state(Client().get(url)) == "miss"


def test_a_fresh_entry_is_never_served_while_the_shared_cache_does_not_answer(site):
    url = site[0].get_absolute_url()
    cached(url)
    with (
        mock.patch("portal.cache.cache.get_many", return_value={}),
        mock.patch("portal.cache.cache.add", return_value=False),
        mock.patch("portal.cache.cache.get", return_value=None),
    ):
        response = Client().get(url)
    assert state(response) != "hit"
    assert response.status_code == 200


def test_a_scheduled_article_appears_on_cached_pages_at_its_time(site):
    editor = EditorFactory()
    # Sooner than PORTAL_PAGE_CACHE_SECONDS, which would end the entry anyway.
    at = timezone.now() + datetime.timedelta(seconds=40)
    article = ArticleFactory(draft=True, title="Bài hẹn giờ đăng", category=site[1])
    publishing.schedule(article, editor, at)
    home = reverse("news:home")
    assert "Bài hẹn giờ đăng" not in cached(home).content.decode()
    just_before = at - datetime.timedelta(seconds=1)
    with (
        mock.patch("portal.page_cache.time.time", return_value=just_before.timestamp()),
        mock.patch("django.utils.timezone.now", return_value=just_before),
    ):
        assert state(Client().get(home)) == "hit"
    later = at + datetime.timedelta(seconds=1)
    with (
        mock.patch("portal.page_cache.time.time", return_value=later.timestamp()),
        mock.patch("django.utils.timezone.now", return_value=later),
    ):
        response = Client().get(home)
    assert state(response) == "miss"
    assert "Bài hẹn giờ đăng" in response.content.decode()


def test_an_expiring_article_leaves_cached_pages_at_its_time(site):
    # Sooner than PORTAL_PAGE_CACHE_SECONDS, which would end the entry anyway.
    at = timezone.now() + datetime.timedelta(seconds=40)
    ArticleFactory(title="Bài sắp hết hạn", category=site[1], expires_at=at)
    home = reverse("news:home")
    assert "Bài sắp hết hạn" in cached(home).content.decode()
    just_before = at - datetime.timedelta(seconds=1)
    with (
        mock.patch("portal.page_cache.time.time", return_value=just_before.timestamp()),
        mock.patch("django.utils.timezone.now", return_value=just_before),
    ):
        assert state(Client().get(home)) == "hit"
    later = at + datetime.timedelta(seconds=1)
    with (
        mock.patch("portal.page_cache.time.time", return_value=later.timestamp()),
        mock.patch("django.utils.timezone.now", return_value=later),
    ):
        response = Client().get(home)
    assert state(response) == "miss"
    assert "Bài sắp hết hạn" not in response.content.decode()


def test_no_cached_page_outlives_the_page_cache_seconds(site, settings):
    settings.PORTAL_PAGE_CACHE_SECONDS = 60
    url = site[0].get_absolute_url()
    cached(url)
    later = timezone.now() + datetime.timedelta(seconds=61)
    with mock.patch("portal.page_cache.time.time", return_value=later.timestamp()):
        assert state(Client().get(url)) == "miss"


def test_views_are_counted_exactly_when_the_page_comes_from_the_cache(site):
    article = site[0]
    url = article.get_absolute_url()
    beacon = reverse("news:article_view_beacon", args=[article.pk])
    for n in range(3):
        reader = Client(HTTP_USER_AGENT=BROWSER, REMOTE_ADDR=f"203.0.113.{n + 1}")
        page = reader.get(url)
        assert state(page) == ("miss" if n == 0 else "hit")
        assert f'data-view-url="{beacon}"' in page.content.decode()
        assert reader.post(beacon).status_code == 204
        assert reader.post(beacon).status_code == 204  # the same reader again: not counted
    assert Article.objects.get(pk=article.pk).view_count == 3


def test_the_page_cache_can_be_turned_off(site, settings):
    settings.PORTAL_PAGE_CACHE_SECONDS = 0
    url = reverse("news:home")
    Client().get(url)
    assert state(Client().get(url)) is None


# --- votes ---------------------------------------------------------------------------------


def test_the_start_endpoint_gives_a_token_and_a_voter_key_before_the_vote(site):
    poll = site[2]
    reader = Client(enforce_csrf_checks=True)
    response = reader.get(poll.get_start_url())
    data = response.json()
    assert data["ok"] and data["csrf_token"] and data["has_voted"] is False
    assert voting.COOKIE_NAME in response.cookies
    assert response["Cache-Control"].startswith("max-age=0")
    key = voter_of(reader).key
    answer = reader.post(
        poll.get_vote_url(),
        {"choice": choices_of(poll)[0].pk, "csrfmiddlewaretoken": data["csrf_token"]},
        headers={"Accept": "application/json"},
    )
    assert answer.json()["ok"]
    assert Ballot.objects.get(poll=poll).voter_key == key
    again = reader.get(poll.get_start_url()).json()
    assert again["has_voted"] is True and "poll-done" in again["html"]


def voter_of(client):
    request = RequestFactory().get("/")
    request.COOKIES = {name: morsel.value for name, morsel in client.cookies.items()}
    return voting.read_voter(request)


def test_a_vote_whose_answer_failed_after_the_commit_is_not_counted_twice_on_retry(site):
    poll = site[2]
    reader = Client(raise_request_exception=False)
    reader.get(poll.get_ballot_url())  # the voter key comes with the form
    choice = choices_of(poll)[0]
    # Everything after the commit breaks: the tally, the templates, the messages.
    with (
        mock.patch("polls.views._results_context", side_effect=RuntimeError("mất kết nối")),
        mock.patch("polls.views.messages.success", side_effect=RuntimeError("mất kết nối")),
    ):
        first = vote(reader, poll, choice, as_json=True)
        assert first.status_code == 200 and first.json()["ok"]
        plain = vote(Client(), poll, choice)
        assert plain.status_code == 200
        assert "Cảm ơn bạn đã bình chọn!" in plain.content.decode()
    assert Ballot.objects.filter(poll=poll).count() == 2  # two readers


def test_a_vote_that_died_before_its_answer_is_refused_as_already_voted_on_retry(site):
    poll = site[2]
    reader = Client(raise_request_exception=False)
    reader.get(poll.get_ballot_url())
    choice = choices_of(poll)[0]
    # The worker is killed after the commit: the reader never sees an answer or a new cookie.
    with mock.patch("polls.views._acknowledge", side_effect=SystemExit), pytest.raises(SystemExit):
        vote(reader, poll, choice)
    assert Ballot.objects.filter(poll=poll).count() == 1
    retry = vote(reader, poll, choice, as_json=True)
    assert retry.status_code == 409
    assert retry.json()["error"] == voting.ALREADY_VOTED
    assert Ballot.objects.filter(poll=poll).count() == 1


def test_without_javascript_the_ballot_page_ticks_the_choices_and_has_the_token(site):
    poll = site[2]
    choice = choices_of(poll)[1]
    response = Client().get(poll.get_ballot_url(), {"choice": choice.pk})
    body = response.content.decode()
    assert response.status_code == 200
    assert 'name="csrfmiddlewaretoken"' in body
    assert f'value="{choice.pk}" checked' in body
    assert "Gửi phiếu" in body
    assert response["X-Robots-Tag"] == "noindex"
    assert state(response) is None


def test_a_reader_who_voted_gets_the_poll_pages_drawn_for_them(site):
    poll = site[2]
    cached(poll.get_absolute_url())
    reader = Client()
    vote(reader, poll, choices_of(poll)[0])
    reader.cookies.pop("messages", None)
    page = reader.get(poll.get_absolute_url())
    assert state(page) is None
    assert "Bạn đã bình chọn câu hỏi này" in page.content.decode()
    # Others keep the cached page, which has the form.
    assert 'name="choice"' in Client().get(poll.get_absolute_url()).content.decode()


# --- fragments -----------------------------------------------------------------------------


def templates_of(response):
    return {template.name for template in response.templates}


def test_the_sidebar_is_drawn_once_for_every_page_that_shows_it(site):
    article, category, poll = site
    first = Client().get(reverse("news:home"))
    assert "polls/_sidebar_widget.html" in templates_of(first)
    second = Client().get(article.get_absolute_url())
    assert state(second) == "miss"
    assert "polls/_sidebar_widget.html" not in templates_of(second)
    assert "news/_most_read_widget.html" not in templates_of(second)
    assert poll.question in second.content.decode()
    # On the poll's own page the widget differs (links only): a block of its own.
    own = Client().get(poll.get_absolute_url())
    assert "polls/_sidebar_widget.html" in templates_of(own)


def test_an_edit_forgets_the_sidebar_block_too(site):
    article, category, poll = site
    Client().get(reverse("news:home"))
    poll.question = "Câu hỏi mới trong khối bên lề?"
    poll.save()
    assert (
        "Câu hỏi mới trong khối bên lề?"
        in Client().get(article.get_absolute_url()).content.decode()
    )


def test_the_sidebar_block_ends_when_its_poll_closes():
    ends = timezone.now() + datetime.timedelta(seconds=30)
    poll = PollFactory(question="Cuộc bình chọn sắp đóng?", ends_at=ends)
    article = ArticleFactory()
    assert poll.question in Client().get(reverse("news:home")).content.decode()
    later = ends + datetime.timedelta(seconds=1)
    with (
        mock.patch("time.time", return_value=later.timestamp()),
        mock.patch("django.utils.timezone.now", return_value=later),
    ):
        body = Client().get(article.get_absolute_url()).content.decode()
    assert "Hiện chưa có cuộc bình chọn nào đang diễn ra" in body


def test_a_scheduled_poll_appears_in_cached_sidebars_at_its_start():
    starts = timezone.now() + datetime.timedelta(seconds=30)
    PollFactory(
        question="Cuộc bình chọn hẹn giờ?",
        starts_at=starts,
        ends_at=starts + datetime.timedelta(days=7),
    )
    home = reverse("news:home")
    assert "Cuộc bình chọn hẹn giờ?" not in cached(home).content.decode()
    later = starts + datetime.timedelta(seconds=1)
    with (
        mock.patch("time.time", return_value=later.timestamp()),
        mock.patch("django.utils.timezone.now", return_value=later),
    ):
        body = Client().get(home).content.decode()
    assert "Cuộc bình chọn hẹn giờ?" in body


def test_a_hit_keeps_every_security_header_and_plain_http_still_goes_to_https(site, settings):
    url = site[0].get_absolute_url()
    first = Client().get(url, secure=True)
    hit = Client().get(url, secure=True)
    assert state(hit) == "hit"
    for name in (
        "Content-Security-Policy",
        "Permissions-Policy",
        "X-Frame-Options",
        "X-Content-Type-Options",
        "Referrer-Policy",
        "Cross-Origin-Opener-Policy",
    ):
        assert hit[name] == first[name], name
    settings.SECURE_SSL_REDIRECT = True
    plain = Client().get(url)
    assert plain.status_code == 301
    assert plain["Location"].startswith("https://")
    assert state(Client().get(url, secure=True)) == "hit"


def test_the_same_path_over_http_and_https_are_separate_entries(site):
    url = site[0].get_absolute_url()
    assert state(Client().get(url, secure=True)) == "miss"
    assert state(Client().get(url)) == "miss"
    assert state(Client().get(url)) == "hit"


# --- feeds -----------------------------------------------------------------------------------


def test_the_feeds_are_served_from_the_page_cache_without_a_cookie(site):
    category = site[1]
    for url in ("/rss/", f"{category.get_absolute_url()}rss/", "/van-ban/rss/"):
        first = Client().get(url)
        assert first.status_code == 200, url
        assert first["Content-Type"].startswith("application/rss+xml"), url
        assert not first.cookies and state(first) == "miss", url
        second = Client().get(url)
        assert state(second) == "hit", url
        assert second.content == first.content, url
        assert second["Content-Type"] == first["Content-Type"], url


def test_publishing_an_article_shows_in_the_cached_feeds_at_once(site):
    category = site[1]
    feeds = ("/rss/", f"{category.get_absolute_url()}rss/")
    for url in feeds:
        cached(url)
    draft = ArticleFactory(draft=True, title="Bài mới trong nguồn tin", category=category)
    publishing.publish(draft, EditorFactory())
    for url in feeds:
        response = Client().get(url)
        assert state(response) == "miss", url
        assert "Bài mới trong nguồn tin" in response.content.decode(), url


def test_a_scheduled_article_appears_in_the_cached_feed_at_its_time(site):
    at = timezone.now() + datetime.timedelta(seconds=40)
    article = ArticleFactory(draft=True, title="Bài hẹn giờ trong nguồn tin", category=site[1])
    publishing.schedule(article, EditorFactory(), at)
    assert "Bài hẹn giờ trong nguồn tin" not in cached("/rss/").content.decode()
    later = at + datetime.timedelta(seconds=1)
    with (
        mock.patch("portal.page_cache.time.time", return_value=later.timestamp()),
        mock.patch("django.utils.timezone.now", return_value=later),
    ):
        response = Client().get("/rss/")
    assert "Bài hẹn giờ trong nguồn tin" in response.content.decode()


def test_a_new_document_shows_in_the_cached_document_feed_at_once():
    from tests.council.factories import DocumentFactory

    cached("/van-ban/rss/")
    DocumentFactory(summary="Nghị quyết mới về ngân sách")
    response = Client().get("/van-ban/rss/")
    assert state(response) == "miss"
    assert "Nghị quyết mới về ngân sách" in response.content.decode()
