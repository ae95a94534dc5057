"""Create the newsroom groups "Phóng viên" (writers) and "Biên tập viên" (editors)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

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
    # Permissions are normally created after all migrations (post_migrate); make them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        for app_label, codename in codenames:
            permission = Permission.objects.get(
                content_type__app_label=app_label, codename=codename
            )
            group.permissions.add(permission)


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
