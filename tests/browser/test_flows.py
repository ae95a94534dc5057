"""What citizens and council clerks do, end to end in a real browser."""

import re

import pytest
from django.contrib.auth.models import Group, Permission
from playwright.sync_api import expect

from comments.models import Comment
from news.demo_images import draw_scene
from news.models import Article
from news.permissions import EDITOR_GROUP, ROLE_PERMISSIONS
from polls.models import Ballot
from tests.factories import EditorFactory
from tests.news.factories import CategoryFactory
from tests.polls.factories import PollFactory

from .helpers import axe_violations, build_site_content, format_violations

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "mat-khau-thu-nghiem"


def font_size(locator):
    return float(locator.evaluate("el => parseFloat(getComputedStyle(el).fontSize)"))


def test_citizen_reads_an_article_and_larger_text_stays_on_the_next_page(
    page, viewport, screenshot
):
    content = build_site_content()
    page.goto("/")
    page.get_by_role("link", name=content.article.title).first.click()
    expect(page.locator("h1.article__title")).to_have_text(content.article.title)
    body = page.locator(".article__body")
    normal = font_size(body)

    page.locator('[data-font-step="1"]').click()
    page.locator('[data-font-step="1"]').click()
    larger = font_size(body)
    assert larger > normal

    page.locator(".article-lists").get_by_role("link").first.click()
    expect(page.locator("h1.article__title")).not_to_have_text(content.article.title)
    assert font_size(page.locator(".article__body")) == pytest.approx(larger)
    screenshot(page, "bai-viet-chu-lon")

    page.locator('[data-font-step="-1"]').click()
    assert font_size(page.locator(".article__body")) < larger


def test_citizen_votes_in_the_sidebar_poll_with_javascript(page, viewport, screenshot):
    content = build_site_content()
    page.goto(content.article.get_absolute_url())
    poll = page.locator(".widget--poll")
    poll.get_by_label("Trường học và y tế").check()
    poll.get_by_role("button", name="Bình chọn").click()

    expect(poll.locator(".poll-done")).to_be_visible()
    expect(poll.locator(".poll-results")).to_contain_text("Trường học và y tế")
    expect(page).to_have_url(re.compile(re.escape(content.article.get_absolute_url()) + "$"))
    assert Ballot.objects.filter(poll=content.poll).count() == 1
    screenshot(page, "binh-chon-xong")

    # The next page is the same cached page for everyone; the script reads the voter cookie.
    page.reload()
    expect(poll.locator(".poll-done")).to_have_text("Bạn đã bình chọn câu hỏi này. Cảm ơn bạn!")
    expect(poll.locator("form")).to_have_count(0)


@pytest.mark.parametrize("viewport", ["phone"])
def test_citizen_votes_on_the_poll_page_whose_poll_the_sidebar_only_links_to(page, viewport):
    content = build_site_content()
    page.goto(content.poll.get_absolute_url())
    expect(page.locator(".widget--poll form")).to_have_count(0)
    expect(page.locator(".widget--poll")).to_contain_text("Xem kết quả")
    form = page.locator("main form[data-poll-form]")
    form.get_by_role("button", name="Bình chọn").click()
    # The server's message, not a copy kept in the script.
    expect(form.locator("[data-poll-status]")).to_contain_text("Bạn chưa chọn phương án nào")

    form.get_by_label("Giao thông").check()
    form.get_by_role("button", name="Bình chọn").click()

    expect(page.locator("main .poll-done")).to_be_visible()
    expect(page.locator("main .poll-results")).to_contain_text("Giao thông")
    assert Ballot.objects.filter(poll=content.poll).count() == 1


@pytest.mark.parametrize("viewport", ["phone"])
def test_too_many_choices_are_explained_by_the_server_and_nothing_is_saved(page, viewport):
    poll = PollFactory(multiple=True, choices=["Điện", "Đường", "Trường", "Trạm"])
    page.goto(poll.get_absolute_url())
    form = page.locator("main form[data-poll-form]")
    for label in ("Điện", "Đường", "Trường"):
        form.get_by_label(label).check()
    form.get_by_role("button", name="Bình chọn").click()

    expect(form.locator("[data-poll-status]")).to_have_text(
        "Bạn chỉ được chọn tối đa 2 phương án; bạn đã chọn 3."
    )
    expect(form.get_by_role("button", name="Bình chọn")).to_be_enabled()
    assert not Ballot.objects.exists()


def test_citizen_votes_without_javascript_and_lands_on_the_results(
    browser, browser_context_args, viewport
):
    content = build_site_content()
    context = browser.new_context(**browser_context_args, java_script_enabled=False)
    page = context.new_page()
    page.goto(content.article.get_absolute_url())
    poll = page.locator(".widget--poll")
    poll.get_by_label("Chống ngập đô thị").check()
    poll.get_by_role("button", name="Bình chọn").click()

    # The cached page carries no token: the ballot page has it, with the choice still ticked.
    expect(page).to_have_url(re.compile(r"/binh-chon/\d+/phieu/\?choice=\d+$"))
    form = page.locator("main form[data-poll-form]")
    expect(form.get_by_label("Chống ngập đô thị")).to_be_checked()
    form.get_by_role("button", name="Gửi phiếu").click()

    expect(page).to_have_url(re.compile(r"/binh-chon/\d+/ket-qua/$"))
    expect(page.locator(".messages")).to_be_visible()
    expect(page.locator("main .poll-results")).to_contain_text("Chống ngập đô thị")
    assert Ballot.objects.filter(poll=content.poll).count() == 1
    context.close()


COMMENT = (
    "Tôi đề nghị HĐND thành phố giám sát việc nạo vét kênh thoát nước ở phường Trung Tâm "
    "trước mùa mưa, vì năm nào khu phố tôi cũng bị ngập sâu."
)
PENDING = "Bình luận của bạn đã được gửi và đang chờ kiểm duyệt."


def fill_comment(form):
    form.get_by_label("Họ tên").fill("Nguyễn Văn Bình")
    form.get_by_label("Tiêu đề").fill("Đề nghị nạo vét kênh trước mùa mưa")
    form.get_by_label("Nội dung").fill(COMMENT)


def test_citizen_refreshes_the_captcha_keeping_the_comment_and_sends_it(
    page, viewport, settings, screenshot
):
    settings.COMMENTS_MIN_SECONDS = 0  # the anti-bot delay; a test types faster than a person
    content = build_site_content()
    page.goto(content.article.get_absolute_url())
    form = page.locator("form[data-comments-form]")
    fill_comment(form)
    captcha = form.locator("img[data-comments-captcha-image]")
    expect(captcha).to_have_attribute("src", re.compile(r"/captcha/image/"))
    first_picture = captcha.get_attribute("src")

    form.get_by_role("button", name="Lấy lại mã bảo mật").click()

    expect(captcha).not_to_have_attribute("src", first_picture)
    expect(form.get_by_label("Nội dung")).to_have_value(COMMENT)
    expect(form.get_by_label("Họ tên")).to_have_value("Nguyễn Văn Bình")
    form.get_by_label("Mã xác nhận").fill("PASSED")
    screenshot(page, "binh-luan-truoc-khi-gui")
    form.get_by_role("button", name="Gửi bình luận").click()

    expect(form.locator("[data-comments-status]")).to_have_text(PENDING)
    comment = Comment.objects.get(article=content.article)
    assert comment.status == Comment.Status.PENDING and comment.content == COMMENT
    expect(page.locator(".comments__list")).to_have_count(0)  # shown only once approved


@pytest.mark.parametrize("viewport", ["phone"])
def test_without_javascript_the_comment_form_page_keeps_the_text_across_a_new_captcha(
    browser, browser_context_args, viewport, settings
):
    settings.COMMENTS_MIN_SECONDS = 0
    content = build_site_content()
    context = browser.new_context(**browser_context_args, java_script_enabled=False)
    page = context.new_page()
    page.goto(content.article.get_absolute_url())
    page.get_by_role("link", name="Viết bình luận").click()
    form = page.locator("form[data-comments-form]")
    fill_comment(form)
    first_picture = form.locator("img.comment-captcha__image").get_attribute("src")

    form.get_by_role("button", name="Lấy lại mã bảo mật").click()

    expect(form.locator("img.comment-captcha__image")).not_to_have_attribute("src", first_picture)
    expect(form.get_by_label("Nội dung")).to_have_value(COMMENT)
    form.get_by_label("Mã xác nhận").fill("PASSED")
    form.get_by_role("button", name="Gửi bình luận").click()

    expect(page.locator(".messages")).to_contain_text(PENDING)
    # Drawn where the redirect to #binh-luan lands, so the reader sees it without scrolling up.
    expect(page.locator("#binh-luan .messages[role=status]")).to_be_in_viewport()
    assert (
        Comment.objects.filter(article=content.article, status=Comment.Status.PENDING).count() == 1
    )
    context.close()


@pytest.mark.parametrize("viewport", ["phone"])
def test_comment_errors_are_written_next_to_their_fields_and_announced(page, viewport, screenshot):
    content = build_site_content()
    page.goto(content.article.get_absolute_url())
    form = page.locator("form[data-comments-form]")
    form.get_by_label("Họ tên").fill("Nguyen Van Binh")
    form.get_by_label("Nội dung").fill("Toi de nghi nao vet kenh thoat nuoc truoc mua mua.")
    form.get_by_role("button", name="Gửi bình luận").click()

    title = form.get_by_label("Tiêu đề")
    expect(title).to_have_attribute("aria-invalid", "true")
    for field in form.locator("[aria-invalid=true]").all():
        described = (field.get_attribute("aria-describedby") or "").split()
        errors = [page.locator(f"#{i}") for i in described if i.endswith("_error")]
        assert errors, f"{field.get_attribute('name')} has no error tied to it"
        expect(errors[0]).to_be_visible()
        expect(errors[0]).not_to_be_empty()
    # Typed text stays; the reader fixes it rather than starting again.
    expect(form.get_by_label("Nội dung")).to_have_value(
        "Toi de nghi nao vet kenh thoat nuoc truoc mua mua."
    )
    expect(page.locator(":focus")).to_have_attribute("aria-invalid", "true")
    screenshot(page, "binh-luan-loi")
    violations = axe_violations(page, within="#binh-luan")
    assert not violations, format_violations(violations)
    assert not Comment.objects.exists()


def make_editor():
    """An editor ("Biên tập viên") with the role's permissions (the tests flush migration data)."""
    group, _ = Group.objects.get_or_create(name=EDITOR_GROUP)
    group.permissions.set(
        [
            Permission.objects.get(content_type__app_label=app, codename=codename)
            for app, codename in ROLE_PERMISSIONS[EDITOR_GROUP]
        ]
    )
    return EditorFactory(username="bientap", first_name="Hà", last_name="Trần Thu")


@pytest.mark.parametrize("viewport", ["desktop"])
def test_clerk_writes_an_article_with_a_photo_in_ckeditor_and_publishes_it(
    page, viewport, screenshot
):
    make_editor()
    CategoryFactory(name="Giám sát", slug="giam-sat")
    title = "Thường trực HĐND giám sát công tác nạo vét sông Minh Giang"

    page.goto("/quan-tri/")
    page.get_by_label("Tên đăng nhập").fill("bientap")
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.goto("/quan-tri/news/article/add/")

    page.get_by_label("Tiêu đề:").fill(title)
    page.get_by_label("Chuyên mục:").select_option(label="Giám sát")
    page.get_by_label("Sapo (tóm tắt):").fill("Đoàn giám sát kiểm tra ba đoạn bờ sông vừa nạo vét.")
    editor = page.locator(".ck-editor__main > .ck-editor__editable")
    editor.click()
    page.keyboard.type("Sáng nay, đoàn giám sát đã đi kiểm tra thực tế ba đoạn bờ sông.")
    page.keyboard.press("Enter")
    page.locator(".ck-toolbar input[type=file]").set_input_files(
        {
            "name": "bo-song.jpg",
            "mimeType": "image/jpeg",
            "buffer": draw_scene("river", seed=7, size=(800, 533)),
        }
    )
    photo = editor.locator("figure.image img")
    expect(photo).to_have_attribute("src", re.compile(r"^/media/articles/"), timeout=15_000)
    page.get_by_role("button", name="Hiện chú thích").click()
    page.keyboard.type("Đoạn bờ sông phường Trung Tâm sau khi nạo vét.")
    page.get_by_role("button", name="Đổi chữ alt của ảnh").click()
    page.keyboard.type("Bờ sông Minh Giang sau khi nạo vét")
    page.keyboard.press("Enter")
    screenshot(page, "quan-tri-viet-bai")
    page.get_by_role("button", name="Đăng ngay").click()

    expect(page.locator(".messagelist")).to_contain_text(title)
    article = Article.objects.get(title=title)
    assert article.is_public
    assert "<figcaption>Đoạn bờ sông phường Trung Tâm sau khi nạo vét.</figcaption>" in article.body
    assert 'alt="Bờ sông Minh Giang sau khi nạo vét"' in article.body

    page.goto("/")
    page.get_by_role("link", name=title).first.click()
    figure = page.locator(".article__body figure")
    expect(figure.locator("img")).to_have_attribute("alt", "Bờ sông Minh Giang sau khi nạo vét")
    expect(figure.locator("figcaption")).to_have_text(
        "Đoạn bờ sông phường Trung Tâm sau khi nạo vét."
    )
    assert figure.locator("img").evaluate("img => img.complete && img.naturalWidth > 0")
