"""The citizens' form "Gửi câu hỏi, kiến nghị": the comment form's protections, Vietnamese
messages, nothing half-saved, what was typed kept, and the code the sender gets."""

import time

import pytest
from django.core.cache import cache
from django.urls import reverse

from council.petitions import Petition
from portal.form_protection import sign_started
from tests.council.factories import SectorFactory
from tests.council.petition_factories import CAPTCHA_KEY, form_data

pytestmark = pytest.mark.django_db

FORM_URL = reverse("council:petition_form")


@pytest.fixture
def send(client):
    def post(**changes):
        return client.post(FORM_URL, form_data(**changes))

    return post


def test_the_form_page_draws_a_captcha_and_may_set_the_csrf_cookie(client):
    response = client.get(FORM_URL)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'name="captcha_0"' in html and "Lấy lại mã bảo mật" in html
    assert "Hãy sử dụng tiếng Việt có dấu khi viết bài" in html
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_a_question_waits_for_staff_and_the_sender_gets_a_code(send, client):
    sector = SectorFactory()
    response = send(sector=str(sector.pk))
    petition = Petition.objects.get()
    assert response.status_code == 303
    assert response["Location"] == reverse("council:petition_lookup") + f"?ma={petition.code}"
    assert petition.status == Petition.Status.SUBMITTED
    assert petition.origin == Petition.Origin.PORTAL
    assert petition.sector == sector
    assert petition.sender_phone == "0912345678"
    assert petition.sender_email == "binh.tran@example.vn"
    assert len(petition.address_hash) == 64
    landed = client.get(response["Location"]).content.decode()
    assert f"Mã tra cứu của bạn là {petition.code}" in landed
    assert "Chờ xem xét" in landed


def test_unaccented_text_is_refused_with_the_vietnamese_hint_and_the_text_kept(send):
    response = send(content="Cong thoat nuoc dau hem bi vo nap hon hai thang nay, rat nguy hiem")
    html = response.content.decode()
    assert response.status_code == 400
    assert "Hãy sử dụng tiếng Việt có dấu" in html
    assert "Cong thoat nuoc dau hem bi vo nap" in html
    assert 'value="Trần Văn Bình"' in html
    assert not Petition.objects.exists()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"name": ""}, "Hãy nhập họ tên của bạn."),
        ({"title": "   \u200b "}, "Hãy nhập tiêu đề câu hỏi, kiến nghị."),
        ({"content": "Ngắn quá."}, "Nội dung cần ít nhất 20 ký tự"),
        ({"phone": "12345"}, "Số điện thoại không hợp lệ"),
        ({"email": "khong-phai-email"}, "Địa chỉ e-mail không hợp lệ"),
        ({"kind": "khac"}, "Hãy chọn bạn gửi câu hỏi hay kiến nghị."),
        ({"sector": "99999"}, "Lĩnh vực đã chọn không có trong danh sách"),
        ({"title": "Xem tại www.quangcao.xyz nhé"}, "Không được đưa đường dẫn"),
        ({"captcha_1": ""}, "Hãy nhập mã xác nhận trong hình."),
        ({"website": "http://spam.example"}, "Không gửi được câu hỏi, kiến nghị."),
        ({"started": "gia-mao"}, "Biểu mẫu đã hết hạn hoặc không hợp lệ."),
        (
            {"content": "Z̸̢a̷l̵g̶o̴ ̷t̸e̶x̵t̴ ̶đ̷â̸y̴ ̵l̷à̵ ̶n̵ộ̷i̸ ̸d̴u̶n̷g̸ ̷r̶á̶c̷"},
            "không đọc được",
        ),
    ],
    ids=[
        "no-name",
        "invisible-title",
        "short",
        "phone",
        "email",
        "kind",
        "sector",
        "link-in-title",
        "captcha",
        "honeypot",
        "forged-start",
        "zalgo",
    ],
)
def test_bad_input_gets_a_vietnamese_message_and_saves_nothing(send, changes, message):
    response = send(**changes)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Petition.objects.exists()


def test_a_form_sent_too_fast_is_refused(send, settings):
    settings.PETITIONS_MIN_SECONDS = 5
    response = send(started=sign_started(CAPTCHA_KEY, time.time() - 1))
    assert response.status_code == 400
    assert "Bạn gửi hơi nhanh" in response.content.decode()
    assert not Petition.objects.exists()


def test_too_many_links_in_the_text_are_refused(send, settings):
    settings.PETITIONS_MAX_LINKS = 1
    content = (
        "Xin xem ảnh chụp tại https://anh.example.vn/1 và https://anh.example.vn/2, "
        "cống đã vỡ nắp hơn hai tháng nay."
    )
    response = send(content=content)
    assert "tối đa 1 đường dẫn" in response.content.decode()
    assert not Petition.objects.exists()


def test_hostile_text_is_stored_as_plain_text_and_shown_escaped(send, client):
    send(
        title="Đèn đường hỏng <script>alert(1)</script>",
        content="Đèn đường ở hẻm 42 đã hỏng hơn một tháng <img src=x onerror=alert(1)> "
        "mong sớm sửa.",
    )
    petition = Petition.objects.get()
    assert "<script>" in petition.title  # kept as typed, plain text
    html = client.get(reverse("council:petition_lookup"), {"ma": petition.code}).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html and "<img src=x" not in html


def test_nfd_and_invisible_characters_are_normalised(send):
    send(
        name="Tra\u0302\u0300n Va\u0306n Bi\u0300nh",
        title="Khi na\u0300o sư\u0309a co\u0302\u0301ng\u200b?",
    )
    petition = Petition.objects.get()
    assert petition.sender_name == "Trần Văn Bình"
    assert petition.title == "Khi nào sửa cống?"


def test_asking_for_a_new_captcha_keeps_what_was_typed(send):
    response = send(refresh_captcha="1", captcha_1="", content="Nội dung tôi đang viết dở dang")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Nội dung tôi đang viết dở dang" in html
    assert (
        'class="field-error" id="petition-captcha_error" data-comments-error="captcha" hidden'
        in html
    )
    assert not Petition.objects.exists()


def test_submissions_are_rate_limited_per_address_with_the_text_kept(send, settings):
    settings.PETITIONS_RATE_LIMIT = 2
    assert send().status_code == 303
    assert send(title="Câu hỏi thứ hai về đèn đường").status_code == 303
    refused = send(title="Câu hỏi thứ ba về cống thoát nước")
    html = refused.content.decode()
    assert refused.status_code == 429
    assert "Hãy thử lại sau khoảng" in html
    assert "Câu hỏi thứ ba về cống thoát nước" in html
    assert int(refused["Retry-After"]) > 0
    assert Petition.objects.count() == 2


def test_refused_submissions_do_not_use_up_the_limit(send, settings):
    settings.PETITIONS_RATE_LIMIT = 1
    assert send(name="").status_code == 400
    assert send().status_code == 303


def test_drawing_captchas_shares_the_comment_forms_limit(client, settings):
    settings.COMMENTS_CAPTCHA_RATE_LIMIT = 2
    cache.clear()
    assert client.get(FORM_URL).status_code == 200
    assert client.get(FORM_URL).status_code == 200
    refused = client.get(FORM_URL)
    assert refused.status_code == 429
    assert "quá nhiều mã xác nhận" in refused.content.decode()
