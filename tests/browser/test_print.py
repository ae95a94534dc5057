"""A 700-word article printed to PDF by Chromium: photos at most a third of the page, the QR code
and address in the header, the reader's text size on paper, and no last page holding only the
byline and the QR code."""

import io
import re

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from pypdf import PdfReader

from news.demo_images import draw_scene
from tests.news.factories import ArticleFactory, CategoryFactory

pytestmark = pytest.mark.django_db(transaction=True)

MM = 96 / 25.4  # CSS pixels per millimetre
BYLINE = "Tin, ảnh: Thu Hằng"

# Sentences of a meeting report, combined into paragraphs of about seventy words.
SENTENCES = [
    "Sáng nay, Thường trực Hội đồng nhân dân thành phố Minh Giang chủ trì phiên giám sát "
    "chuyên đề về tiến độ xây dựng các trường học ở những phường ven sông.",
    "Đoàn giám sát đã đi kiểm tra thực tế ba công trình, nghe chủ đầu tư báo cáo khó khăn "
    "về mặt bằng, vốn và nhân lực thi công trong mùa mưa.",
    "Nhiều đại biểu đề nghị Ủy ban nhân dân thành phố sớm bố trí đủ vốn để các phòng học "
    "mới kịp đưa vào sử dụng trước năm học tới.",
    "Cử tri các phường cũng gửi kiến nghị về an toàn giao thông trước cổng trường và việc "
    "trồng thêm cây xanh trong khuôn viên.",
    "Kết luận buổi giám sát, Phó Chủ tịch Hội đồng nhân dân thành phố yêu cầu các sở, ngành "
    "báo cáo bằng văn bản trước ngày họp thường kỳ tháng sau.",
]


def seven_hundred_words():
    paragraphs, words = [], 0
    n = 0
    while words < 700:
        text = " ".join(SENTENCES[(n + k) % len(SENTENCES)] for k in range(3))
        paragraphs.append(text)
        words += len(text.split())
        n += 1
    return paragraphs, words


def printed_article():
    paragraphs, words = seven_hundred_words()
    assert 700 <= words < 780
    picture = ContentFile(draw_scene("construction", seed=4, size=(900, 600)))
    photo = default_storage.save("browser-tests/truong-hoc.jpg", picture)
    middle = len(paragraphs) // 2
    body = "".join(f"<p>{p}</p>" for p in paragraphs[:middle])
    body += (
        f'<figure class="image"><img src="{default_storage.url(photo)}" alt="Công trình trường '
        'học mới" width="900" height="600"><figcaption>Công trình trường học ở phường ven '
        "sông.</figcaption></figure>"
    )
    body += "".join(f"<p>{p}</p>" for p in paragraphs[middle:])
    return ArticleFactory(
        title="Giám sát tiến độ xây dựng trường học ở các phường ven sông",
        category=CategoryFactory(name="Giám sát", slug="giam-sat"),
        sapo="Đoàn giám sát của HĐND thành phố kiểm tra ba công trình trường học đang xây dựng.",
        body=body,
        byline=BYLINE,
        cover_alt="Đoàn giám sát tại công trường",
        cover_image=ContentFile(draw_scene("hall", seed=6, size=(1200, 800)), name="bia.jpg"),
    )


def load_pictures(page):
    """Chromium's print dialog loads lazy pictures and redraws its preview as they come; page.pdf()
    prints at once, so they are brought in first: a picture not yet loaded has no size of its own,
    and the pages would break around a box smaller than the photo a reader gets."""
    page.evaluate("() => document.querySelectorAll('img').forEach((i) => (i.loading = 'eager'))")
    page.wait_for_function("() => [...document.images].every((i) => i.complete)")


def pdf_pages(page, keep=None):
    load_pictures(page)
    pdf = page.pdf(format="A4", print_background=False)
    if keep:
        keep.write_bytes(pdf)
    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]


def words_of(text):
    return re.findall(r"\w+", text)


@pytest.mark.parametrize("view", ["article", "print_view"])
def test_a_700_word_article_prints_without_an_orphan_last_page(page, viewport, view, request):
    article = printed_article()
    url = article.get_absolute_url() + ("in/" if view == "print_view" else "")
    response = page.goto(url)
    assert response.status == 200, response.status
    page.wait_for_load_state("load")
    folder = request.config.rootpath / "test-artifacts" / "pdf"
    folder.mkdir(parents=True, exist_ok=True)
    pages = pdf_pages(page, keep=folder / f"bai-700-chu-{view}-{viewport}.pdf")
    assert len(pages) <= 3, f"{len(pages)} pages"
    # Nothing a reader cannot use on paper: no empty comments section, no footer links.
    printed = "\n".join(pages)
    assert "Chưa có bình luận nào" not in printed and "About the Council" not in printed
    last = pages[-1]
    assert BYLINE.split(":")[1].strip().split()[-1] in pages[-1]
    # The byline shares its page with the article's own text, not only with the QR code.
    body_words = len(words_of(last.replace(BYLINE, "")))
    assert body_words >= 40, f"the last page holds only {body_words} words:\n{last}"
    # The address is on the first page, with the QR code in the header, and the office's lines
    # head it as on a letter: nothing follows the byline that could end up alone on a page.
    assert article.slug in pages[0].replace("\n", "")
    assert printed.count("Cơ quan chủ quản") == 1 and "Cơ quan chủ quản" in pages[0]


def test_printed_photos_take_at_most_a_third_of_the_page_and_the_qr_sits_in_the_header(
    page, viewport
):
    article = printed_article()
    page.goto(article.get_absolute_url())
    load_pictures(page)
    page.emulate_media(media="print")
    heights = page.evaluate(
        "() => [...document.querySelectorAll('.article figure img')]"
        ".map((img) => img.getBoundingClientRect().height)"
    )
    assert heights and all(0 < h <= 88 * MM for h in heights), heights
    qr = page.locator(".article__print-qr img").bounding_box()
    title = page.locator(".article__title").bounding_box()
    assert qr["y"] + qr["height"] <= title["y"], "the QR code prints above the title"


def test_the_readers_text_size_applies_on_paper(page, viewport):
    article = printed_article()
    page.goto(article.get_absolute_url())
    page.emulate_media(media="print")
    normal = page.evaluate("getComputedStyle(document.querySelector('.article__body')).fontSize")
    normal_pages = len(pdf_pages(page))
    page.evaluate("localStorage.setItem('hdnd:co-chu', '1.5')")
    for url in (article.get_absolute_url(), article.get_absolute_url() + "in/"):
        page.goto(url)
        page.emulate_media(media="print")
        larger = page.evaluate(
            "getComputedStyle(document.querySelector('.article__body')).fontSize"
        )
        assert float(larger[:-2]) == pytest.approx(float(normal[:-2]) * 1.5, abs=0.1), url
    assert len(pdf_pages(page)) >= normal_pages


def test_the_print_view_opens_the_dialog_once_its_lazy_photos_are_in(page, viewport):
    """The "In bài" link opens the print view with #in-ngay; the dialog comes when every photo is
    loaded, the body's lazy ones far below the first screen included."""
    article = printed_article()
    paragraphs, _ = seven_hundred_words()
    # Four screens of text before the body's photo: well past the distance where a browser
    # starts loading a lazy picture by itself.
    article.body = "".join(f"<p>{p}</p>" for p in paragraphs * 4) + article.body
    article.save()
    page.add_init_script(
        "window.print = () => { window.__printed = (window.__printed || []).concat("
        "[[...document.images].map((i) => i.complete && i.naturalWidth > 0)]); };"
    )
    page.goto(article.get_absolute_url() + "in/#in-ngay")
    page.wait_for_function("() => window.__printed !== undefined")
    page.wait_for_timeout(300)
    printed = page.evaluate("() => window.__printed")
    assert len(printed) == 1, printed
    assert len(printed[0]) >= 3 and all(printed[0]), printed
    assert page.evaluate("() => window.location.hash") == ""
