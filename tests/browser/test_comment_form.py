"""The comment form under an article in a real browser: refusals shown in place."""

import pytest
from playwright.sync_api import expect

from comments.models import Comment
from tests.news.factories import ArticleFactory

pytestmark = pytest.mark.django_db(transaction=True)

UNACCENTED = "Toi de nghi thanh pho sua duong Ben Song truoc mua mua nam nay."
ACCENTED = "Tôi đề nghị thành phố sửa đường Bến Sông trước mùa mưa năm nay."


@pytest.mark.parametrize("viewport", ["phone"])
def test_a_refused_comment_shows_its_error_in_place_and_keeps_the_text(page, viewport, settings):
    settings.COMMENTS_MIN_SECONDS = 0
    article = ArticleFactory(title="Đường Bến Sông sẽ được nâng cấp")
    page.goto(article.get_absolute_url())
    form = page.locator("form[data-comments-form]")
    expect(page.get_by_role("link", name="Viết bình luận")).to_be_hidden()
    form.get_by_label("Họ tên").fill("Lê Thị Hồng")
    form.get_by_label("Tiêu đề").fill("Góp ý về đường Bến Sông")
    form.get_by_label("Nội dung").fill(UNACCENTED)
    picture = form.locator("img[data-comments-captcha-image]")
    expect(picture).to_be_visible()
    first_picture = picture.get_attribute("src")
    form.get_by_label("Mã xác nhận").fill("PASSED")
    form.get_by_role("button", name="Gửi bình luận").click()

    error = form.locator("#comment-content_error")
    expect(error).to_contain_text("tiếng Việt có dấu")
    content = form.get_by_label("Nội dung")
    expect(content).to_have_value(UNACCENTED)
    expect(content).to_have_attribute("aria-invalid", "true")
    assert "comment-content_error" in content.get_attribute("aria-describedby")
    expect(content).to_be_focused()
    expect(picture).not_to_have_attribute("src", first_picture)  # the old answer is spent
    expect(form.get_by_label("Mã xác nhận")).to_have_value("")
    assert Comment.objects.count() == 0

    content.fill(ACCENTED)
    form.get_by_label("Mã xác nhận").fill("PASSED")
    form.get_by_role("button", name="Gửi bình luận").click()
    expect(form.locator("[data-comments-status]")).to_contain_text("đang chờ kiểm duyệt")
    expect(error).to_be_hidden()
    expect(content).not_to_have_attribute("aria-invalid", "true")
    expect(content).to_have_value("")
    assert Comment.objects.get().content == ACCENTED


@pytest.mark.parametrize("viewport", ["phone"])
def test_too_many_captchas_shows_the_servers_message_not_a_network_error(page, viewport, settings):
    settings.COMMENTS_CAPTCHA_RATE_LIMIT = 1
    article = ArticleFactory()
    page.goto(article.get_absolute_url())
    form = page.locator("form[data-comments-form]")
    form.get_by_label("Họ tên").fill("Lê Thị Hồng")  # the first captcha: the only one allowed
    expect(form.locator("img[data-comments-captcha-image]")).to_be_visible()

    form.get_by_role("button", name="Lấy lại mã bảo mật").click()

    alert = form.locator("[data-comments-alert]")
    expect(alert).to_contain_text("Bạn đã yêu cầu quá nhiều mã xác nhận")
    expect(alert).not_to_contain_text("Không kết nối được máy chủ")


@pytest.mark.parametrize("viewport", ["phone"])
def test_an_article_closed_after_the_page_loaded_says_so_when_the_form_starts(page, viewport):
    article = ArticleFactory()
    page.goto(article.get_absolute_url())
    article.allow_comments = False
    article.save()
    form = page.locator("form[data-comments-form]")
    form.get_by_label("Họ tên").fill("Lê Thị Hồng")

    expect(form.locator("[data-comments-alert]")).to_have_text("Bài viết này không nhận bình luận.")


@pytest.mark.parametrize("viewport", ["phone"])
def test_a_server_error_page_gets_the_general_message(page, viewport, settings):
    settings.COMMENTS_MIN_SECONDS = 0
    article = ArticleFactory()
    page.goto(article.get_absolute_url())
    form = page.locator("form[data-comments-form]")
    form.get_by_label("Họ tên").fill("Lê Thị Hồng")
    form.get_by_label("Tiêu đề").fill("Góp ý về đường Bến Sông")
    form.get_by_label("Nội dung").fill(ACCENTED)
    expect(form.locator("img[data-comments-captcha-image]")).to_be_visible()
    form.get_by_label("Mã xác nhận").fill("PASSED")
    page.route(
        "**/binh-luan/**",
        lambda route: (
            route.fulfill(status=500, content_type="text/html", body="<h1>Lỗi máy chủ</h1>")
            if route.request.method == "POST"
            else route.continue_()
        ),
    )
    form.get_by_role("button", name="Gửi bình luận").click()

    expect(form.locator("[data-comments-alert]")).to_contain_text("Không kết nối được máy chủ")
    expect(form.locator("[data-comments-status]")).to_be_hidden()
    expect(form.get_by_label("Nội dung")).to_have_value(ACCENTED)
