"""The demo petitions: 40 in every public status, questions waiting, one closed; loaded twice,
made once."""

import io
import json

import pytest

from council import demo, petition_demo
from council.petitions import Petition
from tests.council.factories import SectorFactory, SessionFactory, TermFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def records():
    """What the council demo loads before the petitions: its fields and sessions."""
    data = json.loads(demo.DATA_FILE.read_text(encoding="utf-8"))
    for name, slug in data["sectors"]:
        SectorFactory(name=name, slug=slug)
    term = TermFactory()
    for entry in data["sessions"]:
        SessionFactory(term=term, number=entry["number"])


def test_the_demo_has_forty_public_petitions_in_every_status_and_questions_waiting():
    petition_demo.load(io.StringIO())
    public = Petition.objects.public()
    assert public.count() == 40
    assert set(public.status_counts()) == set(Petition.PUBLIC_STATUSES)
    assert Petition.objects.waiting().count() >= 3
    assert Petition.objects.filter(status=Petition.Status.CLOSED).count() == 1
    assert public.filter(origin=Petition.Origin.SESSION, session__isnull=False).exists()
    assert public.exclude(meeting_name="").exists()
    for petition in public.filter(status__in=Petition.ANSWERED_STATUSES):
        assert petition.answer and petition.answered_on >= petition.raised_on


def test_loading_the_demo_twice_makes_nothing_new():
    petition_demo.load(io.StringIO())
    count = Petition.objects.count()
    petition_demo.load(io.StringIO())
    assert Petition.objects.count() == count
