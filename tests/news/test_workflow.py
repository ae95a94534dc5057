"""The newsroom's buttons (Lưu nháp / Gửi duyệt; Đăng ngay / Hẹn giờ đăng / Trả lại / Gỡ bài),
expiry, the e-mail that goes with them and the audit trail, enforced on the server."""

import datetime
from io import StringIO

import pytest
from django.contrib.admin.models import LogEntry
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.utils import timezone

from news import publishing
from news.models import Article
from portal.cache import generations
from tests.factories import EditorFactory, WriterFactory
from tests.news.admin_helpers import ADD_URL, article_form_data, change_url
from tests.news.factories import ArticleFactory, CategoryFactory

pytestmark = pytest.mark.django_db

Status = Article.Status


@pytest.fixture
def writer():
    return WriterFactory(email="phongvien@example.org")


@pytest.fixture
def editor():
    return EditorFactory(email="bientap@example.org")


def labels(actions):
    return [label for _, label in actions]


def test_writers_get_save_draft_and_submit_editors_the_publishing_buttons(writer, editor):
    draft = ArticleFactory(draft=True, created_by=writer)
    review = ArticleFactory(review=True, created_by=writer)
    published = ArticleFactory()
    assert labels(publishing.actions_for(writer, None)) == ["Lưu nháp", "Gửi duyệt"]
    assert labels(publishing.actions_for(writer, draft)) == ["Lưu nháp", "Gửi duyệt"]
    assert labels(publishing.actions_for(writer, review)) == ["Lưu nháp"]
    assert publishing.actions_for(writer, published) == []
    assert labels(publishing.actions_for(editor, review)) == [
        "Đăng ngay",
        "Hẹn giờ đăng",
        "Trả lại",
    ]
    assert labels(publishing.actions_for(editor, published)) == [
        "Đăng ngay",
        "Hẹn giờ đăng",
        "Gỡ bài",
    ]


def test_returning_needs_a_reason_and_leaves_a_draft_with_it(
    editor, writer, mailoutbox, django_capture_on_commit_callbacks
):
    article = ArticleFactory(review=True, created_by=writer)
    with pytest.raises(ValidationError, match="lý do"):
        publishing.return_to_writer(article, editor, "   ")
    assert Article.objects.get(pk=article.pk).status == Status.REVIEW
    with django_capture_on_commit_callbacks(execute=True):
        publishing.return_to_writer(article, editor, "Thiếu ảnh và nguồn tin.")
    article.refresh_from_db()
    assert (article.status, article.return_reason) == (Status.DRAFT, "Thiếu ảnh và nguồn tin.")
    assert [m.to for m in mailoutbox] == [["phongvien@example.org"]]
    assert "Thiếu ảnh và nguồn tin." in mailoutbox[0].body
    assert LogEntry.objects.get().get_change_message() == "Trả lại: Thiếu ảnh và nguồn tin."


def test_writers_cannot_return_or_take_down(writer):
    article = ArticleFactory(review=True, created_by=writer)
    with pytest.raises(PermissionDenied):
        publishing.return_to_writer(article, writer, "Lý do")
    with pytest.raises(PermissionDenied):
        publishing.hide(ArticleFactory(), writer)


def test_a_published_article_cannot_be_returned(editor):
    with pytest.raises(ValidationError):
        publishing.return_to_writer(ArticleFactory(), editor, "Lý do")


def test_submitting_mails_the_editors_and_clears_an_old_reason(
    writer, editor, mailoutbox, django_capture_on_commit_callbacks
):
    EditorFactory(email="", username="bientap-khong-thu")
    WriterFactory(email="khac@example.org")
    article = ArticleFactory(draft=True, created_by=writer, return_reason="Thiếu ảnh")
    with django_capture_on_commit_callbacks(execute=True):
        assert publishing.submit(article, writer)
    assert [m.to for m in mailoutbox] == [["bientap@example.org"]]
    assert article.title in mailoutbox[0].subject
    assert Article.objects.get(pk=article.pk).return_reason == ""


def test_no_mail_is_sent_when_the_change_is_rolled_back(writer, editor, mailoutbox):
    article = ArticleFactory(draft=True, created_by=writer)
    with pytest.raises(RuntimeError), transaction.atomic():
        publishing.submit(article, writer)
        raise RuntimeError
    assert mailoutbox == []


def test_the_writer_is_told_when_the_article_is_published(
    writer, editor, mailoutbox, django_capture_on_commit_callbacks
):
    article = ArticleFactory(review=True, created_by=writer)
    with django_capture_on_commit_callbacks(execute=True):
        publishing.publish_now(article, editor)
    assert [m.to for m in mailoutbox] == [["phongvien@example.org"]]
    assert "đã được đăng" in mailoutbox[0].body


def test_publish_now_ignores_a_future_time_on_the_form(editor):
    article = ArticleFactory(review=True, published_at=timezone.now() + datetime.timedelta(days=3))
    publishing.publish_now(article, editor)
    assert Article.objects.get(pk=article.pk).is_public


def test_take_down_is_audited(editor):
    article = ArticleFactory()
    publishing.hide(article, editor)
    assert LogEntry.objects.get(object_id=str(article.pk)).change_message == "Gỡ bài"


# --- expiry --------------------------------------------------------------------------------


def test_an_expired_article_leaves_the_site_by_itself():
    now = timezone.now()
    article = ArticleFactory(expires_at=now + datetime.timedelta(hours=1))
    assert Article.objects.public(now=now).filter(pk=article.pk).exists()
    later = now + datetime.timedelta(hours=2)
    assert not Article.objects.public(now=later).filter(pk=article.pk).exists()
    assert list(Article.objects.expired(now=later)) == [article]


def test_the_database_refuses_an_expiry_before_the_publish_time():
    article = ArticleFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.filter(pk=article.pk).update(
            expires_at=article.published_at - datetime.timedelta(minutes=1)
        )


def test_forget_due_articles_touches_the_pages_of_articles_that_just_expired():
    article = ArticleFactory()
    Article.objects.filter(pk=article.pk).update(
        expires_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    untouched = ArticleFactory()
    before = generations(f"article:{article.pk}", "articles", f"article:{untouched.pk}")
    out = StringIO()
    call_command("forget_due_articles", stdout=out)
    after = generations(f"article:{article.pk}", "articles", f"article:{untouched.pk}")
    assert after[f"article:{article.pk}"] != before[f"article:{article.pk}"]
    assert after["articles"] != before["articles"]
    assert after[f"article:{untouched.pk}"] == before[f"article:{untouched.pk}"]
    assert "1 bài" in out.getvalue()


# --- the change form -----------------------------------------------------------------------


def test_editor_returns_from_the_form_and_the_writer_reads_the_reason(client, writer, editor):
    article = ArticleFactory(review=True, created_by=writer)
    client.force_login(editor)
    data = article_form_data(article, _workflow="return", return_note="")
    response = client.post(change_url(article), data)
    assert response.status_code == 200
    assert "return_note" in response.context["adminform"].form.errors
    data["return_note"] = "Cần thêm ý kiến cử tri."
    assert client.post(change_url(article), data).status_code == 302
    client.force_login(writer)
    page = client.get(change_url(article)).content.decode()
    assert '<strong class="return-reason">Cần thêm ý kiến cử tri.</strong>' in page


def test_scheduling_a_past_time_from_the_form_is_refused_with_the_values_kept(client, editor):
    category = CategoryFactory()
    client.force_login(editor)
    data = article_form_data(
        category=category,
        _workflow="schedule",
        published_at_0="05/12/2020",
        published_at_1="08:00",
    )
    response = client.post(ADD_URL, data)
    assert response.status_code == 200
    assert "tương lai" in str(response.context["adminform"].form.errors["published_at"])
    assert 'value="05/12/2020"' in response.content.decode()
    assert not Article.objects.exists()


def test_the_form_reads_the_publish_time_day_first(client, editor):
    category = CategoryFactory()
    client.force_login(editor)
    year = timezone.localdate().year + 1
    data = article_form_data(
        category=category,
        _workflow="schedule",
        published_at_0=f"05/12/{year}",
        published_at_1="08:00",
    )
    assert client.post(ADD_URL, data).status_code == 302
    local = timezone.localtime(Article.objects.get().published_at)
    assert (local.day, local.month, local.year, local.hour) == (5, 12, year, 8)


def test_an_expiry_before_the_publish_time_is_refused_on_the_form(client, editor):
    article = ArticleFactory()
    client.force_login(editor)
    earlier = timezone.localtime(article.published_at) - datetime.timedelta(days=1)
    data = article_form_data(
        article, expires_at_0=earlier.strftime("%d/%m/%Y"), expires_at_1="08:00"
    )
    response = client.post(change_url(article), data)
    assert response.status_code == 200
    assert "expires_at" in response.context["adminform"].form.errors


def test_the_list_says_featured_in_words(client, editor):
    ArticleFactory(is_featured=True)
    client.force_login(editor)
    page = client.get("/quan-tri/news/article/").content.decode()
    assert "★ Nổi bật" in page
    assert "icon-no.svg" not in page


def test_the_admin_home_lists_what_the_office_must_do_today(client, editor):
    ArticleFactory.create_batch(2, review=True)
    ArticleFactory(published_at=timezone.now() + datetime.timedelta(days=1))
    client.force_login(editor)
    page = client.get("/quan-tri/").content.decode()
    assert "Việc cần làm hôm nay" in page
    assert "<strong>2</strong> bài chờ duyệt" in page
    assert "<strong>1</strong> bài hẹn giờ đăng" in page
    assert "bình luận chờ duyệt" in page
    assert "cuộc bình chọn kết thúc trong 7 ngày tới" in page
    assert "bảng giá vàng quá hạn cập nhật" in page
