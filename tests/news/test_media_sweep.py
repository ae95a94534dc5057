import os
import time
from io import StringIO

import pytest
from django.core.management import call_command

from news import images
from tests.news.factories import ArticleFactory, uploaded_image
from tests.news.media import stored_files

pytestmark = pytest.mark.django_db

DAY = 24 * 3600


def age(root, days=2):
    """Make every file under root look `days` old."""
    then = time.time() - days * DAY
    for path in root.rglob("*"):
        if path.is_file():
            os.utime(path, (then, then))


def sweep(*args):
    out = StringIO()
    call_command("sweep_media", *args, stdout=out)
    return out.getvalue()


def test_old_orphans_go_and_everything_an_article_uses_stays(media_root):
    with_cover = ArticleFactory(cover_image=uploaded_image())
    in_body = images.store(uploaded_image(), folder="articles")
    ArticleFactory(body=f'<p><img src="{in_body.rendition_url(1200)}" alt="Hội trường"></p>')
    orphan = images.store(uploaded_image(), folder="articles")
    partial = media_root / "articles" / ".upload-abc123.part"
    partial.write_bytes(b"half a picture")
    age(media_root)

    output = sweep()

    left = stored_files(media_root)
    assert len(left) == 14
    assert with_cover.cover_image.name in left
    # The body names one rendition; the original and the other renditions belong with it.
    assert in_body.name in left and all(name in left for name in in_body.renditions.values())
    assert orphan.name not in left
    assert not any(name.startswith(orphan.name.rsplit(".", 1)[0]) for name in left)
    assert "articles/.upload-abc123.part" not in left
    assert "Đã xóa 8 tệp không còn dùng" in output


def test_recent_orphans_are_kept_for_the_article_still_being_written(media_root):
    images.store(uploaded_image(), folder="articles")
    output = sweep()
    assert len(stored_files(media_root)) == 7
    assert "giữ lại 7 tệp mới tải lên" in output


def test_dry_run_lists_without_removing(media_root):
    orphan = images.store(uploaded_image(), folder="articles")
    age(media_root)
    output = sweep("--dry-run")
    assert f"Sẽ xóa: {orphan.name}" in output
    assert len(stored_files(media_root)) == 7


def test_an_empty_media_folder_is_nothing_to_sweep(media_root):
    assert "Đã xóa 0 tệp" in sweep()
