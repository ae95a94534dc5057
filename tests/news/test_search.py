import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from news import search
from portal import text
from tests.news.factories import ArticleFactory, CategoryFactory

SEARCH_URL = reverse("news:search")


def result_titles(response):
    page = response.content.decode()
    titles = re.findall(r'<h2 class="search-result__title"><a [^>]*>(.*?)</a></h2>', page, re.S)
    return [re.sub(r"</?mark>", "", title) for title in titles]


def find(client, query, **params):
    return result_titles(client.get(SEARCH_URL, {"q": query, **params}))


# --- Query parsing (no database) --------------------------------------------------------------


def test_query_is_split_into_folded_words():
    query = search.parse_query("  Hội đồng   NHÂN dân ", with_abbreviations=False)
    assert query.terms == ["hoi", "dong", "nhan", "dan"]
    assert query.marked_terms == ["hội", "đồng", "nhân", "dân"]
    assert query.text == "Hội đồng NHÂN dân"


def test_unmarked_words_are_not_marked_terms():
    query = search.parse_query("hoi dong Đà Nẵng", with_abbreviations=False)
    assert query.terms == ["hoi", "dong", "da", "nang"]
    assert query.marked_terms == ["đà", "nẵng"]


def test_decomposed_input_is_normalized_before_folding():
    decomposed = "Ho\u0323\u0302i \u0111o\u0302\u0300ng"  # "Hội đồng" typed as NFD
    assert search.parse_query(decomposed, with_abbreviations=False).terms == ["hoi", "dong"]


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ("", "empty"),
        ("   \n\t ", "empty"),
        ("\x00\x00", "empty"),
        ("a" * 201, "too_long"),
        ("!!! ??? ...", "no_words"),
        ("%%%", "no_words"),
        ("___", "no_words"),
        ("\\\\", "no_words"),
        ("🎉🏛️", "no_words"),
        ("'\";--", "no_words"),
    ],
)
def test_odd_queries_are_refused_with_a_reason(raw, problem):
    query = search.parse_query(raw, with_abbreviations=False)
    assert query.problem == problem
    assert not query.is_searchable
    assert query.message


def test_a_query_of_exactly_two_hundred_characters_is_accepted():
    assert search.parse_query("a" * 200, with_abbreviations=False).is_searchable


def test_highlight_marks_matches_in_the_original_text_and_escapes_the_rest():
    result = search.highlight("<b>Hội đồng</b> & Thạch Thất", ["hoi", "thach", "that"])
    assert result == (
        "&lt;b&gt;<mark>Hội</mark> đồng&lt;/b&gt; &amp; <mark>Thạch</mark> <mark>Thất</mark>"
    )


def test_highlight_keeps_positions_with_decomposed_and_invisible_characters():
    source = "Ho\u0323\u0302i \u200bđo\u0302\u0300ng nhân dân"
    result = search.highlight(source, ["dong"])
    assert result == "Hội <mark>đồng</mark> nhân dân"


def test_snippet_is_cut_around_the_matches_with_ellipses():
    value = ("Mở đầu bài viết dài. " * 30) + "Kỳ họp bàn về thủy lợi Thạch Thất. " + ("Kết. " * 80)
    result = search.snippet(value, ["thach", "that"], length=120)
    assert result.startswith("…") and result.endswith("…")
    assert "<mark>Thạch</mark> <mark>Thất</mark>" in result
    assert len(re.sub(r"</?mark>", "", result)) <= 122


def test_snippet_prefers_the_window_with_more_query_words():
    value = "thủy lợi ở đầu. " + ("chữ " * 100) + "thủy lợi Thạch Thất ở cuối."
    result = search.snippet(value, ["thuy", "loi", "thach", "that"], length=80)
    assert "<mark>Thạch</mark>" in result


# --- Results ------------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("hoi dong nhan dan", "Hội đồng nhân dân thành phố họp phiên bất thường"),
        ("Thach That", "Giám sát công trình thủy lợi ở Thạch Thất"),
        ("THẠCH THẤT", "Giám sát công trình thủy lợi ở Thạch Thất"),
        ("dai bieu", "Đại biểu tiếp xúc cử tri phường Bến Sông"),
        ("ĐẠI BIỂU", "Đại biểu tiếp xúc cử tri phường Bến Sông"),
        ("Đại Biểu", "Đại biểu tiếp xúc cử tri phường Bến Sông"),
    ],
)
def test_search_ignores_tone_marks_case_and_d_with_stroke(client, query, title):
    # The factory sapo mentions "Hội đồng nhân dân"; these articles must differ by title only.
    ArticleFactory(
        title="Hội đồng nhân dân thành phố họp phiên bất thường", sapo="", body="<p>Nội dung.</p>"
    )
    ArticleFactory(
        title="Giám sát công trình thủy lợi ở Thạch Thất", sapo="", body="<p>Nội dung.</p>"
    )
    ArticleFactory(
        title="Đại biểu tiếp xúc cử tri phường Bến Sông", sapo="", body="<p>Nội dung.</p>"
    )
    assert find(client, query) == [title]


@pytest.mark.django_db
def test_every_word_must_match_in_any_order(client):
    ArticleFactory(title="Kỳ họp bàn ngân sách", body="<p>Thủy lợi và giao thông.</p>")
    ArticleFactory(title="Ngân sách giáo dục", body="<p>Trường học.</p>")
    assert find(client, "thuy loi ngan sach") == ["Kỳ họp bàn ngân sách"]
    assert sorted(find(client, "sach ngan")) == ["Kỳ họp bàn ngân sách", "Ngân sách giáo dục"]
    assert find(client, "ngan sach hang khong") == []


@pytest.mark.django_db
def test_words_in_sapo_and_body_are_found(client):
    ArticleFactory(
        title="Tin một", sapo="Cử tri phường Đông Hòa kiến nghị.", body="<p>Nội dung.</p>"
    )
    ArticleFactory(title="Tin hai", body="<p>Về <strong>dự án</strong> khu dân cư Bàu Sen.</p>")
    assert find(client, "dong hoa") == ["Tin một"]
    assert find(client, "bau sen") == ["Tin hai"]


@pytest.mark.django_db
def test_title_matches_rank_above_body_matches(client):
    now = timezone.now()
    # The body match is newer, so recency alone would put it first.
    ArticleFactory(
        title="Tin hoạt động tuần",
        body="<p>Giám sát thủy lợi tại xã.</p>",
        published_at=now - datetime.timedelta(minutes=5),
    )
    ArticleFactory(
        title="Giám sát thủy lợi năm 2024",
        body="<p>Nội dung.</p>",
        published_at=now - datetime.timedelta(days=30),
    )
    assert find(client, "giam sat thuy loi") == ["Giám sát thủy lợi năm 2024", "Tin hoạt động tuần"]


@pytest.mark.django_db
def test_results_with_the_marks_the_reader_typed_rank_first(client):
    ArticleFactory(title="Bán đấu giá tài sản công", body="<p>Nội dung.</p>")
    ArticleFactory(title="Bàn giải pháp chống ngập", body="<p>Nội dung.</p>")
    ArticleFactory(title="Ban pháp chế họp", body="<p>Nội dung.</p>")
    assert find(client, "bàn")[0] == "Bàn giải pháp chống ngập"
    assert find(client, "bán")[0] == "Bán đấu giá tài sản công"
    assert find(client, "BÀN")[0] == "Bàn giải pháp chống ngập"


@pytest.mark.django_db
def test_marks_typed_in_the_body_rank_above_a_title_with_other_marks(client):
    ArticleFactory(title="Bàn về đê điều", body="<p>Nội dung.</p>")
    ArticleFactory(title="Tin tổng hợp", body="<p>Phiên chợ bán hàng Việt.</p>")
    assert find(client, "bán") == ["Tin tổng hợp", "Bàn về đê điều"]


@pytest.mark.django_db
def test_unpublished_and_inactive_category_articles_are_never_found(client):
    ArticleFactory(title="Thủy lợi bản nháp", draft=True)
    ArticleFactory(title="Thủy lợi đã ẩn", hidden=True)
    ArticleFactory(title="Thủy lợi hẹn giờ", scheduled=True)
    ArticleFactory(title="Thủy lợi chuyên mục ẩn", category=CategoryFactory(is_active=False))
    ArticleFactory(title="Thủy lợi công khai")
    assert find(client, "thuy loi") == ["Thủy lợi công khai"]


@pytest.mark.django_db
def test_results_show_highlighted_escaped_title_and_snippet(client):
    ArticleFactory(
        title="Thạch Thất <script>alert(1)</script>",
        sapo="Sapo về Thạch Thất & các xã.",
        body="<p>Thân bài &lt;img src=x onerror=alert(2)&gt; Thạch Thất.</p>",
    )
    page = client.get(SEARCH_URL, {"q": "thach that"}).content.decode()
    assert "<mark>Thạch</mark> <mark>Thất</mark> &lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "Sapo về <mark>Thạch</mark> <mark>Thất</mark> &amp; các xã." in page
    assert "&lt;img src=x onerror=alert(2)&gt;" in page
    assert "<script>alert(1)" not in page and "<img src=x" not in page


@pytest.mark.django_db
def test_results_are_paginated_and_page_links_keep_the_query(client):
    for n in range(15):
        ArticleFactory(title=f"Kỳ họp chuyên đề số {n}")
    first = client.get(SEARCH_URL, {"q": "kỳ họp"})
    assert len(result_titles(first)) == 12
    page = first.content.decode()
    assert "Tìm thấy 15 bài viết" in page
    assert 'href="?q=k%E1%BB%B3+h%E1%BB%8Dp&amp;page=2"' in page
    second = client.get(SEARCH_URL, {"q": "kỳ họp", "page": 2})
    assert len(result_titles(second)) == 3


@pytest.mark.django_db
def test_no_results_page_suggests_what_to_try(client):
    ArticleFactory(title="Kỳ họp thường lệ")
    page = client.get(SEARCH_URL, {"q": "sân bay"}).content.decode()
    assert "Không tìm thấy bài viết nào cho «sân bay»." in page


@pytest.mark.django_db
@pytest.mark.parametrize(
    "raw",
    [
        "",
        " ",
        "a" * 201,
        "x" * 5000,
        "!!!",
        "%",
        "_",
        "%_%",
        "\\",
        "\\\\%",
        "' OR 1=1 --",
        "'; DROP TABLE news_article; --",
        "<script>alert(1)</script>",
        '"><img src=x onerror=alert(1)>',
        "\x00",
        "ky\x00hop",
        "🎉",
        "kỳ họp 🎉",
        "\u202ekỳ họp",
        "ﷺ",
        "𝕜𝕪 𝕙𝕠𝕡",
    ],
)
def test_odd_queries_get_a_friendly_page_never_an_error(client, raw):
    ArticleFactory(title="Kỳ họp thường lệ")
    response = client.get(SEARCH_URL, {"q": raw})
    assert response.status_code == 200
    page = response.content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "onerror=alert(1)>" not in page
    assert "Tìm kiếm" in page


@pytest.mark.django_db
def test_too_long_query_is_refused_with_a_message_and_kept_in_the_box(client):
    typed = "kỳ họp " * 40
    page = client.get(SEARCH_URL, {"q": typed}).content.decode()
    assert "Từ khóa quá dài" in page
    assert f'value="{text.squash_spaces(typed)}"' in page


@pytest.mark.django_db
def test_empty_query_explains_how_to_search(client):
    page = client.get(SEARCH_URL).content.decode()
    assert "có dấu hoặc không dấu đều được" in page


@pytest.mark.django_db
def test_search_page_is_kept_out_of_search_engines(client):
    page = client.get(SEARCH_URL, {"q": "kỳ họp"}).content.decode()
    assert '<meta name="robots" content="noindex, follow">' in page


@pytest.mark.django_db
def test_search_works_on_postgresql_with_the_full_text_index(client, on_postgres):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'news_art_search_fts'")
        (definition,) = cursor.fetchone()
    assert "gin (search_document)" in definition
    ArticleFactory(title="Giám sát công trình thủy lợi ở Thạch Thất")
    assert find(client, "thach that") == ["Giám sát công trình thủy lợi ở Thạch Thất"]
