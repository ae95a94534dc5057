"""Create the newsroom groups "Phóng viên" (writers) and "Biên tập viên" (editors)."""

from django.db import migrations

from portal import group_permissions

# Frozen copy of news.permissions.ROLE_PERMISSIONS as it was when this migration was written.
ROLE_PERMISSIONS = {
    "Phóng viên": [
        ("news", "add_article"),
        ("news", "change_article"),
        ("news", "view_article"),
        ("news", "view_category"),
    ],
    "Biên tập viên": [
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


def create_roles(apps, schema_editor):
    for name, permissions in ROLE_PERMISSIONS.items():
        group_permissions.grant(apps, name, permissions)


def remove_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name__in=ROLE_PERMISSIONS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("news", "0002_article_redirects_renditions_publish_permission"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
