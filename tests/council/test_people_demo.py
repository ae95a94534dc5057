"""The demo's delegates, questions and schedule: the sizes the issue asks for, once."""

import io

import pytest
from django.utils import timezone

from council import demo as council_demo
from council.models import Constituency, Delegate, Event, Question, Session, Ward
from news import demo as news_demo
from tests.news.factories import image_bytes

pytestmark = pytest.mark.django_db


def test_the_demo_has_thirty_delegates_in_eight_constituencies_and_a_month_of_schedule(
    monkeypatch, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    monkeypatch.setattr(
        "news.demo.draw_scene", lambda scene, seed: image_bytes("JPEG", (1200, 800))
    )
    news_demo.load(io.StringIO())
    council_demo.load(io.StringIO())

    assert Delegate.objects.count() == 30
    assert Constituency.objects.count() == 8 and Ward.objects.count() == 40
    assert all(d.portrait and d.portrait_renditions.get("files") for d in Delegate.objects.all())
    assert Question.objects.count() == 25
    assert set(Question.objects.values_list("session__number", flat=True)) == {11, 12}
    assert len(set(Question.objects.values_list("status", flat=True))) >= 3
    today = timezone.localdate()
    days = {timezone.localtime(e.starts_at).date() for e in Event.objects.all()}
    assert today in days
    assert min(days) <= today - timezone.timedelta(days=7) and max(days) >= today
    assert Event.objects.filter(is_public=False).exists()
    assert Event.objects.filter(session=Session.objects.get(number=12)).exists()

    again = io.StringIO()
    council_demo.load(again)
    assert "0 đại biểu mới, 0 chất vấn mới, 0 hoạt động mới" in again.getvalue()
    assert Delegate.objects.count() == 30
