"""The public register of petitions and a petition's page: what they show, what they never show,
the counts by status, the filters, the page cache and the query budget."""

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from council import petition_decisions
from council.petitions import Petition
from tests.council.factories import SectorFactory, SessionFactory, TermFactory
from tests.council.petition_factories import AgencyFactory, PetitionFactory, SubmissionFactory
from tests.factories import StaffUserFactory

pytestmark = pytest.mark.django_db

LIST_URL = reverse("council:petition_list")


def page_text(response):
    return response.content.decode()


def test_the_register_shows_public_petitions_and_the_answered_count():
    PetitionFactory.create_batch(2)
    PetitionFactory.create_batch(3, answered=True)
    PetitionFactory(status=Petition.Status.RESOLVED, answer="Đã sửa xong.")
    waiting = SubmissionFactory(title="Câu hỏi còn chờ duyệt")
    response = Client().get(LIST_URL)
    html = page_text(response)
    assert response.status_code == 200
    assert "Đã trả lời 4/6" in html
    assert "Đã tiếp nhận: 2" in html and "Đã giải quyết: 1" in html
    assert waiting.title not in html


def test_counts_follow_the_other_filters_and_link_to_each_status():
    roads = SectorFactory(name="Giao thông", slug="giao-thong")
    PetitionFactory.create_batch(2, sector=roads, answered=True)
    PetitionFactory(sector=roads)
    PetitionFactory.create_batch(4)
    html = page_text(Client().get(LIST_URL, {"linh-vuc": "giao-thong"}))
    assert "Đã trả lời 2/3" in html
    assert "linh-vuc=giao-thong&amp;trang-thai=da-tra-loi" in html


def test_filters_narrow_the_list():
    city = AgencyFactory(name="UBND thành phố", slug="ubnd-thanh-pho")
    PetitionFactory(title="Kiến nghị về chợ An Khánh", agency=city)
    PetitionFactory(title="Kiến nghị về đèn đường")
    PetitionFactory(title="Kiến nghị đã có trả lời", answered=True)
    html = page_text(Client().get(LIST_URL, {"co-quan": "ubnd-thanh-pho"}))
    assert "chợ An Khánh" in html and "đèn đường" not in html
    html = page_text(Client().get(LIST_URL, {"trang-thai": "da-tra-loi"}))
    assert "đã có trả lời" in html and "chợ An Khánh" not in html


def test_a_session_filter_lists_the_petitions_raised_there():
    session = SessionFactory(term=TermFactory(), number=12)
    PetitionFactory(title="Nêu tại kỳ họp", origin=Petition.Origin.SESSION, session=session)
    PetitionFactory(title="Nêu khi tiếp xúc cử tri")
    html = page_text(Client().get(LIST_URL, {"ky-hop": session.slug}))
    assert "Nêu tại kỳ họp" in html and "Nêu khi tiếp xúc" not in html
    assert "Kỳ họp thứ Mười hai" in html


def test_unknown_filters_are_dropped_with_a_vietnamese_note_and_a_400():
    PetitionFactory(title="Vẫn được liệt kê")
    response = Client().get(LIST_URL, {"trang-thai": "<script>", "nam": "20x5"})
    html = page_text(response)
    assert response.status_code == 400
    assert "Không có tình trạng “&lt;script&gt;”" in html
    assert "không phải một năm" in html
    assert "Vẫn được liệt kê" in html


def test_a_petition_page_shows_the_answer_and_never_the_senders_contacts():
    petition = SubmissionFactory()
    petition_decisions.answer(
        [petition],
        StaffUserFactory(),
        answer_text="Cống sẽ được thay nắp trong tuần này.",
        status=Petition.Status.ANSWERED,
    )
    html = page_text(Client().get(petition.get_absolute_url()))
    assert "Cống sẽ được thay nắp trong tuần này." in html
    assert "Lê Thị Hồng" in html  # the name may be shown
    for private in ("0912345678", "hong.le@example.vn", petition.code):
        assert private not in html


@pytest.mark.parametrize(
    "status", [Petition.Status.SUBMITTED, Petition.Status.CLOSED], ids=["waiting", "closed"]
)
def test_waiting_and_closed_petitions_have_no_public_page(status):
    petition = SubmissionFactory(status=status, close_reason="Trùng nội dung đã trả lời.")
    assert Client().get(reverse("council:petition_detail", args=[petition.pk])).status_code == 404
    assert petition.title not in page_text(Client().get(LIST_URL))


def test_register_and_petition_pages_are_cached_without_cookies():
    petition = PetitionFactory()
    for url in (LIST_URL, petition.get_absolute_url()):
        first = Client().get(url)
        assert not first.cookies
        assert first["X-Page-Cache"] == "miss"
        assert "public" in first["Cache-Control"]
        assert Client().get(url)["X-Page-Cache"] == "hit"


def test_an_answer_shows_on_cached_pages_at_once():
    petition = PetitionFactory(title="Kiến nghị sẽ được trả lời")
    Client().get(LIST_URL)
    Client().get(petition.get_absolute_url())
    petition_decisions.answer(
        [petition], StaffUserFactory(), answer_text="Đã bố trí vốn.", status="answered"
    )
    assert "Đã trả lời 1/1" in page_text(Client().get(LIST_URL))
    assert "Đã bố trí vốn." in page_text(Client().get(petition.get_absolute_url()))


def test_renaming_an_agency_shows_on_the_cached_register():
    agency = AgencyFactory(name="Sở Xây dựng")
    PetitionFactory(agency=agency)
    Client().get(LIST_URL)
    agency.name = "Sở Xây dựng thành phố"
    agency.save()
    assert "Sở Xây dựng thành phố" in page_text(Client().get(LIST_URL))


def test_the_menu_reaches_the_register_the_form_and_the_look_up_from_every_page():
    html = page_text(Client().get("/"))
    for name, url_name in (
        ("Kiến nghị cử tri", "council:petition_list"),
        ("Gửi câu hỏi, kiến nghị", "council:petition_form"),
        ("Tra cứu", "council:petition_lookup"),
    ):
        assert f'<a href="{reverse(url_name)}">{name}</a>' in html


def test_on_a_petition_page_the_register_entry_is_marked_as_its_section():
    petition = PetitionFactory()
    html = page_text(Client().get(petition.get_absolute_url()))
    assert f'<a href="{LIST_URL}" aria-current="true">Kiến nghị cử tri</a>' in html


def _add_petitions(size, sectors, session):
    for n in range(size):
        PetitionFactory(
            sector=sectors[n % 3],
            session=session if n % 2 else None,
            origin=Petition.Origin.SESSION if n % 2 else Petition.Origin.VOTER_MEETING,
            status=Petition.Status.IN_PROGRESS if n % 3 else Petition.Status.RECEIVED,
        )


# Filter menus (3), counts (1), the page (1), the site's menu and sidebar (its "Tin đọc nhiều"
# reads this month's view buckets before its fallback list: one query more while cold).
BUDGET = 13


def test_the_register_costs_the_same_few_queries_whatever_its_size(
    django_assert_max_num_queries, settings
):
    settings.PORTAL_PAGE_CACHE_SECONDS = 0
    sectors = [SectorFactory(name=f"Lĩnh vực {n}", slug=f"linh-vuc-{n}") for n in range(3)]
    session = SessionFactory(term=TermFactory())
    counted = []
    for size in (40, 160):
        _add_petitions(size - len(counted) * 40, sectors, session)
        cache.clear()  # the site's menu and sidebar drawn afresh both times
        with django_assert_max_num_queries(BUDGET) as captured:
            response = Client().get(LIST_URL, {"page": 2, "linh-vuc": "linh-vuc-1"})
        assert response.status_code == 200
        counted.append(len(captured.captured_queries))
    assert Petition.objects.count() == 160
    assert counted[0] == counted[1], counted


def test_a_petition_page_costs_a_fixed_number_of_queries(django_assert_max_num_queries, settings):
    settings.PORTAL_PAGE_CACHE_SECONDS = 0
    petitions = PetitionFactory.create_batch(20, answered=True)
    with django_assert_max_num_queries(8):
        assert Client().get(petitions[7].get_absolute_url()).status_code == 200
