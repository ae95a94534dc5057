"""Writers draft and submit; editors publish and hide. Checked with raw admin posts."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from news.models import Article
from news.permissions import EDITOR_GROUP, WRITER_GROUP
from news.publishing import can_edit
from tests.factories import StaffUserFactory, WriterFactory
from tests.news.admin_helpers import (
    ADD_URL,
    CHANGELIST_URL,
    action_data,
    article_form_data,
    change_url,
)
from tests.news.factories import ArticleFactory, CategoryFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def category():
    return CategoryFactory(name="Kỳ họp", slug="ky-hop")


def codenames(group_name):
    return set(Group.objects.get(name=group_name).permissions.values_list("codename", flat=True))


def test_data_migration_creates_the_two_newsroom_groups():
    assert codenames(WRITER_GROUP) == {
        "add_article",
        "change_article",
        "view_article",
        "view_category",
    }
    editor = codenames(EDITOR_GROUP)
    assert {"publish_article", "delete_article", "change_category", "add_category"} <= editor


# --- writers ---------------------------------------------------------------------------------


def test_writer_creates_a_draft_recorded_as_theirs(client, writer, category):
    client.force_login(writer)
    response = client.post(ADD_URL, article_form_data(category=category))
    assert response.status_code == 302
    article = Article.objects.get()
    assert article.status == Article.Status.DRAFT
    assert article.created_by == writer
    assert article.updated_by == writer


def test_writer_submits_an_article_for_review_from_the_form(client, writer, category):
    client.force_login(writer)
    client.post(ADD_URL, article_form_data(category=category, _workflow="submit"))
    assert Article.objects.get().status == Article.Status.REVIEW


@pytest.mark.parametrize("action", ["publish", "schedule", "unpublish", "return"])
def test_writer_crafted_post_cannot_create_a_published_or_hidden_article(
    client, writer, category, action
):
    client.force_login(writer)
    response = client.post(ADD_URL, article_form_data(category=category, _workflow=action))
    assert response.status_code == 200  # the form comes back with an error
    assert response.context["adminform"].form.non_field_errors()
    assert not Article.objects.exists()


def test_a_posted_status_is_ignored(client, writer, category):
    client.force_login(writer)
    client.post(ADD_URL, article_form_data(category=category, status="published"))
    assert Article.objects.get().status == Article.Status.DRAFT


def test_writer_crafted_post_cannot_feature_or_schedule(client, writer, category):
    client.force_login(writer)
    data = article_form_data(
        category=category,
        _workflow="submit",
        is_featured="on",
        published_at_0="2020-01-01",
        published_at_1="08:00:00",
    )
    assert client.post(ADD_URL, data).status_code == 302
    article = Article.objects.get()
    assert article.is_featured is False
    assert article.published_at is None
    assert not article.is_public


def test_writer_form_offers_save_draft_and_submit_buttons_only(client, writer):
    client.force_login(writer)
    response = client.get(ADD_URL)
    form = response.context["adminform"].form
    assert "status" not in form.fields
    assert "is_featured" not in form.fields
    assert "published_at" not in form.fields
    assert "expires_at" not in form.fields
    page = response.content.decode()
    assert 'value="draft"' in page and ">Lưu nháp</button>" in page
    assert 'value="submit"' in page and ">Gửi duyệt</button>" in page
    assert "Đăng ngay" not in page and "Hẹn giờ đăng</button>" not in page
    # No scheduling hint a writer cannot use.
    assert "hẹn giờ" not in page.split('id="article_form"')[1].split("submit-row")[0].lower()


def test_writer_cannot_publish_their_own_draft_by_editing_it(client, writer):
    article = ArticleFactory(draft=True, created_by=writer)
    client.force_login(writer)
    response = client.post(change_url(article), article_form_data(article, _workflow="publish"))
    assert response.status_code == 200
    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT


def test_writer_can_keep_editing_their_article_while_it_waits_for_review(client, writer):
    article = ArticleFactory(review=True, created_by=writer)
    client.force_login(writer)
    client.post(change_url(article), article_form_data(article, title="Tiêu đề đã sửa"))
    article.refresh_from_db()
    assert article.title == "Tiêu đề đã sửa"
    assert article.status == Article.Status.REVIEW


def test_writer_cannot_see_or_edit_someone_elses_article(client, writer):
    other = ArticleFactory(draft=True, created_by=WriterFactory(), title="Bài của người khác")
    client.force_login(writer)
    assert client.get(change_url(other)).status_code == 302  # "không tồn tại" redirect
    client.post(change_url(other), article_form_data(other, title="Bị sửa trộm"))
    other.refresh_from_db()
    assert other.title == "Bài của người khác"
    assert "Bài của người khác" not in client.get(CHANGELIST_URL).content.decode()
    assert not can_edit(writer, other)


def test_writer_cannot_edit_their_own_article_once_published(client, writer):
    article = ArticleFactory(created_by=writer, title="Đã đăng")
    client.force_login(writer)
    page = client.get(change_url(article))
    assert page.status_code == 200
    assert 'name="_save"' not in page.content.decode()  # read-only view
    response = client.post(change_url(article), article_form_data(article, title="Sửa lén"))
    assert response.status_code == 403
    article.refresh_from_db()
    assert article.title == "Đã đăng"


def test_writer_cannot_unhide_a_hidden_article(client, writer):
    article = ArticleFactory(hidden=True, created_by=writer)
    client.force_login(writer)
    response = client.post(change_url(article), article_form_data(article))
    assert response.status_code == 403
    article.refresh_from_db()
    assert article.status == Article.Status.HIDDEN


@pytest.mark.parametrize("action", ["publish_selected", "hide_selected"])
def test_writer_posting_publish_or_hide_action_changes_nothing(client, writer, action):
    article = ArticleFactory(review=True, created_by=writer)
    client.force_login(writer)
    page = client.get(CHANGELIST_URL).content.decode()
    assert action not in page
    client.post(CHANGELIST_URL, action_data(action, article))
    article.refresh_from_db()
    assert article.status == Article.Status.REVIEW


def test_writer_submits_own_drafts_for_review_with_the_action(client, writer):
    mine = ArticleFactory(draft=True, created_by=writer)
    published = ArticleFactory(created_by=writer)
    client.force_login(writer)
    response = client.post(
        CHANGELIST_URL, action_data("submit_for_review", mine, published), follow=True
    )
    mine.refresh_from_db()
    published.refresh_from_db()
    assert mine.status == Article.Status.REVIEW
    assert published.status == Article.Status.PUBLISHED
    assert "Đã gửi duyệt 1 bài viết." in response.content.decode()


def test_writer_cannot_delete_articles_or_touch_categories(client, writer):
    article = ArticleFactory(draft=True, created_by=writer)
    client.force_login(writer)
    assert (
        client.post(f"/quan-tri/news/article/{article.pk}/delete/", {"post": "yes"}).status_code
        == 403
    )
    assert Article.objects.filter(pk=article.pk).exists()
    assert client.post("/quan-tri/news/category/add/", {"name": "Mới"}).status_code == 403


def test_staff_without_a_role_cannot_open_the_article_admin(client):
    client.force_login(StaffUserFactory())
    assert client.get(CHANGELIST_URL).status_code == 403


# --- editors ---------------------------------------------------------------------------------


def test_editor_publishes_a_submitted_article_and_the_time_is_set(client, editor):
    article = ArticleFactory(review=True, created_by=WriterFactory())
    client.force_login(editor)
    client.post(change_url(article), article_form_data(article, _workflow="publish"))
    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED
    assert article.published_at is not None and article.is_public
    assert article.updated_by == editor


def test_editor_schedules_an_article_with_a_future_time(client, editor, category):
    client.force_login(editor)
    later = timezone.localtime() + datetime.timedelta(days=2)
    data = article_form_data(
        category=category,
        _workflow="schedule",
        published_at_0=later.strftime("%Y-%m-%d"),
        published_at_1="08:00:00",
        is_featured="on",
    )
    assert client.post(ADD_URL, data).status_code == 302
    article = Article.objects.get()
    assert article.is_featured
    assert article.is_scheduled and not article.is_public
    assert not Article.objects.published().exists()
    assert "Hẹn giờ đăng" in client.get(CHANGELIST_URL).content.decode()


def test_editor_publish_and_hide_actions(client, editor):
    drafts = ArticleFactory.create_batch(2, review=True)
    client.force_login(editor)
    response = client.post(CHANGELIST_URL, action_data("publish_selected", *drafts), follow=True)
    assert "Đã đăng 2 bài viết." in response.content.decode()
    assert Article.objects.published().count() == 2
    client.post(CHANGELIST_URL, action_data("hide_selected", *drafts))
    assert set(Article.objects.values_list("status", flat=True)) == {Article.Status.HIDDEN}
    assert set(Article.objects.values_list("updated_by", flat=True)) == {editor.pk}


def test_publish_action_keeps_a_scheduled_time(client, editor):
    later = timezone.now() + datetime.timedelta(days=1)
    article = ArticleFactory(review=True, published_at=later)
    client.force_login(editor)
    client.post(CHANGELIST_URL, action_data("publish_selected", article))
    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED
    assert article.published_at == later
    assert not article.is_public


def test_editor_edits_anyones_article_including_published(client, editor):
    article = ArticleFactory(created_by=WriterFactory())
    client.force_login(editor)
    client.post(change_url(article), article_form_data(article, title="Biên tập lại"))
    article.refresh_from_db()
    assert article.title == "Biên tập lại"
