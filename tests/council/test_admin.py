"""Records clerks ("Văn thư") in the admin: documents with files, sessions, nothing half-saved."""

import pytest
from django.contrib.auth.models import Group

from council.models import Document, DocumentFile
from council.permissions import CLERK_GROUP, CLERK_PERMISSIONS
from tests.factories import EditorFactory, WriterFactory
from tests.news.factories import ArticleFactory

from .conftest import stored_files
from .factories import (
    ClerkFactory,
    DocumentFactory,
    IssuingBodyFactory,
    SectorFactory,
    SessionFactory,
    attach_pdf,
    docx_bytes,
    kind,
    pdf_bytes,
    upload,
    zip_bytes,
)

pytestmark = pytest.mark.django_db

ADD_URL = "/quan-tri/council/document/add/"


def document_form(session=None, **overrides):
    data = {
        "kind": kind("nghi-quyet").pk,
        "number": "19/2024/NQ-HĐND",
        "issuing_body": IssuingBodyFactory().pk,
        "issued_on": "06/12/2024",
        "effective_on": "16/12/2024",
        "signer": "Nguyễn Thị Thanh Hà",
        "signer_position": "Chủ tịch HĐND thành phố",
        "sector": SectorFactory().pk,
        "summary": "Dự toán thu, chi ngân sách địa phương năm 2025",
        "status": "in_force",
        "session": session.pk if session else "",
        "is_published": "on",
        "files-TOTAL_FORMS": "1",
        "files-INITIAL_FORMS": "0",
        "files-MIN_NUM_FORMS": "0",
        "files-MAX_NUM_FORMS": "1000",
        "files-0-original_name": "",
        "files-0-order": "0",
        "changes_made-TOTAL_FORMS": "0",
        "changes_made-INITIAL_FORMS": "0",
        "changes_made-MIN_NUM_FORMS": "0",
        "changes_made-MAX_NUM_FORMS": "1000",
        "_save": "Lưu",
    }
    data.update(overrides)
    return data


def test_the_clerk_role_has_the_council_permissions():
    group = Group.objects.get(name=CLERK_GROUP)
    granted = set(group.permissions.values_list("content_type__app_label", "codename"))
    assert granted == set(CLERK_PERMISSIONS)
    editors = Group.objects.get(name="Biên tập viên")
    assert editors.permissions.filter(codename="add_document").exists()


def test_a_clerk_adds_a_document_with_a_file_and_links_it_to_a_session(client):
    client.force_login(ClerkFactory())
    session = SessionFactory(number=12)
    data = document_form(session, **{"files-0-file": upload("Nghị quyết 19.pdf", pdf_bytes())})
    response = client.post(ADD_URL, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    document = Document.objects.get()
    assert document.session == session
    assert str(document.issued_on) == "2024-12-06"  # typed the Vietnamese way: day first
    document_file = document.files.get()
    assert document_file.original_name == "Nghị quyết 19.pdf"
    assert document_file.file_type == "pdf" and document_file.page_count == 1
    assert document in session.documents.all()
    assert client.get(session.get_absolute_url()).content.decode().count(document.title) >= 1


def test_a_refused_file_leaves_nothing_behind_and_keeps_what_was_typed(client):
    client.force_login(ClerkFactory())
    before = stored_files()
    data = document_form(**{"files-0-file": upload("Nghị quyết.pdf", docx_bytes())})
    response = client.post(ADD_URL, data)
    assert response.status_code == 200
    body = response.content.decode()
    assert "có đuôi .pdf nhưng nội dung là Word (DOCX)" in body
    assert "Dự toán thu, chi ngân sách địa phương năm 2025" in body
    assert Document.objects.count() == 0 and DocumentFile.objects.count() == 0
    assert stored_files() == before


def test_a_zip_bomb_renamed_docx_is_refused_in_the_admin(client):
    client.force_login(ClerkFactory())
    bomb = zip_bytes({"a.bin": b"\0" * (20 * 1024 * 1024)})
    response = client.post(ADD_URL, document_form(**{"files-0-file": upload("bc.docx", bomb)}))
    assert response.status_code == 200
    assert "bom nén" in response.content.decode()
    assert Document.objects.count() == 0


def test_a_malformed_number_is_refused_with_an_example(client):
    client.force_login(ClerkFactory())
    response = client.post(ADD_URL, document_form(number="NQ 19 năm 2024"))
    assert response.status_code == 200
    assert "không đúng dạng" in response.content.decode()
    assert Document.objects.count() == 0


def test_a_duplicate_number_is_refused_in_vietnamese(client):
    existing = DocumentFactory(number="19/2024/NQ-HĐND")
    client.force_login(ClerkFactory())
    data = document_form(issuing_body=existing.issuing_body_id, number="19/2024/nq-hđnd")
    response = client.post(ADD_URL, data)
    assert response.status_code == 200
    assert "đã có văn bản cùng số, ký hiệu trong năm" in response.content.decode()


def test_replacing_a_document_in_the_admin_marks_the_old_one(client):
    old = DocumentFactory(number="44/2023/NQ-HĐND")
    client.force_login(ClerkFactory())
    data = document_form(
        **{
            "changes_made-TOTAL_FORMS": "1",
            "changes_made-0-target": old.pk,
            "changes_made-0-kind": "replaces",
            "changes_made-0-note": "",
            "files-TOTAL_FORMS": "0",
        }
    )
    assert client.post(ADD_URL, data).status_code == 302
    old.refresh_from_db()
    assert old.status == Document.Status.REPLACED


def test_the_admin_search_ignores_marks(client):
    document = DocumentFactory(summary="Hỗ trợ giáo viên mầm non")
    client.force_login(ClerkFactory())
    response = client.get("/quan-tri/council/document/", {"q": "giao vien mam non"})
    assert list(response.context["cl"].result_list) == [document]


def test_a_clerk_links_articles_through_the_autocomplete_of_published_ones(client):
    published = ArticleFactory(title="Bế mạc kỳ họp thứ Mười hai")
    ArticleFactory(title="Bế mạc bản nháp", draft=True)
    client.force_login(ClerkFactory())
    response = client.get(
        "/quan-tri/autocomplete/",
        {
            "term": "be mac",
            "app_label": "council",
            "model_name": "document",
            "field_name": "articles",
        },
    )
    assert response.status_code == 200
    assert [row["id"] for row in response.json()["results"]] == [str(published.pk)]


def test_writers_cannot_touch_the_councils_records(client):
    client.force_login(WriterFactory())
    assert client.get(ADD_URL).status_code == 403


def test_editors_manage_the_councils_records_too(client):
    client.force_login(EditorFactory())
    assert client.get(ADD_URL).status_code == 200


def test_replacing_a_file_removes_the_old_one_from_the_storage(
    client, django_capture_on_commit_callbacks
):
    document = DocumentFactory()
    old = attach_pdf(document)
    old_name = old.file.name
    client.force_login(ClerkFactory())
    data = document_form(
        number=document.number,
        issuing_body=document.issuing_body_id,
        summary=document.summary,
        **{
            "files-INITIAL_FORMS": "1",
            "files-0-id": old.pk,
            "files-0-document": document.pk,
            "files-0-file": upload("Bản mới.docx", docx_bytes()),
        },
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/quan-tri/council/document/{document.pk}/change/", data)
    assert response.status_code == 302
    replaced = DocumentFile.objects.get(pk=old.pk)
    assert replaced.file_type == "docx" and replaced.original_name == "Bản mới.docx"
    assert not replaced.preview
    assert old_name not in stored_files() and replaced.file.name in stored_files()
