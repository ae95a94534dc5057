"""Every kind of reader page, on a phone and on a desktop: screenshots, axe-core, layout, print."""

import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from .helpers import axe_violations, build_site_content, format_violations

pytestmark = pytest.mark.django_db(transaction=True)


def test_reader_pages_fit_the_screen_and_have_no_serious_accessibility_violations(
    page, viewport, screenshot
):
    content = build_site_content()
    pages = {
        "trang-chu": "/",
        "chuyen-muc": content.category_url,
        "bai-viet": content.article.get_absolute_url(),
        "tim-kiem": reverse("news:search") + "?q=ky+hop",
        "ket-qua-binh-chon": reverse("polls:results", args=[content.poll.pk]),
    }
    problems = {}
    for name, url in pages.items():
        response = page.goto(url)
        assert response.status == 200, f"{url} answered {response.status}"
        expect(page.locator("main#noi-dung h1")).to_be_visible()
        screenshot(page, name)
        if not page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"):
            problems[url + " (trang rộng hơn màn hình)"] = "the page scrolls sideways"
        violations = axe_violations(page)
        if violations:
            problems[url] = format_violations(violations)
    assert not problems, "\n".join(f"{url}\n{text}" for url, text in problems.items())


def test_sidebar_comes_after_the_content_on_phones_and_beside_it_on_desktops(page, viewport):
    build_site_content()
    page.goto("/")
    main = page.locator("main#noi-dung").bounding_box()
    aside = page.locator("aside.sidebar").bounding_box()
    if viewport == "phone":
        assert aside["y"] >= main["y"] + main["height"]
        assert aside["width"] == pytest.approx(main["width"], abs=2)
    else:
        assert aside["x"] >= main["x"] + main["width"]
        assert aside["y"] == pytest.approx(main["y"], abs=2)
    # Nothing is wider than the screen: no sideways scrolling on a 360 px phone.
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    expect(page.locator(".widget--gold")).to_contain_text("150.600")
    expect(page.locator(".widget--weather")).to_contain_text("29,5\xa0°C")


def test_category_menu_collapses_behind_a_button_on_phones(page, viewport, screenshot):
    build_site_content()
    page.goto("/")
    toggle = page.get_by_role("button", name="Chuyên mục")
    menu_link = page.locator("#menu-chuyen-muc").get_by_role("link", name="Giám sát")

    if viewport == "desktop":
        expect(toggle).to_be_hidden()
        expect(menu_link).to_be_visible()
        return

    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(menu_link).to_be_hidden()
    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(menu_link).to_be_visible()
    screenshot(page, "menu-chuyen-muc")
    menu_link.focus()
    page.keyboard.press("Escape")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(toggle).to_be_focused()
    expect(menu_link).to_be_hidden()


def test_without_javascript_the_menu_is_simply_open(browser, browser_context_args):
    build_site_content()
    context = browser.new_context(**browser_context_args, java_script_enabled=False)
    page = context.new_page()
    page.goto("/")
    expect(page.locator(".nav-toggle")).to_be_hidden()
    expect(page.locator("#menu-chuyen-muc").get_by_role("link", name="Giám sát")).to_be_visible()
    context.close()


def test_skip_link_appears_on_focus_and_moves_to_the_content(page, viewport):
    build_site_content()
    page.goto("/")
    skip = page.get_by_role("link", name="Bỏ qua, đến nội dung chính")
    page.keyboard.press("Tab")
    expect(skip).to_be_focused()
    box = skip.bounding_box()
    assert box["y"] >= 0, "the skip link must come into view when focused"
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"#noi-dung$"))
    expect(page.locator("main#noi-dung")).to_be_focused()


def test_printed_article_keeps_photos_captions_address_and_qr_but_no_navigation(
    page, viewport, screenshot
):
    content = build_site_content()
    page.goto(content.article.get_absolute_url())
    page.emulate_media(media="print")
    screenshot(page, "bai-viet-ban-in")

    for hidden in (".main-nav", ".search-box", "aside.sidebar", ".article-toolbar"):
        expect(page.locator(hidden).first).to_be_hidden()
    expect(page.locator(".article__cover img")).to_be_visible()
    expect(page.locator(".article__body figcaption")).to_be_visible()
    address = page.locator(".print-address")
    expect(address).to_be_visible()
    expect(address).to_contain_text(content.article.get_absolute_url())
    expect(page.locator(".article__print-qr img")).to_be_visible()
