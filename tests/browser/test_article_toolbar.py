"""The article's tools on a phone and on a desktop: one row of icon buttons, the share menu
(Web Share API, Facebook, Zalo, copy link, e-mail), the QR code in a dialog, and without
JavaScript a menu of plain links and the QR picture."""

import pytest
from playwright.sync_api import expect

from .helpers import axe_violations, build_site_content, format_violations

pytestmark = pytest.mark.django_db(transaction=True)

# Records what the page hands to the Web Share API (the test browser has none of its own).
FAKE_WEB_SHARE = """
window.__shared = [];
Object.defineProperty(navigator, "share", {
  configurable: true,
  value: (data) => { window.__shared.push(data); return Promise.resolve(); },
});
"""


def open_article(page):
    content = build_site_content()
    page.goto(content.article.get_absolute_url())
    return content


def test_toolbar_is_one_row_of_named_buttons_and_the_lead_stays_on_the_first_screen(
    page, viewport, screenshot
):
    open_article(page)
    toolbar = page.locator(".article-toolbar")
    for name in ("Giảm cỡ chữ", "Tăng cỡ chữ"):
        expect(toolbar.get_by_role("button", name=name)).to_be_visible()
    for name in ("In bài", "Mã QR"):
        expect(toolbar.get_by_role("link", name=name)).to_be_visible()
    expect(toolbar.locator(".share-menu summary")).to_have_accessible_name("Chia sẻ")
    tops = page.evaluate(
        """() => [...document.querySelectorAll('.article-toolbar .tool')]
            .filter((el) => el.offsetParent !== null)
            .map((el) => Math.round(el.getBoundingClientRect().top))"""
    )
    assert len(tops) == 5, tops
    assert max(tops) - min(tops) <= 1, f"the tools wrap onto more than one row: {tops}"
    assert toolbar.bounding_box()["height"] < 64
    # No raw address box, and the lead begins on the first screen.
    assert toolbar.locator("input").count() == 0
    sapo = page.locator(".article__sapo").bounding_box()
    assert sapo["y"] < page.viewport_size["height"], sapo
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    screenshot(page, "cong-cu-bai-viet")


def test_share_menu_offers_facebook_zalo_copy_and_email_and_closes_with_escape(
    page, context, viewport, screenshot
):
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    content = open_article(page)
    summary = page.locator(".share-menu summary")
    menu = page.locator(".share-menu__list")
    expect(menu).to_be_hidden()
    summary.click()
    expect(menu).to_be_visible()
    facebook = menu.get_by_role("link", name="Facebook (mở cửa sổ mới)")
    expect(facebook).to_be_visible()
    assert facebook.get_attribute("href").startswith("https://www.facebook.com/sharer/")
    assert (
        menu.get_by_role("link", name="Zalo (mở cửa sổ mới)")
        .get_attribute("href")
        .startswith("https://button-share.zalo.me/")
    )
    email = menu.get_by_role("link", name="Gửi qua e-mail")
    assert email.get_attribute("href").startswith("mailto:?subject=")
    # Without the Web Share API the menu does not offer it.
    expect(menu.get_by_role("button", name="Chia sẻ qua ứng dụng…")).to_be_hidden()
    # The menu opens over the article instead of pushing it down, and stays on the screen.
    box = menu.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= page.viewport_size["width"]
    screenshot(page, "menu-chia-se")
    violations = axe_violations(page, ".article-toolbar")
    assert not violations, format_violations(violations)

    menu.get_by_role("button", name="Sao chép liên kết").click()
    expect(page.locator("[data-copy-status]")).to_have_text("Đã sao chép liên kết.")
    # The message shows under the row: the row neither wraps nor pushes the page sideways.
    assert page.locator(".article-toolbar").bounding_box()["height"] < 64
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    expect(menu).to_be_hidden()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.endswith(content.article.get_absolute_url())

    summary.focus()
    page.keyboard.press("Enter")
    expect(menu).to_be_visible()
    page.keyboard.press("Tab")
    page.keyboard.press("Escape")
    expect(menu).to_be_hidden()
    expect(summary).to_be_focused()


def test_phones_with_the_web_share_api_get_it_first_in_the_menu(page, viewport):
    page.add_init_script(FAKE_WEB_SHARE)
    content = open_article(page)
    page.locator(".share-menu summary").click()
    items = page.locator(".share-menu__list li:visible")
    expect(items.first).to_have_text("Chia sẻ qua ứng dụng…")
    items.first.get_by_role("button").click()
    shared = page.evaluate("window.__shared")
    assert len(shared) == 1
    assert shared[0]["url"].endswith(content.article.get_absolute_url())
    assert shared[0]["title"] == content.article.title
    expect(page.locator(".share-menu__list")).to_be_hidden()


def test_qr_code_opens_in_a_dialog_and_escape_gives_focus_back(page, viewport, screenshot):
    open_article(page)
    opener = page.get_by_role("link", name="Mã QR")
    opener.focus()
    page.keyboard.press("Enter")
    dialog = page.get_by_role("dialog", name="Mã QR của bài viết")
    expect(dialog).to_be_visible()
    picture = dialog.get_by_role("img", name="Mã QR dẫn tới địa chỉ bài viết")
    expect(picture).to_be_visible()
    page.wait_for_function(
        "() => document.querySelector('.qr-dialog img').naturalWidth > 0", timeout=5000
    )
    expect(dialog.get_by_role("button", name="Đóng")).to_be_focused()
    assert page.evaluate("location.pathname").endswith("/")  # stayed on the article
    screenshot(page, "hop-ma-qr")
    violations = axe_violations(page)
    assert not violations, format_violations(violations)
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(opener).to_be_focused()
    # The close button does the same.
    opener.click()
    dialog.get_by_role("button", name="Đóng").click()
    expect(dialog).to_be_hidden()


def test_without_javascript_the_menu_is_plain_links_and_the_qr_link_opens_the_picture(
    browser, browser_context_args
):
    content = build_site_content()
    context = browser.new_context(**browser_context_args, java_script_enabled=False)
    page = context.new_page()
    page.goto(content.article.get_absolute_url())
    # The size buttons and the script-only menu entries stay hidden.
    expect(page.get_by_role("button", name="Tăng cỡ chữ")).to_be_hidden()
    page.locator(".share-menu summary").click()
    menu = page.locator(".share-menu__list")
    expect(menu.get_by_role("link", name="Facebook (mở cửa sổ mới)")).to_be_visible()
    expect(menu.get_by_role("link", name="Gửi qua e-mail")).to_be_visible()
    expect(menu.get_by_role("button", name="Sao chép liên kết")).to_be_hidden()
    expect(menu.get_by_role("button", name="Chia sẻ qua ứng dụng…")).to_be_hidden()
    page.get_by_role("link", name="Mã QR").click()
    page.wait_for_url(f"**/tin-tuc/{content.article.slug}/qr.svg")
    context.close()
