"""Bulk import of a document list from CSV/XLSX: preview, refused rows, all or nothing."""

import io
import re

import pytest
from openpyxl import Workbook

from council.models import Document

from .factories import ClerkFactory, DocumentFactory, IssuingBodyFactory, SectorFactory, upload

pytestmark = pytest.mark.django_db

URL = "/quan-tri/council/document/nhap-tu-tep/"
HEADINGS = [
    "Loại văn bản",
    "Số, ký hiệu",
    "Cơ quan ban hành",
    "Ngày ban hành",
    "Ngày có hiệu lực",
    "Người ký",
    "Lĩnh vực",
    "Trích yếu",
    "Tình trạng",
]
GOOD = [
    "Nghị quyết",
    "21/2024/NQ-HĐND",
    "HĐND thành phố",
    "06/12/2024",
    "16/12/2024",
    "Nguyễn Thị Thanh Hà",
    "Ngân sách – Tài chính",
    "Kế hoạch đầu tư công năm 2025",
    "Còn hiệu lực",
]


@pytest.fixture
def clerk(client):
    IssuingBodyFactory()
    SectorFactory()
    client.force_login(ClerkFactory())
    return client


def csv_file(rows, delimiter=","):
    lines = [delimiter.join(f'"{cell}"' for cell in row) for row in [HEADINGS, *rows]]
    return upload("danh-sach.csv", "\n".join(lines).encode("utf-8"), "text/csv")


def preview(client, sheet):
    return client.post(URL, {"file": sheet})


def test_the_preview_lists_accepted_and_refused_rows_and_saves_nothing(clerk):
    bad_date = [*GOOD[:1], "22/2024/NQ-HĐND", GOOD[2], "31/02/2024", *GOOD[4:]]
    unknown_kind = ["Chỉ thị", "23/2024/CT-HĐND", *GOOD[2:]]
    malformed = [GOOD[0], "số hai mươi bốn", *GOOD[2:]]
    duplicate = list(GOOD)
    response = preview(clerk, csv_file([GOOD, bad_date, unknown_kind, malformed, duplicate]))
    assert response.status_code == 200
    body = response.content.decode()
    assert len(response.context["accepted"]) == 1
    refused = {row.line: " ".join(row.errors) for row in response.context["refused"]}
    assert "không phải ngày dạng ngày/tháng/năm" in refused[3]
    assert "Không có loại văn bản “Chỉ thị”" in refused[4]
    assert "không đúng dạng" in refused[5]
    assert "Trùng số, ký hiệu với dòng 2" in refused[6]
    assert "1</strong> dòng sẽ được nhập" in body
    assert Document.objects.count() == 0


def test_confirming_imports_the_accepted_rows_in_one_go(clerk):
    response = preview(clerk, csv_file([GOOD, ["Nghị quyết", "x", *GOOD[2:]]]))
    token = response.context["token"]
    response = clerk.post(URL, {"rows": token, "confirm": "1"}, follow=True)
    document = Document.objects.get()
    assert document.number == "21/2024/NQ-HĐND"
    assert str(document.issued_on) == "2024-12-06"
    assert document.sector.name == "Ngân sách – Tài chính"
    assert "Đã nhập 1 văn bản. 1 dòng bị từ chối không được nhập." in response.content.decode()


def test_a_number_already_in_the_register_is_refused(clerk):
    DocumentFactory(number="21/2024/NQ-HĐND")
    response = preview(clerk, csv_file([GOOD]))
    assert "đã có văn bản cùng số, ký hiệu trong năm" in " ".join(
        response.context["refused"][0].errors
    )


def test_headings_and_names_may_be_written_without_marks(clerk):
    rows = [
        [
            "nghi quyet",
            "21/2024/NQ-HĐND",
            "hdnd thanh pho",
            "06/12/2024",
            "",
            "",
            "",
            "Kế hoạch",
            "",
        ]
    ]
    lines = ["Loai van ban;So, ky hieu;Co quan ban hanh;Ngay ban hanh;Ngay co hieu luc;Nguoi ky;"
             "Linh vuc;Trich yeu;Tinh trang"] + [";".join(row) for row in rows]  # fmt: skip
    sheet = upload("ds.csv", "\n".join(lines).encode(), "text/csv")
    assert len(preview(clerk, sheet).context["accepted"]) == 1


def test_an_xlsx_sheet_is_read_too(clerk):
    workbook = Workbook()
    workbook.active.append(HEADINGS)
    workbook.active.append(GOOD)
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = preview(clerk, upload("ds.xlsx", buffer.getvalue()))
    assert len(response.context["accepted"]) == 1


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("ds.csv", b"Lo\xf2ai v\xe3n b\xe3n\nNgh\xf2i quy\xeat", "không ở bảng mã UTF-8"),
        ("ds.csv", "Tên,Ngày\nA,B".encode(), "thiếu cột"),
        ("ds.txt", b"abc", "Chỉ nhận tệp .csv hoặc .xlsx"),
        ("ds.xlsx", b"PK\x03\x04 khong phai", "bị hỏng"),
        ("ds.xlsx", b"<html></html>", "không phải bảng tính Excel XLSX"),
        ("ds.csv", b"", "The submitted file is empty"),
    ],
)
def test_unreadable_sheets_are_refused_in_vietnamese(clerk, name, content, message):
    response = preview(clerk, upload(name, content))
    assert response.status_code == 400
    body = response.content.decode()
    if message.startswith("The"):
        assert re.search("rỗng|trống", body)
    else:
        assert message in body
    assert Document.objects.count() == 0


def test_too_many_rows_are_refused(clerk, settings):
    settings.COUNCIL_IMPORT_MAX_ROWS = 2
    response = preview(clerk, csv_file([GOOD, GOOD, GOOD]))
    assert "hơn 2 dòng" in response.content.decode()


def test_a_tampered_confirmation_saves_nothing(clerk):
    response = clerk.post(URL, {"rows": "gia-mao", "confirm": "1"}, follow=True)
    assert "Phiên nhập đã hết hạn hoặc không hợp lệ" in response.content.decode()
    assert Document.objects.count() == 0


def test_only_staff_who_may_add_documents_can_import(client):
    from tests.factories import WriterFactory

    client.force_login(WriterFactory())
    assert client.get(URL).status_code == 403
