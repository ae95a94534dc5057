"""Demo council records (data in demo_data/council.json): a term, three sessions with agendas,
about fifty documents over three years with PDF files drawn by council.demo_pdf, some amended or
replaced, linked to the news demo's articles.

Idempotent: the term is found by its name, sessions by their number, documents by issuing body,
year and number (drafts by their summary); whatever exists is left alone.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from news.models import Article, Category
from portal import front_matter

from . import amendments, demo_pdf, files, numbers, petition_demo
from .models import (
    AgendaItem,
    Document,
    DocumentChange,
    DocumentFile,
    DocumentKind,
    InstitutionalPage,
    IssuingBody,
    RelatedAgency,
    Sector,
    Session,
    Term,
)

DATA_FILE = Path(__file__).parent / "demo_data" / "council.json"


def _data():
    return json.loads(DATA_FILE.read_text(encoding="utf-8"))


def _day(days_ago: int) -> datetime.date:
    return timezone.localdate() - datetime.timedelta(days=days_ago)


def _fill(value: str, day: datetime.date) -> str:
    return value.replace("{year}", str(day.year)).replace("{next_year}", str(day.year + 1))


def _number(entry, issued_on):
    if not entry.get("serial"):
        return ""
    if entry.get("year_in_number"):
        return f"{entry['serial']:02d}/{issued_on.year}/{entry['symbol']}"
    return f"{entry['serial']:02d}/{entry['symbol']}"


def _paragraphs(entry, summary, kind_texts, session):
    texts = kind_texts.get(entry["kind"], kind_texts["default"])
    paragraphs = list(texts["preamble"])
    if texts["lead"]:
        paragraphs.append(texts["lead"])
    if entry["kind"] == "nghi-quyet":
        paragraphs.append(f"Điều 1. {summary}, với các nội dung chủ yếu sau:")
    else:
        paragraphs.append(f"{summary}.")
    issued = _day(entry["days_ago"])
    paragraphs += [f"– {_fill(point, issued)}" for point in entry.get("points", [])]
    if session is not None and entry["kind"] == "bien-ban":
        paragraphs.append(
            f"{session.title} diễn ra từ ngày {session.starts_on:%d/%m/%Y} đến ngày "
            f"{session.ends_on:%d/%m/%Y} tại {session.place}. Biên bản ghi lại chương trình, "
            "các phiên thảo luận, chất vấn và kết quả biểu quyết của kỳ họp."
        )
    paragraphs += texts["closing"]
    return paragraphs


def _attach_pdf(document, entry, summary, data, session):
    signer = data["signers"].get(entry.get("signer") or "")
    heading = document.kind.name.upper()
    if document.is_draft:
        heading = f"DỰ THẢO {heading}"
    raw = demo_pdf.draw(
        body_name=document.issuing_body.name + " Minh Giang",
        number=document.number,
        heading=heading,
        summary=summary,
        issued_on=document.issued_on,
        paragraphs=_paragraphs(entry, summary, data["kind_texts"], session),
        signer=tuple(signer) if signer else None,
        is_draft=document.is_draft,
    )
    stem = document.title if document.number else f"{document.title} {summary[:60]}"
    name = files.clean_name(stem.replace("/", "-") + ".pdf")
    upload = SimpleUploadedFile(name, raw, content_type="application/pdf")
    document_file = DocumentFile(document=document)
    document_file.take(upload, files.inspect(upload))
    document_file.save()


def _term(data):
    this_year = timezone.localdate().year
    start = this_year - data["term"]["start_years_ago"]
    term, _ = Term.objects.get_or_create(
        name=data["term"]["name"],
        defaults={"start_year": start, "end_year": start + data["term"]["length"]},
    )
    return term


def _sessions(data, term):
    sessions = {}
    created = 0
    for entry in data["sessions"]:
        session = Session.objects.filter(term=term, number=entry["number"]).first()
        if session is None:
            starts_on = _day(entry["starts_days_ago"])
            category = Category.objects.filter(slug=entry.get("news_category")).first()
            session = Session(
                term=term,
                number=entry["number"],
                kind=entry["kind"],
                starts_on=starts_on,
                ends_on=_day(entry["ends_days_ago"]),
                place=entry["place"],
                summary=_fill(entry["summary"], starts_on),
                video_url=entry.get("video_url", ""),
                news_category=category,
            )
            session.save()
            session.articles.set(Article.objects.filter(slug__in=entry.get("articles", [])))
            session._new = True
            created += 1
        sessions[entry["number"]] = session
    return sessions, created


def _documents(data, sessions):
    kinds = {k.slug: k for k in DocumentKind.objects.all()}
    bodies = {b.slug: b for b in IssuingBody.objects.all()}
    sectors = {s.slug: s for s in Sector.objects.all()}
    documents, created = {}, 0
    for entry in data["documents"]:
        issued_on = _day(entry["days_ago"])
        number = _number(entry, issued_on)
        summary = _fill(entry["summary"], issued_on)
        body = bodies[entry["body"]]
        existing = Document.objects.filter(issuing_body=body, year=issued_on.year)
        if number:
            document = existing.filter(number_key=numbers.number_key(number)).first()
        else:
            document = existing.filter(number="", summary=summary).first()
        if document is None:
            signer = data["signers"].get(entry.get("signer") or "", ["", ""])
            session = sessions.get(entry.get("session"))
            effective_after = entry.get("effective_after")
            document = Document(
                kind=kinds[entry["kind"]],
                number=number,
                issuing_body=body,
                signer=signer[0],
                signer_position=signer[1],
                issued_on=issued_on,
                effective_on=(
                    issued_on + datetime.timedelta(days=effective_after)
                    if effective_after is not None
                    else None
                ),
                sector=sectors.get(entry.get("sector")),
                summary=summary,
                status=entry.get("status", Document.Status.IN_FORCE),
                session=session,
            )
            document.full_clean()
            document.save()
            document.articles.set(Article.objects.filter(slug__in=entry.get("articles", [])))
            _attach_pdf(document, entry, summary, data, session)
            document.refresh_search_text()
            created += 1
        documents[entry["key"]] = document
    return documents, created


def _agendas(data, sessions, documents):
    for entry in data["sessions"]:
        session = sessions[entry["number"]]
        if not getattr(session, "_new", False):
            continue
        for order, item in enumerate(entry["agenda"], start=1):
            day = session.starts_on + datetime.timedelta(days=item["day"])
            agenda_item = AgendaItem.objects.create(
                session=session,
                day=day,
                starts_at=datetime.time.fromisoformat(item["time"]),
                order=order,
                title=_fill(item["title"], session.starts_on),
                presenter=item["presenter"],
            )
            agenda_item.documents.set([documents[key] for key in item["documents"]])


def load(stdout):
    data = _data()
    for model, rows in ((Sector, data["sectors"]), (IssuingBody, data["issuing_bodies"])):
        for order, (name, slug) in enumerate(rows, start=1):
            model.objects.get_or_create(slug=slug, defaults={"name": name, "order": order})
    term = _term(data)
    sessions, new_sessions = _sessions(data, term)
    documents, new_documents = _documents(data, sessions)
    _agendas(data, sessions, documents)
    targets = []
    for change in data["changes"]:
        _, made = DocumentChange.objects.get_or_create(
            source=documents[change["source"]],
            target=documents[change["target"]],
            defaults={"kind": change["kind"], "note": change["note"]},
        )
        if made:
            targets.append(documents[change["target"]].pk)
    amendments.refresh_statuses(targets)
    stdout.write(f"Văn bản, kỳ họp: {new_sessions} kỳ họp mới, {new_documents} văn bản mới.")
    petition_demo.load(stdout)
    from . import people_demo

    people_demo.load(stdout)
    _office_pages(stdout)


def _office_pages(stdout):
    """ "Giới thiệu", the English page and the agency links, from demo_data."""
    folder = Path(__file__).resolve().parent / "demo_data"
    made = 0
    for path in sorted((folder / "office_pages").glob("*.md")):
        data, body = front_matter.read(path)
        _, created = InstitutionalPage.objects.get_or_create(
            slug=data["slug"],
            defaults={
                "title": data["title"],
                "language": data["language"],
                "order": int(data["order"]),
                "summary": data["summary"],
                "body": body,
            },
        )
        made += created
    agencies = json.loads((folder / "agencies.json").read_text(encoding="utf-8"))
    for order, agency in enumerate(agencies, start=1):
        RelatedAgency.objects.get_or_create(
            url=agency["url"], defaults={"name": agency["name"], "order": order}
        )
    stdout.write(f"Giới thiệu: {made} trang mới.")
