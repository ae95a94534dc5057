import datetime
import re

import pytest
from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from polls import tallies, voting, widget
from polls.models import Ballot, BallotChoice
from tests.news.factories import ArticleFactory

from .factories import PollFactory, cast_ballot, choices_of
from .votes import vote

pytestmark = pytest.mark.django_db


def test_results_page_shows_every_choice_with_bar_percentage_count_and_total(client):
    poll = PollFactory(choices=["Đường giao thông", "Trường học", "Chợ dân sinh"])
    roads, schools, markets = choices_of(poll)
    for choice in [roads, roads, schools]:
        cast_ballot(poll, choice)
    body = client.get(poll.get_results_url()).content.decode()
    assert "Đường giao thông" in body and "Chợ dân sinh" in body
    assert "<strong>66,7%</strong> · 2 phiếu" in body
    assert "<strong>33,3%</strong> · 1 phiếu" in body
    assert "<strong>0,0%</strong> · 0 phiếu" in body
    assert 'value="66.7" aria-label="Đường giao thông: 66,7%"' in body
    assert "Tổng số người bình chọn: <strong>3</strong>" in body
    assert "(dẫn đầu)" in body
    assert "Bắt đầu" in body and "Kết thúc" in body


def test_results_page_uses_vietnamese_thousands_separators(client):
    poll = PollFactory(choices=["Có", "Không"])
    yes = choices_of(poll)[0]
    Ballot.objects.bulk_create(
        [Ballot(poll=poll, voter_key=f"khoa-thu-nghiem-{n:08d}") for n in range(1234)]
    )
    BallotChoice.objects.bulk_create(
        [BallotChoice(ballot=b, choice=yes) for b in Ballot.objects.filter(poll=poll)]
    )
    tallies.recount([poll])
    body = client.get(poll.get_results_url()).content.decode()
    assert "1.234 phiếu" in body and "<strong>1.234</strong>" in body


def test_results_page_query_count_does_not_grow_with_votes(client, django_assert_max_num_queries):
    poll = PollFactory(choices=["A", "B", "C", "D"])
    client.get(poll.get_results_url())  # warm the shared sidebar caches
    with CaptureQueriesContext(connection) as few:
        client.get(poll.get_results_url())
    for choice in choices_of(poll) * 15:
        cast_ballot(poll, choice)
    with CaptureQueriesContext(connection) as many:
        client.get(poll.get_results_url())
    assert len(many) == len(few)
    with django_assert_max_num_queries(2):  # sidebar warm: the poll and the tally
        client.get(poll.get_results_url())


def test_results_hidden_until_reader_votes_when_configured(client):
    poll = PollFactory(results_visibility="after_vote")
    cast_ballot(poll, choices_of(poll)[0])
    body = client.get(poll.get_results_url()).content.decode()
    assert "chỉ hiển thị cho người đã tham gia bình chọn" in body
    assert "phiếu</span>" not in body and "%" not in body.split("<aside")[0]
    assert "Số người đã bình chọn: <strong>1</strong>" in body
    vote(client, poll, choices_of(poll)[1])
    body = client.get(poll.get_results_url()).content.decode()
    assert "<strong>50,0%</strong>" in body


def test_reader_who_voted_on_another_device_is_recognized_by_the_database(client):
    poll = PollFactory(results_visibility="after_vote")
    other = PollFactory()
    vote(client, other, choices_of(other)[0])
    voter_key = Ballot.objects.get(poll=other).voter_key
    cast_ballot(poll, choices_of(poll)[0], voter_key=voter_key)
    assert "<strong>100,0%</strong>" in client.get(poll.get_results_url()).content.decode()


def test_results_hidden_until_the_poll_closes_when_configured(client):
    poll = PollFactory(results_visibility="after_close")
    cast_ballot(poll, choices_of(poll)[0])
    vote(client, poll, choices_of(poll)[0])
    body = client.get(poll.get_results_url()).content.decode()
    assert "Kết quả sẽ được công bố khi cuộc bình chọn kết thúc" in body
    assert "50,0%" not in body
    closed = PollFactory(closed=True, results_visibility="after_close")
    cast_ballot(closed, choices_of(closed)[0])
    assert "100,0%" in client.get(closed.get_results_url()).content.decode()


def test_hidden_poll_pages_are_not_found(client):
    poll = PollFactory(is_active=False)
    assert client.get(poll.get_results_url()).status_code == 404
    assert client.get(poll.get_absolute_url()).status_code == 404


def test_poll_page_shows_the_form_while_open_and_a_note_when_not(client):
    poll = PollFactory()
    assert 'name="choice"' in client.get(poll.get_absolute_url()).content.decode()
    upcoming = PollFactory(upcoming=True)
    body = client.get(upcoming.get_absolute_url()).content.decode()
    assert "chưa bắt đầu" in body
    closed = PollFactory(closed=True)
    body = client.get(closed.get_absolute_url()).content.decode()
    assert "đã kết thúc" in body


def test_archive_lists_open_and_past_polls_with_their_turnout(
    client, django_assert_max_num_queries
):
    current = PollFactory(question="Câu hỏi đang mở?")
    past = PollFactory(closed=True, question="Câu hỏi đã đóng?")
    hidden = PollFactory(closed=True, is_active=False, question="Câu hỏi đã ẩn?")
    for _ in range(3):
        cast_ballot(past, choices_of(past)[0])
    earlier = timezone.now() - datetime.timedelta(days=5)
    for _ in range(12):
        PollFactory(closed=True, ends_at=earlier)
    client.get(reverse("polls:archive"))  # warm the sidebar cache
    with django_assert_max_num_queries(3):
        body = client.get(reverse("polls:archive")).content.decode()
    assert current.question in body and past.question in body
    assert hidden.question not in body
    assert "3 người đã bình chọn" in body
    assert "Trang 1/2" in body


# --- sidebar widget --------------------------------------------------------------------


def _widget(body):
    match = re.search(r'<section class="widget widget--poll".*?</section>', body, re.S)
    assert match, "the poll widget is missing"
    return match.group(0)


def test_widget_is_on_the_home_page_an_article_page_and_the_404_page(client):
    poll = PollFactory(question="Bạn quan tâm nội dung nào của kỳ họp?")
    article = ArticleFactory()
    pages = [
        client.get(reverse("news:home")),
        client.get(reverse("news:article_detail", kwargs={"slug": article.slug})),
        client.get("/trang-khong-ton-tai/"),
    ]
    assert [page.status_code for page in pages] == [200, 200, 404]
    for page in pages:
        widget = _widget(page.content.decode())
        assert poll.question in widget
        assert 'type="radio" name="choice"' in widget
        assert ">Bình chọn</button>" in widget
        assert f'href="{poll.get_results_url()}">Xem kết quả<' in widget
        # The same for every reader: the token comes from the start endpoint, and without
        # JavaScript the form opens the ballot page.
        assert "csrfmiddlewaretoken" not in widget
        assert f'method="get" action="{poll.get_ballot_url()}"' in widget
        assert f'data-poll-start="{poll.get_start_url()}"' in widget
        assert "<fieldset" in widget and "<legend" in widget
        assert 'aria-labelledby="poll-widget-title"' in widget


def test_widget_uses_checkboxes_with_a_hint_when_several_choices_are_allowed(client):
    PollFactory(multiple=True)
    widget = _widget(client.get(reverse("news:home")).content.decode())
    assert 'type="checkbox" name="choice"' in widget
    assert "Chọn tối đa 2 phương án." in widget


def test_widget_says_so_when_no_poll_is_open(client):
    PollFactory(closed=True)
    widget = _widget(client.get(reverse("news:home")).content.decode())
    assert "Hiện chưa có cuộc bình chọn nào đang diễn ra" in widget
    assert 'name="choice"' not in widget


def _render_widget(request):
    return Template("{% load polls_tags %}{% poll_sidebar %}").render(
        Context({"request": request, "csrf_token": "token"})
    )


def test_widget_costs_two_queries_cold_and_none_warm_whatever_the_votes(
    django_assert_max_num_queries, django_assert_num_queries
):
    poll = PollFactory(choices=["A", "B", "C", "D", "E"])
    for choice in choices_of(poll) * 10:
        cast_ballot(poll, choice)
    request = RequestFactory().get("/")
    with django_assert_max_num_queries(2):
        html = _render_widget(request)
    assert poll.question in html
    with django_assert_num_queries(0):
        assert _render_widget(request) == html


def test_widget_adds_at_most_two_queries_to_a_page(client, settings):
    settings.PORTAL_PAGE_CACHE_SECONDS = 0  # count what drawing the page costs
    ArticleFactory()
    client.get(reverse("news:home"))
    with CaptureQueriesContext(connection) as without_poll:
        client.get(reverse("news:home"))
    poll = PollFactory()
    for choice in choices_of(poll) * 20:
        cast_ballot(poll, choice)
    with CaptureQueriesContext(connection) as cold:
        client.get(reverse("news:home"))
    with CaptureQueriesContext(connection) as warm:
        client.get(reverse("news:home"))
    assert len(cold) - len(without_poll) <= 2
    assert len(warm) <= len(without_poll)


POLL_SCRIPT = "js/polls.js"


def test_on_the_current_polls_page_the_widget_only_links_and_the_script_loads_once(client):
    poll = PollFactory()
    body = client.get(poll.get_absolute_url()).content.decode()
    sidebar = _widget(body)
    assert 'name="choice"' not in sidebar and "<form" not in sidebar
    assert "Bình chọn</h2>" in sidebar
    assert f'href="{poll.get_results_url()}">Xem kết quả<' in sidebar
    assert f'href="{reverse("polls:archive")}">Các cuộc bình chọn<' in sidebar
    assert body.count("data-poll-form") == 1
    assert body.count(POLL_SCRIPT) == 1


def test_on_another_polls_page_both_forms_share_one_script(client):
    other = PollFactory(starts_at=timezone.now() - datetime.timedelta(days=5))
    current = PollFactory()
    assert widget.current_poll()["pk"] == current.pk
    body = client.get(other.get_absolute_url()).content.decode()
    assert current.question in _widget(body) and 'name="choice"' in _widget(body)
    assert body.count("data-poll-form") == 2
    assert body.count(POLL_SCRIPT) == 1


def test_on_the_current_polls_results_page_the_widget_has_no_second_form(client):
    poll = PollFactory()
    body = client.get(poll.get_results_url()).content.decode()
    assert "<form" not in _widget(body)
    assert POLL_SCRIPT not in body  # nothing on the page to send


def test_the_poll_script_comes_with_the_sidebar_form_on_other_pages(client):
    PollFactory()
    body = client.get(ArticleFactory().get_absolute_url()).content.decode()
    assert body.count("data-poll-form") == 1
    assert body.count(POLL_SCRIPT) == 1


def test_widget_shows_staff_edits_at_once(client):
    poll = PollFactory(question="Câu hỏi cũ?")
    assert "Câu hỏi cũ?" in _widget(client.get("/").content.decode())
    poll.question = "Câu hỏi mới?"
    poll.save()
    choice = poll.choices.first()
    choice.text = "Phương án đã sửa"
    choice.save()
    widget = _widget(client.get("/").content.decode())
    assert "Câu hỏi mới?" in widget and "Phương án đã sửa" in widget


def test_widget_drops_a_cached_poll_once_it_has_ended():
    poll = PollFactory()
    assert widget.current_poll()["pk"] == poll.pk
    assert widget.current_poll(now=poll.ends_at) is None


def test_widget_is_the_same_for_a_reader_who_voted_and_the_script_reads_the_cookie(client):
    poll = PollFactory()
    before = _widget(client.get("/").content.decode())
    response = vote(client, poll, choices_of(poll)[0])
    # polls.js replaces the form for the polls listed in this readable cookie.
    assert response.cookies[voting.VOTED_COOKIE_NAME].value == str(poll.pk)
    assert not response.cookies[voting.VOTED_COOKIE_NAME]["httponly"]
    assert _widget(client.get("/").content.decode()) == before


def test_page_views_write_nothing_to_the_session_or_database(client):
    poll = PollFactory()
    article = ArticleFactory()
    vote(client, poll, choices_of(poll)[0])
    for url in [
        "/",
        reverse("news:article_detail", kwargs={"slug": article.slug}),
        poll.get_results_url(),
        poll.get_absolute_url(),
        reverse("polls:archive"),
    ]:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        writes = [
            q["sql"]
            for q in queries
            if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
        ]
        assert writes == [], url
        assert "sessionid" not in response.cookies, url


@pytest.mark.parametrize("asked, shown", [("abc", 1), ("-1", 1), ("999999", 3)])
def test_archive_pages_like_every_other_list(client, asked, shown):
    PollFactory.create_batch(25, closed=True)
    response = client.get(reverse("polls:archive"), {"page": asked})
    assert response.status_code == 200
    assert response.context["page"].number == shown
    body = response.content.decode()
    assert 'aria-label="Trang 2"' in body or shown == 2
