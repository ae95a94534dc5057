"""Galleries and videos in the article body: what the sanitizer keeps, and what the page draws."""

import pytest

from news.sanitize import clean_html, render_media
from tests.news.factories import ArticleFactory

YOUTUBE = "https://www.youtube.com/watch?v=M7lc1UVf-VE"
GALLERY = (
    '<figure class="gallery">'
    '<figure class="image"><img src="/media/a.jpg" alt="Một"><figcaption>Ảnh một</figcaption>'
    "</figure>"
    '<figure class="image"><img src="/media/b.jpg" alt="Hai"><figcaption>Ảnh hai</figcaption>'
    "</figure></figure>"
)


def video(url, caption="Phiên khai mạc"):
    return (
        f'<figure class="media"><oembed url="{url}"></oembed>'
        f"<figcaption>{caption}</figcaption></figure>"
    )


def test_a_gallery_keeps_its_photos_and_captions():
    cleaned = clean_html(GALLERY)
    assert cleaned.startswith(
        '<figure class="gallery"><figure class="image"><img src="/media/a.jpg"'
    )
    assert cleaned.count("<figcaption>") == 2
    assert clean_html(cleaned) == cleaned  # saving again changes nothing


def test_a_gallery_cannot_smuggle_handlers_styles_or_other_classes():
    hostile = (
        '<figure class="gallery evil" onclick="alert(1)" style="x" data-x="1">'
        '<figure class="image"><img src="javascript:alert(1)" alt="x" onerror="alert(1)"></figure>'
        '<figure class="image"><img src="http://tracker.example/p.gif" alt="y"></figure></figure>'
    )
    cleaned = clean_html(hostile)
    assert '<figure class="gallery">' in cleaned
    for bad in ("evil", "onclick", "style", "data-x", "javascript:", "onerror", "http://tracker"):
        assert bad not in cleaned


@pytest.mark.parametrize(
    "url",
    [
        YOUTUBE,
        "https://youtu.be/M7lc1UVf-VE",
        "https://m.youtube.com/watch?v=M7lc1UVf-VE&t=20",
        "https://www.youtube.com/embed/M7lc1UVf-VE",
    ],
)
def test_youtube_addresses_are_stored_in_their_watch_form(url):
    assert f'<oembed url="{YOUTUBE}"></oembed>' in clean_html(video(url))


def test_a_facebook_video_is_kept():
    url = "https://www.facebook.com/hdndminhgiang/videos/1234567890/"
    assert f'<oembed url="{url}"></oembed>' in clean_html(video(url))


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(document.cookie)",
        "data:text/html,<script>alert(1)</script>",
        "http://www.youtube.com/watch?v=M7lc1UVf-VE",  # not https
        "https://evil.example/watch?v=M7lc1UVf-VE",
        "https://www.youtube.com.evil.example/watch?v=M7lc1UVf-VE",
        "https://user@www.youtube.com/watch?v=M7lc1UVf-VE",
        "https://www.youtube.com/watch?v=short",
        "https://vimeo.com/123456",
    ],
)
def test_other_hosts_schemes_and_shapes_are_dropped_with_their_block(url):
    cleaned = clean_html(video(url) + "<p>Đoạn sau</p>")
    assert "oembed" not in cleaned
    assert 'class="media"' not in cleaned
    assert cleaned == "<p>Đoạn sau</p>"


@pytest.mark.parametrize(
    "hostile",
    [
        '<iframe src="https://www.youtube.com/embed/M7lc1UVf-VE"></iframe>',
        '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
        '<object data="https://www.youtube.com/v/M7lc1UVf-VE"></object>',
        '<embed src="https://www.youtube.com/v/M7lc1UVf-VE">',
        '<video src="https://evil.example/a.mp4" autoplay></video>',
        '<figure class="media"><oembed url="https://www.youtube.com/watch?v=M7lc1UVf-VE"'
        ' onload="alert(1)" src="https://evil.example"></oembed></figure>',
    ],
)
def test_hostile_frames_and_players_never_survive(hostile):
    cleaned = clean_html(hostile)
    for bad in ("<iframe", "srcdoc", "<object", "<embed", "<video", "onload", "evil.example"):
        assert bad not in cleaned


def test_a_bare_oembed_gets_its_media_box_and_extra_content_is_dropped():
    cleaned = clean_html(
        f'<oembed url="{YOUTUBE}"></oembed>'
        f'<figure class="media"><oembed url="{YOUTUBE}"><b>x</b></oembed><p>lạ</p></figure>'
    )
    assert cleaned == (
        f'<figure class="media"><oembed url="{YOUTUBE}"></oembed></figure>'
        f'<figure class="media"><oembed url="{YOUTUBE}"></oembed></figure>'
    )


def test_the_page_draws_a_click_to_load_box_without_any_frame():
    html = render_media(clean_html(video(YOUTUBE, caption="Phiên <b>bế mạc</b> & biểu quyết")))
    assert "<iframe" not in html and "<oembed" not in html
    assert 'data-video-embed="https://www.youtube-nocookie.com/embed/M7lc1UVf-VE"' in html
    assert 'data-video-title="Phiên bế mạc &amp; biểu quyết"' in html
    assert f'href="{YOUTUBE}"' in html
    assert "Mở video trên YouTube" in html


@pytest.mark.django_db
def test_the_article_page_shows_the_gallery_and_the_video_box(client):
    article = ArticleFactory(body=GALLERY + video(YOUTUBE))
    html = client.get(article.get_absolute_url()).content.decode()
    assert '<figure class="gallery">' in html
    assert "data-video-embed=" in html
    assert "youtube-nocookie.com/embed" in html and "<iframe" not in html
    assert "js/article-media" in html
