"""An article's text after saving: normalised after the sanitizer, and legacy paste converted."""

import unicodedata

import pytest

from news.models import Article
from portal import legacy_encoding
from tests.factories import EditorFactory
from tests.news.admin_helpers import ADD_URL, article_form_data
from tests.news.factories import ArticleFactory, CategoryFactory

pytestmark = pytest.mark.django_db


def test_character_references_are_normalised_after_the_sanitizer_decodes_them():
    article = ArticleFactory(body="<p>Tiê&#x301;ng Vie&#x323;&#x302;t&#x200b; có&#8203; dấu</p>")
    assert article.body == "<p>Tiếng Việt có dấu</p>"
    assert unicodedata.is_normalized("NFC", article.body)
    assert "tieng viet co dau" in article.search_folded


def test_a_tone_typed_before_the_circumflex_composes_in_every_field():
    article = ArticleFactory(
        title="Tie\u0301\u0302ng nói cử tri",
        sapo="Vie\u0323\u0302t Nam",
        body="<p>Kie\u0301\u0302n nghị</p>",
    )
    assert (article.title, article.sapo, article.body) == (
        "Tiếng nói cử tri",
        "Việt Nam",
        "<p>Kiến nghị</p>",
    )


def test_soft_hyphens_from_word_are_removed_from_the_body_and_search():
    article = ArticleFactory(
        title="Hội đồ\u00adng nhân dân", body="<p>Kỳ họp thứ mư&shy;ời hai đồ\u00adng ý</p>"
    )
    assert article.title == "Hội đồng nhân dân"
    assert article.body == "<p>Kỳ họp thứ mười hai đồng ý</p>"
    assert "muoi hai dong y" in article.search_folded
    assert "\u00ad" not in article.search_folded


def test_no_break_and_other_spaces_search_as_spaces():
    article = ArticleFactory(
        title="Hội\u00a0đồng nhân\u202fdân", body="<p>Ủy&nbsp;ban\u2007nhân dân</p>"
    )
    assert "hoi dong nhan dan" in article.title_folded
    assert "uy ban nhan dan" in article.search_folded


def test_text_pasted_in_tcvn3_or_vni_is_converted_and_noted():
    article = ArticleFactory(
        title=legacy_encoding.from_unicode("Kỳ họp thứ Mười hai HĐND thành phố", "tcvn3"),
        sapo=legacy_encoding.from_unicode("Các đại biểu thảo luận về ngân sách.", "vni"),
        body="<p>" + legacy_encoding.from_unicode("Người dân được hỏi ý kiến.", "tcvn3") + "</p>",
    )
    assert article.title == "Kỳ họp thứ Mười hai HĐND thành phố"
    assert article.sapo == "Các đại biểu thảo luận về ngân sách."
    assert article.body == "<p>Người dân được hỏi ý kiến.</p>"
    assert article.legacy_conversions == {"title": "tcvn3", "sapo": "vni", "body": "tcvn3"}
    assert "nguoi dan duoc hoi y kien" in article.search_folded


def test_unicode_text_is_not_converted():
    article = ArticleFactory(title="NHÂN DÂN ĐÃ ĐƯỢC HỎI Ý KIẾN", body="<p>Âm thanh Âu Cơ</p>")
    assert article.legacy_conversions == {}
    assert article.title == "NHÂN DÂN ĐÃ ĐƯỢC HỎI Ý KIẾN"


def test_the_admin_tells_the_clerk_what_was_converted(client):
    client.force_login(EditorFactory())
    category = CategoryFactory()
    data = article_form_data(
        category=category,
        title=legacy_encoding.from_unicode("Giám sát việc giải quyết ý kiến cử tri", "tcvn3"),
        body="<p>" + legacy_encoding.from_unicode("Đoàn giám sát làm việc với sở.", "vni") + "</p>",
    )
    response = client.post(ADD_URL, data, follow=True)
    assert response.status_code == 200
    article = Article.objects.get()
    assert article.title == "Giám sát việc giải quyết ý kiến cử tri"
    assert article.body == "<p>Đoàn giám sát làm việc với sở.</p>"
    messages = [str(m) for m in response.context["messages"]]
    note = next(m for m in messages if "bảng mã cũ" in m)
    assert "TCVN3 (ABC)" in note and "VNI-Windows" in note
    assert "Tiêu đề" in note or "tiêu đề" in note


def test_the_admin_says_nothing_when_nothing_was_converted(client):
    client.force_login(EditorFactory())
    response = client.post(ADD_URL, article_form_data(category=CategoryFactory()), follow=True)
    assert Article.objects.count() == 1
    assert not [m for m in response.context["messages"] if "bảng mã cũ" in str(m)]
