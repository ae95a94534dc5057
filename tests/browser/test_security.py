"""The Content-Security-Policy blocks nothing the portal itself needs, for readers and for staff."""

import pytest
from playwright.sync_api import expect

from comments.models import Comment
from polls.models import Ballot
from portal.views import CSRF_FAILURE_MESSAGE
from tests.factories import SuperUserFactory

from .helpers import build_site_content

pytestmark = pytest.mark.django_db(transaction=True)

# Collects violations the page itself sees; init scripts are not subject to the page's CSP.
WATCH_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__cspViolations.push(e.violatedDirective + " " + (e.blockedURI || "inline"));
});
"""


def watch_console(page):
    messages = []
    page.on("console", lambda message: messages.append(f"[{message.type}] {message.text}"))
    page.add_init_script(WATCH_VIOLATIONS)
    return messages


def csp_problems(page, messages):
    reported = [m for m in messages if "Content Security Policy" in m]
    return reported + page.evaluate("window.__cspViolations || []")


def test_article_page_works_without_any_csp_violation(page, viewport):
    content = build_site_content()
    messages = watch_console(page)
    response = page.goto(content.article.get_absolute_url())
    assert "script-src 'self'" in response.headers["content-security-policy"]

    # The scripts ran: the text-size buttons are shown, the comment form replaced its link.
    expect(page.locator("[data-font-controls]")).to_be_visible()
    expect(page.locator("form[data-comments-form]")).to_be_visible()
    page.locator('[data-font-step="1"]').click()
    page.locator("form[data-comments-form]").get_by_label("Họ tên").focus()  # loads the captcha
    expect(page.locator("img[data-comments-captcha-image]")).to_be_visible()
    page.reload()  # the stored size is applied by site.js in <head>
    scale = page.evaluate(
        "getComputedStyle(document.documentElement).getPropertyValue('--font-scale')"
    )
    assert float(scale) > 1

    assert not csp_problems(page, messages), "\n".join(csp_problems(page, messages))


@pytest.mark.parametrize("viewport", ["desktop"])
def test_ckeditor_in_the_admin_works_without_any_csp_violation(page, viewport):
    SuperUserFactory(username="quantri")
    messages = watch_console(page)
    page.goto("/quan-tri/")
    page.get_by_label("Tên đăng nhập").fill("quantri")
    page.get_by_label("Mật khẩu").fill("mat-khau-thu-nghiem")
    page.get_by_role("button", name="Đăng nhập").click()
    response = page.goto("/quan-tri/news/article/add/")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    editor = page.locator(".ck-editor__main > .ck-editor__editable")
    expect(editor).to_be_visible()
    editor.click()
    page.keyboard.type("Đoạn văn thử trong trình soạn thảo.")
    expect(editor).to_contain_text("Đoạn văn thử trong trình soạn thảo.")

    assert not csp_problems(page, messages), "\n".join(csp_problems(page, messages))


@pytest.mark.parametrize("viewport", ["phone"])
def test_an_expired_session_is_explained_in_the_poll_and_the_comment_form(page, viewport, settings):
    settings.COMMENTS_MIN_SECONDS = 0
    content = build_site_content()
    page.goto(content.article.get_absolute_url())
    comment_form = page.locator("form[data-comments-form]")
    comment_form.get_by_label("Họ tên").fill("Nguyễn Văn Bình")  # fetches token and captcha
    expect(comment_form.locator("img[data-comments-captcha-image]")).to_be_visible()
    poll = page.locator(".widget--poll")
    with page.expect_response(lambda response: "/bat-dau/" in response.url):
        poll.get_by_label("Giao thông").check()  # fetches the poll's token
    # The page stayed open too long: the CSRF cookie is gone (expired, cleared by the browser).
    page.context.clear_cookies()

    poll.get_by_role("button", name="Bình chọn").click()
    expect(poll.locator("[data-poll-status]")).to_have_text(CSRF_FAILURE_MESSAGE)
    assert not Ballot.objects.exists()

    comment_form.get_by_label("Tiêu đề").fill("Đề nghị nạo vét kênh")
    comment_form.get_by_label("Nội dung").fill("Tôi đề nghị nạo vét kênh thoát nước trước mùa mưa.")
    comment_form.get_by_label("Mã xác nhận").fill("PASSED")
    comment_form.get_by_role("button", name="Gửi bình luận").click()
    expect(comment_form.locator("[data-comments-alert]")).to_have_text(CSRF_FAILURE_MESSAGE)
    assert not Comment.objects.exists()
