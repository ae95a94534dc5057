"""Cached council bits are forgotten when clerks change records, in every process."""

import datetime

import pytest
from django.utils import timezone

from council import register
from council.models import DocumentKind
from portal import cache
from tests.news.factories import ArticleFactory

from .factories import DocumentFactory, SessionFactory

pytestmark = pytest.mark.django_db


def test_a_new_kind_shows_in_the_filters_at_once(client):
    client.get("/van-ban/")
    DocumentKind.objects.create(name="Chỉ thị", slug="chi-thi")
    assert ("chi-thi", "Chỉ thị") in register.filter_choices()["kind"]


def test_a_new_year_shows_in_the_filters_at_once():
    DocumentFactory(issued_on=datetime.date(2024, 5, 1))
    register.filter_choices()
    DocumentFactory(number="1/2025/NQ-HĐND", issued_on=datetime.date(2025, 2, 1))
    assert ("2025", "2025") in register.filter_choices()["year"]


def test_a_rescheduled_session_updates_the_home_block(client):
    today = timezone.localdate()
    session = SessionFactory(
        starts_on=today + datetime.timedelta(days=10), ends_on=today + datetime.timedelta(days=11)
    )
    assert "Kỳ họp sắp diễn ra" in client.get("/").content.decode()
    session.starts_on = session.ends_on = today - datetime.timedelta(days=3)
    session.save()
    assert "Kỳ họp sắp diễn ra" not in client.get("/").content.decode()


def test_document_changes_touch_the_tags_pages_are_cached_under():
    document = DocumentFactory()
    before = cache.generations(f"document:{document.pk}", "documents")
    document.summary = "Trích yếu mới"
    document.save()
    assert cache.generations(f"document:{document.pk}", "documents") != before


def test_linking_a_document_to_an_article_touches_the_articles_tag():
    document, article = DocumentFactory(), ArticleFactory()
    before = cache.generations(f"article:{article.pk}")
    document.articles.add(article)
    assert cache.generations(f"article:{article.pk}") != before
