"""Document and session pages, and what council adds to the news pages."""

import datetime
import json
import re

import pytest
from django.utils import timezone

from council.models import Document, DocumentChange
from tests.news.factories import ArticleFactory, CategoryFactory

from .factories import (
    AgendaItemFactory,
    DocumentFactory,
    SessionFactory,
    attach_pdf,
    kind,
    text_pdf_bytes,
)

pytestmark = pytest.mark.django_db


def json_ld(body):
    found = re.findall(r'<script type="application/ld\+json">(.*?)</script>', body, re.S)
    return [json.loads(item) for item in found]


@pytest.fixture
def closed_session():
    session = SessionFactory(number=12)
    AgendaItemFactory(session=session, day=session.starts_on, title="Khai mạc kỳ họp")
    return session


@pytest.fixture
def resolution(closed_session):
    document = DocumentFactory(
        number="19/2024/NQ-HĐND",
        session=closed_session,
        effective_on=datetime.date(2024, 12, 16),
        summary="Dự toán thu, chi ngân sách địa phương năm 2025",
    )
    attach_pdf(document, name="Nghị quyết 19-2024.pdf", content=text_pdf_bytes())
    return document


def test_a_document_page_shows_every_field_its_file_and_its_session(client, resolution):
    response = client.get(resolution.get_absolute_url())
    assert response.status_code == 200
    body = response.content.decode()
    for text in (
        "Nghị quyết số 19/2024/NQ-HĐND",
        "HĐND thành phố",
        "06/12/2024",
        "16/12/2024",
        "Nguyễn Thị Thanh Hà, Chủ tịch HĐND thành phố",
        "Ngân sách – Tài chính",
        "Còn hiệu lực",
        "Kỳ họp thứ Mười hai",
        "Tải về: Nghị quyết 19-2024.pdf",
        "(PDF, ",
        "1 trang",
    ):
        assert text in body, text
    assert not response.cookies


def test_a_document_page_shows_its_history_both_ways(client, resolution):
    old = DocumentFactory(number="44/2023/NQ-HĐND", issued_on=datetime.date(2023, 7, 1))
    DocumentChange.objects.create(source=resolution, target=old, kind="replaces", note="Toàn bộ")
    new_body = client.get(resolution.get_absolute_url()).content.decode()
    old_body = client.get(old.get_absolute_url()).content.decode()
    assert "Thay thế" in new_body and old.get_absolute_url() in new_body
    assert "Bị thay thế bởi" in old_body and resolution.get_absolute_url() in old_body


def test_a_document_page_links_its_articles(client, resolution):
    article = ArticleFactory(title="Thông qua dự toán ngân sách năm tới")
    resolution.articles.add(article)
    body = client.get(resolution.get_absolute_url()).content.decode()
    assert "Bài viết liên quan" in body and article.get_absolute_url() in body


def test_a_resolution_is_described_as_legislation(client, resolution):
    data = json_ld(client.get(resolution.get_absolute_url()).content.decode())[0]
    assert data["@type"] == "Legislation"
    assert data["legislationIdentifier"] == "19/2024/NQ-HĐND"
    assert data["legislationLegalForce"] == "https://schema.org/InForce"
    assert data["associatedMedia"][0]["encodingFormat"] == "application/pdf"


def test_a_report_is_described_as_a_digital_document(client):
    report = DocumentFactory(kind=kind("bao-cao"), number="58/BC-KTNS")
    data = json_ld(client.get(report.get_absolute_url()).content.decode())[0]
    assert data["@type"] == "DigitalDocument"
    assert "legislationIdentifier" not in data


def test_hidden_documents_and_unknown_addresses_are_404(client):
    hidden = DocumentFactory(is_published=False)
    assert client.get(hidden.get_absolute_url()).status_code == 404
    assert client.get("/van-ban/khong-co-van-ban-nay/").status_code == 404
    assert client.get("/van-ban/" + "a" * 300 + "/").status_code == 404


def test_the_print_view_has_the_record_and_is_not_indexed(client, resolution):
    response = client.get(f"{resolution.get_absolute_url()}in/")
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex"
    assert "Nghị quyết số 19/2024/NQ-HĐND" in response.content.decode()


def test_the_session_page_has_agenda_resolutions_minutes_news_and_video(client, resolution):
    session = resolution.session
    session.video_url = "https://www.youtube.com/watch?v=abcdefghijk"
    category = CategoryFactory(name="Kỳ họp", slug="ky-hop")
    session.news_category = category
    session.save()
    DocumentFactory(kind=kind("bien-ban"), number="12/BB-HĐND", session=session)
    in_window = ArticleFactory(
        category=category,
        published_at=timezone.make_aware(datetime.datetime(2024, 12, 5, 9)),
    )
    ArticleFactory(  # published long before the session: not its news
        category=category,
        published_at=timezone.make_aware(datetime.datetime(2024, 10, 1, 9)),
    )
    linked = ArticleFactory(published_at=timezone.make_aware(datetime.datetime(2025, 3, 1, 9)))
    session.articles.add(linked)

    response = client.get(session.get_absolute_url())
    body = response.content.decode()
    assert "Kỳ họp thứ Mười hai" in body
    assert "Đã bế mạc" in body
    assert "Khai mạc kỳ họp" in body
    assert "Nghị quyết được thông qua (1)" in body
    assert "Biên bản số 12/BB-HĐND" in body
    assert set(response.context["news"]) == {in_window, linked}
    assert in_window.get_absolute_url() in body and linked.get_absolute_url() in body
    assert json_ld(body)[0]["@type"] == "Event"


def test_the_video_is_not_loaded_before_the_reader_clicks(client, closed_session):
    closed_session.video_url = "https://youtu.be/abcdefghijk"
    closed_session.save()
    body = client.get(closed_session.get_absolute_url()).content.decode()
    assert "<iframe" not in body
    assert 'data-video-embed="https://www.youtube-nocookie.com/embed/abcdefghijk"' in body
    # Nothing on the page makes the browser contact the video host by itself.
    assert not re.search(r'(src|srcset|poster)="https://[^"]*(youtube|facebook)', body)
    assert 'href="https://www.youtube.com/watch?v=abcdefghijk"' in body


def test_the_session_agenda_lists_each_items_documents(client, closed_session):
    draft = DocumentFactory(
        number="", status=Document.Status.DRAFT, session=closed_session, summary="Dự thảo A"
    )
    item = AgendaItemFactory(session=closed_session, title="Xem xét dự toán")
    item.documents.add(draft)
    body = client.get(closed_session.get_absolute_url()).content.decode()
    assert "Xem xét dự toán" in body and draft.get_absolute_url() in body


def test_sessions_are_listed_by_term(client, closed_session):
    body = client.get("/ky-hop/").content.decode()
    assert "Khóa XI, nhiệm kỳ 2021–2026" in body
    assert closed_session.get_absolute_url() in body


def test_unknown_sessions_are_404(client):
    assert client.get("/ky-hop/khong-co/").status_code == 404


def test_the_home_page_announces_the_upcoming_session(client):
    today = timezone.localdate()
    upcoming = SessionFactory(
        number=13,
        starts_on=today + datetime.timedelta(days=20),
        ends_on=today + datetime.timedelta(days=21),
    )
    body = client.get("/").content.decode()
    assert "Kỳ họp sắp diễn ra" in body and upcoming.get_absolute_url() in body


def test_no_session_block_when_none_is_scheduled(client, closed_session):
    assert "Kỳ họp sắp diễn ra" not in client.get("/").content.decode()


def test_the_menu_puts_the_council_pages_in_place_of_their_news_categories(client):
    CategoryFactory(name="Thông tin hoạt động", slug="thong-tin", order=1)
    CategoryFactory(name="Kỳ họp", slug="ky-hop", order=2)
    CategoryFactory(name="Nghị quyết HĐND", slug="nghi-quyet-hdnd", order=3)
    body = client.get("/van-ban/").content.decode()
    menu = body[body.index('id="menu-chuyen-muc"') : body.index("</nav>")]
    links = re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', menu)
    assert links == [
        ("/", "Trang chủ"),
        ("/chuyen-muc/thong-tin/", "Thông tin hoạt động"),
        ("/ky-hop/", "Kỳ họp"),
        ("/van-ban/", "Văn bản"),
        # The council's group (council.menu) follows.
        ("/dai-bieu/", "Đại biểu"),
        ("/chat-van/", "Chất vấn"),
        ("/lich-cong-tac/", "Lịch công tác"),
        ("/kien-nghi/", "Kiến nghị cử tri"),
        ("/kien-nghi/gui/", "Gửi câu hỏi, kiến nghị"),
        ("/kien-nghi/tra-cuu/", "Tra cứu"),
    ]
    assert 'href="/van-ban/" aria-current="page"' in menu


def test_without_those_categories_the_council_pages_come_last_in_the_menu(client):
    CategoryFactory(name="Giám sát", slug="giam-sat")
    body = client.get("/").content.decode()
    menu = body[body.index('id="menu-chuyen-muc"') : body.index("</nav>")]
    assert [name for _, name in re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', menu)] == [
        "Trang chủ",
        "Giám sát",
        "Văn bản",
        "Kỳ họp",
        "Đại biểu",
        "Chất vấn",
        "Lịch công tác",
        "Kiến nghị cử tri",
        "Gửi câu hỏi, kiến nghị",
        "Tra cứu",
    ]


def test_the_news_category_says_where_the_sessions_records_are(client):
    category = CategoryFactory(name="Kỳ họp", slug="ky-hop")
    body = client.get(category.get_absolute_url()).content.decode()
    assert "Đây là chuyên mục tin, bài về các kỳ họp" in body
    assert 'href="/ky-hop/"' in body
    assert 'href="/chuyen-muc/ky-hop/"' in client.get("/ky-hop/").content.decode()
    # The menu's "Kỳ họp" (the council's page) is marked as the section the reader is in.
    assert 'href="/ky-hop/" aria-current="true"' in body


def test_an_article_page_lists_its_related_documents(client, resolution):
    article = ArticleFactory()
    resolution.articles.add(article)
    body = client.get(article.get_absolute_url()).content.decode()
    assert "Văn bản liên quan" in body and resolution.get_absolute_url() in body


def test_an_article_without_documents_has_no_such_block(client):
    assert (
        "Văn bản liên quan" not in client.get(ArticleFactory().get_absolute_url()).content.decode()
    )


@pytest.mark.parametrize(
    "query", ["kỳ họp thứ mười hai", "ky hop thu muoi hai", "kỳ họp thứ 12", "kỳ họp 12"]
)
def test_the_site_search_finds_a_session_written_either_way(client, closed_session, query):
    body = client.get("/tim-kiem/", {"q": query}).content.decode()
    assert 'id="ket-qua-ky-hop"' in body and closed_session.get_absolute_url() in body


def test_the_site_search_shows_documents_too(client, resolution):
    body = client.get("/tim-kiem/", {"q": "19/2024/NQ-HĐND"}).content.decode()
    assert resolution.get_absolute_url() in body


def test_feeds_list_new_documents_and_each_kind(client, resolution):
    report = DocumentFactory(kind=kind("bao-cao"), number="58/BC-KTNS")
    all_feed = client.get("/van-ban/rss/").content.decode()
    kind_feed = client.get("/van-ban/loai/bao-cao/rss/").content.decode()
    assert resolution.get_absolute_url() in all_feed and report.get_absolute_url() in all_feed
    assert report.get_absolute_url() in kind_feed
    assert resolution.get_absolute_url() not in kind_feed
    assert client.get("/van-ban/loai/khong-co/rss/").status_code == 404


def test_the_sitemap_lists_documents_sessions_and_the_two_pages(client, resolution):
    hidden = DocumentFactory(is_published=False)
    body = client.get("/sitemap.xml").content.decode()
    assert resolution.get_absolute_url() in body
    assert resolution.session.get_absolute_url() in body
    assert "/van-ban/</loc>" in body and "/ky-hop/</loc>" in body
    assert hidden.get_absolute_url() not in body


def test_a_new_document_reaches_the_cached_sitemap_at_once(client, resolution):
    client.get("/sitemap.xml")
    added = DocumentFactory(number="77/2024/NQ-HĐND")
    assert added.get_absolute_url() in client.get("/sitemap.xml").content.decode()
