"""Let the newsroom's editors ("Biên tập viên") run polls: create, edit, close and export them."""

from django.db import migrations

from portal import group_permissions

EDITOR_GROUP = "Biên tập viên"
PERMISSIONS = [
    ("polls", "add_poll"),
    ("polls", "change_poll"),
    ("polls", "delete_poll"),
    ("polls", "view_poll"),
    ("polls", "add_choice"),
    ("polls", "change_choice"),
    ("polls", "delete_choice"),
    ("polls", "view_choice"),
]


def grant(apps, schema_editor):
    group_permissions.grant(apps, EDITOR_GROUP, PERMISSIONS)


def revoke(apps, schema_editor):
    group_permissions.revoke(apps, EDITOR_GROUP, PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [
        ("polls", "0001_initial"),
        ("news", "0003_newsroom_roles"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
