import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from council import amendments
from council.models import Document, DocumentChange, Session

from .factories import DocumentFactory, IssuingBodyFactory, SectorFactory, SessionFactory, kind

pytestmark = pytest.mark.django_db


def unsaved(**fields):
    """A document not yet saved, with saved lists to point to."""
    fields.setdefault("issuing_body", IssuingBodyFactory())
    return DocumentFactory.build(sector=SectorFactory(), **fields)


def test_the_same_number_twice_for_one_body_and_year_is_refused_in_vietnamese():
    DocumentFactory(number="15/2024/NQ-HĐND")
    duplicate = unsaved(number="15/2024/nq-hdnd")
    with pytest.raises(ValidationError) as error:
        duplicate.full_clean()
    assert "đã có văn bản cùng số, ký hiệu trong năm" in str(error.value)


def test_the_database_refuses_a_duplicate_number_too():
    DocumentFactory(number="15/2024/NQ-HĐND")
    with pytest.raises(IntegrityError), transaction.atomic():
        DocumentFactory(number="15/2024/NQ-HĐND")


def test_the_same_number_is_allowed_for_another_body_or_another_year():
    DocumentFactory(number="05/BC-HĐND")
    other_body = IssuingBodyFactory(name="Ban Pháp chế HĐND thành phố", slug="ban-phap-che")
    DocumentFactory(number="05/BC-HĐND", issuing_body=other_body).full_clean()
    DocumentFactory(number="05/BC-HĐND", issued_on=datetime.date(2025, 1, 3)).full_clean()
    assert Document.objects.count() == 3


def test_only_a_draft_may_have_no_number():
    draft = DocumentFactory(number="", status=Document.Status.DRAFT)
    assert draft.title == "Dự thảo nghị quyết"
    issued = unsaved(number="")
    with pytest.raises(ValidationError, match="Hãy nhập số, ký hiệu"):
        issued.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        issued.save()


def test_effective_date_cannot_come_before_the_issue_date():
    document = unsaved(effective_on=datetime.date(2024, 1, 1))
    with pytest.raises(ValidationError, match="Ngày có hiệu lực không thể trước ngày ban hành"):
        document.full_clean()


def test_title_year_and_search_text_come_from_the_record():
    document = DocumentFactory(number="15/2024/NQ-HĐND", summary="Dự toán ngân sách năm 2025")
    assert document.title == "Nghị quyết số 15/2024/NQ-HĐND"
    assert document.year == 2024
    assert document.slug == "nghi-quyet-15-2024-nq-hdnd"
    assert "du toan ngan sach" in document.search_folded
    assert "15/2024/nq-hdnd" in document.search_folded


def test_replacing_and_amending_documents_set_the_older_ones_status_both_ways():
    old, amended = DocumentFactory(), DocumentFactory()
    new = DocumentFactory(issued_on=datetime.date(2024, 12, 20))
    DocumentChange.objects.create(source=new, target=old, kind=DocumentChange.Kind.REPLACES)
    DocumentChange.objects.create(source=new, target=amended, kind=DocumentChange.Kind.AMENDS)
    amendments.refresh_statuses([old.pk, amended.pk])
    old.refresh_from_db()
    amended.refresh_from_db()
    assert old.status == Document.Status.REPLACED
    assert amended.status == Document.Status.AMENDED
    assert list(old.changed_by.values_list("source", flat=True)) == [new.pk]

    DocumentChange.objects.filter(target=old).delete()
    amendments.refresh_statuses([old.pk])
    old.refresh_from_db()
    assert old.status == Document.Status.IN_FORCE


def test_a_document_cannot_change_itself():
    document = DocumentFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        DocumentChange.objects.create(source=document, target=document, kind="amends")


def test_expired_documents_keep_their_status_when_amended():
    expired = DocumentFactory(status=Document.Status.EXPIRED)
    DocumentChange.objects.create(source=DocumentFactory(), target=expired, kind="amends")
    amendments.refresh_statuses([expired.pk])
    expired.refresh_from_db()
    assert expired.status == Document.Status.EXPIRED


def test_session_status_follows_its_dates():
    session = SessionFactory.build(
        starts_on=datetime.date(2024, 12, 2), ends_on=datetime.date(2024, 12, 6)
    )
    assert session.status_on(datetime.date(2024, 11, 30)) == Session.Status.UPCOMING
    assert session.status_on(datetime.date(2024, 12, 2)) == Session.Status.ONGOING
    assert session.status_on(datetime.date(2024, 12, 6)) == Session.Status.ONGOING
    assert session.status_on(datetime.date(2024, 12, 7)) == Session.Status.CLOSED


def test_session_is_named_in_words_and_searchable_both_ways():
    session = SessionFactory(number=12)
    assert session.title == "Kỳ họp thứ Mười hai"
    assert session.full_title == "Kỳ họp thứ Mười hai, HĐND khóa XI"
    assert "ky hop thu muoi hai" in session.search_folded
    assert "ky hop thu 12" in session.search_folded


def test_a_session_cannot_close_before_it_opens():
    session = SessionFactory.build(
        starts_on=datetime.date(2024, 12, 6), ends_on=datetime.date(2024, 12, 2)
    )
    with pytest.raises(ValidationError, match="Ngày bế mạc không thể trước ngày khai mạc"):
        session.full_clean()


def test_session_number_is_unique_within_a_term():
    SessionFactory(number=12)
    with pytest.raises(IntegrityError), transaction.atomic():
        SessionFactory(number=12)


def test_documents_carry_their_sessions_name_for_search():
    session = SessionFactory(number=12)
    document = DocumentFactory(session=session, kind=kind("nghi-quyet"))
    assert "ky hop thu muoi hai" in document.search_folded
