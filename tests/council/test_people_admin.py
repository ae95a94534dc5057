"""Clerks in the admin: delegates with portraits, questions with commitments and schedule
events, dates and times typed the Vietnamese way, nothing half-saved."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from council.models import Delegate, Event, Question
from tests.news.factories import image_bytes

from .factories import ClerkFactory, SessionFactory
from .people import AgencyFactory, DelegateFactory

pytestmark = pytest.mark.django_db


def management(prefix, total=0):
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": "0",
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def delegate_form(**overrides):
    data = {
        "full_name": "Trần Thị Thu Hà",
        "workplace": "Trường THCS Hòa Bình",
        "biography": "Sinh năm 1980.",
        "office_phone": "0243 826 1234",
        "office_email": "",
        "office_address": "Số 12 đường Lê Thánh Tông",
        "order": "10",
        "is_published": "on",
        **management("memberships"),
        **management("committee_memberships"),
    }
    data.update(overrides)
    return data


def test_a_clerk_adds_a_delegate_with_a_portrait_cleaned_and_resized(client):
    client.force_login(ClerkFactory())
    portrait = SimpleUploadedFile("anh.jpg", image_bytes("JPEG", (600, 800)), "image/jpeg")
    response = client.post("/quan-tri/council/delegate/add/", delegate_form(portrait=portrait))
    assert response.status_code == 302, response.context["adminform"].form.errors
    delegate = Delegate.objects.get()
    assert delegate.slug == "tran-thi-thu-ha"
    assert delegate.portrait.name.startswith("dai-bieu/")
    assert "320" in delegate.portrait_renditions["files"]  # narrower copies for the cards


def test_a_file_that_is_not_a_picture_is_refused_and_nothing_is_saved(client):
    client.force_login(ClerkFactory())
    fake = SimpleUploadedFile("anh.png", b"not a picture at all", "image/png")
    response = client.post("/quan-tri/council/delegate/add/", delegate_form(portrait=fake))
    assert response.status_code == 200
    assert "không phải là ảnh hợp lệ" in response.content.decode()
    assert 'value="Trần Thị Thu Hà"' in response.content.decode()
    assert not Delegate.objects.exists()


def test_a_clerk_types_an_event_the_vietnamese_way(client):
    client.force_login(ClerkFactory())
    delegate = DelegateFactory()
    data = {
        "title": "Tiếp xúc cử tri phường Cự Khối",
        "kind": Event.Kind.VOTER_MEETING,
        "starts_at_0": "05/12/2026",
        "starts_at_1": "08:00",
        "ends_at_0": "05/12/2026",
        "ends_at_1": "11h30",
        "place": "Nhà văn hóa phường Cự Khối",
        "host": "Chủ tịch HĐND",
        "participants": [str(delegate.pk)],
        "is_public": "on",
    }
    response = client.post("/quan-tri/council/event/add/", data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    event = Event.objects.get()
    start = timezone.localtime(event.starts_at)
    assert (start.day, start.month, start.hour) == (5, 12, 8)  # the fifth of December
    assert timezone.localtime(event.ends_at).time() == datetime.time(11, 30)
    assert list(event.participants.all()) == [delegate]


def test_an_event_ending_before_it_starts_is_refused_in_vietnamese(client):
    client.force_login(ClerkFactory())
    data = {
        "title": "Giám sát",
        "kind": Event.Kind.SUPERVISION,
        "starts_at_0": "05/12/2026",
        "starts_at_1": "14:00",
        "ends_at_0": "05/12/2026",
        "ends_at_1": "08:00",
        "is_public": "on",
    }
    response = client.post("/quan-tri/council/event/add/", data)
    assert response.status_code == 200
    assert "Giờ kết thúc không thể trước giờ bắt đầu." in response.content.decode()
    assert not Event.objects.exists()


def test_a_clerk_records_a_question_with_its_commitments_and_the_status_follows(client):
    client.force_login(ClerkFactory())
    session, delegate, agency = SessionFactory(), DelegateFactory(), AgencyFactory()
    data = {
        "session": str(session.pk),
        "asked_on": "06/12/2024",
        "order": "1",
        "delegate": str(delegate.pk),
        "respondent": "Giám đốc Sở Xây dựng",
        "agency": str(agency.pk),
        "question": "Khi nào xử lý điểm ngập?",
        "answer_summary": "Trước mùa mưa năm tới.",
        "is_published": "on",
        "video_start": "1:25:40",
        **management("commitments", 1),
        "commitments-0-text": "Cải tạo cống ngang đê",
        "commitments-0-due_on": "30/06/2025",
        "commitments-0-status": "in_progress",
        "commitments-0-order": "1",
    }
    response = client.post("/quan-tri/council/question/add/", data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    question = Question.objects.get()
    assert question.status == Question.Status.FOLLOWING
    assert question.asked_on == datetime.date(2024, 12, 6)
    assert question.commitments.get().due_on == datetime.date(2025, 6, 30)


def test_a_malformed_video_moment_is_refused_with_an_example(client):
    client.force_login(ClerkFactory())
    response = client.post(
        "/quan-tri/council/question/add/",
        {"video_start": "một giờ", **management("commitments")},
    )
    assert "ví dụ 1:25:40" in response.content.decode()


def test_the_admin_finds_a_delegate_typed_without_marks(client):
    client.force_login(ClerkFactory())
    DelegateFactory(full_name="Khuất Văn Phong")
    html = client.get("/quan-tri/council/delegate/", {"q": "khuat van"}).content.decode()
    assert "Khuất Văn Phong" in html
