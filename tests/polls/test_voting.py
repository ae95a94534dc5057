import datetime
import re

import pytest
from django.core.cache import cache
from django.test import Client, RequestFactory, override_settings
from django.utils import timezone

from polls import voting
from polls.models import Ballot, BallotChoice
from portal.clients import address_hash

from .factories import PollFactory, choices_of
from .votes import vote

pytestmark = pytest.mark.django_db


def ballots(poll):
    return Ballot.objects.filter(poll=poll).count()


def test_vote_endpoint_refuses_get_with_405(client, poll):
    response = client.get(poll.get_vote_url())
    assert response.status_code == 405
    assert ballots(poll) == 0


def test_vote_without_csrf_token_is_refused_and_saves_nothing(poll):
    client = Client(enforce_csrf_checks=True)
    response = vote(client, poll, choices_of(poll)[0])
    assert response.status_code == 403
    assert ballots(poll) == 0


def test_vote_with_the_csrf_token_from_the_ballot_page_is_accepted(poll):
    client = Client(enforce_csrf_checks=True)
    page = client.get(poll.get_ballot_url()).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    response = client.post(
        poll.get_vote_url(), {"choice": choices_of(poll)[0].pk, "csrfmiddlewaretoken": token}
    )
    assert response.status_code == 303
    assert ballots(poll) == 1


def test_vote_without_javascript_redirects_to_results_with_a_thank_you(client, poll):
    choice = choices_of(poll)[1]
    response = vote(client, poll, choice)
    assert response.status_code == 303
    assert response["Location"] == poll.get_results_url()
    page = client.get(response["Location"]).content.decode()
    assert "Cảm ơn bạn đã bình chọn!" in page
    assert "100,0%" in page
    ballot = Ballot.objects.get(poll=poll)
    assert list(ballot.picks.values_list("choice", flat=True)) == [choice.pk]


def test_vote_sets_a_signed_long_lived_http_only_voter_cookie(client, poll):
    response = vote(client, poll, choices_of(poll)[0])
    cookie = response.cookies[voting.COOKIE_NAME]
    assert cookie["httponly"] and cookie["samesite"] == "Lax"
    assert int(cookie["max-age"]) >= 365 * 24 * 3600
    request = RequestFactory().get("/", HTTP_COOKIE=f"{voting.COOKIE_NAME}={cookie.value}")
    voter = voting.read_voter(request)
    assert Ballot.objects.get(poll=poll).voter_key == voter.key
    assert voter.remembers_vote(poll.pk)


@override_settings(SESSION_COOKIE_SECURE=True)
def test_voter_cookie_is_secure_when_cookies_are_secure(client, poll):
    response = vote(client, poll, choices_of(poll)[0])
    assert response.cookies[voting.COOKIE_NAME]["secure"]


def test_ballot_stores_a_salted_address_hash_never_the_address(client, poll):
    vote(client, poll, choices_of(poll)[0], REMOTE_ADDR="203.0.113.7")
    ballot = Ballot.objects.get(poll=poll)
    assert ballot.address_hash == address_hash("203.0.113.7", purpose="poll")
    assert "203.0.113.7" not in str(Ballot.objects.filter(pk=ballot.pk).values().get())


def test_voting_twice_answers_409_already_voted_and_keeps_one_ballot(client, poll):
    first, second = choices_of(poll)[:2]
    assert vote(client, poll, first).status_code == 303
    response = vote(client, poll, second)
    assert response.status_code == 409
    body = response.content.decode()
    assert body.split("<aside")[0].count("Bạn đã bình chọn") == 1
    assert 'role="alert"' in body
    assert ballots(poll) == 1
    assert BallotChoice.objects.get().choice == first


def test_tampered_cookie_is_treated_as_no_cookie(client, poll):
    vote(client, poll, choices_of(poll)[0])
    original = client.cookies[voting.COOKIE_NAME].value
    value, signature = original.split(":", 1)[0], original.rsplit(":", 1)[1]
    client.cookies[voting.COOKIE_NAME] = f"{value[:-1]}x:{signature}"
    response = vote(client, poll, choices_of(poll)[1])
    assert response.status_code == 303
    assert ballots(poll) == 2
    keys = set(Ballot.objects.values_list("voter_key", flat=True))
    assert len(keys) == 2


def test_garbage_cookie_gets_a_fresh_voter_key(client, poll):
    client.cookies[voting.COOKIE_NAME] = "khong-phai-cookie-hop-le"
    assert vote(client, poll, choices_of(poll)[0]).status_code == 303
    assert len(Ballot.objects.get().voter_key) >= 20


def test_closed_poll_refuses_votes_with_403(client):
    poll = PollFactory(closed=True)
    response = vote(client, poll, choices_of(poll)[0])
    assert response.status_code == 403
    assert "đã kết thúc" in response.content.decode()
    assert ballots(poll) == 0


def test_poll_that_has_not_started_refuses_votes_with_403(client):
    poll = PollFactory(upcoming=True)
    response = vote(client, poll, choices_of(poll)[0])
    assert response.status_code == 403
    assert "chưa bắt đầu" in response.content.decode()
    assert ballots(poll) == 0


def test_hidden_poll_is_not_found(client):
    poll = PollFactory(is_active=False)
    assert vote(client, poll, choices_of(poll)[0]).status_code == 404
    assert ballots(poll) == 0


def test_unknown_poll_is_not_found(client, poll):
    response = client.post("/binh-chon/999999/gui-phieu/", {"choice": "1"})
    assert response.status_code == 404
    response = client.post(
        "/binh-chon/999999/gui-phieu/", {"choice": "1"}, headers={"Accept": "application/json"}
    )
    assert response.status_code == 404
    assert "Không tìm thấy cuộc bình chọn này" in response.json()["error"]


def test_nothing_chosen_gives_400_with_a_vietnamese_message(client, poll):
    response = vote(client, poll)
    assert response.status_code == 400
    assert "Bạn chưa chọn phương án nào" in response.content.decode()
    assert ballots(poll) == 0


def test_two_choices_in_a_single_choice_poll_are_refused(client, poll):
    response = vote(client, poll, *choices_of(poll)[:2])
    assert response.status_code == 400
    assert "chỉ cho chọn một phương án" in response.content.decode()
    assert ballots(poll) == 0


def test_multiple_choice_poll_records_every_chosen_option(client):
    poll = PollFactory(multiple=True)
    a, _, c = choices_of(poll)
    assert vote(client, poll, a, c).status_code == 303
    ballot = Ballot.objects.get(poll=poll)
    assert set(ballot.picks.values_list("choice", flat=True)) == {a.pk, c.pk}


def test_too_many_choices_are_refused_and_nothing_is_saved(client):
    poll = PollFactory(multiple=True, choices=["Một", "Hai", "Ba", "Bốn"])
    response = vote(client, poll, *choices_of(poll)[:3])
    assert response.status_code == 400
    assert "tối đa 2 phương án" in response.content.decode()
    assert ballots(poll) == 0 and not BallotChoice.objects.exists()


def test_multiple_choice_without_a_maximum_accepts_every_option(client):
    poll = PollFactory(allows_multiple=True, max_choices=None)
    assert vote(client, poll, *choices_of(poll)).status_code == 303
    assert BallotChoice.objects.count() == 3


def test_the_same_choice_sent_twice_counts_once(client):
    poll = PollFactory(multiple=True)
    first = choices_of(poll)[0]
    assert vote(client, poll, first, first).status_code == 303
    assert BallotChoice.objects.count() == 1


def test_choice_from_another_poll_is_refused(client, poll):
    other = PollFactory()
    response = vote(client, poll, choices_of(other)[0])
    assert response.status_code == 400
    assert "không thuộc câu hỏi này" in response.content.decode()
    assert not Ballot.objects.exists()


@pytest.mark.parametrize("value", ["999999", "abc", "-1", "1.5", "", "١"])
def test_choice_that_does_not_exist_is_refused(client, poll, value):
    response = vote(client, poll, value)
    assert response.status_code == 400
    body = response.content.decode()
    assert "không tồn tại" in body or "chưa chọn" in body
    assert ballots(poll) == 0


def test_refused_form_keeps_what_the_reader_chose(client):
    poll = PollFactory(multiple=True, choices=["Một", "Hai", "Ba"])
    picked = choices_of(poll)
    body = vote(client, poll, *picked).content.decode()
    for choice in picked:
        assert f'value="{choice.pk}" checked' in body


def test_json_vote_returns_results_html_in_place(client, poll):
    first = choices_of(poll)[0]
    response = vote(client, poll, first, as_json=True)
    assert response.status_code == 200
    payload = response.json()
    assert payload["ok"] is True
    assert "Cảm ơn bạn đã bình chọn!" in payload["html"]
    assert "100,0%" in payload["html"] and "Tổng số người bình chọn" in payload["html"]
    assert voting.COOKIE_NAME in response.cookies
    assert ballots(poll) == 1


def test_a_script_that_only_says_x_requested_with_also_gets_json(client, poll):
    # Every view decides "page or JSON" with portal.clients.wants_json.
    response = vote(client, poll, choices_of(poll)[0], HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    assert response.status_code == 200
    assert response.json()["ok"] is True


def test_json_vote_keeps_results_hidden_until_the_poll_closes(client):
    poll = PollFactory(results_visibility="after_close")
    payload = vote(client, poll, choices_of(poll)[0], as_json=True).json()
    assert payload["ok"] is True
    assert "công bố khi cuộc bình chọn kết thúc" in payload["html"]
    assert "%" not in payload["html"]


@pytest.mark.parametrize(
    ("setup", "status", "text"),
    [
        ("nothing", 400, "Bạn chưa chọn phương án nào"),
        ("twice", 409, "Bạn đã bình chọn"),
        ("foreign", 400, "không thuộc câu hỏi này"),
    ],
)
def test_json_errors_carry_the_status_and_the_vietnamese_message(client, poll, setup, status, text):
    choices = []
    if setup == "twice":
        vote(client, poll, choices_of(poll)[0])
        choices = [choices_of(poll)[1]]
    elif setup == "foreign":
        choices = [choices_of(PollFactory())[0]]
    response = vote(client, poll, *choices, as_json=True)
    assert response.status_code == status
    assert response.json() == {
        "ok": False,
        "error": response.json()["error"],
        "results_url": poll.get_results_url(),
    }
    assert text in response.json()["error"]


def test_cookie_remembers_votes_so_the_poll_page_knows(client):
    poll = PollFactory()
    vote(client, poll, choices_of(poll)[0])
    body = client.get(poll.get_absolute_url()).content.decode()
    assert "Bạn đã bình chọn câu hỏi này" in body
    assert 'name="choice"' not in body


# --- throttle ---------------------------------------------------------------------------


@override_settings(POLLS_MAX_VOTES_PER_ADDRESS=3)
def test_one_address_is_throttled_after_the_configured_number_of_votes(poll):
    for _ in range(3):
        assert vote(Client(), poll, choices_of(poll)[0]).status_code == 303
    response = vote(Client(), poll, choices_of(poll)[0])
    assert response.status_code == 429
    assert "quá nhiều lượt bình chọn" in response.content.decode()
    assert ballots(poll) == 3
    # Another address is not affected, nor is another poll from the same address.
    assert vote(Client(), poll, choices_of(poll)[0], REMOTE_ADDR="198.51.100.4").status_code == 303
    other = PollFactory()
    assert vote(Client(), other, choices_of(other)[0]).status_code == 303


@override_settings(POLLS_MAX_VOTES_PER_ADDRESS=1)
def test_forwarded_for_header_is_ignored_by_default(poll):
    assert (
        vote(Client(), poll, choices_of(poll)[0], HTTP_X_FORWARDED_FOR="1.1.1.1").status_code == 303
    )
    response = vote(Client(), poll, choices_of(poll)[0], HTTP_X_FORWARDED_FOR="2.2.2.2")
    assert response.status_code == 429
    assert Ballot.objects.get().address_hash == address_hash("127.0.0.1", purpose="poll")


@override_settings(POLLS_MAX_VOTES_PER_ADDRESS=1, TRUSTED_PROXY_COUNT=1)
def test_forwarded_for_counts_when_a_trusted_proxy_is_configured(poll):
    assert (
        vote(Client(), poll, choices_of(poll)[0], HTTP_X_FORWARDED_FOR="1.1.1.1").status_code == 303
    )
    assert (
        vote(Client(), poll, choices_of(poll)[0], HTTP_X_FORWARDED_FOR="2.2.2.2").status_code == 303
    )


@override_settings(POLLS_MAX_VOTES_PER_ADDRESS=2)
def test_refused_votes_do_not_use_up_the_address_allowance(poll):
    reader = Client()
    assert vote(reader, poll, choices_of(poll)[0]).status_code == 303
    assert vote(reader, poll, choices_of(poll)[0]).status_code == 409
    assert vote(Client(), poll).status_code == 400
    assert vote(Client(), poll, choices_of(poll)[1]).status_code == 303
    assert vote(Client(), poll, choices_of(poll)[2]).status_code == 429


@override_settings(POLLS_MAX_VOTES_PER_ADDRESS=0)
def test_zero_turns_the_throttle_off(poll):
    for _ in range(5):
        assert vote(Client(), poll, choices_of(poll)[0]).status_code == 303


@override_settings(POLLS_MAX_VOTES_PER_ADDRESS=1)
def test_address_allowance_lives_in_the_shared_cache_and_returns_when_it_expires(poll):
    assert vote(Client(), poll, choices_of(poll)[0]).status_code == 303
    assert vote(Client(), poll, choices_of(poll)[0]).status_code == 429
    cache.delete(voting.address_limit(poll).key(address_hash("127.0.0.1", purpose="poll")))
    assert vote(Client(), poll, choices_of(poll)[0]).status_code == 303


def test_vote_cast_just_before_the_end_is_accepted_and_after_is_refused(client):
    poll = PollFactory(ends_at=timezone.now() + datetime.timedelta(seconds=30))
    assert vote(client, poll, choices_of(poll)[0]).status_code == 303
    poll.ends_at = timezone.now() - datetime.timedelta(seconds=1)
    poll.save()
    assert vote(Client(), poll, choices_of(poll)[0]).status_code == 403
