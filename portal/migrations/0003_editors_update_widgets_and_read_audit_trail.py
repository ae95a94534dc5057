"""Editors update the gold price and weather widgets and read the audit trail.

Until now only the superuser could change the widgets, which pushed offices to share that
password. The group name is a frozen copy of news.permissions.EDITOR_GROUP (portal imports no app).
"""

from django.db import migrations

from portal import group_permissions

EDITOR_GROUP = "Biên tập viên"
PERMISSIONS = [
    *(
        ("portal", f"{action}_{model}")
        for model in ("goldpriceboard", "goldprice", "weatherreport")
        for action in ("add", "change", "delete", "view")
    ),
    ("admin", "view_logentry"),
]


def grant(apps, schema_editor):
    group_permissions.grant(apps, EDITOR_GROUP, PERMISSIONS)


def revoke(apps, schema_editor):
    group_permissions.revoke(apps, EDITOR_GROUP, PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("admin", "0003_logentry_add_action_flag_choices"),
        ("portal", "0002_widget_revisions"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
