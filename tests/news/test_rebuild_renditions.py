"""manage.py rebuild_renditions: pictures stored with yesterday's widths get today's."""

import io

import pytest
from django.core.files.storage import default_storage
from django.core.management import call_command

from news import images
from news.models import Article
from tests.news.factories import ArticleFactory, uploaded_image

pytestmark = pytest.mark.django_db

OLD_WIDTHS = (1200, 640, 320)


def run(*args):
    out = io.StringIO()
    call_command("rebuild_renditions", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


@pytest.fixture
def stored_before(monkeypatch, media_root):
    """A cover and an editor's upload stored when renditions were 320, 640 and 1200 px."""
    monkeypatch.setattr(images, "RENDITION_WIDTHS", OLD_WIDTHS)
    article = ArticleFactory(cover_image=uploaded_image(size=(1600, 900)), cover_alt="Hội trường")
    upload = images.store(uploaded_image(size=(1400, 800)))
    body_image = images.remember_body_image(upload)
    src = default_storage.url(body_image.default_name)
    body = (
        f'<p>Mở đầu.</p><figure class="image"><img src="{src}"'
        f' alt="Đại biểu" srcset="{images.srcset(upload)}" width="1400" height="800"></figure>'
    )
    Article.objects.filter(pk=article.pk).update(body=body)
    monkeypatch.undo()
    assert set(article.cover_renditions["files"]) == {"320", "640", "1200"}
    return article, body_image


def test_missing_widths_are_added_to_covers_uploads_and_bodies(stored_before):
    article, body_image = stored_before
    output = run()
    article.refresh_from_db()
    files = article.cover_renditions["files"]
    assert set(files) == {"320", "480", "640", "800", "960", "1200"}
    assert all(default_storage.exists(name) for name in files.values())
    assert "480w" in article.cover_srcset and "800w" in article.cover_srcset
    body_image.refresh_from_db()
    assert set(body_image.renditions) == {"320", "480", "640", "800", "960", "1200"}
    assert " 800w" in article.body and " 960w" in article.body
    assert "Ảnh đại diện đã bổ sung: 1" in output and "Bài viết cập nhật srcset: 1" in output


def test_renditions_already_there_are_kept_and_a_second_run_changes_nothing(stored_before):
    article, _ = stored_before
    before = dict(article.cover_renditions["files"])
    run()
    article.refresh_from_db()
    after = article.cover_renditions["files"]
    assert all(after[width] == name for width, name in before.items())
    body = article.body
    output = run()
    article.refresh_from_db()
    assert article.body == body
    assert "Ảnh đại diện đã bổ sung: 0" in output and "Ảnh trong bài đã bổ sung: 0" in output


def test_dry_run_counts_without_writing(stored_before):
    article, _ = stored_before
    output = run("--dry-run")
    article.refresh_from_db()
    assert set(article.cover_renditions["files"]) == {"320", "640", "1200"}
    assert "Ảnh đại diện cần bổ sung: 1" in output
