"""Council records in a real browser: a citizen finds a resolution and downloads its PDF; a
records clerk adds a document with a file and links it to a session; axe on every page."""

import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from council.models import Document
from tests.council.factories import (
    AgendaItemFactory,
    DocumentFactory,
    IssuingBodyFactory,
    SectorFactory,
    SessionFactory,
    TermFactory,
    attach_pdf,
    kind,
    make_clerk,
    text_pdf_bytes,
)
from tests.news.factories import CategoryFactory

from .helpers import axe_violations, format_violations

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "mat-khau-thu-nghiem"


def build_records():
    CategoryFactory(name="Thông tin hoạt động HĐND", slug="thong-tin-hoat-dong-hdnd", order=1)
    CategoryFactory(name="Kỳ họp", slug="ky-hop", order=2)
    CategoryFactory(name="Nghị quyết HĐND", slug="nghi-quyet-hdnd", order=3)
    body = IssuingBodyFactory()
    SectorFactory()
    session = SessionFactory(
        term=TermFactory(),
        number=12,
        starts_on=datetime.date(2024, 12, 2),
        ends_on=datetime.date(2024, 12, 6),
        video_url="https://www.youtube.com/watch?v=abcdefghijk",
        summary="Kỳ họp thường lệ cuối năm.",
    )
    AgendaItemFactory(session=session, title="Khai mạc kỳ họp", day=session.starts_on)
    resolution = DocumentFactory(
        kind=kind("nghi-quyet"),
        number="19/2024/NQ-HĐND",
        issuing_body=body,
        session=session,
        summary="Dự toán thu, chi ngân sách địa phương năm 2025",
    )
    attach_pdf(resolution, name="Nghị quyết số 19-2024-NQ-HĐND.pdf", content=text_pdf_bytes())
    DocumentFactory(
        kind=kind("nghi-quyet"),
        number="08/2023/NQ-HĐND",
        issuing_body=body,
        issued_on=datetime.date(2023, 7, 10),
        summary="Chính sách hỗ trợ người hoạt động không chuyên trách",
    )
    DocumentFactory(
        kind=kind("bao-cao"),
        number="58/BC-KTNS",
        issuing_body=body,
        summary="Báo cáo thẩm tra dự toán ngân sách",
    )
    return session, resolution


def assert_accessible(page, name, screenshot):
    screenshot(page, name)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), name
    violations = axe_violations(page)
    assert not violations, f"{name}\n{format_violations(violations)}"


def test_citizen_filters_resolutions_of_a_year_opens_one_and_downloads_its_pdf(
    page, viewport, screenshot
):
    session, resolution = build_records()
    page.goto("/")
    toggle = page.get_by_role("button", name="Chuyên mục")
    if toggle.is_visible():
        toggle.click()
    page.locator("#menu-chuyen-muc").get_by_role("link", name="Văn bản").click()
    expect(page.locator("main h1")).to_have_text("Văn bản")
    assert_accessible(page, "van-ban", screenshot)

    page.get_by_label("Loại văn bản").select_option(label="Nghị quyết")
    page.get_by_label("Năm ban hành").select_option(label="2024")
    page.get_by_role("button", name="Tra cứu").click()
    expect(page).to_have_url(re.compile(r"loai=nghi-quyet.*nam=2024|nam=2024.*loai=nghi-quyet"))
    results = page.locator(".document-item")
    expect(results).to_have_count(1)
    expect(page.locator(".search-summary")).to_contain_text("Tìm thấy 1 văn bản")

    results.get_by_role("link", name="Nghị quyết số 19/2024/NQ-HĐND").click()
    expect(page.locator("main h1")).to_have_text("Nghị quyết số 19/2024/NQ-HĐND")
    expect(page.locator(".document-fields")).to_contain_text("Kỳ họp thứ Mười hai")
    assert_accessible(page, "van-ban-chi-tiet", screenshot)

    with page.expect_download() as download_info:
        page.get_by_role("link", name=re.compile("Tải về: Nghị quyết số 19")).click()
    download = download_info.value
    assert download.suggested_filename == "Nghị quyết số 19-2024-NQ-HĐND.pdf"
    with open(download.path(), "rb") as fh:
        assert fh.read(5) == b"%PDF-"


def test_the_session_page_loads_the_video_only_when_the_reader_asks(page, viewport, screenshot):
    session, _ = build_records()
    outside = []

    def record(route):
        outside.append(route.request.url)
        route.abort()

    page.route(re.compile(r"^https?://(?!127\.0\.0\.1|localhost)"), record)
    page.goto(session.get_absolute_url())
    expect(page.locator("main h1")).to_contain_text("Kỳ họp thứ Mười hai")
    expect(page.locator("main")).to_contain_text("Nghị quyết số 19/2024/NQ-HĐND")
    assert_accessible(page, "ky-hop", screenshot)
    page.wait_for_load_state("networkidle")
    assert outside == []
    assert page.locator("iframe").count() == 0

    page.get_by_role("button", name="Xem video trên trang này").click()
    frame = page.locator(".video-frame iframe")
    expect(frame).to_have_attribute("src", "https://www.youtube-nocookie.com/embed/abcdefghijk")
    page.wait_for_timeout(300)
    assert outside and all("youtube-nocookie.com" in url for url in outside)


def test_the_home_page_announces_the_next_session(page, viewport, screenshot):
    today = timezone.localdate()
    build_records()
    upcoming = SessionFactory(
        term=TermFactory(),
        number=13,
        kind="thematic",
        starts_on=today + datetime.timedelta(days=20),
        ends_on=today + datetime.timedelta(days=20),
    )
    AgendaItemFactory(session=upcoming, title="Chủ trương đầu tư dự án chống ngập")
    page.goto("/")
    block = page.locator(".upcoming-session")
    expect(block).to_contain_text("Kỳ họp sắp diễn ra")
    block.get_by_role("link", name="Kỳ họp thứ Mười ba").click()
    expect(page.locator("main")).to_contain_text("Chủ trương đầu tư dự án chống ngập")
    assert_accessible(page, "ky-hop-sap-toi", screenshot)
    page.goto("/ky-hop/")
    assert_accessible(page, "danh-sach-ky-hop", screenshot)


@pytest.mark.parametrize("viewport", ["desktop"])
def test_clerk_adds_a_document_with_a_file_and_links_it_to_a_session(
    page, viewport, screenshot, tmp_path
):
    session, _ = build_records()
    kind("to-trinh")
    make_clerk()
    pdf = tmp_path / "Tờ trình số 401.pdf"
    pdf.write_bytes(text_pdf_bytes("Tờ trình về dự toán ngân sách năm 2025"))

    page.goto("/quan-tri/")
    page.get_by_label("Tên đăng nhập").fill("vanthu")
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.goto("/quan-tri/council/document/add/")

    page.get_by_label("Loại văn bản:").select_option(label="Tờ trình")
    page.get_by_label("Số, ký hiệu:").fill("401/TTr-UBND")
    page.get_by_label("Cơ quan ban hành:").select_option(label="HĐND thành phố")
    page.get_by_label("Ngày ban hành:").fill("28/11/2024")
    page.get_by_label("Trích yếu:").fill("Tờ trình về dự toán ngân sách địa phương năm 2025")
    # The session is picked from the admin's autocomplete (typed without marks).
    page.locator("#id_session + .select2 .select2-selection").click()
    page.locator(".select2-search__field[aria-controls=select2-id_session-results]").fill(
        "muoi hai"
    )
    page.locator(".select2-results__option", has_text="Kỳ họp thứ Mười hai").click()
    page.locator("input[type=file][name='files-0-file']").set_input_files(str(pdf))
    screenshot(page, "quan-tri-them-van-ban")
    page.get_by_role("button", name="Lưu lại", exact=True).click()

    expect(page.locator(".messagelist")).to_contain_text("401/TTr-UBND")
    document = Document.objects.get(number="401/TTr-UBND")
    assert document.session == session
    assert str(document.issued_on) == "2024-11-28"
    stored = document.files.get()
    assert stored.original_name == "Tờ trình số 401.pdf" and stored.page_count == 1

    page.goto(session.get_absolute_url())
    expect(page.locator("main")).to_contain_text("Tờ trình số 401/TTr-UBND")
