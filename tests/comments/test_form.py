"""Every way the reader's form can be refused: a Vietnamese message on the field, 400, the text
kept, nothing saved; and what an accepted comment looks like."""

import unicodedata

import pytest
from django.test import override_settings

from comments.forms import CommentForm
from comments.models import Comment
from comments.views import SUCCESS_MESSAGE
from portal import clients
from portal import reader_text as validators
from tests.comments.diacritics_cases import ACCEPTED
from tests.comments.factories import VALID, form_data

pytestmark = pytest.mark.django_db


def assert_refused(response, field, fragment, status=400):
    assert response.status_code == status
    assert Comment.objects.count() == 0
    errors = response.context["form"].errors
    assert field in errors, errors
    assert any(fragment in message for message in errors[field]), errors[field]
    return response.content.decode()


def test_the_form_page_shows_every_field_with_its_label_and_a_fresh_captcha(client, form_url):
    response = client.get(form_url)
    html = response.content.decode()
    assert response.status_code == 200
    assert response["Cache-Control"].startswith("max-age=0")
    for label in ("Họ tên", "Số điện thoại", "Tiêu đề", "Nội dung", "Mã xác nhận"):
        assert label in html
    assert "Hãy sử dụng tiếng Việt có dấu khi viết bài" in html
    assert "Lấy lại mã bảo mật" in html
    assert 'for="comment-captcha"' in html and 'id="comment-captcha"' in html
    assert response.context["captcha"]["key"] in html


def test_a_valid_comment_is_saved_as_pending_and_the_reader_is_sent_back_to_the_article(
    client, article, post_comment
):
    response = post_comment()
    assert response.status_code == 303
    assert response["Location"] == f"{article.get_absolute_url()}#binh-luan"
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.PENDING
    assert comment.article == article
    assert comment.name == VALID["name"]
    assert comment.phone == "0912345678"
    assert len(comment.address_hash) == 64 and "127.0.0.1" not in comment.address_hash
    assert comment.user_agent == ""
    page = client.get(response["Location"])
    assert SUCCESS_MESSAGE in page.content.decode()


def test_the_sender_address_is_stored_only_as_a_salted_hash(post_comment):
    post_comment()
    comment = Comment.objects.get()
    assert comment.address_hash
    assert "127.0.0.1" not in str(Comment.objects.values().get())


def test_the_sender_address_is_hashed_once_for_the_rate_limit_and_the_stored_comment(
    post_comment, monkeypatch
):
    purposes = []
    real_hash = clients.address_hash

    def counting_hash(ip, purpose="client"):
        purposes.append(purpose)
        return real_hash(ip, purpose)

    monkeypatch.setattr(clients, "address_hash", counting_hash)
    post_comment()
    assert purposes.count("comment") == 1
    assert Comment.objects.get().address_hash == real_hash("127.0.0.1", "comment")


def test_the_user_agent_is_kept_short(client, form_url):
    client.post(form_url, form_data(), headers={"User-Agent": "x" * 1000})
    assert len(Comment.objects.get().user_agent) == 255


@pytest.mark.parametrize(
    ("field", "fragment"),
    [
        ("name", "Hãy nhập họ tên"),
        ("title", "Hãy nhập tiêu đề"),
        ("content", "Hãy nhập nội dung"),
        ("captcha", "Hãy nhập mã xác nhận"),
    ],
)
def test_a_missing_required_field_is_refused(post_comment, field, fragment):
    changes = {"captcha_1": ""} if field == "captcha" else {field: ""}
    assert_refused(post_comment(**changes), field, fragment)


@pytest.mark.parametrize("blank", ["   ", "\u200b\u200b", " \u200d\ufeff\t", "\u202e \u2066"])
@pytest.mark.parametrize("field", ["name", "title", "content"])
def test_whitespace_or_invisible_characters_alone_count_as_empty(post_comment, field, blank):
    assert_refused(post_comment(**{field: blank}), field, "Hãy nhập")


def test_text_is_stored_in_nfc_without_invisible_or_control_characters(post_comment):
    post_comment(
        name=unicodedata.normalize("NFD", "Lê\u200b Thị  Hồng"),
        title=unicodedata.normalize("NFD", "Góp ý\u202e về\x07 chợ"),
        content="Dòng thứ nhất của tôi.\r\n\r\n\r\n\u200bDòng thứ hai\u2066 rất quan trọng.",
    )
    comment = Comment.objects.get()
    assert comment.name == "Lê Thị Hồng"
    assert comment.title == "Góp ý về chợ"
    assert comment.content == "Dòng thứ nhất của tôi.\n\nDòng thứ hai rất quan trọng."
    assert unicodedata.is_normalized("NFC", comment.name + comment.title + comment.content)


def test_a_name_longer_than_80_characters_is_refused(post_comment):
    assert_refused(post_comment(name="Nguyễn " * 12 + "Lan"), "name", "tối đa 80")


def test_a_title_longer_than_150_characters_is_refused(post_comment):
    assert_refused(post_comment(title="Góp ý về đường sá " * 10), "title", "tối đa 150")


def test_content_shorter_than_the_minimum_is_refused(post_comment):
    assert_refused(post_comment(content="Rất hay."), "content", "ít nhất 10")


def test_content_longer_than_the_maximum_is_refused(post_comment):
    html = assert_refused(post_comment(content="Đường sá xuống cấp. " * 160), "content", "3000")
    assert "Đường sá xuống cấp." in html


def test_the_fields_are_checked_in_the_order_the_page_shows_them():
    assert list(CommentForm().fields) == [
        "name",
        "phone",
        "title",
        "content",
        "captcha",
        "website",
        "started",
    ]


@override_settings(COMMENTS_CONTENT_MIN=30, COMMENTS_CONTENT_MAX=60)
def test_the_content_limits_come_from_settings(post_comment):
    assert_refused(post_comment(content="Cảm ơn bài viết rất hay."), "content", "ít nhất 30")
    assert_refused(
        post_comment(content="Cảm ơn bài viết rất hay, tôi đồng ý với đại biểu. " * 2),
        "content",
        "tối đa 60",
    )


def test_the_length_counts_normalized_characters(post_comment):
    # 3000 characters once the NFD marks are composed: accepted although longer in NFD.
    body = " ".join(s for s in ACCEPTED if "\n" not in s and "http" not in s)[:2999] + "."
    assert len(body) == 3000
    decomposed = unicodedata.normalize("NFD", body)
    assert len(decomposed) > 3000
    assert post_comment(content=decomposed).status_code == 303
    assert Comment.objects.get().content == body


def test_unaccented_content_is_refused_with_the_hint_and_kept_in_the_form(post_comment):
    html = assert_refused(
        post_comment(content="Bai viet rat huu ich, cam on ban bien tap"), "content", "có dấu"
    )
    assert "Bai viet rat huu ich, cam on ban bien tap" in html
    assert VALID["title"] in html and VALID["name"] in html


def test_an_unaccented_title_is_refused(post_comment):
    assert_refused(post_comment(title="Gop y ve den duong"), "title", "có dấu")


def test_an_english_comment_is_refused(post_comment):
    assert_refused(
        post_comment(content="This article is very useful, thank you so much."),
        "content",
        "không phải tiếng Việt",
    )


def test_zalgo_text_is_refused(post_comment):
    assert_refused(post_comment(content="B̷à̷i̷ ̷v̷i̷ế̷t̷ ̷h̷a̷y̷ quá"), "content", "không đọc được")


def test_an_unaccented_name_is_refused_but_an_unmarked_real_name_passes(post_comment):
    assert_refused(post_comment(name="Nguyen Van An"), "name", "có dấu")
    assert post_comment(name="Lan Anh").status_code == 303


@pytest.mark.parametrize("name", ["Nguyễn Văn 123", "http://spam.example", "<b>Lan</b>", "@@@"])
def test_a_name_that_is_not_a_name_is_refused(post_comment, name):
    assert_refused(post_comment(name=name), "name", "họ tên")


@pytest.mark.parametrize("name", ["Lan Lan Lan Lan", "Hoàaaaang", "Bình----------An"])
def test_a_name_that_repeats_itself_is_refused_like_repetitive_content(post_comment, name):
    assert_refused(post_comment(name=name), "name", "họ tên")


def test_a_name_is_analysed_once(monkeypatch):
    calls = []
    real_check = validators._is_garbled
    monkeypatch.setattr(
        validators, "_is_garbled", lambda value: calls.append(value) or real_check(value)
    )
    validators.validate_name("Nguyễn Thị Lan")
    assert len(calls) == 1


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("0912345678", "0912345678"),
        ("0912 345 678", "0912345678"),
        ("0912.345.678", "0912345678"),
        ("091-234-5678", "0912345678"),
        ("+84 912 345 678", "0912345678"),
        ("+84912345678", "0912345678"),
        ("84 912 345 678", "0912345678"),
        ("0084 912 345 678", "0912345678"),
        ("+84 (0) 912 345 678", "0912345678"),
        ("0387 654 321", "0387654321"),
        ("070 123 4567", "0701234567"),
        ("024 3825 1234", "02438251234"),
        ("(024) 3825 1234", "02438251234"),
        ("028.3822.1234", "02838221234"),
        ("0236 3822 123", "02363822123"),
        ("+84 24 3825 1234", "02438251234"),
        ("", ""),
        ("   ", ""),
    ],
)
def test_vietnamese_phone_numbers_are_accepted_and_stored_normalized(post_comment, typed, stored):
    assert post_comment(phone=typed).status_code == 303
    assert Comment.objects.get().phone == stored


@pytest.mark.parametrize(
    "typed",
    [
        "123",
        "0912 345 67",  # one digit short
        "09123456789",  # one digit too many
        "0112345678",  # no such mobile prefix
        "0612345678",
        "024 3825 123",  # landline one digit short
        "+1 202 555 0143",  # not Vietnamese
        "+84 12 345 678",
        "0912 345 67a",
        "0912+345678",
        "số của tôi",
        "0912345678 hoặc 0987654321",
        "0" * 40,
    ],
)
def test_anything_else_in_the_phone_field_is_refused(post_comment, typed):
    html = assert_refused(post_comment(phone=typed), "phone", "Số điện thoại không hợp lệ")
    assert 'aria-describedby="comment-phone_helptext comment-phone_error"' in html


def test_every_refusal_is_tied_to_its_field_for_screen_readers(post_comment):
    html = post_comment(title="", content="Bai viet rat huu ich lam").content.decode()
    assert 'id="comment-title_error"' in html
    assert 'aria-invalid="true"' in html
    assert 'aria-describedby="comment-title_error"' in html
    assert 'aria-describedby="comment-content_helptext comment-content_error"' in html


def test_a_refused_form_keeps_what_was_typed_but_never_the_captcha_answer(post_comment):
    html = post_comment(content="Ngắn").content.decode()
    assert VALID["name"] in html
    assert "0912 345 678" in html
    assert VALID["title"] in html
    assert "PASSED" not in html


def test_a_refused_form_gets_a_new_captcha(client, post_comment):
    response = post_comment(content="Ngắn")
    assert response.context["captcha"]["key"] != "khong-co-ma"


def test_get_on_a_missing_or_unpublished_article_is_404(client):
    from django.urls import reverse

    from tests.news.factories import ArticleFactory

    draft = ArticleFactory(draft=True)
    assert client.get(reverse("comments:form", args=[draft.pk])).status_code == 404
    assert client.get(reverse("comments:form", args=[999999])).status_code == 404


def test_an_article_closed_to_comments_refuses_them(client, article, form_url, post_comment):
    article.allow_comments = False
    article.save()
    page = client.get(form_url)
    assert page.status_code == 200
    assert "Bài viết này không nhận bình luận." in page.content.decode()
    assert post_comment().status_code == 403
    assert post_comment(as_json=True).status_code == 403
    assert Comment.objects.count() == 0


def test_other_methods_are_not_allowed(client, form_url):
    assert client.put(form_url).status_code == 405
