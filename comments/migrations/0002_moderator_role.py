"""Create the group "Kiểm duyệt bình luận" (comment moderators); editors moderate too."""

from django.db import migrations

from portal import group_permissions

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


# The newsroom's editors moderate comments too; writers do not.
EDITOR_GROUP = "Biên tập viên"


def create_role(apps, schema_editor):
    permissions = [("comments", codename) for codename in MODERATOR_PERMISSIONS]
    group_permissions.grant(apps, MODERATOR_GROUP, permissions)
    group_permissions.grant(apps, EDITOR_GROUP, permissions)


def remove_role(apps, schema_editor):
    permissions = [("comments", codename) for codename in MODERATOR_PERMISSIONS]
    group_permissions.revoke(apps, EDITOR_GROUP, permissions)
    apps.get_model("auth", "Group").objects.filter(name=MODERATOR_GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("comments", "0001_comment_and_banned_word"),
        ("news", "0003_newsroom_roles"),
    ]

    operations = [migrations.RunPython(create_role, remove_role)]
