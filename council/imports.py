"""Bulk import of a document list from CSV or XLSX, with a preview and a report of refused rows.

The clerk uploads a sheet whose first row names the columns (in Vietnamese, with or without
marks: "Loại văn bản", "Số, ký hiệu", "Cơ quan ban hành", "Ngày ban hành", …). Every row is
checked like the admin form checks a document (the same model validation, including the unique
number per issuing body and year, and duplicates inside the sheet). The preview lists what would
be added and what is refused, with the line and the reason; nothing is written until the clerk
confirms, and then all accepted rows are written in one transaction or none.

The parsed rows travel from the preview to the confirmation in a signed form field, so no file
is kept on the server between the two steps.

django-import-export was the first choice; it has no Vietnamese translation, and its preview
and error pages would have shown clerks English, so this small importer is the project's own.
"""

from __future__ import annotations

import csv
import datetime
import io
import zlib
from dataclasses import dataclass, field

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core import signing
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse

from portal import text

from . import files
from .models import Document, DocumentKind, IssuingBody, Sector

SIGNING_SALT = "council.imports"
# Columns: key -> accepted headings (folded); the first is the one shown to clerks.
COLUMNS = {
    "kind": ["Loại văn bản", "Loại"],
    "number": ["Số, ký hiệu", "Số ký hiệu", "Số hiệu", "Số"],
    "issuing_body": ["Cơ quan ban hành", "Cơ quan"],
    "issued_on": ["Ngày ban hành"],
    "effective_on": ["Ngày có hiệu lực", "Ngày hiệu lực"],
    "signer": ["Người ký"],
    "signer_position": ["Chức vụ người ký", "Chức vụ"],
    "sector": ["Lĩnh vực"],
    "summary": ["Trích yếu", "Trích yếu nội dung"],
    "status": ["Tình trạng", "Tình trạng hiệu lực"],
}
REQUIRED = ["kind", "number", "issuing_body", "issued_on", "summary"]
DATE_FORMATS = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d"]
MAX_CELL = 5000


def _key(value) -> str:
    return " ".join(text.fold(str(value or "")).replace(",", " ").split())


_HEADINGS = {_key(heading): column for column, headings in COLUMNS.items() for heading in headings}


class ImportRefused(Exception):
    """The whole file is refused (unreadable, no heading row, too many rows)."""


@dataclass
class Row:
    line: int
    values: dict
    errors: list = field(default_factory=list)
    document: Document | None = None


class UploadForm(forms.Form):
    file = forms.FileField(
        label="Tệp danh sách văn bản",
        help_text="CSV (UTF-8) hoặc XLSX; dòng đầu là tên cột.",
    )


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.date().strftime("%d/%m/%Y")
    if isinstance(value, datetime.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return text.squash_spaces(text.normalize(str(value))).replace("\n", " ")[:MAX_CELL]


def _read_xlsx(upload) -> list[list[str]]:
    from openpyxl import load_workbook

    fh = upload.open("rb")
    try:
        kind = files.sniff(fh)
    except ValidationError as exc:  # a broken ZIP or a ZIP bomb
        raise ImportRefused(exc.messages[0]) from exc
    if kind != "xlsx":
        raise ImportRefused("Tệp không phải bảng tính Excel XLSX hợp lệ.")
    fh.seek(0)
    try:
        workbook = load_workbook(fh, read_only=True, data_only=True)
        sheet = workbook.worksheets[0]
        limit = settings.COUNCIL_IMPORT_MAX_ROWS + 1
        rows = []
        for values in sheet.iter_rows(values_only=True):
            rows.append([_cell(v) for v in values[: len(COLUMNS) + 10]])
            if len(rows) > limit:
                break
        workbook.close()
        return rows
    except ImportRefused:
        raise
    except Exception as exc:
        raise ImportRefused("Không đọc được bảng tính XLSX (tệp bị hỏng?).") from exc


def _read_csv(upload) -> list[list[str]]:
    raw = upload.read()
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportRefused(
            "Tệp CSV không ở bảng mã UTF-8. Trong Excel hãy chọn “Lưu dưới dạng” → "
            "“CSV UTF-8 (Comma delimited)”."
        ) from exc
    first = content.split("\n", 1)[0]
    delimiter = max([",", ";", "\t"], key=first.count)
    limit = settings.COUNCIL_IMPORT_MAX_ROWS + 1
    rows = []
    try:
        for values in csv.reader(io.StringIO(content), delimiter=delimiter):
            rows.append([_cell(v) for v in values[: len(COLUMNS) + 10]])
            if len(rows) > limit:
                break
    except csv.Error as exc:
        raise ImportRefused("Tệp CSV sai định dạng (dấu ngoặc kép không đóng?).") from exc
    return rows


def read_rows(upload) -> list[dict]:
    """[{column: value}, …] from the uploaded sheet; ImportRefused when the file is refused."""
    if upload.size > settings.COUNCIL_FILE_MAX_BYTES:
        raise ImportRefused(
            f"Tệp nặng {files.human_size(upload.size)}, vượt giới hạn "
            f"{files.human_size(settings.COUNCIL_FILE_MAX_BYTES)}."
        )
    ext = files.extension(upload.name or "")
    if ext == "xlsx":
        table = _read_xlsx(upload)
    elif ext == "csv":
        table = _read_csv(upload)
    else:
        raise ImportRefused("Chỉ nhận tệp .csv hoặc .xlsx.")
    table = [row for row in table if any(row)]
    if not table:
        raise ImportRefused("Tệp không có dòng nào.")
    columns = [_HEADINGS.get(_key(heading)) for heading in table[0]]
    missing = [COLUMNS[c][0] for c in REQUIRED if c not in columns]
    if missing:
        raise ImportRefused(
            "Dòng đầu của tệp thiếu cột: " + ", ".join(f"“{m}”" for m in missing) + "."
        )
    if len(table) - 1 > settings.COUNCIL_IMPORT_MAX_ROWS:
        raise ImportRefused(
            f"Tệp có hơn {settings.COUNCIL_IMPORT_MAX_ROWS} dòng; hãy chia thành nhiều tệp."
        )
    rows = []
    for values in table[1:]:
        rows.append(
            {column: value for column, value in zip(columns, values, strict=False) if column}
        )
    return rows


def _parse_date(value: str):
    for pattern in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    return None


class _Lookups:
    def __init__(self):
        self.tables = {
            "kind": ("loại văn bản", {_key(o.name): o for o in DocumentKind.objects.all()}),
            "issuing_body": (
                "cơ quan ban hành",
                {_key(o.name): o for o in IssuingBody.objects.all()},
            ),
            "sector": ("lĩnh vực", {_key(o.name): o for o in Sector.objects.all()}),
        }
        self.statuses = {_key(label): value for value, label in Document.Status.choices}

    def find(self, column, value, errors):
        name, table = self.tables[column]
        found = table.get(_key(value))
        if found is None:
            errors.append(f"Không có {name} “{value}” trong danh mục.")
        return found


def check_rows(raw_rows: list[dict], user=None) -> list[Row]:
    """Validate every row as the admin form would; nothing is saved."""
    lookups = _Lookups()
    checked, seen = [], {}
    for index, values in enumerate(raw_rows, start=2):
        row = Row(line=index, values=values)
        errors = row.errors
        for column in REQUIRED:
            if not values.get(column):
                errors.append(f"Thiếu “{COLUMNS[column][0]}”.")
        document = Document(
            number=values.get("number", ""),
            signer=values.get("signer", ""),
            signer_position=values.get("signer_position", ""),
            summary=values.get("summary", ""),
            created_by=user,
            updated_by=user,
        )
        for column in ("kind", "issuing_body", "sector"):
            if values.get(column):
                found = lookups.find(column, values[column], errors)
                if found is not None:
                    setattr(document, column, found)
        for column in ("issued_on", "effective_on"):
            if values.get(column):
                parsed = _parse_date(values[column])
                if parsed is None:
                    errors.append(
                        f"“{COLUMNS[column][0]}” “{values[column]}” không phải ngày dạng "
                        "ngày/tháng/năm, ví dụ 05/12/2024."
                    )
                setattr(document, column, parsed)
        if values.get("status"):
            status = lookups.statuses.get(_key(values["status"]))
            if status is None:
                errors.append(
                    f"Tình trạng “{values['status']}” không có; dùng một trong: "
                    + ", ".join(label for _, label in Document.Status.choices)
                    + "."
                )
            else:
                document.status = status
        if not errors:
            try:
                document.full_clean(exclude=["slug", "year", "number_key", "search_folded"])
            except ValidationError as exc:
                for messages_ in exc.message_dict.values():
                    errors.extend(messages_)
        if not errors:
            key = (document.issuing_body_id, document.issued_on.year, document.number_key)
            if key in seen:
                errors.append(f"Trùng số, ký hiệu với dòng {seen[key]} trong cùng tệp.")
            else:
                seen[key] = index
        row.document = None if errors else document
        checked.append(row)
    return checked


def sign_rows(raw_rows) -> str:
    return signing.dumps(raw_rows, salt=SIGNING_SALT, compress=True)


def unsign_rows(token: str) -> list[dict]:
    return signing.loads(token, salt=SIGNING_SALT, max_age=3600)


def save_rows(rows: list[Row]) -> int:
    """Write the accepted rows, all in one transaction."""
    accepted = [row.document for row in rows if row.document is not None]
    with transaction.atomic():
        for document in accepted:
            document.save()
    return len(accepted)


def admin_import_view(model_admin, request):
    """The "Nhập từ tệp" page of the documents admin: upload → preview → confirm."""
    opts = model_admin.model._meta
    if not model_admin.has_add_permission(request):
        raise PermissionDenied
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": opts,
        "title": "Nhập danh sách văn bản từ tệp",
        "columns": [headings[0] for headings in COLUMNS.values()],
        "required": [COLUMNS[c][0] for c in REQUIRED],
        "changelist_url": reverse("admin:council_document_changelist"),
    }
    form = UploadForm()
    if request.method == "POST" and "confirm" in request.POST:
        try:
            raw_rows = unsign_rows(request.POST.get("rows", ""))
        except (signing.BadSignature, zlib.error, ValueError):
            messages.error(request, "Phiên nhập đã hết hạn hoặc không hợp lệ; hãy tải tệp lên lại.")
            return redirect("admin:council_document_import")
        rows = check_rows(raw_rows, request.user)
        count = save_rows(rows)
        refused = len(rows) - count
        note = f" {refused} dòng bị từ chối không được nhập." if refused else ""
        messages.success(request, f"Đã nhập {count} văn bản.{note}")
        return redirect("admin:council_document_changelist")
    if request.method == "POST":
        form = UploadForm(request.POST, request.FILES)
        if form.is_valid():
            try:
                raw_rows = read_rows(form.cleaned_data["file"])
            except ImportRefused as exc:
                form.add_error("file", str(exc))
            else:
                rows = check_rows(raw_rows, request.user)
                context.update(
                    {
                        "rows": rows,
                        "accepted": [r for r in rows if r.document is not None],
                        "refused": [r for r in rows if r.errors],
                        "token": sign_rows(raw_rows),
                        "file_name": form.cleaned_data["file"].name,
                    }
                )
    context["form"] = form
    status = 400 if form.errors else 200
    return TemplateResponse(request, "admin/council/document/import.html", context, status=status)
