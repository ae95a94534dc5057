"""Newsroom roles: writers ("Phóng viên") draft and submit; editors ("Biên tập viên") publish.

The groups and their permissions are created by a data migration (news 0003). Publishing and
hiding need the custom permission ``news.publish_article``; whoever lacks it is treated as a writer
everywhere on the server, whatever the browser sends (the rules are in ``news/publishing.py``).
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
        ("news", "view_articleimport"),
    ],
}
