import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from news.models import Article
from news.sanitize import BODY_IMAGE_SIZES
from tests.factories import EditorFactory, StaffUserFactory, UserFactory, WriterFactory
from tests.news.factories import ArticleFactory, CategoryFactory, uploaded_image

pytestmark = pytest.mark.django_db


def ago(**kwargs):
    return timezone.now() - datetime.timedelta(**kwargs)


def html(response):
    return response.content.decode()


def main_html(response):
    """The page's <main> content, without the sidebar that lists articles on every page."""
    return re.search(r"<main.*?</main>", html(response), re.S).group(0)


def article_links(page_html, section_id):
    """The article addresses listed in the <section> labelled section_id."""
    match = re.search(rf'<section[^>]*aria-labelledby="{section_id}".*?</section>', page_html, re.S)
    return re.findall(r'href="/tin-tuc/([^/"]+)/"', match.group(0)) if match else []


# --- Home -----------------------------------------------------------------------------------


def test_home_shows_the_featured_article_above_the_latest(client):
    featured = ArticleFactory(
        title="Khai mạc kỳ họp thứ mười", is_featured=True, published_at=ago(days=2)
    )
    newest = ArticleFactory(title="Giám sát công trình cầu Bến Sông", published_at=ago(hours=1))
    page = html(client.get("/"))
    assert article_links(page, "tin-noi-bat") == [featured.slug]
    assert newest.slug in article_links(page, "tin-moi")
    assert featured.slug not in article_links(page, "tin-moi")


def test_home_falls_back_to_the_newest_article_when_none_is_featured(client):
    ArticleFactory(published_at=ago(days=3))
    newest = ArticleFactory(published_at=ago(hours=2))
    assert article_links(html(client.get("/")), "tin-noi-bat") == [newest.slug]


def test_home_gives_a_quiet_category_its_block_next_to_a_busy_one(client):
    busy = CategoryFactory(name="Hoạt động HĐND", order=1)
    quiet = CategoryFactory(name="Tiếp xúc cử tri", order=2)
    for n in range(40):
        ArticleFactory(category=busy, published_at=ago(hours=n + 1))
    lone = ArticleFactory(
        category=quiet, title="Tiếp xúc cử tri phường Bến Sông", published_at=ago(days=400)
    )
    page = html(client.get("/"))
    busy_block = article_links(page, f"chuyen-muc-{busy.slug}")
    assert len(busy_block) == 4
    assert article_links(page, f"chuyen-muc-{quiet.slug}") == [lone.slug]
    # Blocks follow the menu order.
    assert page.index(f'id="chuyen-muc-{busy.slug}"') < page.index(f'id="chuyen-muc-{quiet.slug}"')


def test_home_leaves_out_inactive_categories_and_unpublished_articles(client):
    hidden_category = CategoryFactory(name="Chuyên mục tạm ẩn", is_active=False)
    ArticleFactory(category=hidden_category, title="Bài trong chuyên mục ẩn")
    ArticleFactory(title="Bản nháp chưa duyệt", draft=True)
    ArticleFactory(title="Bài hẹn giờ ngày mai", scheduled=True)
    ArticleFactory(title="Bài đã ẩn", hidden=True)
    page = html(client.get("/"))
    for title in (
        "Bài trong chuyên mục ẩn",
        "Bản nháp chưa duyệt",
        "Bài hẹn giờ ngày mai",
        "Bài đã ẩn",
    ):
        assert title not in page


def test_empty_home_says_nothing_is_published_yet(client):
    response = client.get("/")
    assert response.status_code == 200
    assert "Chưa có bài viết nào được đăng." in html(response)


def card_images(page_html, section_pattern):
    section = re.search(rf"<section[^>]*{section_pattern}.*?</section>", page_html, re.S).group(0)
    return re.findall(r'<img class="card__img"[^>]*>', section)


def test_card_pictures_ask_for_the_width_each_kind_of_card_is_drawn_at(client, media_root):
    """Phones show list cards as 7.5rem thumbnails; featured and block cards span the column.
    (tests/browser/test_image_sizes.py measures the drawn widths against these.)"""
    category = CategoryFactory()
    cover = {"cover_image": uploaded_image(size=(1600, 900)), "category": category}
    ArticleFactory(is_featured=True, published_at=ago(days=3), **cover)
    ArticleFactory(published_at=ago(hours=2), **cover)
    page = html(client.get("/"))
    [featured] = card_images(page, 'class="featured"')
    listed = card_images(page, 'aria-labelledby="tin-moi"')
    [block] = card_images(page, 'class="category-block"')
    assert listed
    assert 'sizes="(min-width: 75rem) 29.55rem,' in featured
    assert featured.count("sizes=") == 1 and ', calc(100vw - 2rem)"' in featured
    for img in listed:
        assert 'sizes="(min-width: 75rem) 24.625rem,' in img and ', 7.5rem"' in img
    assert 'sizes="(min-width: 75rem) 24.75rem,' in block and ', calc(100vw - 2rem)"' in block
    # Decorative beside the linked title, on every kind of card.
    for img in [featured, block, *listed]:
        assert 'alt=""' in img


# --- Category pages -------------------------------------------------------------------------


def test_category_page_lists_its_articles_newest_first_twelve_per_page(client):
    category = CategoryFactory(name="Giám sát")
    articles = [ArticleFactory(category=category, published_at=ago(hours=n + 1)) for n in range(14)]
    ArticleFactory(title="Bài của chuyên mục khác")
    first = client.get(category.get_absolute_url())
    slugs = re.findall(r'<h2 class="card__title"><a href="/tin-tuc/([^/"]+)/"', html(first))
    assert slugs == [a.slug for a in articles[:12]]
    assert "Bài của chuyên mục khác" not in main_html(first)
    second = client.get(category.get_absolute_url(), {"page": 2})
    slugs = re.findall(r'<h2 class="card__title"><a href="/tin-tuc/([^/"]+)/"', html(second))
    assert slugs == [a.slug for a in articles[12:]]
    assert 'rel="prev" href="?"' in html(second) or 'rel="prev" href="/' in html(second)


def test_inactive_category_page_is_not_found(client):
    category = CategoryFactory(is_active=False)
    assert client.get(category.get_absolute_url()).status_code == 404


def test_category_page_links_its_rss_feed(client):
    CategoryFactory(slug="ky-hop")
    assert 'href="/chuyen-muc/ky-hop/rss/"' in html(client.get("/chuyen-muc/ky-hop/"))


# --- Article page ---------------------------------------------------------------------------


@pytest.fixture
def council_article():
    return ArticleFactory(
        title="Kỳ họp thứ 12 HĐND thành phố Minh Giang khóa XV",
        category=CategoryFactory(name="Kỳ họp", slug="ky-hop"),
        sapo="Sáng 5/4, HĐND thành phố khai mạc kỳ họp chuyên đề.",
        body=(
            "<p>Đại biểu thảo luận tại hội trường.</p>"
            '<figure class="image"><img src="/media/a.jpg" alt="Hội trường">'
            "<figcaption>Toàn cảnh phiên khai mạc</figcaption></figure>"
        ),
        byline="Tin, ảnh: Minh Anh",
        source="Văn phòng HĐND thành phố",
        published_at=timezone.make_aware(datetime.datetime(2023, 4, 5, 17, 15)),
        view_count=1957,
    )


def test_article_page_shows_everything_a_reader_expects(client, council_article):
    response = client.get(council_article.get_absolute_url())
    page = html(response)
    assert response.status_code == 200
    assert '<a href="/chuyen-muc/ky-hop/">Kỳ họp</a>' in page
    assert '<h1 class="article__title">Kỳ họp thứ 12 HĐND thành phố Minh Giang khóa XV</h1>' in page
    assert "Thứ Tư, 05/04/2023 17:15" in page
    assert "Lượt xem: 1.957" in page
    assert "<strong>Sáng 5/4, HĐND thành phố khai mạc kỳ họp chuyên đề.</strong>" in page
    assert "<figcaption>Toàn cảnh phiên khai mạc</figcaption>" in page
    assert "Tin, ảnh: Minh Anh" in page
    assert "Nguồn tin: Văn phòng HĐND thành phố" in page


def test_article_toolbar_has_font_size_print_share_menu_and_qr(client, council_article):
    page = html(client.get(council_article.get_absolute_url()))
    canonical = "http://127.0.0.1:8000/tin-tuc/" + council_article.slug + "/"
    toolbar = re.search(r'<div class="article-toolbar".*?</dialog>', page, re.S).group(0)
    assert 'data-font-step="-1"' in toolbar and 'data-font-step="1"' in toolbar
    assert "(giảm cỡ chữ)" in toolbar and "(tăng cỡ chữ)" in toolbar
    assert f'href="/tin-tuc/{council_article.slug}/in/"' in toolbar
    # The share menu is a <details>: it opens without JavaScript too.
    menu = re.search(r'<details class="share-menu".*?</details>', toolbar, re.S).group(0)
    assert (
        "https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2F127.0.0.1%3A8000%2Ftin-tuc%2F"
        in menu
    )
    assert "https://button-share.zalo.me/share_external?d=" in menu
    assert "mailto:?subject=" in menu and "body=http%3A%2F%2F127.0.0.1%3A8000%2Ftin-tuc%2F" in menu
    assert "Chia sẻ qua ứng dụng" in menu and "Sao chép liên kết" in menu
    # The buttons that need JavaScript start hidden; the copy button carries the address.
    assert re.search(r"<li data-web-share-item hidden>", menu)
    assert re.search(r"<li data-copy-item hidden>", menu)
    assert f'data-url="{canonical}"' in menu
    # Share links open a new tab without handing our page to the other site.
    for link in re.findall(r"<a [^>]*(?:facebook|zalo)\.[^>]*>", page):
        assert 'target="_blank"' in link and "noopener" in link
    # No raw address box any more.
    assert "<input" not in toolbar
    # "Mã QR" links to the picture (without JavaScript) and opens it in a dialog (with it).
    assert f'href="/tin-tuc/{council_article.slug}/qr.svg" data-qr-open' in toolbar
    assert '<dialog class="qr-dialog"' in toolbar
    # The dialog's and the printed QR code are that long-cached image, never drawn inline.
    assert page.count(f'src="/tin-tuc/{council_article.slug}/qr.svg"') == 2
    assert all('class="tool__icon"' in svg for svg in re.findall(r"<svg[^>]*>", page))
    assert "<svg" not in page.split('<div class="article-toolbar"')[0]
    # No third-party script is ever loaded.
    assert not re.search(r"<script[^>]+src=\"https?://", page)


def test_zalo_share_link_carries_the_canonical_address(client, council_article):
    import base64
    import json
    from urllib.parse import parse_qs, unquote, urlsplit

    page = html(client.get(council_article.get_absolute_url()))
    href = re.search(r'href="(https://button-share\.zalo\.me/[^"]+)"', page).group(1)
    payload = parse_qs(urlsplit(unquote(href.replace("&amp;", "&"))).query)["d"][0]
    url = json.loads(base64.b64decode(payload))["url"]
    assert url == f"http://127.0.0.1:8000/tin-tuc/{council_article.slug}/"


def test_article_page_lists_same_category_newer_and_older_articles(client):
    category = CategoryFactory(name="Kỳ họp")
    other = CategoryFactory(name="Giám sát")
    older = ArticleFactory(category=other, published_at=ago(days=3))
    article = ArticleFactory(category=category, published_at=ago(days=2))
    newer = ArticleFactory(category=other, published_at=ago(days=1))
    same = [ArticleFactory(category=category, published_at=ago(days=10 + n)) for n in range(7)]
    ArticleFactory(category=category, draft=True)
    page = html(client.get(article.get_absolute_url()))
    assert article_links(page, "bai-moi-dang") == [newer.slug]
    assert article_links(page, "bai-da-dang")[0] == older.slug
    assert len(article_links(page, "bai-da-dang")) == 5
    listed_elsewhere = set(article_links(page, "bai-da-dang"))
    in_category = article_links(page, "tin-khac")
    assert in_category and set(in_category) <= {a.slug for a in same}
    assert not listed_elsewhere & set(in_category)
    assert article.slug not in in_category


@pytest.mark.parametrize(
    "state",
    [{"draft": True}, {"review": True}, {"hidden": True}, {"scheduled": True}],
    ids=["draft", "review", "hidden", "scheduled"],
)
def test_unpublished_articles_are_not_found(client, state):
    article = ArticleFactory(**state)
    assert client.get(article.get_absolute_url()).status_code == 404
    assert client.get(reverse("news:article_print", args=[article.slug])).status_code == 404
    assert client.get(reverse("news:article_qr", args=[article.slug])).status_code == 404


def test_article_in_an_inactive_category_is_not_found(client):
    article = ArticleFactory(category=CategoryFactory(is_active=False))
    assert client.get(article.get_absolute_url()).status_code == 404


def test_old_slug_answers_301_to_the_current_address(client):
    article = ArticleFactory(slug="ten-cu")
    article.slug = "ten-moi"
    article.save()
    response = client.get("/tin-tuc/ten-cu/")
    assert response.status_code == 301
    assert response["Location"] == "/tin-tuc/ten-moi/"
    assert client.get("/tin-tuc/ten-cu/in/")["Location"] == "/tin-tuc/ten-moi/in/"


def test_old_slug_of_a_hidden_article_is_not_found(client):
    article = ArticleFactory(slug="ten-cu")
    article.slug = "ten-moi"
    article.status = Article.Status.HIDDEN
    article.save()
    assert client.get("/tin-tuc/ten-cu/").status_code == 404


def test_article_cover_uses_renditions_with_srcset_and_caption(client, media_root):
    article = ArticleFactory(
        cover_image=uploaded_image(size=(1600, 900)),
        cover_caption="Quang cảnh kỳ họp",
        cover_alt="Đại biểu dự kỳ họp",
    )
    article.refresh_from_db()
    page = html(client.get(article.get_absolute_url()))
    cover = re.search(r'<figure class="article__cover">.*?</figure>', page, re.S).group(0)
    assert 'srcset="' in cover and " 640w" in cover
    assert 'alt="Đại biểu dự kỳ họp"' in cover
    assert "<figcaption>Quang cảnh kỳ họp</figcaption>" in cover
    assert 'loading="lazy"' not in cover  # the first picture above the fold loads at once
    assert f'sizes="{BODY_IMAGE_SIZES}"' in cover  # as wide as the article column


@pytest.mark.parametrize("template", ["news:article_detail", "news:article_print"])
def test_an_older_cover_without_a_description_is_described_by_the_title(
    client, media_root, template
):
    article = ArticleFactory(title="Phiên khai mạc kỳ họp", cover_image=uploaded_image())
    Article.objects.filter(pk=article.pk).update(cover_alt="")
    page = html(client.get(reverse(template, args=[article.slug])))
    cover = re.search(r'<figure class="article__cover">.*?</figure>', page, re.S).group(0)
    assert 'alt="Phiên khai mạc kỳ họp"' in cover


def test_article_body_is_rendered_as_cleaned_html_and_other_fields_are_escaped(client):
    article = ArticleFactory(
        title="Tiêu đề <b>in đậm</b>",
        sapo="Sapo <script>alert(1)</script>",
        body="<p>Đoạn <em>nhấn mạnh</em></p><script>alert(2)</script>",
        byline="<i>Tin</i>: Lan",
    )
    page = html(client.get(article.get_absolute_url()))
    assert "<p>Đoạn <em>nhấn mạnh</em></p>" in page
    assert "alert(2)" not in page
    assert "<script>alert(1)</script>" not in page
    assert "Tiêu đề &lt;b&gt;in đậm&lt;/b&gt;" in page
    assert "&lt;i&gt;Tin&lt;/i&gt;: Lan" in page


# --- Print view -------------------------------------------------------------------------------


def test_print_view_is_a_clean_page_with_the_address_and_qr_code(client, council_article):
    response = client.get(reverse("news:article_print", args=[council_article.slug]))
    page = html(response)
    assert response.status_code == 200
    assert council_article.title in page
    assert "<figcaption>Toàn cảnh phiên khai mạc</figcaption>" in page
    assert f"http://127.0.0.1:8000/tin-tuc/{council_article.slug}/" in page
    assert '<svg width="' in page and 'class="qr"' in page
    for absent in ('class="main-nav', 'class="sidebar"', "<form", "Bình chọn", "Gửi bình luận"):
        assert absent not in page
    assert '<meta name="robots" content="noindex">' in page
    assert response["X-Robots-Tag"] == "noindex"
    # The print dialog opens only when JavaScript runs and the reader asked for it.
    assert "window.print" not in page


def test_qr_code_endpoint_returns_a_long_cached_svg_of_the_canonical_address(
    client, council_article
):
    response = client.get(reverse("news:article_qr", args=[council_article.slug]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("image/svg+xml")
    assert "max-age=2592000" in response["Cache-Control"]
    assert "public" in response["Cache-Control"]
    assert response.content.startswith(b"<?xml")
    assert b'xmlns="http://www.w3.org/2000/svg"' in response.content


# --- Staff preview ----------------------------------------------------------------------------


def test_preview_redirects_anonymous_readers_to_the_login(client):
    article = ArticleFactory(draft=True)
    response = client.get(reverse("news:article_preview", args=[article.pk]))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_preview_is_refused_to_logged_in_readers_who_are_not_staff(client):
    article = ArticleFactory(draft=True)
    client.force_login(UserFactory())
    response = client.get(reverse("news:article_preview", args=[article.pk]))
    assert response.status_code in (302, 404)
    assert "Bản nháp" not in html(response)


@pytest.mark.parametrize("staff_factory", [EditorFactory, WriterFactory])
def test_staff_preview_any_status_with_a_banner_and_noindex(client, staff_factory):
    staff = staff_factory()
    article = ArticleFactory(
        draft=True,
        title="Bài nháp đang soạn",
        category=CategoryFactory(is_active=False),
        created_by=staff,
    )
    client.force_login(staff)
    response = client.get(reverse("news:article_preview", args=[article.pk]))
    page = html(response)
    assert response.status_code == 200
    assert "Bài nháp đang soạn" in page
    assert "Bản xem trước" in page
    assert '<meta name="robots" content="noindex, nofollow">' in page
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert "no-cache" in response["Cache-Control"] or "private" in response["Cache-Control"]
    # Never counted: neither the beacon nor the no-JavaScript pixel is on the page.
    assert "luot-xem" not in page


def test_writers_cannot_preview_other_writers_drafts(client):
    article = ArticleFactory(draft=True, created_by=WriterFactory())
    client.force_login(WriterFactory())
    assert client.get(reverse("news:article_preview", args=[article.pk])).status_code == 404
    client.force_login(EditorFactory())
    assert client.get(reverse("news:article_preview", args=[article.pk])).status_code == 200


def test_staff_without_a_newsroom_role_cannot_preview_drafts(client):
    article = ArticleFactory(draft=True)
    client.force_login(StaffUserFactory())
    assert client.get(reverse("news:article_preview", args=[article.pk])).status_code == 404


def test_preview_of_an_unknown_article_is_not_found(client):
    client.force_login(EditorFactory())
    assert client.get(reverse("news:article_preview", args=[987654])).status_code == 404


# --- Archive ----------------------------------------------------------------------------------


def local(year, month, day, hour=9):
    return timezone.make_aware(datetime.datetime(year, month, day, hour))


def test_archive_index_lists_months_with_their_counts(client):
    for day in (1, 15, 28):
        ArticleFactory(published_at=local(2024, 3, day))
    ArticleFactory(published_at=local(2024, 11, 2))
    ArticleFactory(published_at=local(2024, 11, 3), draft=True)
    page = html(client.get(reverse("news:archive_index")))
    assert (
        'href="/luu-tru/2024/3/">Tháng 03/2024</a> <span class="archive-months__count">(3 bài)'
        in page
    )
    assert (
        'href="/luu-tru/2024/11/">Tháng 11/2024</a> <span class="archive-months__count">(1 bài)'
        in page
    )
    assert page.index("Tháng 11/2024") < page.index("Tháng 03/2024")


def test_archive_month_uses_local_time_at_the_month_boundary(client):
    # 00:30 on 1 April in Hà Nội time is still 31 March in UTC.
    april = ArticleFactory(published_at=local(2024, 4, 1, 0).replace(minute=30))
    march = ArticleFactory(published_at=local(2024, 3, 31, 23))
    page = main_html(client.get("/luu-tru/2024/4/"))
    assert april.title in page and march.title not in page
    page = main_html(client.get("/luu-tru/2024/3/"))
    assert march.title in page and april.title not in page


def test_archive_month_without_articles_is_not_found(client):
    ArticleFactory(published_at=local(2024, 3, 1))
    assert client.get("/luu-tru/2024/2/").status_code == 404


# --- robots.txt -------------------------------------------------------------------------------


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_admin_preview_and_print(client):
    response = client.get("/robots.txt")
    body = html(response)
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert "Sitemap: http://127.0.0.1:8000/sitemap.xml" in body
    for rule in ("Disallow: /quan-tri/", "Disallow: /xem-truoc/", "Disallow: /tin-tuc/*/in/"):
        assert rule in body
