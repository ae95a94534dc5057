"""Factories and file makers for the council's tests."""

import datetime
import io
import zipfile

import factory
from django.core.files.uploadedfile import SimpleUploadedFile
from pypdf import PdfWriter

from council.models import (
    AgendaItem,
    Document,
    DocumentFile,
    DocumentKind,
    IssuingBody,
    Sector,
    Session,
    Term,
)
from council.permissions import CLERK_GROUP, CLERK_PERMISSIONS
from tests.factories import StaffUserFactory, _member_of

KIND_NAMES = {
    "nghi-quyet": "Nghị quyết",
    "quyet-dinh": "Quyết định",
    "bao-cao": "Báo cáo",
    "to-trinh": "Tờ trình",
    "bien-ban": "Biên bản",
}


def kind(slug="nghi-quyet"):
    """One of the kinds the migration creates (made again after a transactional test's flush)."""
    return DocumentKind.objects.get_or_create(
        slug=slug,
        defaults={
            "name": KIND_NAMES[slug],
            "is_legal_act": slug in ("nghi-quyet", "quyet-dinh"),
            "order": list(KIND_NAMES).index(slug) + 1,
        },
    )[0]


def make_clerk(username="vanthu"):
    """A records clerk with the role's permissions (transactional tests flush migration data)."""
    from django.contrib.auth.models import Group, Permission

    group, _ = Group.objects.get_or_create(name=CLERK_GROUP)
    group.permissions.set(
        [
            Permission.objects.get(content_type__app_label=app, codename=codename)
            for app, codename in CLERK_PERMISSIONS
        ]
    )
    return ClerkFactory(username=username, first_name="Thu", last_name="Đinh")


class ClerkFactory(StaffUserFactory):
    """A "Văn thư": manages documents, files and sessions."""

    username = factory.Sequence(lambda n: f"vanthu{n}")
    join_group = _member_of(CLERK_GROUP)


class IssuingBodyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = IssuingBody
        django_get_or_create = ("slug",)

    name = "HĐND thành phố"
    slug = "hdnd-thanh-pho"


class SectorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Sector
        django_get_or_create = ("slug",)

    name = "Ngân sách – Tài chính"
    slug = "ngan-sach-tai-chinh"


class TermFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Term
        django_get_or_create = ("name",)

    name = "Khóa XI"
    start_year = 2021
    end_year = 2026


class SessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Session

    term = factory.SubFactory(TermFactory)
    number = factory.Sequence(lambda n: n + 1)
    kind = Session.Kind.REGULAR
    starts_on = datetime.date(2024, 12, 2)
    ends_on = datetime.date(2024, 12, 6)
    place = "Hội trường Trung tâm Hội nghị thành phố"
    summary = "Kỳ họp thường lệ cuối năm."


class DocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Document

    kind = factory.LazyFunction(kind)
    number = factory.Sequence(lambda n: f"{n + 1}/2024/NQ-HĐND")
    issuing_body = factory.SubFactory(IssuingBodyFactory)
    signer = "Nguyễn Thị Thanh Hà"
    signer_position = "Chủ tịch HĐND thành phố"
    issued_on = datetime.date(2024, 12, 6)
    sector = factory.SubFactory(SectorFactory)
    summary = factory.Sequence(lambda n: f"Dự toán thu, chi ngân sách địa phương năm 2025 (số {n})")


class AgendaItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AgendaItem

    session = factory.SubFactory(SessionFactory)
    day = factory.LazyAttribute(lambda o: o.session.starts_on)
    starts_at = datetime.time(8, 0)
    title = "Khai mạc kỳ họp"
    presenter = "Chủ tịch HĐND thành phố"


# --- Files --------------------------------------------------------------------------------


def pdf_bytes(pages=1, javascript=None, password=None):
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    if javascript:
        from pypdf.actions import JavaScript

        writer.add_open_action(JavaScript(javascript))
    if password:
        writer.encrypt(password)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def text_pdf_bytes(text="Nghị quyết về dự toán ngân sách thành phố Minh Giang"):
    """A real one-page PDF with Vietnamese text (drawn like the demo documents)."""
    from council import demo_pdf

    return demo_pdf.draw(
        body_name="HĐND thành phố Minh Giang",
        number="19/2024/NQ-HĐND",
        heading="NGHỊ QUYẾT",
        summary=text,
        issued_on=datetime.date(2024, 12, 6),
        paragraphs=["Căn cứ Luật Tổ chức chính quyền địa phương;", f"Điều 1. {text}."],
        signer=("Nguyễn Thị Thanh Hà", "Chủ tịch HĐND thành phố"),
    )


def zip_bytes(members, compression=zipfile.ZIP_DEFLATED):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


CONTENT_TYPES_XML = '<?xml version="1.0"?><Types xmlns="x"/>'


def docx_bytes(extra=None):
    return zip_bytes(
        {
            "[Content_Types].xml": CONTENT_TYPES_XML,
            "word/document.xml": "<w:document>Báo cáo thẩm tra</w:document>",
            **(extra or {}),
        }
    )


def xlsx_bytes():
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active["A1"] = "Dự toán"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def odt_bytes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        archive.writestr("content.xml", "<office:document-content/>")
    return buffer.getvalue()


def ole_bytes(stream="WordDocument"):
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    return header + stream.encode("utf-16-le") + b"\x00" * 512


def upload(name, content, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def attach_pdf(document, name="Nghị quyết 19-2024.pdf", content=None):
    """A stored PDF file of a document, made as the admin makes one."""
    from council import files

    pdf = upload(name, content or pdf_bytes(), "application/pdf")
    document_file = DocumentFile(document=document)
    document_file.take(pdf, files.inspect(pdf))
    document_file.save()
    return document_file
