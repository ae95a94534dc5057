"""The council office in the admin, as the writer "phongvien", the editor "bientap" and the
superuser, at the phone and the desktop size: Vietnamese dates and numbers, the moderation
queue, the newsroom's buttons, notifications, revisions, and no English left."""

from decimal import Decimal

import pytest
from django.core import mail
from django.core.files.base import ContentFile
from django.utils import timezone
from playwright.sync_api import expect

from comments.models import Comment
from news import images
from news.demo_images import draw_scene
from news.models import Article
from portal.models import GoldPrice
from tests.comments.factories import CommentFactory
from tests.news.factories import ArticleFactory, CategoryFactory
from tests.portal.factories import GoldPriceBoardFactory, WeatherReportFactory

from .admin_helpers import english_left, log_in, set_up_roles
from .helpers import axe_violations, format_violations

pytestmark = pytest.mark.django_db(transaction=True)


def assert_clean(page):
    """No English phrase and no serious or critical accessibility violation."""
    assert english_left(page) == [], page.url
    violations = axe_violations(page)
    assert not violations, f"{page.url}\n{format_violations(violations)}"


def test_editor_schedules_an_article_by_typing_a_vietnamese_date(page, viewport, screenshot):
    set_up_roles()
    CategoryFactory(name="Kỳ họp", slug="ky-hop")
    year = timezone.localdate().year + 1
    log_in(page, "bientap")
    page.goto("/quan-tri/news/article/add/")
    page.get_by_label("Tiêu đề:").fill("Kỳ họp thường lệ cuối năm")
    page.get_by_label("Chuyên mục:").select_option(label="Kỳ họp")
    # The calendar's "Hôm nay" writes the date the Vietnamese way.
    page.locator(".field-published_at .datetimeshortcuts a", has_text="Hôm nay").click()
    today = timezone.localdate().strftime("%d/%m/%Y")
    expect(page.locator("#id_published_at_0")).to_have_value(today)

    page.locator("#id_published_at_0").fill(f"05/12/{year}")
    page.locator("#id_published_at_1").fill("08:00")
    screenshot(page, "quan-tri-hen-gio")
    page.get_by_role("button", name="Hẹn giờ đăng").click()
    expect(page.locator(".messagelist")).to_contain_text("Bài sẽ hiện với bạn đọc lúc")

    article = Article.objects.get()
    local = timezone.localtime(article.published_at)
    assert (local.year, local.month, local.day, local.hour, local.minute) == (year, 12, 5, 8, 0)
    assert article.is_scheduled and not article.is_public

    page.goto(f"/quan-tri/news/article/{article.pk}/change/")
    expect(page.locator("#id_published_at_0")).to_have_value(f"05/12/{year}")
    expect(page.locator("#id_published_at_1")).to_have_value("08:00")
    expect(page.locator(".field-status_label")).to_contain_text(f"05/12/{year} | 08:00")
    assert_clean(page)

    # 25/12 is a valid day, not the 12th of a 25th month.
    page.locator("#id_published_at_0").fill(f"25/12/{year}")
    page.get_by_role("button", name="Hẹn giờ đăng").click()
    expect(page.locator(".messagelist")).to_contain_text("Bài sẽ hiện với bạn đọc lúc")
    assert timezone.localtime(Article.objects.get().published_at).day == 25

    # A wrong date comes back with a Vietnamese error and the typed values kept.
    page.goto(f"/quan-tri/news/article/{article.pk}/change/")
    page.locator("#id_published_at_0").fill("32/13/2026")
    page.get_by_role("button", name="Hẹn giờ đăng").click()
    expect(page.locator(".errornote")).to_be_visible()
    expect(page.locator("#id_published_at_0")).to_have_value("32/13/2026")
    assert_clean(page)


def test_editor_types_a_gold_price_and_a_temperature_the_vietnamese_way(page, viewport, screenshot):
    set_up_roles()
    board = GoldPriceBoardFactory()
    GoldPrice.objects.create(board=board, kind="Vàng miếng", buy=148_000, sell=150_000)
    report = WeatherReportFactory(place="Trung tâm thành phố", temperature=Decimal("27.0"))
    log_in(page, "bientap")

    page.goto(f"/quan-tri/portal/goldpriceboard/{board.pk}/change/")
    buy = page.locator("#id_prices-0-buy")
    expect(buy).to_have_value("148.000")
    buy.fill("149.200")
    page.locator("#id_prices-0-sell").fill("151.000")
    page.get_by_role("button", name="Lưu lại", exact=True).click()
    expect(page.locator(".messagelist")).to_be_visible()
    price = GoldPrice.objects.get()
    assert (price.buy, price.sell) == (149_200, 151_000)
    page.goto(f"/quan-tri/portal/goldpriceboard/{board.pk}/change/")
    expect(page.locator("#id_prices-0-buy")).to_have_value("149.200")
    assert_clean(page)

    page.goto("/quan-tri/portal/weatherreport/")
    temperature = page.locator("#id_form-0-temperature")
    expect(temperature).to_have_value("27,0")
    temperature.fill("29,5")
    page.get_by_role("button", name="Lưu lại", exact=True).click()
    expect(page.locator(".messagelist")).to_be_visible()
    report.refresh_from_db()
    assert report.temperature == Decimal("29.5")
    expect(page.locator("#id_form-0-temperature")).to_have_value("29,5")
    screenshot(page, "quan-tri-thoi-tiet")
    assert_clean(page)


def test_moderator_approves_rejects_and_marks_spam_from_the_list_with_the_keyboard(
    page, viewport, screenshot
):
    set_up_roles()
    article = ArticleFactory(title="Giám sát nạo vét kênh")
    texts = [
        "Tôi đề nghị nạo vét kênh thoát nước ở phường Tân Hòa trước mùa mưa năm nay.",
        "Con đường trước trường tiểu học bị ngập mỗi khi mưa lớn, mong được sửa sớm.",
        "Mua bán đất nền giá rẻ liên hệ ngay số điện thoại trong tiêu đề.",
    ]
    comments = [
        CommentFactory(
            article=article,
            title=f"Ý kiến số {n}",
            content=text_,
            name="Nguyễn An",
            status=Comment.Status.PENDING,
        )
        for n, text_ in enumerate(texts, start=1)
    ]
    log_in(page, "bientap")
    page.goto("/quan-tri/comments/comment/")
    for text_ in texts:
        expect(page.get_by_text(text_)).to_be_visible()

    for comment, name, key in zip(
        comments, ["Duyệt", "Từ chối", "Thư rác"], ["Enter", " ", "Enter"], strict=True
    ):
        row = page.locator("tr", has=page.locator(f'[data-status-for="{comment.pk}"]'))
        button = row.get_by_role("button", name=name, exact=True)
        button.focus()
        page.keyboard.press("Space" if key == " " else key)
        expect(row.locator(".comment-status")).not_to_have_text("Chờ duyệt")
        expect(button).to_have_attribute("aria-pressed", "true")
    statuses = [Comment.objects.get(pk=c.pk).status for c in comments]
    assert statuses == [Comment.Status.APPROVED, Comment.Status.REJECTED, Comment.Status.SPAM]
    expect(page.locator("#moderation-status")).to_contain_text("thư rác")

    # The office answers from the list too.
    first = page.locator("tr", has=page.locator(f'[data-status-for="{comments[0].pk}"]'))
    first.locator(".comment-reply summary").click()
    first.get_by_label("Trả lời của Ban biên tập").fill(
        "Cảm ơn bạn, Ban biên tập đã chuyển ý kiến."
    )
    first.get_by_role("button", name="Gửi trả lời").click()
    expect(page.locator("#moderation-status")).to_contain_text("Đã lưu trả lời")
    assert Comment.objects.get(pk=comments[0].pk).reply.startswith("Cảm ơn bạn")
    screenshot(page, "quan-tri-kiem-duyet")
    assert_clean(page)


@pytest.mark.parametrize("viewport", ["desktop"])
def test_impersonating_comment_is_flagged_for_the_moderator(page, viewport):
    set_up_roles()
    CommentFactory(
        status=Comment.Status.PENDING,
        name="Bаn biên tập",
        warnings="Tên người gửi giống “Ban biên tập”: có thể mạo danh",
    )
    log_in(page, "bientap")
    page.goto("/quan-tri/comments/comment/")
    expect(page.locator(".comment-flags")).to_contain_text("có thể mạo danh")


def test_writer_submits_the_editor_is_mailed_returns_it_and_the_writer_reads_why(
    page, viewport, screenshot
):
    set_up_roles()
    CategoryFactory(name="Giám sát", slug="giam-sat")
    log_in(page, "phongvien")
    page.goto("/quan-tri/news/article/add/")
    expect(page.get_by_label("Trạng thái:")).to_have_count(0)
    page.get_by_label("Tiêu đề:").fill("Giám sát công trình trường học phường Tân Hòa")
    page.get_by_label("Chuyên mục:").select_option(label="Giám sát")
    assert_clean(page)
    page.get_by_role("button", name="Gửi duyệt").click()
    expect(page.locator(".messagelist")).to_contain_text("Đã gửi bài cho biên tập viên duyệt")
    article = Article.objects.get()
    assert article.status == Article.Status.REVIEW
    assert [m.to for m in mail.outbox] == [["bientap@example.org", "quantri@example.org"]]
    assert "Giám sát công trình trường học" in mail.outbox[0].subject

    log_in(page, "bientap")
    page.goto("/quan-tri/")
    expect(page.locator(".office-todo")).to_contain_text("1 bài chờ duyệt")
    assert_clean(page)
    page.locator(".office-todo").get_by_role("link", name="1 bài chờ duyệt").click()
    page.get_by_role("link", name="Giám sát công trình trường học phường Tân Hòa").click()
    page.get_by_role("button", name="Trả lại").click()
    expect(page.locator(".errornote")).to_be_visible()  # a reason is required
    page.get_by_label("Lý do trả lại:").fill("Cần thêm ý kiến của nhà trường và ảnh công trình.")
    page.get_by_role("button", name="Trả lại").click()
    expect(page.locator(".messagelist")).to_contain_text("Đã trả bài lại cho phóng viên")
    assert mail.outbox[-1].to == ["phongvien@example.org"]
    assert "Cần thêm ý kiến của nhà trường" in mail.outbox[-1].body

    log_in(page, "phongvien")
    page.goto(f"/quan-tri/news/article/{article.pk}/change/")
    expect(page.locator(".return-reason")).to_have_text(
        "Cần thêm ý kiến của nhà trường và ảnh công trình."
    )
    screenshot(page, "quan-tri-tra-lai")
    assert_clean(page)


def test_editor_restores_an_earlier_revision(page, viewport, screenshot):
    set_up_roles()
    CategoryFactory(name="Kỳ họp", slug="ky-hop")
    log_in(page, "bientap")
    page.goto("/quan-tri/news/article/add/")
    page.get_by_label("Tiêu đề:").fill("Khai mạc kỳ họp thứ mười ba")
    page.get_by_label("Chuyên mục:").select_option(label="Kỳ họp")
    page.get_by_label("Sapo (tóm tắt):").fill("Sáng nay kỳ họp khai mạc tại hội trường.")
    page.get_by_role("button", name="Lưu lại", exact=True).click()
    article = Article.objects.get()
    page.goto(f"/quan-tri/news/article/{article.pk}/change/")
    page.get_by_label("Tiêu đề:").fill("Khai mạc kỳ họp thứ mười bốn")
    page.get_by_label("Sapo (tóm tắt):").fill("Chiều nay kỳ họp khai mạc tại hội trường.")
    page.get_by_role("button", name="Lưu lại", exact=True).click()

    page.goto(f"/quan-tri/news/article/{article.pk}/history/")
    expect(page.locator(".revision-changes del").first).to_be_visible()
    expect(page.locator(".revision-changes ins", has_text="bốn")).to_be_visible()
    screenshot(page, "quan-tri-lich-su")
    assert_clean(page)
    # The oldest version is the last row; its first cell opens it.
    page.locator("#change-history tbody tr").last.locator("td a").first.click()
    page.get_by_role("button", name="Khôi phục phiên bản này").click()
    expect(page.locator(".messagelist")).to_be_visible()
    article.refresh_from_db()
    assert article.title == "Khai mạc kỳ họp thứ mười ba"
    assert article.sapo == "Sáng nay kỳ họp khai mạc tại hội trường."


@pytest.mark.parametrize("username", ["phongvien", "bientap", "quantri"])
def test_no_english_and_no_serious_violation_on_the_pages_each_role_uses(page, viewport, username):
    writer, editor, _ = set_up_roles()
    article = ArticleFactory(created_by=writer, draft=True)
    CommentFactory(article=ArticleFactory(), status=Comment.Status.PENDING)
    WeatherReportFactory()
    board = GoldPriceBoardFactory()
    GoldPrice.objects.create(board=board, kind="Vàng nhẫn", buy=147_000, sell=149_000)
    log_in(page, username)
    pages = ["/quan-tri/", "/quan-tri/news/article/", "/quan-tri/news/article/add/"]
    pages.append(f"/quan-tri/news/article/{article.pk}/change/")
    if username != "phongvien":
        pages += [
            "/quan-tri/comments/comment/",
            "/quan-tri/portal/weatherreport/",
            f"/quan-tri/portal/goldpriceboard/{board.pk}/change/",
            "/quan-tri/admin/logentry/",
            "/quan-tri/polls/poll/add/",
            f"/quan-tri/news/article/{article.pk}/history/",
        ]
    for url in pages:
        page.goto(url)
        assert_clean(page)
    # A form with errors: the Vietnamese "Vui lòng sửa các lỗi".
    page.goto("/quan-tri/news/article/add/")
    page.locator("#article_form [type=submit]").first.click()
    expect(page.locator(".errornote")).to_contain_text("Vui lòng sửa các lỗi")
    assert_clean(page)


@pytest.mark.parametrize("viewport", ["phone"])
def test_the_queue_and_the_article_list_fit_a_phone(page, viewport, screenshot):
    set_up_roles()
    for _ in range(3):
        CommentFactory(
            content="Đề nghị sớm sửa chữa tuyến đường liên phường bị xuống cấp.",
            status=Comment.Status.PENDING,
        )
    ArticleFactory.create_batch(3)
    log_in(page, "bientap")
    for url, name in (
        ("/quan-tri/comments/comment/", "quan-tri-kiem-duyet-dien-thoai"),
        ("/quan-tri/news/article/", "quan-tri-bai-viet-dien-thoai"),
    ):
        page.goto(url)
        width = page.evaluate("() => document.documentElement.scrollWidth")
        assert width <= 360 + 1, f"{url} is {width}px wide"
        screenshot(page, name)
    page.goto("/quan-tri/comments/comment/")
    page.get_by_role("button", name="Duyệt", exact=True).first.click()
    expect(page.locator("#moderation-status")).to_contain_text("đã duyệt")


@pytest.mark.parametrize("viewport", ["desktop"])
def test_writer_puts_an_uploaded_picture_back_in_from_the_media_library(page, viewport):
    set_up_roles()
    CategoryFactory(name="Kỳ họp", slug="ky-hop")
    stored = images.store(
        ContentFile(draw_scene("hall", seed=4, size=(900, 600)), name="hoi-truong.jpg")
    )
    picture = images.remember_body_image(stored)
    picture.alt = "Hội trường kỳ họp thứ mười hai"
    picture.save()
    log_in(page, "phongvien")
    page.goto("/quan-tri/news/article/add/")
    page.get_by_label("Tiêu đề:").fill("Toàn cảnh hội trường kỳ họp")
    page.get_by_label("Chuyên mục:").select_option(label="Kỳ họp")
    page.locator(".ck-editor__main > .ck-editor__editable").click()
    page.get_by_label("Tìm ảnh theo mô tả:").fill("hoi truong")
    page.get_by_label("Tìm ảnh theo mô tả:").press("Enter")
    expect(page.locator(".media-library-status")).to_have_text("Tìm thấy 1 ảnh.")
    page.get_by_role("button", name="Chèn ảnh “Hội trường kỳ họp thứ mười hai” vào bài").click()
    expect(page.locator(".ck-editor__editable figure.image img")).to_have_count(1)
    page.get_by_role("button", name="Lưu nháp").click()
    expect(page.locator(".messagelist")).to_contain_text("Đã lưu bản nháp")
    body = Article.objects.get().body
    assert 'alt="Hội trường kỳ họp thứ mười hai"' in body
    assert 'width="900" height="600"' in body
