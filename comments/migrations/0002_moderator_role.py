"""Create the group "Kiểm duyệt bình luận" (comment moderators)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODERATOR_GROUP = "Kiểm duyệt bình luận"
# Frozen copy of comments.moderation.MODERATOR_PERMISSIONS as it was when this was written.
MODERATOR_PERMISSIONS = [
    "view_comment",
    "change_comment",
    "delete_comment",
    "view_bannedword",
    "add_bannedword",
    "change_bannedword",
    "delete_bannedword",
]


def create_role(apps, schema_editor):
    # Permissions are normally created after all migrations (post_migrate); make them now.
    app_config = apps.get_app_config("comments")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=MODERATOR_GROUP)
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="comments", codename__in=MODERATOR_PERMISSIONS
        )
    )


def remove_role(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=MODERATOR_GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("comments", "0001_comment_and_banned_word"),
    ]

    operations = [migrations.RunPython(create_role, remove_role)]
