"""Delegates, questions and the schedule in a real browser: a citizen finds their delegate from
a ward typed without marks, reads the questions, subscribes to the schedule's iCalendar feed;
axe on every page, at phone and desktop sizes."""

import datetime

import icalendar
import pytest
from django.utils import timezone
from playwright.sync_api import expect

from tests.council.factories import SessionFactory, TermFactory
from tests.council.people import (
    CommitmentFactory,
    CommitteeFactory,
    CommitteeMembershipFactory,
    ConstituencyFactory,
    DelegateFactory,
    EventFactory,
    MembershipFactory,
    QuestionFactory,
    WardFactory,
)

from .helpers import axe_violations, format_violations

pytestmark = pytest.mark.django_db(transaction=True)


def build_council():
    term = TermFactory()
    first = ConstituencyFactory(term=term, number=1)
    for name in ("Cự Khối", "Thạch Bàn", "Bến Sông"):
        WardFactory(constituency=first, name=name)
    WardFactory(constituency=ConstituencyFactory(term=term, number=2), name="Hòa Bình")
    ha = MembershipFactory(
        term=term, constituency=first, delegate=DelegateFactory(full_name="Nguyễn Thị Thanh Hà")
    ).delegate
    CommitteeMembershipFactory(delegate=ha, term=term, committee=CommitteeFactory(), role="head")
    session = SessionFactory(
        term=term, number=12, video_url="https://www.youtube.com/watch?v=abcdefghijk"
    )
    question = QuestionFactory(session=session, delegate=ha, video_start="42:10")
    CommitmentFactory(question=question)
    start = timezone.localtime().replace(hour=8, minute=0, second=0, microsecond=0)
    morning = EventFactory(title="Tiếp công dân tại phường Cự Khối", starts_at=start, ends_at=None)
    morning.participants.add(ha)
    EventFactory(
        title="Khảo sát trạm bơm Bến Sông",
        kind="khao-sat",
        starts_at=start + datetime.timedelta(days=1, hours=6),
        ends_at=None,
    )
    return ha, question


def assert_accessible(page, name, screenshot):
    screenshot(page, name)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), name
    violations = axe_violations(page)
    assert not violations, f"{name}\n{format_violations(violations)}"


def open_menu(page):
    toggle = page.get_by_role("button", name="Chuyên mục")
    if toggle.is_visible():
        toggle.click()


def test_a_citizen_finds_their_delegate_from_a_ward_typed_without_marks(page, viewport, screenshot):
    ha, question = build_council()
    page.goto("/")
    open_menu(page)
    page.locator("#menu-chuyen-muc").get_by_role("link", name="Đại biểu").click()
    expect(page.locator("main h1")).to_contain_text("Đại biểu HĐND")
    assert_accessible(page, "dai-bieu", screenshot)

    page.get_by_label("Tìm đại biểu của bạn: nhập tên phường, xã nơi bạn ở").fill("cu khoi")
    page.get_by_role("button", name="Tìm đại biểu").click()
    expect(page.locator(".search-summary")).to_contain_text("Phường Cự Khối")
    result = page.locator(".lookup-result")
    expect(result).to_contain_text("Đơn vị bầu cử số 1")
    assert_accessible(page, "tim-dai-bieu", screenshot)

    result.get_by_role("link", name="Nguyễn Thị Thanh Hà").click()
    expect(page.locator("main h1")).to_have_text("Nguyễn Thị Thanh Hà")
    expect(page.locator("main")).to_contain_text("Trưởng Ban Đô thị")
    expect(page.locator("main")).to_contain_text("Tiếp công dân tại phường Cự Khối")
    assert_accessible(page, "dai-bieu-chi-tiet", screenshot)

    page.locator(".question-item__title a").first.click()
    expect(page.locator("main h1")).to_contain_text("chất vấn")
    assert page.locator("iframe").count() == 0
    assert_accessible(page, "chat-van-chi-tiet", screenshot)


def test_an_unknown_ward_is_told_in_vietnamese_and_the_box_keeps_it(page, viewport, screenshot):
    build_council()
    page.goto("/dai-bieu/tim/?phuong=Phuong+Khong+Co")
    expect(page.get_by_role("alert")).to_contain_text("Không tìm thấy phường, xã nào")
    expect(page.locator("#ward-q")).to_have_value("Phuong Khong Co")
    assert_accessible(page, "tim-dai-bieu-khong-thay", screenshot)


def test_a_citizen_reads_the_week_and_subscribes_to_the_ical_feed(page, viewport, screenshot):
    build_council()
    page.goto("/")
    expect(page.locator(".today-events")).to_contain_text("Tiếp công dân tại phường Cự Khối")
    open_menu(page)
    page.locator("#menu-chuyen-muc").get_by_role("link", name="Lịch công tác").click()
    expect(page.locator("main h1")).to_contain_text("Lịch công tác tuần")
    expect(page.locator(".schedule-week")).to_contain_text("Tiếp công dân tại phường Cự Khối")
    assert_accessible(page, "lich-tuan", screenshot)

    feed = page.get_by_role("link", name="Tất cả hoạt động công khai (iCalendar)")
    response = page.request.get(feed.get_attribute("href"))
    assert response.headers["content-type"] == "text/calendar; charset=utf-8"
    calendar = icalendar.Calendar.from_ical(response.body())
    titles = {str(e["SUMMARY"]) for e in calendar.walk("VEVENT")}
    assert "Tiếp công dân tại phường Cự Khối" in titles
    assert [str(z["TZID"]) for z in calendar.walk("VTIMEZONE")] == ["Asia/Ho_Chi_Minh"]

    page.get_by_role("link", name="Tuần sau »").click()
    expect(page.locator("main h1")).to_contain_text("Lịch công tác tuần")
    page.get_by_role("link", name="Xem cả tháng").click()
    expect(page.locator("main h1")).to_contain_text("Lịch công tác tháng")
    assert_accessible(page, "lich-thang", screenshot)

    page.goto("/lich-cong-tac/tuan/2026-W99/")
    expect(page.get_by_role("alert")).to_contain_text("không phải một tuần")
    assert_accessible(page, "lich-sai-dia-chi", screenshot)


def test_the_questions_register_and_committee_pages_pass_axe(page, viewport, screenshot):
    build_council()
    page.goto("/chat-van/")
    expect(page.locator(".question-item")).to_have_count(1)
    page.get_by_label("Tình trạng").select_option(label="Đang theo dõi thực hiện cam kết")
    page.get_by_role("button", name="Tra cứu").click()
    expect(page.locator(".question-item")).to_have_count(1)
    assert_accessible(page, "chat-van", screenshot)
    page.goto("/dai-bieu/ban/ban-do-thi/")
    expect(page.locator("main")).to_contain_text("Nguyễn Thị Thanh Hà")
    assert_accessible(page, "ban-do-thi", screenshot)
    page.goto("/lich-cong-tac/")
    page.get_by_role("link", name="In lịch tuần").click()
    expect(page.locator("h1")).to_contain_text("Lịch công tác tuần")
    assert_accessible(page, "lich-tuan-in", screenshot)
