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
