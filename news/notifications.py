"""E-mail to the newsroom: editors hear of an article sent for review, the writer of it being
published or returned. Sent once the transaction commits (never for a rolled-back change),
through Django's mail framework (settings: EMAIL_*)."""

from __future__ import annotations

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.urls import reverse

from portal.formats import format_datetime

from .permissions import PUBLISH_PERMISSION

logger = logging.getLogger(__name__)


def _admin_url(article) -> str:
    return settings.SITE_URL + reverse("admin:news_article_change", args=[article.pk])


def _name(user) -> str:
    if user is None:
        return "Ban biên tập"
    return user.get_full_name() or user.get_username()


def editor_addresses() -> list[str]:
    """The e-mail addresses of active staff who may publish."""
    app_label, codename = PUBLISH_PERMISSION.split(".")
    perm = Q(
        user_permissions__codename=codename,
        user_permissions__content_type__app_label=app_label,
    )
    group_perm = Q(
        groups__permissions__codename=codename,
        groups__permissions__content_type__app_label=app_label,
    )
    users = get_user_model().objects.filter(is_active=True, is_staff=True).exclude(email="")
    editors = users.filter(perm | group_perm | Q(is_superuser=True))
    return sorted(set(editors.values_list("email", flat=True)))


def _send(subject: str, body: str, recipients: list[str]) -> None:
    recipients = [address for address in recipients if address]
    if not recipients:
        return

    def send():
        try:
            send_mail(subject, body, None, recipients)
        except OSError:
            # A mail server being down must not undo or hide the editorial decision.
            logger.exception("Could not send the newsroom notification %r", subject)

    transaction.on_commit(send)


def submitted(article, by) -> None:
    _send(
        f"Bài chờ duyệt: {article.title}",
        f"{_name(by)} vừa gửi bài “{article.title}” để duyệt.\n\nMở bài: {_admin_url(article)}\n",
        [address for address in editor_addresses() if address != getattr(by, "email", None)],
    )


def published(article, by) -> None:
    writer = article.created_by
    if writer is None or writer == by:
        return
    when = format_datetime(article.published_at)
    verb = "được hẹn giờ đăng lúc" if article.is_scheduled else "đã được đăng lúc"
    _send(
        f"Bài đã duyệt: {article.title}",
        f"Bài “{article.title}” của bạn {verb} {when} ({_name(by)} duyệt).\n\n"
        f"Xem bài: {_admin_url(article)}\n",
        [writer.email],
    )


def returned(article, by, reason: str) -> None:
    writer = article.created_by
    if writer is None or writer == by:
        return
    _send(
        f"Bài bị trả lại: {article.title}",
        f"{_name(by)} đã trả lại bài “{article.title}” với lý do:\n\n{reason}\n\n"
        f"Sửa bài: {_admin_url(article)}\n",
        [writer.email],
    )
