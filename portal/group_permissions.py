"""Grant and revoke a staff group's permissions from data migrations.

Migrations call these with their historical `apps`, so the functions must only touch models
through it. Keep the behaviour stable: released migrations depend on it.
"""

from django.contrib.auth.management import create_permissions


def _ensure_permissions(apps, app_labels):
    # Permissions are normally created after all migrations (post_migrate); make them now.
    for app_label in app_labels:
        app_config = apps.get_app_config(app_label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def grant(apps, group_name, permissions):
    """Create the group if needed and give it `permissions`, a list of (app_label, codename)."""
    _ensure_permissions(apps, {app_label for app_label, _ in permissions})
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=group_name)
    for app_label, codename in permissions:
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    return group


def revoke(apps, group_name, permissions):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=group_name).first()
    if group is None:
        return
    for app_label, codename in permissions:
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label=app_label, codename=codename)
        )
