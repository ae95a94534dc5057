"""Delegate, question and schedule pages cost the same few queries with a small council and
with a register many times larger."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from council.models import (
    CommitteeMembership,
    Delegate,
    Event,
    Membership,
    Question,
    Ward,
)

from .factories import SessionFactory, TermFactory
from .people import (
    CommitteeFactory,
    ConstituencyFactory,
    DelegateGroupFactory,
    EventFactory,
    MembershipFactory,
    QuestionFactory,
    WardFactory,
    local,
)

pytestmark = pytest.mark.django_db

# Warm pages (menu, sidebar widgets and filter choices cached), drawn without the page cache.
BUDGET = 12


@pytest.fixture
def council(settings):
    settings.PORTAL_PAGE_CACHE_SECONDS = 0  # count what drawing the pages costs
    term = TermFactory()
    constituency = ConstituencyFactory(term=term, number=1)
    WardFactory(constituency=constituency, name="Cự Khối")
    member = MembershipFactory(term=term, constituency=constituency)
    committee = CommitteeFactory()
    CommitteeMembership.objects.create(delegate=member.delegate, committee=committee, term=term)
    session = SessionFactory(term=term, number=12)
    question = QuestionFactory(session=session, delegate=member.delegate)
    event = EventFactory(starts_at=local(2026, 12, 2, 8, 0))
    event.participants.add(member.delegate)
    return {
        "term": term,
        "constituency": constituency,
        "committee": committee,
        "session": session,
        "agency": question.agency,
        "urls": [
            "/dai-bieu/",
            "/dai-bieu/?ban=ban-do-thi&page=3",
            "/dai-bieu/tim/?phuong=cu+khoi",
            member.delegate.get_absolute_url(),
            "/dai-bieu/ban/ban-do-thi/",
            "/chat-van/",
            "/chat-van/?tinh-trang=answered&page=5",
            question.get_absolute_url(),
            session.get_absolute_url(),
            "/lich-cong-tac/tuan/2026-W49/",
            "/lich-cong-tac/thang/2026-12/",
            "/lich-cong-tac/lich.ics",
            f"/dai-bieu/{member.delegate.slug}/lich-cong-tac.ics",
        ],
    }


def grow(council, count, start):
    """Bulk rows as the models' save() would write them."""
    term, committee = council["term"], council["committee"]
    groups = [DelegateGroupFactory(name=f"Tổ {n}", slug=f"to-so-{n}") for n in range(3)]
    constituencies = [
        ConstituencyFactory(term=term, number=100 + start // 10 + n) for n in range(5)
    ]
    Ward.objects.bulk_create(
        Ward(constituency=constituencies[n % 5], name=f"Phường {n}", name_folded=f"phuong {n}")
        for n in range(start, start + count)
    )
    delegates = Delegate.objects.bulk_create(
        Delegate(
            full_name=f"Đại biểu {n}",
            sort_name=f"{n} dai bieu",
            slug=f"dai-bieu-so-{n}",
            search_folded=f"dai bieu {n}",
        )
        for n in range(start, start + count)
    )
    Membership.objects.bulk_create(
        Membership(
            delegate=d,
            term=term,
            constituency=constituencies[n % 5],
            delegate_group=groups[n % 3],
        )
        for n, d in enumerate(delegates)
    )
    CommitteeMembership.objects.bulk_create(
        CommitteeMembership(delegate=d, committee=committee, term=term) for d in delegates
    )
    sessions = [SessionFactory(term=term, number=200 + start // 10 + n) for n in range(4)]
    Question.objects.bulk_create(
        Question(
            session=sessions[n % 4],
            delegate=delegates[n % len(delegates)],
            respondent="Giám đốc Sở",
            agency=council["agency"],
            question=f"Câu hỏi {n}",
            answer_summary="Trả lời",
            status=Question.Status.ANSWERED,
            search_folded=f"cau hoi {n}",
        )
        for n in range(start, start + count * 3)
    )
    base = local(2020, 1, 6, 8, 0)
    events = Event.objects.bulk_create(
        Event(
            title=f"Hoạt động {n}",
            kind=Event.Kind.SUPERVISION,
            starts_at=base + datetime.timedelta(hours=13 * n),
        )
        for n in range(start, start + count * 3)
    )
    Event.participants.through.objects.bulk_create(
        Event.participants.through(event_id=e.pk, delegate_id=delegates[n % len(delegates)].pk)
        for n, e in enumerate(events)
    )


def counts(client, urls):
    result = {}
    for url in urls:
        client.get(url)  # fills the cached menu, widgets and filter choices
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        result[url] = len(queries)
    return result


def test_pages_cost_the_same_with_a_small_and_a_large_register(client, council, record_property):
    grow(council, 40, 0)
    small = counts(client, council["urls"])
    grow(council, 400, 1000)
    assert Question.objects.count() > 1200 and Event.objects.count() > 1200
    large = counts(client, council["urls"])
    assert large == small
    for url, count in large.items():
        assert count <= BUDGET, (url, count)
    record_property("summary", f"council part 2 queries per page: {large}")
