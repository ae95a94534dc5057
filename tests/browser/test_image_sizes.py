"""Responsive pictures ask for the width they are drawn at: every `sizes` matches the layout of
static/css/site.css at each breakpoint, so a phone never downloads a desktop-sized picture."""

import pytest
from django.core.files.base import ContentFile

from news import images
from news.demo_images import draw_scene
from tests.news.factories import ArticleFactory

from .helpers import build_site_content

pytestmark = pytest.mark.django_db(transaction=True)

# A phone, a large phone, two columns without the sidebar (40–60rem), with the sidebar (60–75rem)
# and the full 75rem layout.
WIDTHS = (360, 520, 800, 1100, 1366)

# For each <img sizes> in `selector`: the width its sizes picks (the first matching media
# condition, its length measured on a probe element) beside the width it is drawn at.
MEASURE = """(selector) => {
    const probe = document.createElement("div");
    probe.style.position = "absolute";
    probe.style.visibility = "hidden";
    document.body.append(probe);
    const chosen = (sizes) => {
        for (const entry of sizes.split(",")) {
            const match = entry.trim().match(/^(\\([^)]*\\))\\s+(.+)$/);
            const [media, length] = match ? [match[1], match[2]] : [null, entry.trim()];
            if (media && !matchMedia(media).matches) continue;
            probe.style.width = length;
            return probe.getBoundingClientRect().width;
        }
        return null;
    };
    const found = [...document.querySelectorAll(selector)].filter((img) => img.sizes).map(
        (img) => ({
            where: img.className || img.closest("figure, article")?.className || "",
            sizes: chosen(img.sizes),
            drawn: img.getBoundingClientRect().width,
            column: img.closest(".article__body, .article, .card")?.getBoundingClientRect().width,
        })
    );
    probe.remove();
    return found;
}"""


def measure(page, selector):
    found = page.evaluate(MEASURE, selector)
    assert found, f"no <img sizes> matches {selector} at {page.viewport_size['width']} px"
    return found


def article_with_a_responsive_body_picture():
    stored = images.store(
        ContentFile(draw_scene("meeting", seed=5, size=(1600, 1000)), name="anh.jpg")
    )
    urls = stored.responsive_urls()
    srcset = ", ".join(f"{url} {width}w" for width, url in urls["widths"])
    return ArticleFactory(
        slug="bai-co-anh-trong-noi-dung",
        body=(
            "<p>Đoạn mở đầu.</p>"
            f'<figure class="image"><img src="{urls["default"]}" srcset="{srcset}" sizes="100vw"'
            f' alt="Đại biểu dự kỳ họp" width="{stored.width}" height="{stored.height}">'
            "</figure>"
        ),
    )


@pytest.mark.parametrize("viewport", ["desktop"], indirect=True)
def test_card_and_cover_pictures_ask_for_the_width_they_are_drawn_at(page):
    content = build_site_content()
    mismatches = []
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        for url, selector in (
            ("/", ".card__img"),
            (content.category_url, ".card__img"),
            (content.article.get_absolute_url(), ".article__cover img"),
        ):
            page.goto(url)
            for img in measure(page, selector):
                if abs(img["sizes"] - img["drawn"]) > 1.5:
                    mismatches.append(f"{width} px {url} {img}")
    assert not mismatches, "\n".join(mismatches)


@pytest.mark.parametrize("viewport", ["desktop"], indirect=True)
def test_body_pictures_ask_for_the_article_column_and_never_less_than_drawn(page):
    build_site_content()
    article = article_with_a_responsive_body_picture()
    mismatches = []
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(article.get_absolute_url())
        for img in measure(page, ".article__body img"):
            if abs(img["sizes"] - img["column"]) > 1.5 or img["drawn"] > img["sizes"] + 1.5:
                mismatches.append(f"{width} px {img}")
    assert not mismatches, "\n".join(mismatches)
