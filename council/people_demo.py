"""Demo delegates, committees, constituencies with their wards, questions in session and four
weeks of the work schedule around the day the demo is loaded (data in demo_data/delegates.json,
questions.json, schedule.json). Portraits are drawn here: simple original figures, no photos.

Idempotent: lists are found by slug, delegates by name, questions by session, delegate and
respondent, events by title and day; whatever exists is left alone.
"""

from __future__ import annotations

import datetime
import hashlib
import io
import json
from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image, ImageDraw

from news.models import Article

from .models import (
    Agency,
    Commitment,
    Committee,
    CommitteeMembership,
    Constituency,
    Delegate,
    DelegateGroup,
    Event,
    Membership,
    Position,
    Question,
    Sector,
    Session,
    Term,
    Ward,
)

DATA = Path(__file__).parent / "demo_data"
PORTRAIT_SIZE = (360, 480)
_BACKGROUNDS = ["#d9e4ef", "#e8dfd0", "#dfe8dc", "#eadde3", "#e1e1ea", "#efe6d2"]
_SKIN = ["#f1c9a5", "#e5b48f", "#d9a27c", "#f3d2b3"]
_HAIR = ["#2b2220", "#3b2f2a", "#1f1b1a", "#4a3a30"]
_CLOTHES = ["#2f3e5c", "#5a2e35", "#34495e", "#3f4a3c", "#6b4f2a", "#463a5e"]


def _read(name):
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def draw_portrait(key: str, gender: str) -> bytes:
    """A drawn head-and-shoulders figure, its colours chosen from the delegate's key."""
    seed = hashlib.sha256(key.encode()).digest()
    pick = lambda options, n: options[seed[n] % len(options)]  # noqa: E731
    width, height = PORTRAIT_SIZE
    image = Image.new("RGB", PORTRAIT_SIZE, pick(_BACKGROUNDS, 0))
    pen = ImageDraw.Draw(image)
    skin, hair, clothes = pick(_SKIN, 1), pick(_HAIR, 2), pick(_CLOTHES, 3)
    # Shoulders and collar.
    pen.ellipse([30, 330, width - 30, height + 200], fill=clothes)
    pen.polygon([(150, 340), (180, 400), (210, 340)], fill="#f4f4f4")
    pen.rectangle([158, 280, 202, 345], fill=skin)
    # Hair behind the face, longer for women.
    if gender == "f":
        pen.ellipse([95, 90, 265, 300], fill=hair)
        pen.rectangle([95, 190, 265, 340 + seed[4] % 30], fill=hair)
    else:
        pen.ellipse([105, 85, 255, 250], fill=hair)
    pen.ellipse([115, 115, 245, 300], fill=skin)
    # Fringe, eyes, mouth.
    pen.chord([112, 95, 248, 215], 180, 360, fill=hair)
    eye_y = 200 + seed[5] % 8
    for x in (152, 208):
        pen.ellipse([x - 6, eye_y - 4, x + 6, eye_y + 4], fill="#2a2a2a")
    pen.arc([160, 235, 200, 265], 20, 160, fill="#8a4b3c", width=3)
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


def _lists(people):
    positions = {}
    for order, (name, slug) in enumerate(people["positions"], start=1):
        positions[slug] = Position.objects.get_or_create(
            slug=slug, defaults={"name": name, "order": order}
        )[0]
    committees = {}
    for order, row in enumerate(people["committees"], start=1):
        committees[row["slug"]] = Committee.objects.get_or_create(
            slug=row["slug"],
            defaults={
                "name": row["name"],
                "kind": row["kind"],
                "description": row["description"],
                "order": order,
            },
        )[0]
    groups = {}
    for order, (name, slug) in enumerate(people["groups"], start=1):
        groups[slug] = DelegateGroup.objects.get_or_create(
            slug=slug, defaults={"name": name, "order": order}
        )[0]
    return positions, committees, groups


def _constituencies(people, term):
    found = {}
    for row in people["constituencies"]:
        constituency, _ = Constituency.objects.get_or_create(
            term=term, number=row["number"], defaults={"seats": row["seats"]}
        )
        for kind, name in row["wards"]:
            Ward.objects.get_or_create(constituency=constituency, kind=kind, name=name)
        found[row["number"]] = (constituency, row["group"])
    return found


def _delegates(people, term, positions, committees, groups, constituencies):
    office = people["office"]
    delegates, created = {}, 0
    for row in people["delegates"]:
        delegate = Delegate.objects.filter(full_name=row["name"]).first()
        if delegate is None:
            delegate = Delegate(
                full_name=row["name"],
                birth_year=row["birth_year"],
                workplace=row["workplace"],
                biography=row["biography"],
                office_phone=office["phone"],
                office_email=office["email"] if row["full_time"] else "",
                office_address=office["address"],
                order=row["order"],
            )
            delegate.portrait = SimpleUploadedFile(
                f"{row['key']}.png", draw_portrait(row["key"], row["gender"]), "image/png"
            )
            delegate.save()
            created += 1
        constituency, group = constituencies[row["constituency"]]
        Membership.objects.get_or_create(
            delegate=delegate,
            term=term,
            defaults={
                "constituency": constituency,
                "delegate_group": groups[group],
                "position": positions[row["position"]],
                "is_full_time": row["full_time"],
            },
        )
        for slug, role in row["committees"]:
            CommitteeMembership.objects.get_or_create(
                delegate=delegate, committee=committees[slug], term=term, defaults={"role": role}
            )
        delegates[row["key"]] = delegate
    return delegates, created


def _questions(data, term, delegates):
    agencies = {}
    for order, (name, slug) in enumerate(data["agencies"], start=1):
        agencies[slug] = Agency.objects.get_or_create(
            slug=slug, defaults={"name": name, "order": order}
        )[0]
    sectors = {s.slug: s for s in Sector.objects.all()}
    sessions = {s.number: s for s in Session.objects.filter(term=term)}
    created = 0
    for order, row in enumerate(data["questions"], start=1):
        session = sessions.get(row["session"])
        if session is None:
            continue
        delegate = delegates[row["delegate"]]
        if Question.objects.filter(
            session=session, delegate=delegate, respondent=row["respondent"]
        ).exists():
            continue
        question = Question.objects.create(
            session=session,
            delegate=delegate,
            respondent=row["respondent"],
            agency=agencies[row["agency"]],
            sector=sectors.get(row["sector"]),
            question=row["question"],
            answer_summary=row["answer"],
            asked_on=session.ends_on if session.ends_on != session.starts_on else session.starts_on,
            video_start=row["video_start"],
            order=order,
        )
        for n, commitment in enumerate(row["commitments"], start=1):
            Commitment.objects.create(
                question=question,
                text=commitment["text"],
                due_on=session.ends_on + datetime.timedelta(days=commitment["due_days"]),
                status=commitment["status"],
                order=n,
            )
        created += 1
    return created


def _at(day, clock):
    zone = timezone.get_current_timezone()
    return datetime.datetime.combine(day, datetime.time.fromisoformat(clock), tzinfo=zone)


def _make_event(title, kind, starts_at, ends_at, **fields):
    if Event.objects.filter(title=title, starts_at=starts_at).exists():
        return None
    participants = fields.pop("participants", [])
    event = Event.objects.create(
        title=title, kind=kind, starts_at=starts_at, ends_at=ends_at, **fields
    )
    event.participants.set(participants)
    return event


def _schedule(data, term, delegates):
    today = timezone.localdate()
    monday = today - datetime.timedelta(days=today.weekday())
    created = 0
    for row in data["events"]:
        if row["weekday"] == "today":
            day = today
        else:
            day = monday + datetime.timedelta(weeks=row["week"], days=row["weekday"])
        made = _make_event(
            row["title"],
            row["kind"],
            _at(day, row["start"]),
            _at(day + datetime.timedelta(days=row["days"]), row["end"]),
            place=row["place"],
            host=row["host"],
            other_participants=row["other"],
            is_public=row["public"],
            participants=[delegates[key] for key in row["participants"]],
        )
        created += made is not None
    everyone = list(delegates.values())
    for row in data["sessions"]:
        session = Session.objects.filter(term=term, number=row["number"]).first()
        if session is None:
            continue
        made = _make_event(
            row["title"],
            Event.Kind.SESSION,
            _at(session.starts_on, row["start"]),
            _at(session.ends_on, row["end"]),
            place=session.place,
            host=row["host"],
            session=session,
            participants=everyone,
        )
        created += made is not None
    return created


def load(stdout):
    people = _read("delegates.json")
    term = Term.objects.order_by("-start_year").first()
    if term is None:
        return
    positions, committees, groups = _lists(people)
    constituencies = _constituencies(people, term)
    delegates, new_delegates = _delegates(
        people, term, positions, committees, groups, constituencies
    )
    new_questions = _questions(_read("questions.json"), term, delegates)
    new_events = _schedule(_read("schedule.json"), term, delegates)
    # Reports of the voter meetings are the delegates' news.
    meeting = Article.objects.filter(slug__contains="tiep-xuc-cu-tri").first()
    if meeting is not None:
        for key in ("nguyen-thi-thanh-ha", "khuat-van-phong"):
            delegates[key].articles.add(meeting)
    stdout.write(
        f"Đại biểu, chất vấn, lịch công tác: {new_delegates} đại biểu mới, "
        f"{new_questions} chất vấn mới, {new_events} hoạt động mới trong lịch."
    )
