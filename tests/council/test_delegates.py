"""Delegates: the directory and its filters, "Tìm đại biểu của bạn", a delegate's page and the
committees, served without a cookie from the page cache and forgotten on an edit."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from council import delegates as delegate_lookup
from council.models import CommitteeMembership, Delegate, Ward

from .factories import SessionFactory, TermFactory
from .people import (
    CommitteeFactory,
    CommitteeMembershipFactory,
    ConstituencyFactory,
    DelegateFactory,
    DelegateGroupFactory,
    EventFactory,
    MembershipFactory,
    QuestionFactory,
    WardFactory,
    png_bytes,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def council():
    term = TermFactory()
    first = ConstituencyFactory(term=term, number=1)
    second = ConstituencyFactory(term=term, number=2)
    WardFactory(constituency=first, name="Cự Khối")
    WardFactory(constituency=first, name="Thạch Bàn")
    WardFactory(constituency=second, name="Cụ Khê", kind=Ward.Kind.COMMUNE)
    group = DelegateGroupFactory()
    ha = MembershipFactory(
        term=term,
        constituency=first,
        delegate_group=group,
        delegate=DelegateFactory(full_name="Nguyễn Thị Thanh Hà"),
    ).delegate
    lan = MembershipFactory(
        term=term,
        constituency=second,
        delegate_group=DelegateGroupFactory(name="Tổ đại biểu số 2", slug="to-2"),
        delegate=DelegateFactory(full_name="Bùi Thị Mai Lan"),
    ).delegate
    CommitteeMembershipFactory(
        delegate=ha, term=term, committee=CommitteeFactory(), role=CommitteeMembership.Role.HEAD
    )
    return {"term": term, "ha": ha, "lan": lan, "first": first, "second": second}


def test_a_ward_typed_without_marks_finds_its_constituency_and_delegates(client, council):
    response = client.get("/dai-bieu/tim/", {"phuong": "cu khoi"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Phường Cự Khối" in html
    assert "Đơn vị bầu cử số 1" in html
    assert "Nguyễn Thị Thanh Hà" in html
    assert "Bùi Thị Mai Lan" not in html


def test_the_ward_look_up_ignores_the_kind_word_case_and_marks_typed_differently():
    for typed in ("Phường CỰ KHỐI", "p. cu khoi", "  cự   khối ", "CU KHOI"):
        assert delegate_lookup.fold_ward_query(typed) == "cu khoi", typed


def test_the_exact_ward_ranks_before_wards_that_only_contain_the_words(council):
    WardFactory(constituency=council["second"], name="Cự Khối Mới")
    result = delegate_lookup.find_ward("cự khối")
    assert [w.name for w in result.wards] == ["Cự Khối", "Cự Khối Mới"]


def test_an_unknown_ward_gets_a_vietnamese_message_and_a_404(client, council):
    response = client.get("/dai-bieu/tim/", {"phuong": "Không Có Phường Này"})
    assert response.status_code == 404
    html = response.content.decode()
    assert "Không tìm thấy phường, xã nào có tên “Không Có Phường Này”" in html
    # What was typed stays in the box, and every constituency is listed to help.
    assert 'value="Không Có Phường Này"' in html
    assert "Đơn vị bầu cử số 2" in html


@pytest.mark.parametrize("typed", ["x" * 81, "a", "<script>alert(1)</script>" * 5])
def test_a_query_that_cannot_be_looked_up_is_a_bad_request_never_an_error(client, council, typed):
    response = client.get("/dai-bieu/tim/", {"phuong": typed})
    assert response.status_code in (400, 404)
    assert "<script>alert(1)" not in response.content.decode()


def test_the_directory_filters_by_committee_group_and_constituency(client, council):
    html = client.get("/dai-bieu/", {"ban": "ban-do-thi"}).content.decode()
    assert "Nguyễn Thị Thanh Hà" in html and "Bùi Thị Mai Lan" not in html
    assert "Trưởng Ban Đô thị" in html
    html = client.get("/dai-bieu/", {"to": "to-2"}).content.decode()
    assert "Bùi Thị Mai Lan" in html and "Nguyễn Thị Thanh Hà" not in html
    html = client.get("/dai-bieu/", {"don-vi": council["first"].slug}).content.decode()
    assert "Nguyễn Thị Thanh Hà" in html and "Bùi Thị Mai Lan" not in html
    html = client.get("/dai-bieu/", {"khoa": council["term"].slug}).content.decode()
    assert "Nguyễn Thị Thanh Hà" in html and "Bùi Thị Mai Lan" in html


def test_a_bad_filter_is_dropped_with_a_vietnamese_note_and_a_400(client, council):
    response = client.get("/dai-bieu/", {"ban": "ban-khong-co", "to": "to-2"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Không có ban “ban-khong-co”; bộ lọc này đã được bỏ qua." in html
    assert "Bùi Thị Mai Lan" in html  # the other filter still applies


def test_the_delegate_page_shows_posts_questions_schedule_and_office_contact(client, council):
    ha = council["ha"]
    question = QuestionFactory(delegate=ha, session=SessionFactory(term=council["term"]))
    event = EventFactory(title="Tiếp công dân tại phường Cự Khối")
    event.starts_at = event.starts_at.replace(year=2099)
    event.ends_at = None
    event.save()
    event.participants.add(ha)
    html = client.get(ha.get_absolute_url()).content.decode()
    assert "Trưởng Ban Đô thị" in html
    assert "Phường Cự Khối, Phường Thạch Bàn" in html
    assert question.get_absolute_url() in html
    assert "Tiếp công dân tại phường Cự Khối" in html
    assert "0243 826 1234" in html and "vanphong@hdnd.example.vn" in html
    assert f"/dai-bieu/{ha.slug}/lich-cong-tac.ics" in html


def test_a_hidden_delegate_has_no_page(client, council):
    Delegate.objects.filter(pk=council["lan"].pk).update(is_published=False)
    assert client.get(council["lan"].get_absolute_url()).status_code == 404
    assert "Bùi Thị Mai Lan" not in client.get("/dai-bieu/").content.decode()


def test_the_committee_pages_list_their_members_with_roles(client, council):
    html = client.get("/dai-bieu/ban/").content.decode()
    assert "/dai-bieu/ban/ban-do-thi/" in html
    html = client.get("/dai-bieu/ban/ban-do-thi/").content.decode()
    assert "Nguyễn Thị Thanh Hà" in html and "Trưởng Ban" in html
    assert client.get("/dai-bieu/ban/khong-co/").status_code == 404


def test_delegate_slugs_never_take_the_look_up_or_committee_addresses():
    assert DelegateFactory(full_name="Tìm").slug != "tim"
    assert DelegateFactory(full_name="Ban").slug != "ban"


def test_a_portrait_goes_through_the_image_pipeline_with_renditions(client, council):
    ha = council["ha"]
    ha.portrait = SimpleUploadedFile("chan-dung.png", png_bytes((900, 1200)), "image/png")
    ha.save()
    assert ha.portrait.name.startswith("dai-bieu/")
    assert ha.portrait.name != "chan-dung.png"
    assert ha.portrait_renditions["files"]
    card = ha.portrait_card
    assert card["width"] == 320 and card["height"] == 427
    assert card["src"].endswith("-320.webp")
    html = client.get(ha.get_absolute_url()).content.decode()
    assert card["src"] in html


def test_anonymous_delegate_pages_set_no_cookie_and_come_from_the_page_cache(client, council):
    url = council["ha"].get_absolute_url()
    for path in (url, "/dai-bieu/", "/dai-bieu/tim/?phuong=cu+khoi", "/dai-bieu/ban/"):
        first = client.get(path)
        assert first.status_code == 200 and not first.cookies, path
        second = client.get(path)
        assert second["X-Page-Cache"] == "hit", path


def test_renaming_a_delegate_shows_on_the_cached_pages_at_once(client, council):
    ha = council["ha"]
    client.get(ha.get_absolute_url())
    client.get("/dai-bieu/")
    ha.full_name = "Nguyễn Thị Thanh Hà Mới"
    ha.save()
    assert "Thanh Hà Mới" in client.get(ha.get_absolute_url()).content.decode()
    assert "Thanh Hà Mới" in client.get("/dai-bieu/").content.decode()


def test_every_page_reaches_the_council_menu_group(client, council):
    html = client.get("/").content.decode()
    for name, url in (
        ("Đại biểu", "/dai-bieu/"),
        ("Chất vấn", "/chat-van/"),
        ("Lịch công tác", "/lich-cong-tac/"),
    ):
        assert f'<a href="{url}">{name}</a>' in html
    html = client.get("/dai-bieu/").content.decode()
    assert '<a href="/dai-bieu/" aria-current="page">Đại biểu</a>' in html
