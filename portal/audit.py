"""The audit trail: staff decisions (publishing, returning, moderating) recorded as admin log
entries, so an editor reads them with the admin's own edits in one list filtered by person and
date ("Nhật ký thao tác", portal.admin)."""

from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType


def record(user, obj, message: str) -> None:
    """Note that ``user`` did ``message`` to ``obj``. Nothing is noted without a staff member
    (commands and scheduled work are not decisions)."""
    if user is None or not getattr(user, "pk", None):
        return
    LogEntry.objects.create(
        user_id=user.pk,
        content_type=ContentType.objects.get_for_model(obj, for_concrete_model=False),
        object_id=str(obj.pk),
        object_repr=str(obj)[:200],
        action_flag=CHANGE,
        change_message=message,
    )


def record_each(user, objects, message: str) -> None:
    objects = list(objects)
    if user is None or not getattr(user, "pk", None) or not objects:
        return
    content_type = ContentType.objects.get_for_model(objects[0], for_concrete_model=False)
    LogEntry.objects.bulk_create(
        LogEntry(
            user_id=user.pk,
            content_type=content_type,
            object_id=str(obj.pk),
            object_repr=str(obj)[:200],
            action_flag=CHANGE,
            change_message=message,
        )
        for obj in objects
    )
