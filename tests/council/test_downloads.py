"""Files are only ever downloads: attachment, the real type, nosniff, a sandbox."""

from urllib.parse import quote

import pytest

from .factories import DocumentFactory, attach_pdf, pdf_bytes

pytestmark = pytest.mark.django_db


def test_a_file_is_served_as_an_attachment_with_its_vietnamese_name(client):
    document_file = attach_pdf(DocumentFactory(), name="Nghị quyết số 15-2024.pdf")
    response = client.get(document_file.get_absolute_url())
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    disposition = response["Content-Disposition"]
    assert disposition.startswith('attachment; filename="nghi-quyet-so-15-2024.pdf"')
    assert f"filename*=UTF-8''{quote('Nghị quyết số 15-2024.pdf', safe='')}" in disposition
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]
    assert int(response["Content-Length"]) == document_file.size
    assert b"".join(response.streaming_content).startswith(b"%PDF-")
    assert not response.cookies


def test_the_address_uses_an_ascii_name(client):
    document_file = attach_pdf(DocumentFactory(), name="Tờ trình số 401.pdf")
    assert document_file.get_absolute_url().endswith("/to-trinh-so-401.pdf")


def test_a_pdf_with_javascript_is_still_only_a_download(client):
    document_file = attach_pdf(DocumentFactory(), content=pdf_bytes(javascript="app.alert(1)"))
    assert document_file.has_scripts
    response = client.get(document_file.get_absolute_url())
    assert response["Content-Disposition"].startswith("attachment;")
    assert "sandbox" in response["Content-Security-Policy"]


def test_files_of_a_hidden_document_are_not_served(client):
    document_file = attach_pdf(DocumentFactory(is_published=False))
    assert client.get(document_file.get_absolute_url()).status_code == 404


def test_a_missing_file_on_disk_is_a_404_not_a_500(client):
    document_file = attach_pdf(DocumentFactory())
    document_file.file.storage.delete(document_file.file.name)
    assert client.get(document_file.get_absolute_url()).status_code == 404


def test_unknown_file_ids_are_404(client):
    assert client.get("/van-ban/tep/999999/tep.pdf").status_code == 404
