"""Voters' petitions in a real browser: a citizen sends a question and looks its status up with
the code; a clerk answers it in the admin and the look-up shows the answer; axe on every page."""

import re

import pytest
from playwright.sync_api import expect

from council.petitions import Petition
from tests.council.factories import SectorFactory, make_clerk
from tests.council.petition_factories import AgencyFactory, PetitionFactory, SubmissionFactory

from .admin_helpers import english_left
from .helpers import axe_violations, format_violations

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "mat-khau-thu-nghiem"


def build_register():
    sector = SectorFactory(name="Đất đai – Đô thị", slug="dat-dai-do-thi")
    agency = AgencyFactory()
    PetitionFactory.create_batch(3, sector=sector, agency=agency)
    PetitionFactory.create_batch(2, sector=sector, agency=agency, answered=True)
    return sector


def assert_accessible(page, name, screenshot):
    screenshot(page, name)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), name
    violations = axe_violations(page)
    assert not violations, f"{name}\n{format_violations(violations)}"


def test_citizen_sends_a_question_and_looks_up_its_status_with_the_code(
    page, viewport, screenshot, settings
):
    settings.PETITIONS_MIN_SECONDS = 0  # the browser is faster than a person
    build_register()
    page.goto("/kien-nghi/")
    expect(page.locator(".petition-counts")).to_contain_text("Đã trả lời 2/5")
    assert_accessible(page, "kien-nghi-cu-tri", screenshot)

    page.locator("main").get_by_role("link", name="Gửi câu hỏi, kiến nghị").first.click()
    expect(page.get_by_role("heading", name="Gửi câu hỏi, kiến nghị")).to_be_visible()
    form = page.locator("form.petition-form")
    form.get_by_label("Câu hỏi").check()
    form.get_by_label("Họ tên").fill("Lê Thị Hồng")
    form.get_by_label("Nơi cư trú (phường, xã)").fill("phường Bến Sông")
    form.get_by_label("Số điện thoại").fill("0912 345 678")
    form.get_by_label("Lĩnh vực").select_option(label="Đất đai – Đô thị")
    form.get_by_label("Tiêu đề").fill("Khi nào sửa cống thoát nước hẻm 18?")
    # First without marks: refused with the hint, and what was typed stays in the form.
    form.get_by_label("Nội dung").fill(
        "Cong thoat nuoc dau hem 18 bi vo nap hon hai thang nay, rat nguy hiem cho tre em"
    )
    form.get_by_label("Mã xác nhận").fill("PASSED")
    assert_accessible(page, "gui-cau-hoi", screenshot)
    form.get_by_role("button", name="Gửi câu hỏi, kiến nghị", exact=True).last.click()
    expect(page.locator(".field-error:not([hidden])").first).to_contain_text(
        "Hãy sử dụng tiếng Việt có dấu"
    )
    expect(form.get_by_label("Họ tên")).to_have_value("Lê Thị Hồng")
    assert not Petition.objects.waiting().exists()
    assert_accessible(page, "gui-cau-hoi-loi", screenshot)

    form.get_by_label("Nội dung").fill(
        "Cống thoát nước đầu hẻm 18 bị vỡ nắp hơn hai tháng nay, rất nguy hiểm cho trẻ em."
    )
    form.get_by_label("Mã xác nhận").fill("PASSED")
    form.get_by_role("button", name="Gửi câu hỏi, kiến nghị", exact=True).last.click()

    petition = Petition.objects.waiting().get()
    expect(page.locator(".messages")).to_contain_text(f"Mã tra cứu của bạn là {petition.code}")
    expect(page.locator("[data-petition-status]")).to_have_text("Chờ xem xét")

    # Later, from another browser: "Tra cứu" with the code typed by hand, in lower case.
    page.context.clear_cookies()
    page.goto("/kien-nghi/tra-cuu/")
    page.get_by_label("Mã tra cứu").fill("kn-2026-0000-0000")
    page.get_by_role("button", name="Tra cứu").click()
    expect(page.locator("#lookup-ma_error")).to_contain_text("Không tìm thấy")
    expect(page.get_by_label("Mã tra cứu")).to_have_value("kn-2026-0000-0000")
    assert_accessible(page, "tra-cuu-sai-ma", screenshot)
    page.get_by_label("Mã tra cứu").fill(petition.code.lower())
    page.get_by_role("button", name="Tra cứu").click()
    expect(page.locator("[data-petition-status]")).to_have_text("Chờ xem xét")
    expect(page.locator("main")).to_contain_text("Khi nào sửa cống thoát nước hẻm 18?")
    expect(page.locator("main")).not_to_contain_text("0912")
    assert_accessible(page, "tra-cuu", screenshot)


@pytest.mark.parametrize("viewport", ["desktop"])
def test_clerk_answers_a_question_in_the_admin_and_the_look_up_shows_the_answer(
    page, viewport, screenshot
):
    build_register()
    question = SubmissionFactory(title="Khi nào sửa cống thoát nước hẻm 18?")
    make_clerk()

    page.goto("/quan-tri/login/")
    page.get_by_label("Tên đăng nhập").fill("vanthu")
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.goto("/quan-tri/council/petition/?status__exact=submitted")
    row = page.locator("#result_list tbody tr", has_text=question.code)
    row.locator("input[type=checkbox]").check()
    page.locator("select[name=action]").select_option(label="Công bố kèm trả lời…")
    page.locator("button[name=index]").click()

    expect(page.locator("#content-main")).to_contain_text(question.code)
    page.get_by_label("Nội dung trả lời").fill(
        "UBND quận Bến Sông đã thay nắp cống đầu hẻm 18 ngày 20/11; đề nghị người dân báo ngay "
        "cho tổ dân phố khi thấy nắp cống hỏng."
    )
    page.get_by_label("Đã giải quyết").check()
    screenshot(page, "quan-tri-tra-loi-kien-nghi")
    assert english_left(page) == []
    page.get_by_role("button", name="Công bố kèm trả lời").click()
    expect(page.locator(".messagelist")).to_contain_text("Đã công bố kèm trả lời 1 kiến nghị")

    page.context.clear_cookies()
    page.goto(f"/kien-nghi/tra-cuu/?ma={question.code}")
    expect(page.locator("[data-petition-status]")).to_have_text("Đã giải quyết")
    expect(page.locator(".petition-answer")).to_contain_text("đã thay nắp cống đầu hẻm 18")
    assert_accessible(page, "tra-cuu-da-tra-loi", screenshot)

    page.get_by_role("link", name="Xem trang công khai của kiến nghị này").click()
    expect(page).to_have_url(re.compile(rf"/kien-nghi/{question.pk}/$"))
    expect(page.locator(".petition-answer")).to_contain_text("đã thay nắp cống đầu hẻm 18")
    assert_accessible(page, "kien-nghi-trang", screenshot)
    page.goto("/kien-nghi/")
    expect(page.locator(".petition-counts")).to_contain_text("Đã trả lời 3/6")
