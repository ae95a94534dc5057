"""Demo voters' petitions (data in demo_data/petitions.json): the agencies, 40 petitions in every
public status raised at voter meetings and sessions, a few citizens' questions waiting and one
closed with a reason. Idempotent: agencies are found by their address, petitions by their title.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path

from django.utils import timezone

from .models import Sector, Session
from .petitions import Agency, Petition

DATA_FILE = Path(__file__).parent / "demo_data" / "petitions.json"


def _day(days_ago: int) -> datetime.date:
    return timezone.localdate() - datetime.timedelta(days=days_ago)


def _public(entry, data, sectors, agencies, sessions):
    raised_on = _day(entry["days_ago"])
    petition = Petition(
        kind=Petition.Kind.PETITION,
        title=entry["title"],
        summary=entry["summary"],
        sector=sectors.get(entry["sector"]),
        agency=agencies.get(entry["agency"]),
        status=entry["status"],
        raised_on=raised_on,
        answer=entry.get("answer", ""),
    )
    if "session" in entry:
        petition.origin = Petition.Origin.SESSION
        petition.session = sessions.get(entry["session"])
    else:
        petition.origin = Petition.Origin.VOTER_MEETING
        petition.meeting_name = data["meeting"].format(ward=entry["ward"])
        petition.meeting_on = raised_on - datetime.timedelta(days=2)
    if "answered_days_ago" in entry:
        petition.answered_on = _day(entry["answered_days_ago"])
        if entry["status"] == Petition.Status.RESOLVED:
            petition.resolved_on = petition.answered_on
    return petition


def _from_citizen(entry, sectors, status, reason=""):
    petition = Petition(
        kind=entry["kind"],
        title=entry["title"],
        summary=entry["summary"],
        origin=Petition.Origin.PORTAL,
        sector=sectors.get(entry["sector"]),
        status=status,
        raised_on=_day(entry["days_ago"]),
        close_reason=reason,
        sender_name=entry["name"],
        sender_area=entry["area"],
        sender_phone=entry["phone"],
        sender_email=entry["email"],
    )
    if reason:
        petition.decided_at = timezone.now()
    return petition


def load(stdout):
    data = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    for order, (name, slug) in enumerate(data["agencies"], start=1):
        Agency.objects.get_or_create(slug=slug, defaults={"name": name, "order": order})
    sectors = {s.slug: s for s in Sector.objects.all()}
    agencies = {a.slug: a for a in Agency.objects.all()}
    sessions = {s.number: s for s in Session.objects.all()}
    existing = set(Petition.objects.values_list("title", flat=True))
    new = [_public(entry, data, sectors, agencies, sessions) for entry in data["petitions"]]
    new += [_from_citizen(e, sectors, Petition.Status.SUBMITTED) for e in data["waiting"]]
    new += [
        _from_citizen(e, sectors, Petition.Status.CLOSED, reason=e["reason"])
        for e in data["closed"]
    ]
    created = 0
    for petition in new:
        if petition.title in existing:
            continue
        petition.full_clean()
        petition.save()
        created += 1
    stdout.write(f"Kiến nghị cử tri: {created} kiến nghị, câu hỏi mới.")
