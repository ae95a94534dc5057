"""What a clerk may attach: the type read from the bytes, bombs and disguises refused."""

import zipfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError

from council import files

from .conftest import stored_files
from .factories import (
    DocumentFactory,
    attach_pdf,
    docx_bytes,
    odt_bytes,
    ole_bytes,
    pdf_bytes,
    text_pdf_bytes,
    upload,
    xlsx_bytes,
    zip_bytes,
)


def refusal(name, content):
    with pytest.raises(ValidationError) as error:
        files.inspect(upload(name, content))
    return error.value.messages[0]


@pytest.mark.parametrize(
    ("name", "make", "file_type"),
    [
        ("nghi-quyet.pdf", pdf_bytes, "pdf"),
        ("bao-cao.docx", docx_bytes, "docx"),
        ("du-toan.xlsx", xlsx_bytes, "xlsx"),
        ("to-trinh.odt", odt_bytes, "odt"),
        ("cong-van.doc", lambda: ole_bytes("WordDocument"), "doc"),
        ("bang-tinh.xls", lambda: ole_bytes("Workbook"), "xls"),
        ("NGHỊ QUYẾT.PDF", pdf_bytes, "pdf"),
    ],
)
def test_each_accepted_type_is_recognised_from_its_content(name, make, file_type):
    assert files.inspect(upload(name, make())).file_type == file_type


def test_a_pdf_gets_its_page_count_and_its_text_for_search():
    inspected = files.inspect(upload("nq.pdf", text_pdf_bytes("Dự toán ngân sách Minh Giang")))
    assert inspected.page_count == 1
    assert "Dự toán ngân sách Minh Giang" in inspected.text
    assert inspected.has_scripts is False
    assert inspected.preview is not None


def test_a_docx_named_pdf_is_refused_saying_what_it_really_is():
    message = refusal("nghi-quyet.pdf", docx_bytes())
    assert "có đuôi .pdf nhưng nội dung là Word (DOCX)" in message


def test_html_disguised_as_a_pdf_is_refused():
    message = refusal("nghi-quyet.pdf", b"<html><script>alert(1)</script></html>")
    assert "không phải PDF, DOC, DOCX, XLS, XLSX hoặc ODT" in message


def test_other_extensions_are_refused_whatever_the_content():
    assert "chỉ nhận PDF, DOC, DOCX" in refusal("trang.html", pdf_bytes())
    assert "chỉ nhận PDF, DOC, DOCX" in refusal("khong-duoi", pdf_bytes())


def test_a_zip_bomb_renamed_docx_is_refused():
    bomb = zip_bytes({"a.bin": b"\0" * (30 * 1024 * 1024)})
    assert len(bomb) < 100_000
    assert "bom nén" in refusal("bao-cao.docx", bomb)


def test_a_docx_unpacking_beyond_the_limit_is_refused(settings):
    settings.COUNCIL_FILE_MAX_UNPACKED_BYTES = 1024 * 1024
    big = docx_bytes({"word/media/big.xml": "<x>" + "dữ liệu " * 200_000 + "</x>"})
    assert "bom nén" in refusal("bao-cao.docx", big)


def test_a_zip_that_is_no_office_document_is_refused():
    assert "không phải PDF" in refusal("bao-cao.docx", zip_bytes({"readme.txt": "xin chào"}))


def test_a_word_file_with_macros_is_refused():
    macro = docx_bytes({"word/vbaProject.bin": b"\x00\x01"})
    assert "có macro không được nhận" in refusal("bao-cao.docx", macro)


def test_a_broken_zip_is_refused():
    assert "bị hỏng" in refusal("bao-cao.docx", b"PK\x03\x04" + b"\x00" * 100)


def test_a_broken_pdf_is_refused():
    assert "Tệp PDF bị hỏng" in refusal("nq.pdf", b"%PDF-1.7\n" + b"rac" * 100)


def test_a_password_protected_pdf_is_refused():
    assert "đặt mật khẩu" in refusal("nq.pdf", pdf_bytes(password="bi-mat"))


def test_a_pdf_with_too_many_pages_is_refused(settings):
    settings.COUNCIL_PDF_MAX_PAGES = 2
    assert "vượt giới hạn 2 trang" in refusal("nq.pdf", pdf_bytes(pages=3))


def test_too_large_and_empty_files_are_refused(settings):
    settings.COUNCIL_FILE_MAX_BYTES = 1000
    assert "vượt giới hạn 1.000 byte" in refusal("nq.pdf", pdf_bytes() + b"\0" * 1000)
    assert "Tệp rỗng" in refusal("nq.pdf", b"")


def test_a_pdf_with_javascript_is_accepted_and_flagged():
    inspected = files.inspect(upload("nq.pdf", pdf_bytes(javascript="app.alert('xin chào');")))
    assert inspected.has_scripts is True


@pytest.mark.django_db
def test_files_are_stored_under_generated_names_outside_the_public_media():
    before = set(stored_files())
    document_file = attach_pdf(DocumentFactory(), name="../../Nghị quyết số 15.pdf")
    added = set(stored_files()) - before
    assert len(added) == 1
    (name,) = added
    assert name.startswith("van-ban/") and name.endswith(".pdf")
    assert "Nghị" not in name and ".." not in name
    assert document_file.original_name == "Nghị quyết số 15.pdf"
    assert not Path(settings.COUNCIL_FILES_ROOT).is_relative_to(settings.MEDIA_ROOT)


def test_clean_name_keeps_vietnamese_and_drops_folders_and_invisible_characters():
    assert files.clean_name("C:\\Tài liệu\\Tờ trình\u200b số 1.DOCX") == "Tờ trình số 1.docx"


def test_human_sizes_use_the_vietnamese_decimal_comma():
    assert files.human_size(1_300_000) == "1,2 MB"
    assert files.human_size(2048) == "2 KB"


def test_zip_directory_limits_apply_before_reading_members(monkeypatch):
    # Reading a member's bytes would be the expensive step; the directory check comes first.
    monkeypatch.setattr(
        zipfile.ZipFile, "read", lambda *a, **k: pytest.fail("member read before the check")
    )
    bomb = zip_bytes({"mimetype": "x", "b.bin": b"\0" * (5 * 1024 * 1024)})
    assert "bom nén" in refusal("to-trinh.odt", bomb)
