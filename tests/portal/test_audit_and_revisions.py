"""The audit trail editors read, revisions with a readable diff, and the editors' right to
update the sidebar widgets."""

import pytest
from django.contrib.admin.models import LogEntry
from django.urls import reverse

from news import publishing
from news.models import Article
from portal.models import WeatherReport
from portal.revisions import changes, word_diff
from tests.factories import EditorFactory, WriterFactory
from tests.news.factories import ArticleFactory
from tests.portal.factories import WeatherReportFactory

pytestmark = pytest.mark.django_db


def test_word_diff_marks_the_words_that_went_and_came_and_escapes_them():
    html = word_diff("Khai mạc kỳ họp thứ <ba>", "Khai mạc kỳ họp thứ bốn")
    assert html == "Khai mạc kỳ họp thứ <del>&lt;ba&gt;</del> <ins>bốn</ins>"


def test_long_unchanged_stretches_are_shortened():
    same = " ".join(f"từ{n}" for n in range(40))
    html = word_diff(same + " cũ", same + " mới")
    assert "…" in html and "<del>cũ</del> <ins>mới</ins>" in html


def test_revisions_record_who_changed_what_with_the_body_compared_as_text(client):
    editor = EditorFactory()
    article = ArticleFactory(title="Tiêu đề đầu", body="<p>Nội dung <strong>cũ</strong></p>")
    article.title = "Tiêu đề sau"
    article.body = "<p>Nội dung mới</p>"
    article._history_user = editor
    article.save()
    newer, older = article.history.all()[:2]
    assert newer.history_user == editor
    found = {change["label"]: str(change["html"]) for change in changes(older, newer)}
    assert found["Tiêu đề"] == "Tiêu đề <del>đầu</del> <ins>sau</ins>"
    assert found["Nội dung"] == "Nội dung <del>cũ</del> <ins>mới</ins>"
    client.force_login(editor)
    page = client.get(reverse("admin:news_article_history", args=[article.pk])).content.decode()
    assert "<del>đầu</del> <ins>sau</ins>" in page


def test_publishing_decisions_are_revisions_with_a_reason():
    editor = EditorFactory()
    article = ArticleFactory(review=True)
    publishing.publish_now(article, editor)
    latest = article.history.first()
    assert (latest.history_user, latest.history_change_reason) == (editor, "Đăng bài")


def test_editors_read_the_audit_trail_filtered_by_person(client):
    editor, other = EditorFactory(), EditorFactory()
    publishing.hide(ArticleFactory(title="Bài đã gỡ"), editor)
    publishing.hide(ArticleFactory(title="Bài khác"), other)
    client.force_login(editor)
    url = reverse("admin:admin_logentry_changelist") + f"?user__id__exact={editor.pk}"
    page = client.get(url).content.decode()
    assert "Bài đã gỡ" in page and "Gỡ bài" in page
    assert "Bài khác" not in page
    assert LogEntry.objects.count() == 2


def test_the_audit_trail_is_read_only_and_hidden_from_writers(client):
    editor = EditorFactory()
    client.force_login(editor)
    assert client.get(reverse("admin:admin_logentry_add")).status_code == 403
    client.force_login(WriterFactory())
    assert client.get(reverse("admin:admin_logentry_changelist")).status_code == 403


def test_editors_update_the_weather_and_gold_widgets(client):
    report = WeatherReportFactory()
    client.force_login(EditorFactory())
    assert client.get(reverse("admin:portal_weatherreport_changelist")).status_code == 200
    assert client.get(reverse("admin:portal_goldpriceboard_add")).status_code == 200
    url = reverse("admin:portal_weatherreport_change", args=[report.pk])
    data = {
        "place": report.place,
        "temperature": "31,5",
        "humidity": "70",
        "description": "Nắng",
        "order": "0",
        "is_published": "on",
    }
    assert client.post(url, data).status_code == 302
    assert str(WeatherReport.objects.get().temperature) == "31.5"


def test_writers_cannot_update_the_widgets(client):
    client.force_login(WriterFactory())
    assert client.get(reverse("admin:portal_weatherreport_changelist")).status_code == 403


def test_a_restored_revision_goes_through_the_publishing_rules(client):
    writer = WriterFactory()
    article = ArticleFactory(draft=True, created_by=writer, title="Bản đầu")
    article.title = "Bản sau"
    article.save()
    oldest = article.history.last()
    client.force_login(writer)
    url = reverse("admin:news_article_simple_history", args=[article.pk, oldest.history_id])
    data = {
        "title": "Bản đầu",
        "slug": article.slug,
        "category": article.category_id,
        "sapo": "",
        "body": "",
        "cover_caption": "",
        "cover_alt": "",
        "byline": "",
        "source": "",
        "allow_comments": "on",
        "_save": "1",
    }
    assert client.post(url, data).status_code == 302
    article.refresh_from_db()
    assert article.title == "Bản đầu"
    assert article.status == Article.Status.DRAFT
