"""Newsroom roles: writers ("Phóng viên") draft and submit; editors ("Biên tập viên") publish.

The groups and their permissions are created by a data migration (news 0003). Publishing and
hiding need the custom permission ``news.publish_article``; whoever lacks it is treated as a writer
everywhere on the server (admin forms, actions, querysets), whatever the browser sends.
"""

from __future__ import annotations

WRITER_GROUP = "Phóng viên"
EDITOR_GROUP = "Biên tập viên"

PUBLISH_PERMISSION = "news.publish_article"

# codename lists per group, as (app_label, codename)
ROLE_PERMISSIONS = {
    WRITER_GROUP: [
        ("news", "add_article"),
        ("news", "change_article"),
        ("news", "view_article"),
        ("news", "view_category"),
    ],
    EDITOR_GROUP: [
        ("news", "add_article"),
        ("news", "change_article"),
        ("news", "delete_article"),
        ("news", "view_article"),
        ("news", "publish_article"),
        ("news", "add_category"),
        ("news", "change_category"),
        ("news", "delete_category"),
        ("news", "view_category"),
        ("news", "view_articleredirect"),
        ("news", "delete_articleredirect"),
    ],
}


def can_publish(user) -> bool:
    """Editors (and superusers) may publish, hide, feature and edit any article."""
    return bool(user and user.is_active and user.has_perm(PUBLISH_PERMISSION))


def writer_statuses():
    """The statuses a writer may give an article: keep it a draft or send it for review."""
    from .models import Article

    return (Article.Status.DRAFT, Article.Status.REVIEW)


def can_edit_article(user, article) -> bool:
    """Editors edit everything; writers only their own articles still in draft or review."""
    if not (user and user.is_active and user.has_perm("news.change_article")):
        return False
    if can_publish(user):
        return True
    return article.created_by_id == user.pk and article.status in writer_statuses()
