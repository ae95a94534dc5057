"""Let the newsroom's editors ("Biên tập viên") run polls: create, edit, close and export them."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

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
    # Permissions are normally created after all migrations (post_migrate); make them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=EDITOR_GROUP)
    for app_label, codename in PERMISSIONS:
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=EDITOR_GROUP).first()
    if group is not None:
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="polls", codename__in=[c for _, c in PERMISSIONS]
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("polls", "0001_initial"),
        ("news", "0003_newsroom_roles"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
