"""Register, document and session pages cost the same few queries at 100 and 50 000 documents,
and the register's filters are served by indexes."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from council import numbers
from council.models import Document, DocumentKind
from portal import text

from .factories import (
    AgendaItemFactory,
    DocumentFactory,
    IssuingBodyFactory,
    SectorFactory,
    SessionFactory,
    attach_pdf,
)

pytestmark = pytest.mark.django_db

# Warm pages (menu, sidebar widgets and filter choices cached); the sidebar's own share included.
REGISTER_BUDGET = 8
DOCUMENT_BUDGET = 11
SESSION_BUDGET = 11


def add_documents(count, start=0):
    """Bulk rows as Document.save() would write them, spread over kinds, years and fields."""
    kinds = list(DocumentKind.objects.all())
    body = IssuingBodyFactory()
    sectors = [SectorFactory(name=f"Lĩnh vực {n}", slug=f"linh-vuc-{n}") for n in range(4)]
    rows = []
    for n in range(start, start + count):
        year = 2016 + n % 10
        number = f"{n + 1}/{year}/NQ-HĐND"
        summary = f"Nghị quyết về ngân sách và đầu tư công số {n}"
        rows.append(
            Document(
                kind=kinds[n % len(kinds)],
                number=number,
                number_key=numbers.number_key(number),
                issuing_body=body,
                issued_on=datetime.date(year, 1 + n % 12, 1 + n % 28),
                year=year,
                sector=sectors[n % 4],
                summary=summary,
                status=Document.Status.IN_FORCE,
                slug=f"van-ban-{n}",
                search_folded=text.fold(f"{number} {summary}"),
            )
        )
    Document.objects.bulk_create(rows, batch_size=2000)


@pytest.fixture
def pages():
    session = SessionFactory(number=12)
    for _ in range(3):
        AgendaItemFactory(session=session)
    documents = [DocumentFactory(session=session, number=f"{n}/2024/NQ-HĐND") for n in (1, 2, 3)]
    AgendaItemFactory(session=session).documents.set(documents)
    attach_pdf(documents[0])
    return [
        "/van-ban/",
        "/van-ban/?loai=nghi-quyet&nam=2020",
        "/van-ban/?linh-vuc=linh-vuc-1&page=40",
        "/van-ban/?q=ngan+sach+dau+tu",
        "/van-ban/?q=25/2020/NQ-HĐND",
        documents[0].get_absolute_url(),
        session.get_absolute_url(),
    ]


def counts(client, urls):
    result = {}
    for url in urls:
        client.get(url)  # fills the cached menu, widgets and filter choices
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code in (200, 400), url
        result[url] = len(queries)
    return result


def test_pages_cost_the_same_at_100_and_at_50000_documents(client, pages):
    add_documents(100)
    small = counts(client, pages)
    add_documents(49_900, start=100)
    assert Document.objects.count() > 50_000
    large = counts(client, pages)
    assert large == small
    for url, count in large.items():
        budget = (
            SESSION_BUDGET
            if url.startswith("/ky-hop/")
            else REGISTER_BUDGET
            if url.startswith("/van-ban/?") or url == "/van-ban/"
            else DOCUMENT_BUDGET
        )
        assert count <= budget, (url, count)


@pytest.mark.parametrize(
    ("lookup", "index"),
    [
        ({"kind_id": 1}, "council_doc_kind"),
        ({"year": 2020}, "council_doc_year"),
        ({"sector_id": 1}, "council_doc_sector"),
        ({"issuing_body_id": 1}, "council_doc_body"),
        ({"status": "replaced"}, "council_doc_status"),
    ],
)
def test_each_register_filter_uses_its_index(lookup, index):
    add_documents(200)
    queryset = Document.objects.public().filter(**lookup).newest_first()[:12]
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # A table this small would be scanned; forbid that to see which index is chosen.
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute(f"EXPLAIN {sql}", params)
        else:
            cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
        plan = " ".join(str(row) for row in cursor.fetchall())
    assert index in plan, plan
