"""The moderation queue's row decisions and reply box, the flags it shows (banned words, links,
impersonation) and the audit trail of decisions."""

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Group
from django.urls import reverse

from comments import impersonation, moderation
from comments.models import Comment
from comments.moderation import MODERATOR_GROUP
from tests.comments.factories import CommentFactory
from tests.factories import StaffUserFactory, WriterFactory
from tests.news.factories import ArticleFactory

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:comments_comment_changelist")


@pytest.fixture
def moderator():
    user = StaffUserFactory(username="kiemduyet")
    user.groups.add(Group.objects.get(name=MODERATOR_GROUP))
    return user


@pytest.fixture
def moderator_client(client, moderator):
    client.force_login(moderator)
    return client


def pending(**kwargs):
    return CommentFactory(status=Comment.Status.PENDING, **kwargs)


def decide(client, comment, decision):
    return client.post(
        reverse("admin:comments_comment_decide", args=[comment.pk]), {"decision": decision}
    )


@pytest.mark.parametrize(
    ("decision", "status", "label"),
    [
        ("approve", Comment.Status.APPROVED, "Đã duyệt"),
        ("reject", Comment.Status.REJECTED, "Từ chối"),
        ("spam", Comment.Status.SPAM, "Thư rác"),
    ],
)
def test_a_row_button_decides_one_comment_and_answers_json(
    moderator_client, moderator, decision, status, label
):
    comment, other = pending(), pending()
    response = decide(moderator_client, comment, decision)
    assert response.status_code == 200
    assert response.json()["status"] == status
    assert response.json()["label"] == label
    comment.refresh_from_db()
    assert (comment.status, comment.moderated_by) == (status, moderator)
    assert Comment.objects.get(pk=other.pk).status == Comment.Status.PENDING


def test_decisions_are_written_to_the_audit_trail(moderator_client, moderator):
    comment = pending()
    decide(moderator_client, comment, "spam")
    entry = LogEntry.objects.get(object_id=str(comment.pk))
    assert entry.user == moderator
    assert entry.get_change_message() == "Đánh dấu thư rác"


def test_bulk_actions_are_audited_too(moderator_client, moderator):
    comments = [pending(), pending()]
    moderator_client.post(
        CHANGELIST,
        {"action": "approve_selected", "_selected_action": [c.pk for c in comments], "index": 0},
    )
    assert LogEntry.objects.filter(change_message="Duyệt bình luận").count() == 2


def test_an_unknown_decision_is_refused_and_nothing_changes(moderator_client):
    comment = pending()
    response = decide(moderator_client, comment, "delete")
    assert response.status_code == 400
    assert "không hợp lệ" in response.json()["error"]
    assert Comment.objects.get(pk=comment.pk).status == Comment.Status.PENDING


def test_the_decision_view_only_takes_posts(moderator_client):
    comment = pending()
    url = reverse("admin:comments_comment_decide", args=[comment.pk])
    assert moderator_client.get(url).status_code == 405


def test_staff_who_may_not_moderate_cannot_use_the_row_buttons(client):
    comment = pending()
    client.force_login(WriterFactory())
    assert decide(client, comment, "approve").status_code == 403
    assert Comment.objects.get(pk=comment.pk).status == Comment.Status.PENDING


def test_the_row_buttons_need_the_csrf_token(moderator):
    from django.test import Client

    comment = pending()
    client = Client(enforce_csrf_checks=True)
    client.force_login(moderator)
    assert decide(client, comment, "approve").status_code == 403
    assert Comment.objects.get(pk=comment.pk).status == Comment.Status.PENDING


def test_the_office_replies_from_the_queue(moderator_client, moderator):
    comment = pending()
    url = reverse("admin:comments_comment_reply", args=[comment.pk])
    response = moderator_client.post(url, {"reply": "  Cảm ơn bạn đã góp ý.  "})
    assert response.json() == {"reply": "Cảm ơn bạn đã góp ý.", "message": "Đã lưu trả lời."}
    comment.refresh_from_db()
    assert (comment.reply, comment.replied_by) == ("Cảm ơn bạn đã góp ý.", moderator)
    assert comment.replied_at is not None
    response = moderator_client.post(url, {"reply": ""})
    assert response.json()["message"] == "Đã xoá trả lời."
    comment.refresh_from_db()
    assert (comment.reply, comment.replied_by) == ("", None)


def test_the_queue_shows_text_status_flags_article_age_and_buttons(moderator_client):
    article = ArticleFactory(title="Giám sát nạo vét kênh")
    long_text = "Kênh thoát nước khu phố ba bị bồi lắng nặng. " * 10
    pending(article=article, content=long_text, flagged_words="cá độ", title="Kênh bồi lắng")
    html = moderator_client.get(CHANGELIST).content.decode()
    assert "Kênh bồi lắng" in html
    assert "Kênh thoát nước khu phố ba bị bồi lắng nặng." in html
    assert "<summary>Xem toàn bộ</summary>" in html
    assert "⚠ Từ bị cấm: cá độ" in html
    assert "Giám sát nạo vét kênh" in html
    assert "trước</time>" in html
    for label in ("Duyệt", "Từ chối", "Thư rác"):
        assert f">{label}</button>" in html
    assert "Trả lời của Ban biên tập" in html
    assert "approve_selected" in html  # bulk actions kept


def test_the_queue_costs_the_same_whatever_the_number_of_comments(
    moderator_client, django_assert_max_num_queries
):
    for _ in range(30):
        pending(content="Có đường dẫn http://vi-du.example.com trong bình luận này.")
    with django_assert_max_num_queries(12):
        response = moderator_client.get(CHANGELIST)
    assert "⚠ Có 1 đường dẫn" in response.content.decode()


def test_the_flag_filter_finds_possible_impersonation(moderator_client):
    pending(title="Mạo danh", warnings="Tên người gửi giống “Ban biên tập”: có thể mạo danh")
    pending(title="Bình thường")
    html = moderator_client.get(CHANGELIST + "?co_tu_cam=mao-danh").content.decode()
    assert "Mạo danh" in html and "Bình thường" not in html


# --- impersonation -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["Ban biên tập", "BAN BIÊN TẬP", "ban bien tap", "Bаn biên tập", "Văn phòng HĐND phường"],
)
def test_names_like_the_office_are_flagged(name):
    warnings = impersonation.warnings_for(name, "Góp ý")
    assert any("có thể mạo danh" in w for w in warnings)


def test_the_office_name_from_the_settings_is_reserved(settings):
    settings.PORTAL_OFFICE = {**settings.PORTAL_OFFICE, "name": "Văn phòng Đoàn ĐBQH Sông Xanh"}
    assert impersonation.warnings_for("Văn phòng Đoàn ĐBQH Sông Xanh", "Góp ý")


def test_cyrillic_look_alike_letters_are_flagged_in_names_and_titles():
    warnings = impersonation.warnings_for("Nguyễn Vаn", "Góp ý về đường Bến Sоng")
    assert "Chữ cái lạ giống chữ Latin trong tên: а" in warnings
    assert "Chữ cái lạ giống chữ Latin trong tiêu đề: о" in warnings


@pytest.mark.parametrize(
    "name", ["Nguyễn Thị Lan", "Trần Văn Phòng", "Lê Biên", "Phạm Quốc Tập", "Đặng Thu Hà"]
)
def test_real_vietnamese_names_are_not_flagged(name):
    assert impersonation.warnings_for(name, "Đề nghị sửa đường Lê Lợi") == []


def test_a_received_comment_keeps_the_warning_and_waits(article):
    comment = moderation.receive(
        article,
        {"name": "Bаn biên tập", "title": "Thông báo", "content": "Nội dung bình luận."},
        address_hash="x" * 64,
    )
    assert comment.status == Comment.Status.PENDING
    assert "có thể mạo danh" in comment.warnings
    assert "Chữ cái lạ" in comment.warnings


# --- mail for readers' actions -------------------------------------------------------------


def test_a_new_comment_sends_no_mail_unless_configured(
    article, mailoutbox, django_capture_on_commit_callbacks
):
    data = {"name": "Nguyễn An", "title": "Góp ý", "content": "Nội dung bình luận."}
    with django_capture_on_commit_callbacks(execute=True):
        moderation.receive(article, data, address_hash="x" * 64)
    assert mailoutbox == []


def test_a_new_comment_is_mailed_to_the_configured_address(
    article, settings, mailoutbox, django_capture_on_commit_callbacks
):
    settings.COMMENTS_NOTIFY_EMAIL = "kiemduyet@example.org"
    data = {"name": "Nguyễn An", "title": "Góp ý", "content": "Nội dung bình luận."}
    with django_capture_on_commit_callbacks(execute=True):
        moderation.receive(article, data, address_hash="x" * 64)
    assert [m.to for m in mailoutbox] == [["kiemduyet@example.org"]]
    assert "Góp ý" in mailoutbox[0].subject
