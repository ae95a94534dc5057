"""How petitions enter the register and what staff decide about them.

A citizen's question (council.petition_forms) is saved as "Chờ xem xét": readers see nothing of
it until staff receive it ("Đã tiếp nhận", public without an answer yet), publish it with an
answer ("Đã trả lời" or "Đã giải quyết"), or close it with a reason ("Đã đóng", never public;
the sender reads the reason with the code). Decisions are bulk updates in one transaction, noted
in the audit trail and followed by cache.changed, so the register and pages forget them at once.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from portal import audit, cache, text

from .petitions import Petition

USER_AGENT_MAX = 255


def receive_submission(data, *, address_hash, user_agent=""):
    """Save a citizen's validated question or petition as waiting; returns it (with its code)."""
    with transaction.atomic():
        return Petition.objects.create(
            kind=data["kind"],
            title=data["title"],
            summary=data["content"],
            origin=Petition.Origin.PORTAL,
            sector=data.get("sector"),
            status=Petition.Status.SUBMITTED,
            sender_name=data["name"],
            sender_area=data.get("area", ""),
            sender_phone=data.get("phone", ""),
            sender_email=data.get("email", ""),
            address_hash=address_hash,
            user_agent=text.squash_spaces(user_agent)[:USER_AGENT_MAX],
        )


def _decide(petitions, user, message, from_statuses=Petition.OPEN_STATUSES, **values):
    """Apply values to those of `petitions` still in from_statuses; returns how many changed."""
    with transaction.atomic():
        chosen = list(
            Petition.objects.select_for_update()
            .filter(pk__in=[p.pk for p in petitions], status__in=from_statuses)
            .order_by("pk")
        )
        if not chosen:
            return 0
        now = timezone.now()
        Petition.objects.filter(pk__in=[p.pk for p in chosen]).update(
            decided_at=now, decided_by=user, updated_at=now, **values
        )
        audit.record_each(user, chosen, message)
        for petition in chosen:
            petition.status = values.get("status", petition.status)
    cache.changed(Petition, chosen)
    return len(chosen)


def accept(petitions, user):
    """Received: public in the register, the answer to come."""
    return _decide(
        [p for p in petitions if p.status == Petition.Status.SUBMITTED],
        user,
        "Tiếp nhận và công bố kiến nghị.",
        status=Petition.Status.RECEIVED,
    )


def answer(petitions, user, *, answer_text, status, document=None, answered_on=None):
    """Published with the answer ("Đã trả lời", or "Đã giải quyết" when it is settled)."""
    answer_text = text.squash_spaces(answer_text)
    if not answer_text:
        raise ValueError("an answer needs its text")
    if status not in Petition.ANSWERED_STATUSES:
        raise ValueError(f"not an answered status: {status}")
    day = answered_on or timezone.localdate()
    values = {
        "status": status,
        "answer": answer_text,
        "answer_document": document,
        "answered_on": day,
    }
    if status == Petition.Status.RESOLVED:
        values["resolved_on"] = day
    label = Petition.Status(status).label
    # An answer may be corrected, or a petition answered earlier marked settled.
    return _decide(
        petitions,
        user,
        f"Công bố kèm trả lời ({label}).",
        from_statuses=(*Petition.OPEN_STATUSES, Petition.Status.ANSWERED),
        **values,
    )


def close(petitions, user, *, reason):
    """Closed with a reason: not published; the sender reads the reason with the code."""
    reason = text.squash_spaces(reason)
    if not reason:
        raise ValueError("closing needs a reason")
    return _decide(
        petitions,
        user,
        f"Đóng kiến nghị: {reason[:150]}",
        status=Petition.Status.CLOSED,
        close_reason=reason,
    )
