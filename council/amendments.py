"""A document's status follows the documents that replace or amend it.

Replaced by any document → "Bị thay thế"; otherwise amended by any → "Bị sửa đổi, bổ sung";
a document whose last replacing or amending link is removed is in force again. Drafts and
expired documents keep the status a clerk gave them.
"""

from django.utils import timezone

from . import caching
from .models import Document, DocumentChange

_FOLLOWS_CHANGES = {Document.Status.IN_FORCE, Document.Status.AMENDED, Document.Status.REPLACED}


def status_for(document_id: int, current: str) -> str:
    if current not in _FOLLOWS_CHANGES:
        return current
    kinds = set(DocumentChange.objects.filter(target_id=document_id).values_list("kind", flat=True))
    if DocumentChange.Kind.REPLACES in kinds:
        return Document.Status.REPLACED
    if DocumentChange.Kind.AMENDS in kinds:
        return Document.Status.AMENDED
    return Document.Status.IN_FORCE


def refresh_statuses(document_ids) -> None:
    """Recompute the status of these documents from the links pointing at them."""
    changed = []
    for pk, current in Document.objects.filter(pk__in=set(document_ids)).values_list(
        "id", "status"
    ):
        status = status_for(pk, current)
        if status != current:
            Document.objects.filter(pk=pk).update(status=status, updated_at=timezone.now())
            changed.append(Document(pk=pk))
    if changed:
        caching.documents_changed(changed)
