"""Topics (django-taggit), the topic pages and "Bài liên quan" worked out on save."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from news import related
from news.models import Article, RelatedArticle, Topic
from portal import pagination
from tests.factories import EditorFactory
from tests.news.factories import ArticleFactory, CategoryFactory

pytestmark = pytest.mark.django_db


def tagged(*names, **fields):
    article = ArticleFactory(**fields)
    article.tags.add(*names)
    return article


def test_a_vietnamese_topic_gets_an_ascii_slug_and_its_own_page():
    article = tagged("Kỳ họp thứ Mười hai")
    topic = Topic.objects.get()
    assert topic.slug == "ky-hop-thu-muoi-hai"
    assert topic.get_absolute_url() == "/chu-de/ky-hop-thu-muoi-hai/"
    assert list(Article.objects.filter(tagged_items__tag=topic)) == [article]


def test_topic_names_differing_only_in_case_are_one_topic():
    tagged("Ngân sách")
    tagged("ngân sách")
    assert Topic.objects.count() == 1


def test_the_topic_page_lists_its_public_articles_newest_first(client):
    now = timezone.now()
    tagged("Chống ngập", title="Bài cũ về chống ngập", published_at=now - timedelta(days=2))
    tagged("Chống ngập", title="Bài mới về chống ngập", published_at=now - timedelta(hours=1))
    tagged("Chống ngập", title="Bài ẩn về chống ngập", hidden=True)
    ArticleFactory(title="Bài không có chủ đề")
    response = client.get("/chu-de/chong-ngap/")
    html = response.content.decode()
    html = html[: html.index('id="tin-doc-nhieu"')]  # the list, not the sidebar
    assert response.status_code == 200
    assert "Chủ đề: Chống ngập" in html
    assert html.index("Bài mới về chống ngập") < html.index("Bài cũ về chống ngập")
    assert "Bài ẩn về chống ngập" not in html
    assert "Bài không có chủ đề" not in html


def test_an_unknown_topic_is_404(client):
    assert client.get("/chu-de/khong-co/").status_code == 404


def test_the_topic_page_pages_through_long_lists(client):
    for n in range(pagination.PAGE_SIZE + 2):
        tagged("Giám sát", title=f"Giám sát lần {n}")
    first = client.get("/chu-de/giam-sat/").content.decode()
    second = client.get("/chu-de/giam-sat/?page=2")
    assert second.status_code == 200
    assert first.count('class="card') >= pagination.PAGE_SIZE
    assert "?page=2" in first


def test_the_article_page_links_its_topics(client):
    article = tagged("Tiếp xúc cử tri")
    html = client.get(article.get_absolute_url()).content.decode()
    assert 'href="/chu-de/tiep-xuc-cu-tri/"' in html


def test_related_articles_share_topics_across_categories():
    budget, schools = CategoryFactory(), CategoryFactory()
    article = tagged("Giáo dục", "Ngân sách", category=budget, title="Chi ngân sách cho trường")
    close = tagged("Giáo dục", "Ngân sách", category=schools, title="Thêm phòng học mới")
    far = tagged("Giáo dục", category=schools, title="Khen thưởng học sinh giỏi")
    unrelated = ArticleFactory(category=schools, title="Sửa đường giao thông nông thôn")
    found = dict(related.compute(article))
    assert list(found)[:2] == [close.pk, far.pk]
    assert unrelated.pk not in found


def test_related_articles_are_also_found_by_shared_words_without_a_topic():
    article = ArticleFactory(
        title="Giám sát cấp nước sạch nông thôn", sapo="Nhiều hộ chưa có nước sạch."
    )
    other = ArticleFactory(
        category=CategoryFactory(),
        title="Cử tri kiến nghị đưa nước sạch về nông thôn",
        sapo="Nước sạch cho các ấp ven sông.",
    )
    ArticleFactory(category=CategoryFactory(), title="Bồi dưỡng kỹ năng chất vấn", sapo="")
    assert [pk for pk, _ in related.compute(article)] == [other.pk]


def test_refresh_stores_the_list_and_offers_the_article_to_what_it_found():
    older = tagged("Chống ngập", title="Điểm ngập kéo dài")
    newer = tagged("Chống ngập", title="Chống ngập cho từng điểm")
    related.refresh(newer)
    assert RelatedArticle.objects.filter(article=newer, related=older).exists()
    # The older article now lists the newer one too, without being saved itself.
    assert RelatedArticle.objects.filter(article=older, related=newer).exists()


def test_a_hidden_related_article_leaves_the_list_at_once():
    article = tagged("Nước sạch")
    other = tagged("Nước sạch")
    related.refresh(article)
    assert related.related_to(article) == [other]
    other.status = Article.Status.HIDDEN
    other.save()
    assert related.related_to(article) == []


def test_the_article_page_shows_bai_lien_quan(client):
    article = tagged("Nhà ở xã hội", title="Giám sát nhà ở xã hội")
    other = tagged("Nhà ở xã hội", title="Thủ tục mua nhà ở xã hội", category=CategoryFactory())
    related.refresh(article)
    html = client.get(article.get_absolute_url()).content.decode()
    assert "Bài liên quan" in html
    assert other.get_absolute_url() in html


def test_saving_topics_in_the_admin_works_out_the_related_articles(client):
    other = tagged("Đầu tư công", title="Điều chỉnh kế hoạch đầu tư công")
    article = ArticleFactory(title="Bài chưa có chủ đề")
    client.force_login(EditorFactory())
    url = reverse("admin:news_article_change", args=[article.pk])
    form = client.get(url).context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None and k != "cover_image"}
    data.update(
        {
            "category": article.category_id,
            "tags": "Đầu tư công",
            "published_at_0": article.published_at.strftime("%d/%m/%Y"),
            "published_at_1": article.published_at.strftime("%H:%M"),
            "expires_at_0": "",
            "expires_at_1": "",
            "_save": "1",
        }
    )
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert list(article.tags.names()) == ["Đầu tư công"]
    assert related.related_to(article) == [other]


def _queries(callable_):
    with CaptureQueriesContext(connection) as queries:
        callable_()
    return len(queries)


def test_working_out_and_reading_related_articles_costs_the_same_in_a_larger_archive():
    category = CategoryFactory()
    article = tagged("Kỳ họp", "Ngân sách", category=category, title="Thông qua dự toán ngân sách")
    for n in range(5):
        tagged("Kỳ họp", category=category, title=f"Kỳ họp lần {n} bàn ngân sách")
    small_read = _queries(lambda: related.related_to(article))
    assert _queries(lambda: related.refresh(article)) <= REFRESH_BUDGET
    for n in range(150):
        tagged("Kỳ họp", "Ngân sách", category=category, title=f"Phiên họp {n} về ngân sách")
    assert _queries(lambda: related.refresh(article)) <= REFRESH_BUDGET
    assert _queries(lambda: related.related_to(article)) == small_read == 1


# Working out one article's list: a fixed number of index reads (its topics, each topic's newest,
# the category's newest, three title words, the candidates and their topics), then at most four
# statements for each of the SIZE articles it is offered to, with their savepoints.
REFRESH_BUDGET = 12 + 8 * related.SIZE


def test_parse_keeps_vietnamese_topics_whole():
    from news import topics

    assert topics.parse("Kỳ họp thứ Mười hai") == ["Kỳ họp thứ Mười hai"]
    assert topics.parse(" Ngân sách ; Giáo dục,  Ngân  sách\nChống ngập") == [
        "Chống ngập",
        "Giáo dục",
        "Ngân sách",
    ]
    assert topics.parse(", ,") == []
