"""purge_comment_senders: old comments forget who sent them and keep what was said."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from comments.models import Comment
from tests.comments.factories import CommentFactory
from tests.factories import StaffUserFactory

pytestmark = pytest.mark.django_db


def _ago(days):
    return timezone.now() - datetime.timedelta(days=days)


def _comment(days_old, **kwargs):
    comment = CommentFactory(**kwargs)
    Comment.objects.filter(pk=comment.pk).update(created_at=_ago(days_old))
    comment.refresh_from_db()
    return comment


def _run(*args):
    out = StringIO()
    call_command("purge_comment_senders", *args, stdout=out)
    return out.getvalue()


def _sender(comment):
    comment.refresh_from_db()
    return (comment.phone, comment.address_hash, comment.user_agent)


def test_old_comments_lose_the_phone_address_hash_and_browser_and_keep_the_rest():
    moderator = StaffUserFactory()
    old = _comment(
        200,
        reply="Cảm ơn bạn, Văn phòng đã chuyển ý kiến tới Sở Xây dựng.",
        moderated_by=moderator,
        moderated_at=_ago(199),
    )
    kept = Comment.objects.values(
        "name", "title", "content", "status", "reply", "moderated_by", "moderated_at"
    ).get(pk=old.pk)
    output = _run()
    assert "Đã xóa thông tin người gửi của 1 bình luận cũ hơn 180 ngày." in output
    assert _sender(old) == ("", "", "")
    assert (
        Comment.objects.values(
            "name", "title", "content", "status", "reply", "moderated_by", "moderated_at"
        ).get(pk=old.pk)
        == kept
    )


def test_recent_comments_keep_their_sender_data():
    recent = _comment(10)
    _run()
    assert _sender(recent) == ("0912345678", "a" * 64, "Mozilla/5.0 (thử nghiệm)")


@pytest.mark.parametrize(
    "status", [Comment.Status.PENDING, Comment.Status.REJECTED, Comment.Status.SPAM]
)
def test_every_old_comment_is_purged_whatever_its_status(status):
    comment = _comment(365, status=status)
    _run()
    comment.refresh_from_db()
    assert _sender(comment) == ("", "", "")
    assert comment.status == status


def test_the_retention_comes_from_settings_or_the_days_option(settings):
    month_old = _comment(30)
    settings.COMMENTS_SENDER_RETENTION_DAYS = 60
    _run()
    assert _sender(month_old)[0] == "0912345678"
    settings.COMMENTS_SENDER_RETENTION_DAYS = 20
    _run()
    assert _sender(month_old) == ("", "", "")
    week_old = _comment(7)
    _run("--days", "5")
    assert _sender(week_old) == ("", "", "")


def test_dry_run_counts_and_changes_nothing():
    old = _comment(400)
    _comment(500, phone="", address_hash="", user_agent="")  # nothing left to forget
    output = _run("--dry-run")
    assert "Sẽ xóa thông tin người gửi của 1 bình luận" in output
    assert "Chưa thay đổi gì" in output
    assert _sender(old)[1] == "a" * 64


def test_a_second_run_has_nothing_left_to_do():
    _comment(400)
    _run()
    assert "của 0 bình luận" in _run()


def test_negative_days_are_refused():
    with pytest.raises(CommandError, match="không được âm"):
        _run("--days", "-1")


def test_the_default_retention_is_half_a_year():
    from portal.settings import base

    assert base.COMMENTS_SENDER_RETENTION_DAYS == 180
