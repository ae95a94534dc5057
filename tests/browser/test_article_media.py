"""Galleries, videos, "Nghe bài" and the office's pages in a real browser, at both sizes."""

import shutil
from io import StringIO

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from playwright.sync_api import expect

from council.demo import _office_pages
from news import audio, related
from news.demo_images import draw_scene
from tests.news.factories import ArticleFactory, CategoryFactory

from .helpers import axe_violations, format_violations

pytestmark = pytest.mark.django_db(transaction=True)

VIDEO_HOSTS = ("youtube.com", "youtube-nocookie.com", "youtu.be", "facebook.com", "fbcdn.net")


def _photo(name, scene, seed):
    stored = default_storage.save(
        f"browser-tests/{name}.jpg", ContentFile(draw_scene(scene, seed=seed, size=(900, 600)))
    )
    return default_storage.url(stored)


def media_article():
    photos = [
        (_photo("a", "hall", 1), "Hội trường trước giờ khai mạc", "Hội trường trước giờ khai mạc."),
        (_photo("b", "meeting", 2), "Đại biểu biểu quyết", "Đại biểu biểu quyết nghị quyết."),
        (_photo("c", "meeting", 3), "Chủ tọa phát biểu", "Chủ tọa phát biểu bế mạc."),
    ]
    gallery = "".join(
        f'<figure class="image"><img src="{src}" alt="{alt}" width="900" height="600">'
        f"<figcaption>{caption}</figcaption></figure>"
        for src, alt, caption in photos
    )
    body = (
        "<p>Kỳ họp thứ Mười hai đã bế mạc sau năm ngày làm việc.</p>"
        f'<figure class="gallery">{gallery}</figure>'
        '<figure class="media"><oembed url="https://www.youtube.com/watch?v=M7lc1UVf-VE">'
        "</oembed><figcaption>Phiên bế mạc kỳ họp</figcaption></figure>"
    )
    category = CategoryFactory(name="Kỳ họp", slug="ky-hop")
    article = ArticleFactory(
        title="Hình ảnh và video phiên bế mạc Kỳ họp thứ Mười hai",
        slug="hinh-anh-phien-be-mac",
        category=category,
        sapo="HĐND thành phố bế mạc kỳ họp ngày 05/04/2023.",
        body=body,
    )
    article.tags.add("Kỳ họp thứ Mười hai")
    other = ArticleFactory(title="Khai mạc Kỳ họp thứ Mười hai", category=category)
    other.tags.add("Kỳ họp thứ Mười hai")
    related.refresh(article)
    return article


def test_a_gallery_opens_and_closes_with_the_keyboard(page, viewport, screenshot):
    article = media_article()
    page.goto(article.get_absolute_url())
    first = page.get_by_role("button", name="Xem ảnh lớn 1/3: Hội trường trước giờ khai mạc")
    first.focus()
    page.keyboard.press("Enter")
    dialog = page.locator("dialog.lightbox")
    expect(dialog).to_be_visible()
    expect(dialog.locator(".lightbox__count")).to_have_text("Ảnh 1/3")
    expect(dialog.locator(".lightbox__caption")).to_have_text("Hội trường trước giờ khai mạc.")
    expect(dialog.get_by_role("button", name="Đóng (Esc)")).to_be_focused()
    page.keyboard.press("ArrowRight")
    expect(dialog.locator(".lightbox__count")).to_have_text("Ảnh 2/3")
    expect(dialog.locator(".lightbox__image")).to_have_attribute("alt", "Đại biểu biểu quyết")
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("ArrowLeft")
    expect(dialog.locator(".lightbox__count")).to_have_text("Ảnh 3/3")
    screenshot(page, "thu-vien-anh-mo")
    violations = axe_violations(page, within="dialog.lightbox")
    assert not violations, format_violations(violations)
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(first).to_be_focused()


def test_a_video_makes_no_request_to_its_host_before_the_click(page, viewport):
    article = media_article()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    # The machine has no network: answer the player's frame ourselves once it is asked for.
    page.route(
        "https://www.youtube-nocookie.com/**",
        lambda route: route.fulfill(status=200, content_type="text/html", body="<p>player</p>"),
    )
    page.goto(article.get_absolute_url())
    page.wait_for_load_state("networkidle")
    box = page.locator("[data-video-embed]")
    expect(box).to_contain_text("Phiên bế mạc kỳ họp")
    expect(box.get_by_role("link", name="Mở video trên YouTube")).to_have_attribute(
        "href", "https://www.youtube.com/watch?v=M7lc1UVf-VE"
    )
    assert not [url for url in requests if any(host in url for host in VIDEO_HOSTS)], requests
    box.get_by_role("button", name="Xem video trên trang này").click()
    frame = page.locator("iframe[title='Phiên bế mạc kỳ họp']")
    expect(frame).to_have_attribute("src", "https://www.youtube-nocookie.com/embed/M7lc1UVf-VE")
    page.wait_for_load_state("networkidle")
    assert any("youtube-nocookie.com/embed/M7lc1UVf-VE" in url for url in requests)


@pytest.mark.skipif(
    not (shutil.which("espeak-ng") and shutil.which("opusenc")),
    reason="needs espeak-ng and opusenc (scripts/system-deps.sh)",
)
def test_the_audio_player_plays_a_generated_file(page, viewport, screenshot):
    article = ArticleFactory(
        title="HĐND thành phố họp phiên thường kỳ",
        sapo="Thường trực HĐND thống nhất nội dung trình kỳ họp.",
        body="<p>Phiên họp diễn ra sáng 05/04/2023.</p>",
    )
    assert audio.make_stale() == (1, 0)
    page.goto(article.get_absolute_url())
    player = page.locator("audio[data-article-audio]")
    expect(player).to_be_visible()
    played = page.evaluate(
        """async () => {
            const a = document.querySelector("audio[data-article-audio]");
            a.muted = true;
            await a.play();
            await new Promise(done => setTimeout(done, 1200));
            return {time: a.currentTime, duration: a.duration, error: a.error && a.error.code};
        }"""
    )
    assert played["error"] is None
    assert played["time"] > 0.3 and played["duration"] > 1
    screenshot(page, "nghe-bai")


def test_new_pages_have_no_serious_accessibility_violations(page, viewport, screenshot):
    article = media_article()
    _office_pages(StringIO())
    pages = {
        "bai-co-thu-vien-anh": article.get_absolute_url(),
        "chu-de": "/chu-de/ky-hop-thu-muoi-hai/",
        "gioi-thieu": "/gioi-thieu/",
        "co-cau-to-chuc": "/gioi-thieu/co-cau-to-chuc/",
        "about-the-council": "/en/",
        "lien-he": "/lien-he/",
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


def test_the_contact_form_keeps_what_was_typed_when_refused(page, viewport):
    page.goto("/lien-he/")
    page.get_by_label("Họ tên").fill("Lê Thị Hoa")
    page.get_by_label("Tiêu đề").fill("Hỏi về lịch tiếp công dân")
    page.get_by_label("Nội dung").fill("Xin cho biết lịch tiếp công dân tháng tới.")
    page.get_by_role("button", name="Gửi thư", exact=True).click()
    expect(page.locator(".field-error:visible").first).to_be_visible()
    expect(page.get_by_label("Tiêu đề")).to_have_value("Hỏi về lịch tiếp công dân")
