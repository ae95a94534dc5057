"""Document files: what a clerk may attach, checked from the bytes rather than the name.

Accepted: PDF, Word (DOC, DOCX), Excel (XLS, XLSX) and OpenDocument text (ODT), up to
COUNCIL_FILE_MAX_BYTES. The type is read from the content (PDF header, OLE2 compound file with a
Word or Excel stream, ZIP package with the parts of a DOCX/XLSX/ODT) and must agree with the
file's name. ZIP packages are opened only after their directory is checked against a ZIP bomb
(entry count, declared sizes, compression ratio). A PDF is opened with pypdf for its page count
and text (kept for search); one carrying JavaScript is accepted but flagged, and like every file
it is only ever served as a download (council.downloads).
"""

from __future__ import annotations

import logging
import os
import uuid
import zipfile
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone

from portal import formats, text

from . import previews

logger = logging.getLogger(__name__)

CONTENT_TYPES = {
    "pdf": "application/pdf",
    "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xls": "application/vnd.ms-excel",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "odt": "application/vnd.oasis.opendocument.text",
}
LABELS = {
    "pdf": "PDF",
    "doc": "Word (DOC)",
    "docx": "Word (DOCX)",
    "xls": "Excel (XLS)",
    "xlsx": "Excel (XLSX)",
    "odt": "OpenDocument (ODT)",
}
EXTENSIONS = {"pdf", "doc", "docx", "xls", "xlsx", "odt"}
ALLOWED_TEXT = "PDF, DOC, DOCX, XLS, XLSX hoặc ODT"

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"

# ZIP bomb limits: a real DOCX/XLSX/ODT has tens of parts that unpack to a few times its size.
ZIP_MAX_ENTRIES = 2000
ZIP_MAX_RATIO = 200
# Text kept from one PDF, and the pages read for it (the page count covers every page).
TEXT_MAX_CHARS = 200_000
TEXT_MAX_PAGES = 300
NAME_MAX = 200


@dataclass
class Inspected:
    file_type: str
    size: int
    page_count: int | None = None
    text: str = ""
    has_scripts: bool = False
    preview: object = None  # a ContentFile with a PNG of the first page (PDF only)


def _refuse(message, code):
    raise ValidationError(message, code=code)


def clean_name(name: str | None) -> str:
    """The file's own name, without folders, invisible characters or over-long stems."""
    base = text.squash_spaces(os.path.basename((name or "").replace("\\", "/")))
    base = base.replace("\n", " ").strip(" .")
    stem, dot, ext = base.rpartition(".")
    if not dot:
        stem, ext = base, ""
    stem = stem[:NAME_MAX].strip() or "tep"
    return f"{stem}.{ext.lower()}" if ext else stem


def extension(name: str) -> str:
    _, dot, ext = name.rpartition(".")
    return ext.lower() if dot else ""


def stored_name(instance, filename):
    """van-ban/<year>/<random>.<type>: never the name the clerk's computer gave it."""
    ext = getattr(instance, "file_type", "") or extension(filename) or "bin"
    return f"van-ban/{timezone.localdate().year}/{uuid.uuid4().hex}.{ext}"


def _ole_kind(data: bytes) -> str | None:
    # The compound file's directory names its streams in UTF-16LE.
    if "WordDocument".encode("utf-16-le") in data:
        return "doc"
    if "Workbook".encode("utf-16-le") in data or "Book".encode("utf-16-le") in data:
        return "xls"
    return None


def _zip_kind(fh, max_unpacked: int) -> str | None:
    try:
        with zipfile.ZipFile(fh) as archive:
            entries = archive.infolist()
            if len(entries) > ZIP_MAX_ENTRIES:
                _refuse(
                    "Tệp nén chứa quá nhiều thành phần, không phải một văn bản bình thường.",
                    "zip_bomb",
                )
            unpacked = 0
            for entry in entries:
                unpacked += entry.file_size
                ratio = entry.file_size / max(entry.compress_size, 1)
                if unpacked > max_unpacked or (
                    entry.file_size > 1_000_000 and ratio > ZIP_MAX_RATIO
                ):
                    _refuse(
                        "Tệp bị từ chối: khi giải nén nó lớn bất thường (có thể là “bom nén”).",
                        "zip_bomb",
                    )
            names = {entry.filename for entry in entries}
            if "mimetype" in names and archive.read("mimetype").strip() == ODT_MIMETYPE:
                return "odt"
            if "[Content_Types].xml" not in names:
                return None
            if any(name.endswith("vbaProject.bin") for name in names):
                _refuse(
                    "Tệp Word/Excel có macro không được nhận. Hãy lưu lại dưới dạng DOCX, XLSX hoặc"
                    " PDF.",
                    "macro",
                )
            if "word/document.xml" in names:
                archive.testzip()
                return "docx"
            if "xl/workbook.xml" in names:
                archive.testzip()
                return "xlsx"
            return None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, NotImplementedError):
        _refuse("Tệp nén bị hỏng, không mở được.", "zip_broken")


def sniff(fh, max_unpacked: int | None = None) -> str | None:
    """The file's type read from its content ("pdf", "docx", …), or None for anything else."""
    max_unpacked = max_unpacked or settings.COUNCIL_FILE_MAX_UNPACKED_BYTES
    fh.seek(0)
    head = fh.read(8)
    fh.seek(0)
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(OLE_MAGIC):
        return _ole_kind(fh.read())
    if head.startswith(ZIP_MAGIC):
        return _zip_kind(fh, max_unpacked)
    return None


def _is_javascript_action(action) -> bool:
    try:
        action = action.get_object()
        return action.get("/S") == "/JavaScript" or "/JS" in action
    except Exception:  # noqa: BLE001 - a broken action dictionary is not JavaScript
        return False


def _pdf_has_scripts(reader, raw: bytes) -> bool:
    # Plain-text markers catch most; actions inside compressed object streams need the catalog.
    if b"/JavaScript" in raw or b"/JS " in raw or b"/JS(" in raw or b"/JS<" in raw:
        return True
    root = reader.trailer["/Root"].get_object()
    names = root.get("/Names")
    if names is not None and "/JavaScript" in names.get_object():
        return True
    open_action = root.get("/OpenAction")
    if (
        open_action is not None
        and not isinstance(open_action.get_object(), list)
        and _is_javascript_action(open_action)
    ):
        return True
    for page in reader.pages[:TEXT_MAX_PAGES]:
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A")
            if action is not None and _is_javascript_action(action):
                return True
        if "/AA" in page:
            return True
    return "/AA" in root


def _inspect_pdf(fh, raw: bytes, result: Inspected):
    from pypdf import PdfReader

    try:
        reader = PdfReader(fh, strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            _refuse(
                "Tệp PDF được đặt mật khẩu nên không đọc được. Hãy tải lên bản không đặt mật khẩu.",
                "pdf_encrypted",
            )
        result.page_count = len(reader.pages)
        if result.page_count == 0:
            _refuse("Tệp PDF không có trang nào.", "pdf_empty")
        if result.page_count > settings.COUNCIL_PDF_MAX_PAGES:
            _refuse(
                f"Tệp PDF có {result.page_count} trang, vượt giới hạn "
                f"{settings.COUNCIL_PDF_MAX_PAGES} trang.",
                "pdf_too_many_pages",
            )
        result.has_scripts = _pdf_has_scripts(reader, raw)
        chunks, length = [], 0
        for page in reader.pages[:TEXT_MAX_PAGES]:
            chunk = page.extract_text() or ""
            chunks.append(chunk)
            length += len(chunk)
            if length >= TEXT_MAX_CHARS:
                break
        result.text = text.squash_spaces(text.normalize(" ".join(chunks)))[:TEXT_MAX_CHARS]
    except ValidationError:
        raise
    except Exception:
        logger.info("Refused an unreadable PDF", exc_info=True)
        _refuse("Tệp PDF bị hỏng hoặc không đọc được.", "pdf_broken")


def inspect(upload, name: str | None = None) -> Inspected:
    """Check an uploaded file; a ValidationError in Vietnamese says why it is refused."""
    name = clean_name(name or getattr(upload, "name", ""))
    size = upload.size
    limit = settings.COUNCIL_FILE_MAX_BYTES
    if size == 0:
        _refuse("Tệp rỗng (0 byte).", "empty")
    if size > limit:
        _refuse(
            f"Tệp “{name}” nặng {human_size(size)}, vượt giới hạn {human_size(limit)}.",
            "too_large",
        )
    ext = extension(name)
    if ext not in EXTENSIONS:
        _refuse(
            f"Không nhận tệp “{name}”: chỉ nhận {ALLOWED_TEXT}.",
            "extension",
        )
    fh = upload.open("rb") if hasattr(upload, "open") else upload
    detected = sniff(fh)
    if detected is None:
        _refuse(
            f"Nội dung tệp “{name}” không phải {ALLOWED_TEXT} (dù tên tệp có đuôi .{ext}).",
            "content",
        )
    if detected != ext:
        _refuse(
            f"Tên tệp “{name}” có đuôi .{ext} nhưng nội dung là {LABELS[detected]}. Hãy đổi tên "
            f"tệp cho đúng (đuôi .{detected}) rồi tải lên lại.",
            "mismatch",
        )
    result = Inspected(file_type=detected, size=size)
    if detected == "pdf":
        fh.seek(0)
        raw = fh.read()
        fh.seek(0)
        _inspect_pdf(fh, raw, result)
        result.preview = previews.first_page(raw)
    fh.seek(0)
    return result


def human_size(size: int | None) -> str:
    """ "1,2 MB", "350 KB", "1.000 byte" (the Vietnamese way, portal.formats)."""
    if size is None:
        return ""
    if size < 1024:
        return f"{formats.format_number(size)} byte"
    if size < 1024 * 1024:
        return f"{formats.format_number(round(size / 1024))} KB"
    return f"{formats.format_decimal(size / (1024 * 1024), 1)} MB"
