"""The office's own pages (Decree 42/2022/NĐ-CP) and the contact form "Liên hệ"."""

import time
from io import StringIO

import pytest
from django.core import mail
from django.test import override_settings
from django.urls import reverse

from council import contact
from council.demo import _office_pages
from council.models import ContactMessage, InstitutionalPage, RelatedAgency
from portal.form_protection import sign_started

pytestmark = pytest.mark.django_db

CAPTCHA_KEY = "khong-co-ma"
VALID = {
    "name": "Lê Thị Hoa",
    "email": "hoa@example.vn",
    "phone": "",
    "subject": "Hỏi về lịch tiếp công dân",
    "message": "Xin cho biết lịch tiếp công dân của Thường trực HĐND tháng tới.",
}


def form_data(**changes):
    data = {
        **VALID,
        "captcha_0": CAPTCHA_KEY,
        "captcha_1": "PASSED",
        "website": "",
        "started": sign_started(CAPTCHA_KEY, time.time() - 60),
    }
    data.update(changes)
    return data


@pytest.fixture
def pages():
    _office_pages(StringIO())
    return InstitutionalPage.objects.all()


def test_gioi_thieu_lists_the_pages_and_the_related_agencies(client, pages):
    html = client.get(reverse("council:about")).content.decode()
    assert "Chức năng, nhiệm vụ của HĐND thành phố" in html
    assert "Cơ cấu tổ chức" in html
    assert "Thông tin liên hệ và người phát ngôn" in html
    assert 'href="/en/"' in html
    assert RelatedAgency.objects.first().url in html


def test_a_page_shows_its_cleaned_body(client, pages):
    page = InstitutionalPage.objects.get(slug="co-cau-to-chuc")
    html = client.get(page.get_absolute_url()).content.decode()
    assert "<table>" in html and "Ban Kinh tế - Ngân sách" in html


def test_the_body_is_sanitized_on_save():
    page = InstitutionalPage.objects.create(
        title="Thử", body='<p onclick="x">Chữ</p><script>alert(1)</script><iframe src="x"></iframe>'
    )
    assert page.body == "<p>Chữ</p>"


def test_the_english_page_is_at_en_and_marked_english(client, pages):
    response = client.get("/en/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<article class="office-page" lang="en">' in html
    assert "About the Council" in html and "Spokesperson" in html


def test_an_unpublished_page_is_404(client, pages):
    page = InstitutionalPage.objects.get(slug="co-cau-to-chuc")
    page.is_published = False
    page.save()
    assert client.get(page.get_absolute_url()).status_code == 404


def test_every_page_links_gioi_thieu_lien_he_and_the_english_page_in_the_footer(client):
    for url in ("/", "/tim-kiem/?q=hop", "/van-ban/"):
        footer = client.get(url).content.decode().split('class="site-footer"')[1]
        assert 'href="/gioi-thieu/"' in footer
        assert 'href="/lien-he/"' in footer
        assert 'href="/en/"' in footer


def test_an_edited_page_shows_at_once(client, pages):
    page = InstitutionalPage.objects.get(slug="chuc-nang-nhiem-vu")
    client.get(page.get_absolute_url())
    page.summary = "Tóm tắt mới đã sửa"
    page.save()
    assert "Tóm tắt mới đã sửa" in client.get(page.get_absolute_url()).content.decode()


def test_the_contact_form_is_never_cached_and_has_the_protections(client):
    response = client.get(reverse("council:contact"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "max-age=0" in response["Cache-Control"]
    for label in ("Họ tên", "Thư điện tử", "Số điện thoại", "Tiêu đề", "Nội dung", "Mã xác nhận"):
        assert label in html
    assert 'name="website"' in html and 'name="started"' in html
    assert response.context["captcha"]["key"] in html


def test_a_valid_message_is_kept_and_mailed_to_the_office(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("council:contact"), form_data())
    assert response.status_code == 303
    assert response["Location"] == reverse("council:contact_sent")
    message = ContactMessage.objects.get()
    assert (message.name, message.subject) == (VALID["name"], VALID["subject"])
    assert message.emailed_at is not None
    assert len(message.address_hash) == 64
    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert sent.subject == f"[Liên hệ] {VALID['subject']}"
    assert sent.reply_to == [VALID["email"]]
    assert VALID["message"] in sent.body
    assert "Văn phòng" in client.get(response["Location"]).content.decode()


@override_settings(COUNCIL_CONTACT_EMAIL="tiepnhan@example.vn")
def test_the_recipient_comes_from_the_settings(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("council:contact"), form_data())
    assert mail.outbox[0].to == ["tiepnhan@example.vn"]


def test_a_mail_server_that_fails_loses_no_message(
    client, django_capture_on_commit_callbacks, monkeypatch
):
    def broken(self, *args, **kwargs):
        raise OSError("mail server away")

    monkeypatch.setattr("django.core.mail.EmailMessage.send", broken)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("council:contact"), form_data())
    assert response.status_code == 303
    assert ContactMessage.objects.get().emailed_at is None


def assert_refused(response, field, fragment, status=400):
    assert response.status_code == status
    assert not ContactMessage.objects.exists()
    errors = response.context["form"].errors
    assert field in errors, errors
    assert any(fragment in m for m in errors[field]), errors[field]
    html = response.content.decode()
    assert VALID["subject"] in html  # what was typed is kept
    return html


def test_the_honeypot_refuses(client):
    assert_refused(
        client.post(reverse("council:contact"), form_data(website="http://spam")),
        "__all__",
        "Không gửi được thư",
    )


def test_a_form_sent_too_fast_is_refused(client):
    fast = form_data(started=sign_started(CAPTCHA_KEY, time.time()))
    assert_refused(client.post(reverse("council:contact"), fast), "__all__", "hơi nhanh")


def test_a_forged_start_note_is_refused(client):
    assert_refused(
        client.post(reverse("council:contact"), form_data(started="gia-mao")),
        "__all__",
        "hết hạn",
    )


def test_a_wrong_captcha_is_refused(client):
    assert_refused(
        client.post(reverse("council:contact"), form_data(captcha_1="SAI")),
        "captcha",
        "Mã xác nhận không đúng",
    )


def test_a_way_to_answer_is_required(client):
    assert_refused(
        client.post(reverse("council:contact"), form_data(email="", phone="")),
        "email",
        "thư điện tử hoặc số điện thoại",
    )


def test_too_many_links_are_refused(client):
    text = "Xem http://a.example http://b.example http://c.example giúp tôi."
    assert_refused(client.post(reverse("council:contact"), form_data(message=text)), "message", "")


@override_settings(COUNCIL_CONTACT_RATE_LIMIT=2)
def test_the_rate_limit_answers_429_in_vietnamese(client, django_capture_on_commit_callbacks):
    for _ in range(2):
        assert client.post(reverse("council:contact"), form_data()).status_code == 303
    response = client.post(reverse("council:contact"), form_data())
    assert response.status_code == 429
    assert "Bạn đã gửi nhiều thư" in response.content.decode()
    assert VALID["subject"] in response.content.decode()
    assert ContactMessage.objects.count() == 2


def test_messages_are_in_the_admin_and_cannot_be_added_there(admin_client):
    ContactMessage.objects.create(name="A", subject="Thư thử", message="Nội dung thư thử.")
    listing = admin_client.get(reverse("admin:council_contactmessage_changelist"))
    assert "Thư thử" in listing.content.decode()
    assert admin_client.get(reverse("admin:council_contactmessage_add")).status_code == 403


def test_forward_without_any_recipient_sends_nothing(settings):
    settings.COUNCIL_CONTACT_EMAIL = ""
    settings.PORTAL_OFFICE = {**settings.PORTAL_OFFICE, "email": ""}
    message = ContactMessage.objects.create(name="A", subject="B", message="Nội dung thư.")
    assert contact.forward(message) is False
    assert mail.outbox == []
