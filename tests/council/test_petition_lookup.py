"""The status look-up "Tra cứu": by code, without an account; wrong codes told in Vietnamese,
rate limited; never the sender's contacts; nothing cached or set as a cookie."""

import pytest
from django.urls import reverse

from council import petition_decisions
from council.petitions import Petition
from tests.council.petition_factories import SubmissionFactory
from tests.factories import StaffUserFactory

pytestmark = pytest.mark.django_db

LOOKUP_URL = reverse("council:petition_lookup")


def look_up(client, code):
    return client.get(LOOKUP_URL, {"ma": code})


def test_the_code_shows_the_status_without_an_account(client):
    petition = SubmissionFactory(title="Câu hỏi về cống hẻm 18")
    response = look_up(client, petition.code)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Câu hỏi về cống hẻm 18" in html and "Chờ xem xét" in html
    assert not response.cookies
    assert "no-cache" in response["Cache-Control"]
    for private in ("0912345678", "hong.le@example.vn"):
        assert private not in html


def test_a_code_typed_in_lower_case_with_spaces_is_found(client):
    petition = SubmissionFactory()
    typed = petition.code.lower().replace("-", " ")
    assert look_up(client, typed).status_code == 200


def test_an_answered_question_shows_its_answer(client):
    petition = SubmissionFactory()
    petition_decisions.answer(
        [petition], StaffUserFactory(), answer_text="Nắp cống đã được thay.", status="resolved"
    )
    html = look_up(client, petition.code).content.decode()
    assert "Đã giải quyết" in html and "Nắp cống đã được thay." in html
    assert petition.get_absolute_url() in html


def test_a_closed_question_shows_the_reason_to_its_sender(client):
    petition = SubmissionFactory()
    petition_decisions.close([petition], StaffUserFactory(), reason="Không thuộc thẩm quyền HĐND.")
    html = look_up(client, petition.code).content.decode()
    assert "Đã đóng" in html and "Không thuộc thẩm quyền HĐND." in html


def test_a_wrong_code_is_told_in_vietnamese_and_kept_in_the_box(client):
    response = look_up(client, "KN-2026-AAAA-BBBB")
    html = response.content.decode()
    assert response.status_code == 404
    assert "Không tìm thấy câu hỏi, kiến nghị nào có mã này" in html
    assert 'value="KN-2026-AAAA-BBBB"' in html


@pytest.mark.parametrize("typed", ["abc", "<script>alert(1)</script>", "KN-2026-AAAA", "x" * 300])
def test_malformed_codes_are_told_their_shape(client, typed):
    response = look_up(client, typed)
    html = response.content.decode()
    assert response.status_code == 400
    assert "Mã tra cứu có dạng KN-2026-7H3K-Q9MZ" in html
    assert "<script>alert(1)</script>" not in html


def test_an_empty_code_asks_for_one(client):
    response = look_up(client, "  ")
    assert response.status_code == 400
    assert "Hãy nhập mã tra cứu" in response.content.decode()


def test_the_empty_look_up_page_is_a_plain_form(client):
    response = client.get(LOOKUP_URL)
    assert response.status_code == 200
    assert 'name="ma"' in response.content.decode()


def test_wrong_codes_are_rate_limited_per_address_but_right_ones_are_not_counted(client, settings):
    settings.PETITIONS_LOOKUP_RATE_LIMIT = 2
    petition = SubmissionFactory()
    for _ in range(3):
        assert look_up(client, petition.code).status_code == 200
    assert look_up(client, "KN-2026-AAAA-BBBB").status_code == 404
    assert look_up(client, "KN-2026-AAAA-CCCC").status_code == 404
    refused = look_up(client, petition.code)
    assert refused.status_code == 429
    assert "tra cứu sai mã nhiều lần" in refused.content.decode()
    assert int(refused["Retry-After"]) > 0
    other = client.get(LOOKUP_URL, {"ma": petition.code}, REMOTE_ADDR="203.0.113.50")
    assert other.status_code == 200
    assert Petition.objects.count() == 1
