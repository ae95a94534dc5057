"""The moderation queue in the admin: order, filters, search, bulk actions with who and when,
official replies, permissions and the number waiting on the admin home page."""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from comments.models import Comment
from comments.moderation import MODERATOR_GROUP, MODERATOR_PERMISSIONS
from portal.cache import generations
from tests.comments.factories import CommentFactory
from tests.factories import EditorFactory, StaffUserFactory, SuperUserFactory, WriterFactory
from tests.news.factories import ArticleFactory

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:comments_comment_changelist")


@pytest.fixture
def moderator(db):
    user = StaffUserFactory(username="kiemduyet")
    user.groups.add(Group.objects.get(name=MODERATOR_GROUP))
    return user


@pytest.fixture
def moderator_client(client, moderator):
    client.force_login(moderator)
    return client


def make(status, minutes_ago, **kwargs):
    comment = CommentFactory(status=status, **kwargs)
    Comment.objects.filter(pk=comment.pk).update(
        created_at=timezone.now() - datetime.timedelta(minutes=minutes_ago)
    )
    return comment


def act(client, action, comments):
    return client.post(
        CHANGELIST,
        {"action": action, "_selected_action": [c.pk for c in comments], "index": 0},
        follow=True,
    )


def test_the_moderator_group_has_the_comment_permissions():
    group = Group.objects.get(name=MODERATOR_GROUP)
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"view_comment", "change_comment", "add_bannedword", "change_bannedword"} <= codenames
    assert "add_comment" not in codenames


def test_the_migration_gave_the_moderators_exactly_the_permissions_the_code_names():
    # The migration keeps a frozen copy; a change to the list needs a new data migration.
    group = Group.objects.get(name=MODERATOR_GROUP)
    codenames = group.permissions.filter(content_type__app_label="comments")
    assert sorted(codenames.values_list("codename", flat=True)) == sorted(MODERATOR_PERMISSIONS)


def test_the_queue_shows_pending_comments_first_then_newest_first(moderator_client):
    old_pending = make(Comment.Status.PENDING, 300)
    new_pending = make(Comment.Status.PENDING, 5)
    approved_recent = make(Comment.Status.APPROVED, 1)
    spam_old = make(Comment.Status.SPAM, 600)
    rejected = make(Comment.Status.REJECTED, 100)
    response = moderator_client.get(CHANGELIST)
    assert response.status_code == 200
    shown = list(response.context["cl"].result_list)
    assert shown == [new_pending, old_pending, approved_recent, rejected, spam_old]


def test_the_queue_filters_by_status_article_and_banned_words(moderator_client):
    article = ArticleFactory(title="Bài về chợ Bến Sông")
    in_article = make(Comment.Status.PENDING, 1, article=article)
    flagged = make(Comment.Status.PENDING, 2, flagged_words="cá độ")
    approved = make(Comment.Status.APPROVED, 3)

    def shown(query):
        return set(moderator_client.get(CHANGELIST + query).context["cl"].result_list)

    assert shown("?status__exact=pending") == {in_article, flagged}
    assert shown("?status__exact=approved") == {approved}
    assert shown(f"?article__id__exact={article.pk}") == {in_article}
    assert shown("?co_tu_cam=co") == {flagged}


def test_the_queue_searches_title_content_name_and_article(moderator_client):
    hit = CommentFactory(content="Cống thoát nước ở hẻm 42 bị tắc nghẽn nhiều ngày.")
    CommentFactory(content="Đèn đường ở tổ 5 đã hỏng.")
    result = moderator_client.get(CHANGELIST, {"q": "hẻm 42"}).context["cl"].result_list
    assert list(result) == [hit]


@pytest.mark.parametrize(
    ("action", "status"),
    [
        ("approve_selected", Comment.Status.APPROVED),
        ("reject_selected", Comment.Status.REJECTED),
        ("mark_spam_selected", Comment.Status.SPAM),
    ],
)
def test_bulk_actions_moderate_and_record_who_and_when(moderator_client, moderator, action, status):
    chosen = [make(Comment.Status.PENDING, n) for n in (1, 2)]
    untouched = make(Comment.Status.PENDING, 3)
    response = act(moderator_client, action, chosen)
    assert response.status_code == 200
    assert "Đã" in response.content.decode() and "2 bình luận" in response.content.decode()
    for comment in chosen:
        comment.refresh_from_db()
        assert comment.status == status
        assert comment.moderated_by == moderator
        assert timezone.now() - comment.moderated_at < datetime.timedelta(minutes=1)
    untouched.refresh_from_db()
    assert untouched.status == Comment.Status.PENDING and untouched.moderated_by is None


def test_an_approved_comment_appears_on_the_article(moderator_client, client):
    comment = make(Comment.Status.PENDING, 1, title="Đề nghị sửa cống hẻm 42")
    page_before = client.get(comment.article.get_absolute_url()).content.decode()
    assert "Đề nghị sửa cống hẻm 42" not in page_before
    act(moderator_client, "approve_selected", [comment])
    page_after = client.get(comment.article.get_absolute_url()).content.decode()
    assert "Đề nghị sửa cống hẻm 42" in page_after


def test_an_official_reply_is_stamped_with_who_and_when(moderator_client, moderator):
    comment = make(Comment.Status.PENDING, 1)
    url = reverse("admin:comments_comment_change", args=[comment.pk])
    response = moderator_client.post(
        url, {"status": "approved", "reply": "  Văn phòng đã chuyển ý kiến tới UBND phường.  "}
    )
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.reply == "Văn phòng đã chuyển ý kiến tới UBND phường."
    assert comment.replied_by == moderator and comment.replied_at
    assert comment.status == Comment.Status.APPROVED
    assert comment.moderated_by == moderator and comment.moderated_at

    first_reply_at = comment.replied_at
    moderator_client.post(url, {"status": "approved", "reply": comment.reply})
    comment.refresh_from_db()
    assert comment.replied_at == first_reply_at  # unchanged text, unchanged stamp

    moderator_client.post(url, {"status": "approved", "reply": ""})
    comment.refresh_from_db()
    assert comment.reply == "" and comment.replied_at is None and comment.replied_by is None


def test_moderators_cannot_rewrite_what_the_reader_wrote(moderator_client):
    comment = make(Comment.Status.PENDING, 1, content="Nội dung gốc của bạn đọc.")
    url = reverse("admin:comments_comment_change", args=[comment.pk])
    moderator_client.post(
        url, {"status": "approved", "reply": "", "content": "Nội dung bị sửa.", "name": "Ai đó"}
    )
    comment.refresh_from_db()
    assert comment.content == "Nội dung gốc của bạn đọc."


def test_staff_see_the_phone_number_in_the_admin(moderator_client):
    comment = make(Comment.Status.PENDING, 1, phone="0987654321")
    page = moderator_client.get(reverse("admin:comments_comment_change", args=[comment.pk]))
    assert "0987654321" in page.content.decode()


def test_only_a_comment_readers_can_see_offers_a_link_to_it_on_the_site(moderator_client):
    def view_on_site(comment):
        url = reverse("admin:comments_comment_change", args=[comment.pk])
        return moderator_client.get(url).context["absolute_url"]

    approved = make(Comment.Status.APPROVED, 1)
    assert view_on_site(approved) == approved.get_absolute_url()
    assert view_on_site(make(Comment.Status.PENDING, 1)) is None
    assert view_on_site(make(Comment.Status.SPAM, 1)) is None
    hidden_article = ArticleFactory(draft=True)
    assert view_on_site(make(Comment.Status.APPROVED, 1, article=hidden_article)) is None


def test_the_queue_shows_the_status_as_a_labelled_badge(moderator_client):
    comment = make(Comment.Status.PENDING, 1)
    html = moderator_client.get(CHANGELIST).content.decode()
    assert (
        f'<span class="comment-status status-pending" data-status-for="{comment.pk}">'
        "Chờ duyệt</span>"
    ) in html


def test_reader_text_is_escaped_in_the_admin(moderator_client):
    make(Comment.Status.PENDING, 1, title="<script>alert(1)</script>", flagged_words="<b>x</b>")
    html = moderator_client.get(CHANGELIST).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<b>x</b>" not in html


def test_comments_cannot_be_added_in_the_admin(moderator_client):
    assert moderator_client.get(reverse("admin:comments_comment_add")).status_code == 403


def test_newsroom_editors_moderate_comments_but_writers_do_not(client):
    comment = make(Comment.Status.PENDING, 1)
    client.force_login(WriterFactory())
    assert client.get(CHANGELIST).status_code == 403
    client.force_login(EditorFactory())
    act(client, "approve_selected", [comment])
    comment.refresh_from_db()
    assert comment.status == Comment.Status.APPROVED


def test_staff_without_comment_permissions_cannot_see_or_moderate(client):
    client.force_login(StaffUserFactory())
    comment = make(Comment.Status.PENDING, 1)
    assert client.get(CHANGELIST).status_code == 403
    assert act(client, "approve_selected", [comment]).status_code == 403
    comment.refresh_from_db()
    assert comment.status == Comment.Status.PENDING


def test_staff_who_may_only_view_cannot_use_the_actions(client):
    viewer = StaffUserFactory()
    viewer.user_permissions.add(Permission.objects.get(codename="view_comment"))
    client.force_login(viewer)
    comment = make(Comment.Status.PENDING, 1)
    response = client.get(CHANGELIST)
    assert response.status_code == 200
    assert "approve_selected" not in response.content.decode()
    act(client, "approve_selected", [comment])
    comment.refresh_from_db()
    assert comment.status == Comment.Status.PENDING


def test_readers_are_sent_to_the_login_page(client):
    response = client.get(CHANGELIST)
    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]


def test_the_admin_home_page_shows_the_number_waiting(moderator_client):
    for n in range(3):
        make(Comment.Status.PENDING, n)
    make(Comment.Status.APPROVED, 1)
    make(Comment.Status.SPAM, 1)
    html = moderator_client.get(reverse("admin:index")).content.decode()
    assert "<strong>3</strong> bình luận chờ duyệt" in html
    assert f'href="{CHANGELIST}?status__exact=pending"' in html


def test_the_admin_home_page_says_when_nothing_waits(moderator_client):
    make(Comment.Status.APPROVED, 1)
    html = moderator_client.get(reverse("admin:index")).content.decode()
    assert "Không có bình luận chờ duyệt" in html


def test_the_number_waiting_is_hidden_from_staff_who_cannot_moderate(client):
    make(Comment.Status.PENDING, 1)
    client.force_login(StaffUserFactory())
    html = client.get(reverse("admin:index")).content.decode()
    assert "bình luận chờ duyệt" not in html


def test_superusers_see_the_number_waiting_and_the_app_list(client):
    make(Comment.Status.PENDING, 1)
    client.force_login(SuperUserFactory())
    html = client.get(reverse("admin:index")).content.decode()
    assert "<strong>1</strong> bình luận chờ duyệt" in html
    assert "Bình luận" in html and "Từ bị cấm" in html


def test_banned_words_are_editable_by_moderators(moderator_client):
    response = moderator_client.post(
        reverse("admin:comments_bannedword_add"), {"word": "Vay Tiền Nhanh"}
    )
    assert response.status_code == 302
    from comments.models import BannedWord

    assert BannedWord.objects.get().word == "vay tiền nhanh"


def test_moderating_forgets_the_pages_of_the_comments_articles_only(moderator_client):
    comment = make(Comment.Status.PENDING, 1)
    elsewhere = ArticleFactory()
    tags = [f"article:{comment.article_id}", f"article:{elsewhere.pk}"]
    before = generations(*tags)
    act(moderator_client, "approve_selected", [comment])
    after = generations(*tags)
    assert [before[tag] != after[tag] for tag in tags] == [True, False]


def test_a_reply_saved_in_the_form_forgets_the_article_page(moderator_client):
    comment = make(Comment.Status.APPROVED, 1)
    tag = f"article:{comment.article_id}"
    before = generations(tag)
    url = reverse("admin:comments_comment_change", args=[comment.pk])
    moderator_client.post(url, {"status": "approved", "reply": "Văn phòng đã tiếp nhận."})
    assert generations(tag) != before


def test_a_new_reader_comment_waiting_for_moderation_leaves_the_article_page_cached(
    article, post_comment
):
    tag = f"article:{article.pk}"
    reader = Client()
    reader.get(article.get_absolute_url())
    before = generations(tag)
    assert post_comment().status_code == 303
    assert Comment.objects.pending().filter(article=article).count() == 1
    assert generations(tag) == before
    assert reader.get(article.get_absolute_url())["X-Page-Cache"] == "hit"
