"""How an article moves between draft, review, published and hidden, and who may move it.

Every status change staff make goes through this module (the admin's form save and actions call
it; tests and commands should too), so the rules hold on the server whatever a browser posts.
Writers draft ("Lưu nháp") and submit for review ("Gửi duyệt"); editors (``news.publish_article``)
publish now ("Đăng ngay"), schedule ("Hẹn giờ đăng"), return an article to its writer with a
reason ("Trả lại"), take it off the site ("Gỡ bài"), feature it and give it an expiry time
("Hết hạn", after which readers no longer see it). Publishing stamps ``published_at`` with now
unless a time is given or already set; a time in the future schedules the article, which readers
see once that time has come. Each decision is written to the audit trail (portal.audit) and the
people concerned are told by e-mail (news.notifications).
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from portal import audit, text
from portal.formats import format_datetime_short

from . import notifications
from .models import Article
from .permissions import PUBLISH_PERMISSION

ONLY_EDITORS_PUBLISH = "Chỉ biên tập viên mới được đăng hoặc ẩn bài viết."
OWN_UNPUBLISHED_ONLY = "Bạn chỉ được sửa bài của mình khi bài chưa đăng."
SCHEDULE_IN_FUTURE = "Thời gian hẹn đăng phải ở tương lai."
SCHEDULE_NEEDS_TIME = "Hãy nhập thời gian đăng (ngày/tháng/năm giờ:phút) trước khi hẹn giờ."
RETURN_NEEDS_REASON = "Hãy ghi lý do trả lại để phóng viên biết cần sửa gì."
RETURN_ONLY_UNPUBLISHED = "Chỉ trả lại được bài chưa đăng."
EXPIRY_AFTER_PUBLISH = "Thời gian hết hạn phải sau thời gian đăng."

# The statuses a writer may give an article: keep it a draft or send it for review.
WRITER_STATUSES = (Article.Status.DRAFT, Article.Status.REVIEW)
# Featuring and timing are editorial decisions; a writer's value for these is never saved.
EDITOR_FIELDS = ("is_featured", "published_at", "expires_at")

# The buttons of the change form, by role: (action, label). See actions_for().
WRITER_ACTIONS = (("draft", "Lưu nháp"), ("submit", "Gửi duyệt"))
EDITOR_ACTIONS = (
    ("publish", "Đăng ngay"),
    ("schedule", "Hẹn giờ đăng"),
    ("return", "Trả lại"),
    ("unpublish", "Gỡ bài"),
)


def can_publish(user) -> bool:
    """Editors (and superusers) may publish, hide, feature and edit any article."""
    return bool(user and user.is_active and user.has_perm(PUBLISH_PERMISSION))


def can_edit(user, article) -> bool:
    """Editors edit everything; writers only their own articles still in draft or review."""
    if not (user and user.is_active and user.has_perm("news.change_article")):
        return False
    if can_publish(user):
        return True
    return article.created_by_id == user.pk and article.status in WRITER_STATUSES


def allowed_statuses(user):
    """The statuses the user may give an article."""
    return tuple(Article.Status.values) if can_publish(user) else WRITER_STATUSES


def _require_editor(user):
    if not can_publish(user):
        raise PermissionDenied(ONLY_EDITORS_PUBLISH)


def _stamp_publish_time(article):
    if article.status == Article.Status.PUBLISHED and article.published_at is None:
        article.published_at = timezone.now()


def save(article, by):
    """Save an article as edited on its form by ``by``, enforcing the roles on what was posted.

    A writer may only save their own article while it is a draft or waiting for review, only
    with one of those statuses, and never changes its featuring or publish time.
    """
    is_new = article.pk is None
    if not can_publish(by):
        if article.status not in WRITER_STATUSES:
            raise PermissionDenied(ONLY_EDITORS_PUBLISH)
        if is_new:
            article.is_featured = False
            article.published_at = None
        else:
            stored = (
                Article.objects.filter(pk=article.pk)
                .values("created_by", "status", *EDITOR_FIELDS)
                .get()
            )
            if stored["created_by"] != by.pk or stored["status"] not in WRITER_STATUSES:
                raise PermissionDenied(OWN_UNPUBLISHED_ONLY)
            for field in EDITOR_FIELDS:
                setattr(article, field, stored[field])
    if is_new:
        article.created_by = by
    article.updated_by = by
    _stamp_publish_time(article)
    check_expiry(article.published_at, article.expires_at)
    article._history_user = by
    article.save()


def check_expiry(published_at, expires_at):
    """Raise ValidationError unless the expiry time (if any) comes after the publish time."""
    if expires_at is not None and published_at is not None and expires_at <= published_at:
        raise ValidationError({"expires_at": EXPIRY_AFTER_PUBLISH})


def _set_status(article, status, by, reason=None, change_reason=""):
    article.status = status
    article.updated_by = by
    fields = ["status", "published_at", "updated_by", "updated_at"]
    if reason is not None:
        article.return_reason = reason
        fields.append("return_reason")
    _stamp_publish_time(article)
    check_expiry(article.published_at, article.expires_at)
    # The revision list says why this version was made, and by whom.
    article._history_user = by
    article._change_reason = change_reason
    article.save(update_fields=fields)
    if change_reason:
        audit.record(by, article, change_reason)


def actions_for(user, article=None):
    """The workflow buttons ``user`` gets on the form of ``article`` (None: a new article)."""
    status = article.status if article is not None and article.pk else None
    if can_publish(user):
        actions = dict(EDITOR_ACTIONS)
        if status in (None, Article.Status.PUBLISHED, Article.Status.HIDDEN):
            actions.pop("return")
        if status != Article.Status.PUBLISHED:
            actions.pop("unpublish")
        return list(actions.items())
    if article is not None and article.pk and not can_edit(user, article):
        return []
    actions = dict(WRITER_ACTIONS)
    if status == Article.Status.REVIEW:
        actions.pop("submit")
    return list(actions.items())


def submit(article, by) -> bool:
    """Send a draft for review. False (nothing saved) when it is not a draft ``by`` may edit."""
    if article.status != Article.Status.DRAFT or not can_edit(by, article):
        return False
    _set_status(article, Article.Status.REVIEW, by, reason="", change_reason="Gửi duyệt")
    notifications.submitted(article, by)
    return True


def return_to_writer(article, by, reason) -> bool:
    """Send an unpublished article back to its writer as a draft, with the reason they read."""
    _require_editor(by)
    reason = text.squash_spaces(reason or "")
    if not reason:
        raise ValidationError({"return_reason": RETURN_NEEDS_REASON})
    if article.status in (Article.Status.PUBLISHED, Article.Status.HIDDEN):
        raise ValidationError(RETURN_ONLY_UNPUBLISHED)
    _set_status(
        article, Article.Status.DRAFT, by, reason=reason, change_reason=f"Trả lại: {reason}"
    )
    notifications.returned(article, by, reason)
    return True


def publish_now(article, by) -> bool:
    """Publish now ("Đăng ngay"): readers see it from this moment, whatever time the form held."""
    return publish(article, by, at=timezone.now())


def publish(article, by, at=None) -> bool:
    """Publish at ``at``, or at the time already on the article, or now. Editors only.

    An article already published is left alone (a scheduled one keeps its time) unless ``at``
    is given. Returns whether anything changed.
    """
    _require_editor(by)
    if at is not None:
        article.published_at = at
    elif article.status == Article.Status.PUBLISHED:
        return False
    scheduled = article.published_at is not None and article.published_at > timezone.now()
    when = f" lúc {format_datetime_short(article.published_at)}" if article.published_at else ""
    _set_status(
        article,
        Article.Status.PUBLISHED,
        by,
        reason="",
        change_reason=f"Hẹn giờ đăng{when}" if scheduled else "Đăng bài",
    )
    notifications.published(article, by)
    return True


def schedule(article, by, at) -> bool:
    """Publish so that readers see the article from ``at``, which must be in the future."""
    _require_editor(by)
    if at is None:
        raise ValidationError({"published_at": SCHEDULE_NEEDS_TIME})
    if at <= timezone.now():
        raise ValidationError({"published_at": SCHEDULE_IN_FUTURE})
    return publish(article, by, at=at)


def hide(article, by) -> bool:
    """Take an article off the site ("Gỡ bài"); it keeps its publish time. Editors only."""
    _require_editor(by)
    if article.status == Article.Status.HIDDEN:
        return False
    _set_status(article, Article.Status.HIDDEN, by, change_reason="Gỡ bài")
    return True


def apply(article, by, action, *, at=None, reason="") -> bool:
    """Carry out a change-form button (see actions_for) on an article already saved."""
    if action == "draft" or not action:
        return False
    if action == "submit":
        return submit(article, by)
    if action == "publish":
        return publish_now(article, by)
    if action == "schedule":
        return schedule(article, by, at)
    if action == "return":
        return return_to_writer(article, by, reason)
    if action == "unpublish":
        return hide(article, by)
    raise ValidationError(f"Thao tác không hợp lệ: {action}")


def _each(queryset):
    # The admin's changelist joins category and author; moving a status needs neither.
    return list(queryset.select_related(None))


def publish_all(queryset, by) -> int:
    """Publish the articles not yet published; returns how many."""
    _require_editor(by)
    pending = queryset.exclude(status=Article.Status.PUBLISHED)
    return sum(publish(article, by) for article in _each(pending))


def hide_all(queryset, by) -> int:
    """Hide the articles not yet hidden; returns how many."""
    _require_editor(by)
    shown = queryset.exclude(status=Article.Status.HIDDEN)
    return sum(hide(article, by) for article in _each(shown))


def submit_all(queryset, by) -> int:
    """Send for review the drafts ``by`` may edit; returns how many."""
    drafts = queryset.filter(status=Article.Status.DRAFT)
    return sum(submit(article, by) for article in _each(drafts))
