"""The council demo: a term, a closed session with 19 resolutions and minutes, an upcoming one
with drafts, about fifty documents over three years with real PDFs, links to demo articles."""

import io

import pytest
from django.utils import timezone

from council import demo as council_demo
from council.models import Document, DocumentChange, DocumentFile, Session, Term
from news import demo as news_demo
from tests.news.factories import image_bytes

pytestmark = pytest.mark.django_db


def test_the_demo_loads_once_with_real_vietnamese_pdfs(monkeypatch, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    monkeypatch.setattr(
        "news.demo.draw_scene", lambda scene, seed: image_bytes("JPEG", (1200, 800))
    )
    news_demo.load(io.StringIO())
    out = io.StringIO()
    council_demo.load(out)

    assert Term.objects.count() == 1
    closed = Session.objects.get(number=12)
    assert closed.status == Session.Status.CLOSED
    adopted = closed.documents.filter(kind__slug="nghi-quyet").adopted()
    assert adopted.count() == 19
    assert closed.documents.filter(kind__slug="bien-ban").count() == 1
    assert closed.agenda_items.count() >= 5
    assert closed.articles.exists() and closed.video_url

    upcoming = Session.objects.get(number=13)
    assert upcoming.status == Session.Status.UPCOMING
    assert upcoming.documents.filter(status=Document.Status.DRAFT).count() == 2
    assert upcoming.agenda_items.filter(documents__isnull=False).exists()

    documents = Document.objects.all()
    assert 40 <= documents.count() <= 60
    assert len(set(documents.values_list("year", flat=True))) >= 3
    assert documents.filter(status=Document.Status.REPLACED).exists()
    assert documents.filter(status=Document.Status.AMENDED).exists()
    assert DocumentChange.objects.count() == 4
    assert documents.filter(articles__isnull=False).distinct().count() >= 8

    # Every document has its PDF, read back with its Vietnamese text.
    assert DocumentFile.objects.count() == documents.count()
    budget = documents.get(number=f"19/{closed.ends_on.year}/NQ-HĐND")
    pdf = budget.files.get()
    assert pdf.page_count >= 1 and "Dự toán thu ngân sách nhà nước" in pdf.text
    assert "du toan thu ngan sach" in budget.search_folded
    assert pdf.preview

    again = io.StringIO()
    council_demo.load(again)
    assert "0 kỳ họp mới, 0 văn bản mới" in again.getvalue()
    assert Document.objects.count() == documents.count()
    assert timezone.localdate() < upcoming.starts_on
