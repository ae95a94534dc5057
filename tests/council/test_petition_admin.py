"""Staff and petitions: receiving, answering and closing citizens' questions in the admin, in
Vietnamese, nothing half-decided; the clerks' role may do it; contacts visible only here."""

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Group

from council.permissions import CLERK_GROUP, PETITION_PERMISSIONS
from council.petitions import Petition
from tests.council.factories import ClerkFactory, DocumentFactory, kind
from tests.council.petition_factories import PetitionFactory, SubmissionFactory

pytestmark = pytest.mark.django_db

LIST_URL = "/quan-tri/council/petition/"


@pytest.fixture
def clerk(client):
    user = ClerkFactory()
    client.force_login(user)
    return user


def action(client, name, petitions, **fields):
    data = {"action": name, "_selected_action": [p.pk for p in petitions], **fields}
    return client.post(LIST_URL, data)


def test_the_clerks_and_editors_roles_may_work_on_petitions():
    for group in (CLERK_GROUP, "Biên tập viên"):
        codenames = set(
            Group.objects.get(name=group).permissions.values_list("codename", flat=True)
        )
        assert {codename for _, codename in PETITION_PERMISSIONS} <= codenames


def test_the_list_shows_waiting_questions_with_a_status_filter(client, clerk):
    SubmissionFactory(title="Câu hỏi đang chờ")
    response = client.get(LIST_URL, {"status__exact": "submitted"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Câu hỏi đang chờ" in html and "Công bố kèm trả lời…" in html


def test_the_change_page_shows_the_contacts_to_staff_read_only(client, clerk):
    petition = SubmissionFactory()
    html = client.get(f"{LIST_URL}{petition.pk}/change/").content.decode()
    assert "0912345678" in html and "hong.le@example.vn" in html
    assert 'name="sender_phone"' not in html


def test_receiving_publishes_a_waiting_question_and_notes_who_did_it(client, clerk):
    petition = SubmissionFactory()
    response = action(client, "accept_selected", [petition])
    assert response.status_code == 302
    petition.refresh_from_db()
    assert petition.status == Petition.Status.RECEIVED
    assert petition.decided_by == clerk and petition.decided_at is not None
    assert LogEntry.objects.filter(object_id=str(petition.pk)).exists()


def test_answering_asks_for_the_answer_first(client, clerk):
    petition = SubmissionFactory()
    page = action(client, "answer_selected", [petition])
    html = page.content.decode()
    assert page.status_code == 200
    assert "Nội dung trả lời" in html and petition.code in html
    petition.refresh_from_db()
    assert petition.status == Petition.Status.SUBMITTED


def test_an_answer_with_its_document_publishes_the_question(client, clerk):
    petition = SubmissionFactory()
    document = DocumentFactory(kind=kind("bao-cao"), number="58/BC-UBND")
    response = action(
        client,
        "answer_selected",
        [petition],
        apply="1",
        answer="Nắp cống đã được thay ngày 20/11.",
        status="resolved",
        document_number="58/bc-ubnd",
        answered_on="",
    )
    assert response.status_code == 302
    petition.refresh_from_db()
    assert petition.status == Petition.Status.RESOLVED
    assert petition.answer == "Nắp cống đã được thay ngày 20/11."
    assert petition.answer_document == document
    assert petition.answered_on is not None and petition.resolved_on is not None


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"answer": "  "}, "Hãy nhập nội dung trả lời."),
        ({"answer": "Đã sửa.", "document_number": "99/NQ-HĐND"}, "Không có văn bản số"),
        ({"answer": "Đã sửa.", "answered_on": "31/02/2026"}, "Ngày không hợp lệ"),
        ({"answer": "Đã sửa.", "answered_on": "01/01/2999"}, "không thể sau hôm nay"),
    ],
    ids=["empty", "unknown-document", "bad-date", "future"],
)
def test_a_bad_answer_is_refused_in_vietnamese_and_nothing_changes(client, clerk, fields, message):
    petition = SubmissionFactory()
    response = action(client, "answer_selected", [petition], apply="1", status="answered", **fields)
    html = response.content.decode()
    assert response.status_code == 400
    assert message in html
    assert fields["answer"].strip() in html
    petition.refresh_from_db()
    assert petition.status == Petition.Status.SUBMITTED and petition.answer == ""


def test_closing_needs_a_reason(client, clerk):
    petition = SubmissionFactory()
    refused = action(client, "close_selected", [petition], apply="1", reason="   ")
    assert refused.status_code == 400
    assert "Hãy ghi lý do đóng." in refused.content.decode()
    action(client, "close_selected", [petition], apply="1", reason="Trùng với kiến nghị KN đã có.")
    petition.refresh_from_db()
    assert petition.status == Petition.Status.CLOSED
    assert petition.close_reason == "Trùng với kiến nghị KN đã có."


def test_a_resolved_petition_is_not_closed_by_a_bulk_action(client, clerk):
    done = PetitionFactory(status=Petition.Status.RESOLVED, answer="Đã xong.")
    action(client, "close_selected", [done], apply="1", reason="Nhầm.")
    done.refresh_from_db()
    assert done.status == Petition.Status.RESOLVED


def test_the_change_form_refuses_an_answered_status_without_an_answer(client, clerk):
    petition = PetitionFactory()
    response = client.post(
        f"{LIST_URL}{petition.pk}/change/",
        {
            "kind": "petition",
            "title": petition.title,
            "summary": petition.summary,
            "origin": "voter_meeting",
            "raised_on": petition.raised_on.strftime("%d/%m/%Y"),
            "status": "answered",
            "answer": "",
            "close_reason": "",
            "_save": "Lưu",
        },
    )
    assert response.status_code == 200
    assert "Hãy nhập nội dung trả lời trước khi chọn tình trạng này." in response.content.decode()
    petition.refresh_from_db()
    assert petition.status == Petition.Status.RECEIVED


def test_the_admin_home_counts_the_questions_waiting(client, clerk):
    SubmissionFactory.create_batch(2)
    PetitionFactory()
    html = client.get("/quan-tri/").content.decode()
    assert "<strong>2</strong> câu hỏi, kiến nghị chờ xem xét" in html
    assert "/quan-tri/council/petition/?status__exact=submitted" in html
