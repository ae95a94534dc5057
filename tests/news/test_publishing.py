"""The publishing workflow, called directly: who may move an article, and what each move does."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from news import publishing
from news.models import Article
from tests.factories import EditorFactory, StaffUserFactory, SuperUserFactory, WriterFactory
from tests.news.factories import ArticleFactory, CategoryFactory

pytestmark = pytest.mark.django_db

Status = Article.Status


def stored(article):
    return Article.objects.get(pk=article.pk)


def new_article(**fields):
    """An unsaved article, as the admin form hands it over."""
    defaults = {
        "title": "Giám sát việc giải quyết ý kiến cử tri",
        "slug": "giam-sat-viec-giai-quyet-y-kien-cu-tri",
        "category": CategoryFactory(),
        "sapo": "Đoàn giám sát làm việc với các sở, ngành.",
        "body": "<p>Nội dung bài viết.</p>",
        "status": Status.DRAFT,
    }
    return Article(**(defaults | fields))


# --- who may do what -------------------------------------------------------------------------


def test_only_editors_and_superusers_can_publish(writer, editor):
    assert not publishing.can_publish(writer)
    assert publishing.can_publish(editor)
    assert publishing.can_publish(SuperUserFactory())
    assert not publishing.can_publish(StaffUserFactory())
    assert not publishing.can_publish(None)


def test_a_deactivated_editor_can_no_longer_publish(editor):
    editor.is_active = False
    assert not publishing.can_publish(editor)


def test_writers_may_give_only_draft_and_review_editors_every_status(writer, editor):
    assert set(publishing.allowed_statuses(writer)) == {Status.DRAFT, Status.REVIEW}
    assert set(publishing.allowed_statuses(editor)) == set(Status.values)


def test_writer_edits_only_their_own_articles_before_they_are_published(writer, editor):
    assert publishing.can_edit(writer, ArticleFactory(draft=True, created_by=writer))
    assert publishing.can_edit(writer, ArticleFactory(review=True, created_by=writer))
    assert not publishing.can_edit(writer, ArticleFactory(created_by=writer))
    assert not publishing.can_edit(writer, ArticleFactory(hidden=True, created_by=writer))
    assert not publishing.can_edit(writer, ArticleFactory(draft=True, created_by=editor))
    assert publishing.can_edit(editor, ArticleFactory(created_by=writer))
    assert not publishing.can_edit(StaffUserFactory(), ArticleFactory(draft=True))


# --- saving the form -------------------------------------------------------------------------


@pytest.mark.parametrize("status", [Status.PUBLISHED, Status.HIDDEN])
def test_writer_cannot_save_a_new_article_as_published_or_hidden(writer, status):
    with pytest.raises(PermissionDenied):
        publishing.save(new_article(status=status), writer)
    assert not Article.objects.exists()


def test_writer_cannot_feature_or_time_a_new_article(writer):
    article = new_article(
        status=Status.REVIEW,
        is_featured=True,
        published_at=timezone.now() + datetime.timedelta(days=1),
    )
    publishing.save(article, writer)
    article = stored(article)
    assert (article.status, article.is_featured, article.published_at) == (
        Status.REVIEW,
        False,
        None,
    )
    assert article.created_by == writer and article.updated_by == writer


def test_writer_editing_their_draft_keeps_the_editors_featuring_and_time(writer):
    planned = timezone.now() + datetime.timedelta(days=3)
    article = ArticleFactory(review=True, created_by=writer, published_at=planned)
    article.title = "Tiêu đề mới"
    article.is_featured = True
    article.published_at = None
    publishing.save(article, writer)
    article = stored(article)
    assert article.title == "Tiêu đề mới"
    assert not article.is_featured
    assert article.published_at == planned


def test_writer_cannot_publish_their_draft_by_saving_it(writer):
    article = ArticleFactory(draft=True, created_by=writer)
    article.status = Status.PUBLISHED
    with pytest.raises(PermissionDenied):
        publishing.save(article, writer)
    assert stored(article).status == Status.DRAFT


@pytest.mark.parametrize(
    ("own", "factory_kwargs"),
    [(False, {"draft": True}), (True, {}), (True, {"hidden": True})],
)
def test_writer_cannot_save_someone_elses_or_an_already_published_article(
    writer, own, factory_kwargs
):
    owner = writer if own else EditorFactory()
    article = ArticleFactory(created_by=owner, title="Bản gốc", **factory_kwargs)
    article.title = "Bị sửa trộm"
    article.status = Status.DRAFT
    with pytest.raises(PermissionDenied):
        publishing.save(article, writer)
    assert stored(article).title == "Bản gốc"


def test_editor_saving_a_published_article_without_a_time_publishes_it_now(editor):
    before = timezone.now()
    article = new_article(status=Status.PUBLISHED)
    publishing.save(article, editor)
    article = stored(article)
    assert before <= article.published_at <= timezone.now()
    assert article.is_public
    assert article.created_by == editor and article.updated_by == editor


def test_editor_saving_with_a_time_keeps_that_time(editor):
    earlier = timezone.now() - datetime.timedelta(days=5)
    article = new_article(status=Status.PUBLISHED, published_at=earlier, is_featured=True)
    publishing.save(article, editor)
    article = stored(article)
    assert article.published_at == earlier and article.is_featured


def test_saving_a_draft_sets_no_publish_time(editor):
    article = new_article(status=Status.DRAFT)
    publishing.save(article, editor)
    assert stored(article).published_at is None


# --- submit ----------------------------------------------------------------------------------


def test_writer_submits_their_draft_for_review(writer):
    article = ArticleFactory(draft=True, created_by=writer)
    assert publishing.submit(article, writer)
    article = stored(article)
    assert article.status == Status.REVIEW
    assert article.updated_by == writer
    assert article.published_at is None


@pytest.mark.parametrize("factory_kwargs", [{"review": True}, {}, {"hidden": True}])
def test_only_drafts_are_submitted(writer, factory_kwargs):
    article = ArticleFactory(created_by=writer, **factory_kwargs)
    status = article.status
    assert not publishing.submit(article, writer)
    assert stored(article).status == status


def test_writer_cannot_submit_someone_elses_draft(writer):
    article = ArticleFactory(draft=True, created_by=WriterFactory())
    assert not publishing.submit(article, writer)
    assert stored(article).status == Status.DRAFT


def test_submit_all_counts_only_the_drafts_the_user_may_edit(writer):
    mine = ArticleFactory.create_batch(2, draft=True, created_by=writer)
    ArticleFactory(draft=True, created_by=WriterFactory())
    ArticleFactory(review=True, created_by=writer)
    assert publishing.submit_all(Article.objects.all(), writer) == 2
    assert {stored(a).status for a in mine} == {Status.REVIEW}
    assert Article.objects.filter(status=Status.DRAFT).count() == 1


# --- publish and schedule --------------------------------------------------------------------


def test_writer_cannot_publish_even_their_own_submitted_article(writer):
    article = ArticleFactory(review=True, created_by=writer)
    with pytest.raises(PermissionDenied):
        publishing.publish(article, writer)
    with pytest.raises(PermissionDenied):
        publishing.publish_all(Article.objects.all(), writer)
    assert stored(article).status == Status.REVIEW


def test_publishing_sets_the_time_to_now(editor):
    article = ArticleFactory(review=True)
    before = timezone.now()
    assert publishing.publish(article, editor)
    article = stored(article)
    assert article.status == Status.PUBLISHED
    assert before <= article.published_at <= timezone.now()
    assert article.updated_by == editor
    assert article.is_public


def test_publishing_at_a_given_time_uses_it(editor):
    earlier = timezone.now() - datetime.timedelta(days=2)
    article = ArticleFactory(review=True)
    publishing.publish(article, editor, at=earlier)
    assert stored(article).published_at == earlier


def test_republishing_a_hidden_article_keeps_its_first_publish_time(editor):
    first = timezone.now() - datetime.timedelta(days=10)
    article = ArticleFactory(hidden=True, published_at=first)
    assert publishing.publish(article, editor)
    article = stored(article)
    assert article.status == Status.PUBLISHED and article.published_at == first


def test_publishing_a_published_article_changes_nothing(editor):
    article = ArticleFactory(scheduled=True)
    planned = article.published_at
    assert not publishing.publish(article, editor)
    article = stored(article)
    assert article.published_at == planned and article.updated_by is None


def test_scheduling_publishes_for_readers_from_the_given_time(editor):
    later = timezone.now() + datetime.timedelta(days=1)
    article = ArticleFactory(review=True)
    assert publishing.schedule(article, editor, later)
    article = stored(article)
    assert article.status == Status.PUBLISHED
    assert article.published_at == later
    assert article.is_scheduled and not article.is_public
    assert Article.objects.published(now=later + datetime.timedelta(minutes=1)).get() == article


def test_scheduling_in_the_past_is_refused_and_nothing_is_saved(editor):
    article = ArticleFactory(review=True)
    with pytest.raises(ValidationError, match="tương lai"):
        publishing.schedule(article, editor, timezone.now() - datetime.timedelta(minutes=1))
    assert stored(article).status == Status.REVIEW


def test_writer_cannot_schedule(writer):
    article = ArticleFactory(review=True, created_by=writer)
    with pytest.raises(PermissionDenied):
        publishing.schedule(article, writer, timezone.now() + datetime.timedelta(days=1))
    assert stored(article).status == Status.REVIEW


def test_publish_all_skips_published_articles_and_keeps_scheduled_times(editor):
    later = timezone.now() + datetime.timedelta(days=1)
    waiting = ArticleFactory(review=True, published_at=later)
    ArticleFactory.create_batch(2, draft=True)
    already = ArticleFactory()
    assert publishing.publish_all(Article.objects.all(), editor) == 3
    assert stored(waiting).published_at == later
    assert stored(already).updated_by is None
    assert set(Article.objects.values_list("status", flat=True)) == {Status.PUBLISHED}


# --- hide ------------------------------------------------------------------------------------


def test_hiding_takes_an_article_off_the_site_and_keeps_its_time(editor):
    article = ArticleFactory()
    published_at = article.published_at
    assert publishing.hide(article, editor)
    article = stored(article)
    assert article.status == Status.HIDDEN
    assert article.published_at == published_at
    assert article.updated_by == editor
    assert not Article.objects.published().exists()


def test_hiding_a_hidden_article_changes_nothing(editor):
    article = ArticleFactory(hidden=True)
    assert not publishing.hide(article, editor)
    assert stored(article).updated_by is None


def test_writer_cannot_hide(writer):
    article = ArticleFactory(created_by=writer)
    with pytest.raises(PermissionDenied):
        publishing.hide(article, writer)
    with pytest.raises(PermissionDenied):
        publishing.hide_all(Article.objects.all(), writer)
    assert stored(article).status == Status.PUBLISHED


def test_hide_all_counts_only_the_articles_it_hid(editor):
    ArticleFactory.create_batch(2)
    ArticleFactory(hidden=True)
    assert publishing.hide_all(Article.objects.all(), editor) == 2
    assert set(Article.objects.values_list("status", flat=True)) == {Status.HIDDEN}
