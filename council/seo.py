"""What search engines read about documents and sessions: schema.org JSON-LD."""

from __future__ import annotations

from django.conf import settings

from news.seo import absolute_url


def _organization(name=None):
    return {"@type": "Organization", "name": name or settings.SITE_NAME, "url": absolute_url("/")}


def document_json_ld(document, files, canonical_url, changes_made=()) -> dict:
    """Legislation for resolutions and decisions (legal acts), DigitalDocument for the rest."""
    is_legal = document.kind.is_legal_act and not document.is_draft
    data = {
        "@context": "https://schema.org",
        "@type": "Legislation" if is_legal else "DigitalDocument",
        "name": document.title,
        "headline": document.title,
        "description": document.summary,
        "url": canonical_url,
        "inLanguage": "vi",
        "dateCreated": document.issued_on.isoformat(),
        "author": _organization(document.issuing_body.name),
        "publisher": _organization(),
        "genre": document.kind.name,
    }
    if document.sector_id:
        data["about"] = document.sector.name
    if is_legal:
        data.update(
            {
                "legislationIdentifier": document.number,
                "legislationType": document.kind.name,
                "legislationDate": document.issued_on.isoformat(),
                "legislationPassedBy": _organization(document.issuing_body.name),
                "legislationJurisdiction": settings.SITE_SHORT_NAME,
            }
        )
        if document.effective_on:
            data["legislationDateVersion"] = document.effective_on.isoformat()
        if document.legal_force:
            data["legislationLegalForce"] = f"https://schema.org/{document.legal_force}"
        if changes_made:
            data["legislationChanges"] = [
                {
                    "@type": "Legislation",
                    "name": change.target.title,
                    "url": absolute_url(change.target.get_absolute_url()),
                }
                for change in changes_made
            ]
    if document.signer:
        data["creator"] = {
            "@type": "Person",
            "name": document.signer,
            **({"jobTitle": document.signer_position} if document.signer_position else {}),
        }
    if files:
        data["associatedMedia"] = [
            {
                "@type": "MediaObject",
                "name": document_file.original_name,
                "contentUrl": absolute_url(document_file.get_absolute_url()),
                "encodingFormat": document_file.content_type,
                "contentSize": f"{document_file.size} B",
            }
            for document_file in files
        ]
    return {key: value for key, value in data.items() if value not in (None, "", [])}


def session_json_ld(session, canonical_url) -> dict:
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": session.full_title,
        "description": session.summary,
        "url": canonical_url,
        "startDate": session.starts_on.isoformat(),
        "endDate": session.ends_on.isoformat(),
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "eventStatus": "https://schema.org/EventScheduled",
        "organizer": _organization(),
        "inLanguage": "vi",
    }
    if session.place:
        data["location"] = {"@type": "Place", "name": session.place}
    return {key: value for key, value in data.items() if value not in (None, "")}
