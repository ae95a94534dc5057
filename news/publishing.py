"""How an article moves between draft, review, published and hidden, and who may move it.

Every status change staff make goes through this module (the admin's form save and actions call
it; tests and commands should too), so the rules hold on the server whatever a browser posts.
Writers draft and submit for review; editors (``news.publish_article``) publish, schedule, hide
and feature. Publishing stamps ``published_at`` with now unless a time is given or already set;
a time in the future schedules the article, which readers see once that time has come.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.utils import timezone

from .models import Article
from .permissions import PUBLISH_PERMISSION

ONLY_EDITORS_PUBLISH = "Chỉ biên tập viên mới được đăng hoặc ẩn bài viết."
OWN_UNPUBLISHED_ONLY = "Bạn chỉ được sửa bài của mình khi bài chưa đăng."
SCHEDULE_IN_FUTURE = "Thời gian hẹn đăng phải ở tương lai."

# The statuses a writer may give an article: keep it a draft or send it for review.
WRITER_STATUSES = (Article.Status.DRAFT, Article.Status.REVIEW)
# Featuring and timing are editorial decisions; a writer's value for these is never saved.
EDITOR_FIELDS = ("is_featured", "published_at")


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
    article.save()


def _set_status(article, status, by):
    article.status = status
    article.updated_by = by
    _stamp_publish_time(article)
    article.save(update_fields=["status", "published_at", "updated_by", "updated_at"])


def submit(article, by) -> bool:
    """Send a draft for review. False (nothing saved) when it is not a draft ``by`` may edit."""
    if article.status != Article.Status.DRAFT or not can_edit(by, article):
        return False
    _set_status(article, Article.Status.REVIEW, by)
    return True


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
    _set_status(article, Article.Status.PUBLISHED, by)
    return True


def schedule(article, by, at) -> bool:
    """Publish so that readers see the article from ``at``, which must be in the future."""
    _require_editor(by)
    if at <= timezone.now():
        raise ValueError(SCHEDULE_IN_FUTURE)
    return publish(article, by, at=at)


def hide(article, by) -> bool:
    """Take an article off the site; it keeps its publish time. Editors only."""
    _require_editor(by)
    if article.status == Article.Status.HIDDEN:
        return False
    _set_status(article, Article.Status.HIDDEN, by)
    return True


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
