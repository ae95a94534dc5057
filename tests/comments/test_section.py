"""The comments under an article: only approved ones, oldest first, escaped, with official
replies; a fixed number of queries; HTML that is the same for every reader (cacheable)."""

from pathlib import Path

import pytest
from captcha.models import CaptchaStore
from django.conf import settings
from django.template import Context, Template
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import timezone

from comments.models import Comment
from tests.comments.factories import CommentFactory
from tests.factories import StaffUserFactory
from tests.news.factories import ArticleFactory

pytestmark = pytest.mark.django_db

XSS = [
    "<script>alert('xss')</script>",
    '"><img src=x onerror=alert(1)>',
    '<a href="javascript:alert(1)">bấm vào đây</a>',
    "{{ 7|add:7 }} {% now 'Y' %}",
    "</textarea><svg onload=alert(1)>",
]


def render_section(article, **context):
    request = RequestFactory().get(article.get_absolute_url())
    template = Template("{% load comments_tags %}{% comments_section article %}")
    return template.render(Context({"article": article, "request": request, **context})), request


def section_html(client, article):
    html = client.get(article.get_absolute_url()).content.decode()
    start = html.index('id="binh-luan"')
    return html[start : html.index("</section>", html.index('id="gui-binh-luan"'))]


def test_approved_comments_show_oldest_first_with_name_title_time_and_count(client):
    article = ArticleFactory()
    now = timezone.now()
    newer = CommentFactory(article=article, title="Ý kiến thứ hai", name="Lê Văn Hùng")
    older = CommentFactory(article=article, title="Ý kiến thứ nhất", name="Phạm Thị Mai")
    Comment.objects.filter(pk=newer.pk).update(created_at=now.replace(2024, 3, 5, 3, 7))
    Comment.objects.filter(pk=older.pk).update(created_at=now.replace(2024, 3, 4, 2, 0))
    html = section_html(client, article)
    assert html.index("Ý kiến thứ nhất") < html.index("Ý kiến thứ hai")
    assert "Phạm Thị Mai" in html and "Lê Văn Hùng" in html
    assert "05/03/2024 | 10:07" in html  # vn_datetime_short in Asia/Ho_Chi_Minh
    assert "2 bình luận" in html


def test_an_article_without_comments_says_so(client):
    assert "Chưa có bình luận nào." in section_html(client, ArticleFactory())


@pytest.mark.parametrize(
    "status", [Comment.Status.PENDING, Comment.Status.REJECTED, Comment.Status.SPAM]
)
def test_unapproved_comments_appear_nowhere_public(client, status):
    article = ArticleFactory()
    CommentFactory(article=article, title="Bình luận đã duyệt")
    CommentFactory(article=article, status=status, title="Bình luận ẩn", content="Nội dung ẩn đi")
    page = client.get(article.get_absolute_url()).content.decode()
    assert "Bình luận đã duyệt" in page
    assert "Bình luận ẩn" not in page and "Nội dung ẩn đi" not in page
    assert "1 bình luận" in page
    for feed in (reverse("news:feed"), reverse("news:category_feed", args=[article.category.slug])):
        assert "Nội dung ẩn đi" not in client.get(feed).content.decode()
    assert list(Comment.objects.approved().values_list("title", flat=True)) == [
        "Bình luận đã duyệt"
    ]


def test_phone_numbers_and_address_hashes_are_never_shown(client):
    article = ArticleFactory()
    CommentFactory(article=article, phone="0987654321", address_hash="f00d" * 16)
    page = client.get(article.get_absolute_url()).content.decode()
    assert "0987654321" not in page and "0987 654 321" not in page
    assert "f00d" not in page


def test_line_breaks_are_kept_and_text_is_plain(client):
    article = ArticleFactory()
    CommentFactory(article=article, content="Dòng một của tôi.\nDòng hai của tôi.\n\nĐoạn mới.")
    html = section_html(client, article)
    assert "Dòng một của tôi.<br>Dòng hai của tôi.<br><br>Đoạn mới." in html


@pytest.mark.parametrize("payload", XSS)
def test_reader_text_is_escaped_in_every_field(client, payload):
    article = ArticleFactory()
    CommentFactory(
        article=article,
        name=f"Lan {payload}",
        title=f"Tiêu đề {payload}",
        content=f"Nội dung {payload}",
        reply=f"Trả lời {payload}",
    )
    html = section_html(client, article)
    html = html[html.index('<ol class="comments__list">') : html.index("</ol>")]
    assert payload not in html
    for raw in ("<script>", "<img", "<svg", '<a href="javascript', "onerror=alert(1)>"):
        assert raw not in html
    assert "14" not in html.split("Tiêu đề")[1][:40]  # no template evaluation either


def test_an_xss_payload_sent_through_the_form_is_escaped_once_approved(client, post_comment):
    content = "Bài viết rất hay <script>alert('xss')</script> cảm ơn tác giả nhiều lắm."
    assert post_comment(content=content).status_code == 303
    comment = Comment.objects.get()
    comment.status = Comment.Status.APPROVED
    comment.save()
    html = section_html(client, comment.article)
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#x27;xss&#x27;)&lt;/script&gt;" in html


def test_a_refused_payload_is_escaped_when_the_form_is_shown_again(post_comment):
    html = post_comment(name='"><script>alert(1)</script>').content.decode()
    assert "<script>alert(1)" not in html
    assert "&quot;&gt;&lt;script&gt;" in html


def test_no_comment_template_marks_reader_text_safe():
    for path in Path(settings.BASE_DIR, "templates", "comments").glob("*.html"):
        source = path.read_text(encoding="utf-8")
        assert "|safe" not in source and "autoescape off" not in source, path


def test_official_replies_show_under_the_comment_with_the_badge(client):
    article = ArticleFactory()
    CommentFactory(
        article=article,
        title="Hỏi về lịch tiếp dân",
        reply="Lịch tiếp công dân được đăng ở mục Thông báo.\nXin cảm ơn bạn.",
    )
    CommentFactory(article=article, title="Không có trả lời")
    html = section_html(client, article)
    assert html.count("Trả lời của Ban biên tập") == 1
    assert html.index("Hỏi về lịch tiếp dân") < html.index("Trả lời của Ban biên tập")
    assert html.index("Trả lời của Ban biên tập") < html.index("Không có trả lời")
    assert "Lịch tiếp công dân được đăng ở mục Thông báo.<br>Xin cảm ơn bạn." in html


def test_the_form_is_shown_with_its_heading_and_note(client):
    html = section_html(client, ArticleFactory())
    assert "Gửi bình luận" in html
    assert "Hãy sử dụng tiếng Việt có dấu khi viết bài" in html
    for label in ("Họ tên", "Số điện thoại", "Tiêu đề", "Nội dung", "Mã xác nhận"):
        assert label in html
    assert "Lấy lại mã bảo mật" in html


def test_without_javascript_the_article_page_links_to_the_comment_form_page(client):
    article = ArticleFactory()
    html = section_html(client, article)
    assert f'href="{reverse("comments:form", args=[article.pk])}"' in html
    assert "data-comments-deferred" in html and "hidden" in html


def test_an_article_closed_to_comments_keeps_its_comments_but_shows_no_form(client):
    article = ArticleFactory(allow_comments=False)
    CommentFactory(article=article, title="Ý kiến trước khi khóa")
    html = section_html(client, article)
    assert "Bài viết này không nhận bình luận." in html
    assert "Ý kiến trước khi khóa" in html
    assert "<form" not in html


def test_the_staff_preview_shows_no_form(client):
    staff = StaffUserFactory(is_superuser=True)
    client.force_login(staff)
    article = ArticleFactory(draft=True)
    html = client.get(reverse("news:article_preview", args=[article.pk])).content.decode()
    assert "biểu mẫu bình luận chỉ hiện khi bài đã được đăng" in html
    assert "data-comments-form" not in html


def test_the_section_creates_no_captcha_and_no_csrf_token_so_the_page_can_be_cached():
    article = ArticleFactory()
    CommentFactory(article=article)
    first, request = render_section(article)
    second, _ = render_section(article)
    assert first == second
    assert CaptchaStore.objects.count() == 0
    assert "CSRF_COOKIE" not in request.META
    assert 'name="csrfmiddlewaretoken" value=""' in first


def test_the_section_costs_one_query_whatever_the_number_of_comments(
    django_assert_num_queries,
):
    article = ArticleFactory()
    render_section(ArticleFactory())  # the clocks the form's remembered block is kept by
    with django_assert_num_queries(1):
        render_section(article)
    CommentFactory.create_batch(30, article=article)
    CommentFactory.create_batch(10, article=article, status=Comment.Status.PENDING)
    with django_assert_num_queries(1):
        html, _ = render_section(article)
    assert "30 bình luận" in html


def test_comments_add_a_fixed_number_of_queries_to_the_article_page(
    client, django_assert_max_num_queries, settings
):
    settings.PORTAL_PAGE_CACHE_SECONDS = 0  # count what drawing the page costs
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    article = ArticleFactory()
    client.get(article.get_absolute_url())  # warm the shared widget caches
    with CaptureQueriesContext(connection) as empty:
        client.get(article.get_absolute_url())
    CommentFactory.create_batch(25, article=article, reply="Cảm ơn bạn đã góp ý.")
    CommentFactory.create_batch(5, article=article, status=Comment.Status.PENDING)
    with CaptureQueriesContext(connection) as full:
        response = client.get(article.get_absolute_url())
    assert "25 bình luận" in response.content.decode()
    assert len(full) == len(empty)
    comment_queries = [q for q in full.captured_queries if "comments_comment" in q["sql"]]
    assert len(comment_queries) <= 2
    with django_assert_max_num_queries(8):
        client.get(article.get_absolute_url())


def test_the_sent_message_is_drawn_in_the_section_where_the_redirect_lands(
    client, article, post_comment
):
    from comments.views import SUCCESS_MESSAGE

    response = post_comment()
    assert response["Location"].endswith("#binh-luan")
    html = client.get(response["Location"]).content.decode()
    assert html.count(SUCCESS_MESSAGE) == 1
    top, below = html.split('id="binh-luan"', 1)
    assert SUCCESS_MESSAGE not in top  # not at the top of the page, above the article
    notice = below[: below.index(SUCCESS_MESSAGE)]
    assert 'role="status"' in notice[notice.rindex("<div") :]
    assert "comments__count" not in notice  # right under the heading, before the comments
    # Shown once: the next page view has no message left.
    assert SUCCESS_MESSAGE not in client.get(response["Location"]).content.decode()
    # The form beside it is remembered for every reader; the notice never is.
    other = Client()
    other.cookies["sessionid"] = "mot-phien-khac"
    for reader in (other, Client()):
        assert SUCCESS_MESSAGE not in reader.get(response["Location"]).content.decode()


def test_other_messages_stay_at_the_top_of_the_page(rf):
    from django.contrib.messages.storage.base import Message
    from django.template.loader import render_to_string

    messages = [
        Message(25, "Cảm ơn bạn đã bình chọn!"),
        Message(25, "Bình luận đã gửi.", extra_tags="comment"),
    ]
    html = render_to_string("base.html", {"messages": messages}, request=rf.get("/"))
    top = html[html.index('<div class="messages"') : html.index("</div>", html.index('"messages"'))]
    assert "Cảm ơn bạn đã bình chọn!" in top
    assert "Bình luận đã gửi." not in html


def test_a_page_without_messages_sends_no_message_cookie(client):
    response = client.get(ArticleFactory().get_absolute_url())
    assert "messages" not in response.cookies
    assert '<div class="messages' not in response.content.decode()
