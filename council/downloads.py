"""Serving document files: always a download, never something the browser renders.

Every response says Content-Disposition: attachment with the Vietnamese file name (RFC 6266:
an ASCII `filename` for old clients and the UTF-8 `filename*` of RFC 8187 for the rest),
the file's real type, X-Content-Type-Options: nosniff and a sandboxing Content-Security-Policy,
so even a PDF carrying JavaScript or an HTML file in disguise cannot run on our origin.
"""

from __future__ import annotations

from urllib.parse import quote

from django.http import FileResponse, Http404

from portal import text

from .models import DocumentFile


def content_disposition(name: str) -> str:
    stem, _, ext = name.rpartition(".")
    fallback = text.slugify(stem or name, max_length=120) or "tep"
    if ext:
        fallback = f"{fallback}.{text.slugify(ext, max_length=10)}"
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(name, safe='')}"


def public_file(pk: int) -> DocumentFile:
    document_file = (
        DocumentFile.objects.filter(pk=pk, document__is_published=True)
        .only("id", "file", "original_name", "file_type", "size", "document_id")
        .first()
    )
    if document_file is None:
        raise Http404
    return document_file


def file_response(document_file: DocumentFile) -> FileResponse:
    try:
        handle = document_file.file.open("rb")
    except (FileNotFoundError, OSError) as exc:
        raise Http404 from exc
    response = FileResponse(handle, content_type=document_file.content_type)
    response["Content-Disposition"] = content_disposition(
        document_file.original_name or document_file.url_name
    )
    response["Content-Length"] = str(document_file.size or document_file.file.size)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["X-Robots-Tag"] = "noindex"
    response["Cache-Control"] = "public, max-age=86400"
    return response
