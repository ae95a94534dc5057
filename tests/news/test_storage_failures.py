"""Uploads on a full or read-only media disk fail cleanly: a Vietnamese answer in the form the
caller expects, a status that says what happened, and no file left behind."""

import errno

import pytest
from django.core.files.base import ContentFile
from django.db import transaction
from django.test import TestCase

from news.models import Article
from portal.storage import MediaFileSystemStorage
from tests.news.admin_helpers import ADD_URL, article_form_data, change_url
from tests.news.factories import ArticleFactory, CategoryFactory, uploaded_image
from tests.news.media import stored_files
from tests.news.storage_faults import use_faulty_storage

pytestmark = pytest.mark.django_db

UPLOAD_URL = "/ckeditor5/tai-anh/"
FULL_MESSAGE = (
    "Không lưu được ảnh: ổ đĩa lưu trữ của cổng thông tin đã đầy. Ảnh chưa được lưu; "
    "hãy báo bộ phận kỹ thuật giải phóng dung lượng rồi tải lên lại."
)


def committing():
    """Run the on-commit callbacks of what happens inside, as a real commit would."""
    return TestCase.captureOnCommitCallbacks(execute=True)


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def upload(client):
    return client.post(UPLOAD_URL, {"upload": uploaded_image(size=(1600, 900))})


def test_full_disk_gives_the_editor_a_json_507_and_leaves_no_partial_file(
    editor_client, media_root, settings
):
    use_faulty_storage(settings, files_that_fit=0, room=100, code=errno.ENOSPC)
    response = upload(editor_client)
    assert response.status_code == 507
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"error": {"message": FULL_MESSAGE}}
    assert stored_files(media_root) == []


def test_disk_filling_up_between_renditions_removes_the_original_and_earlier_renditions(
    editor_client, media_root, settings
):
    # The original and the 1200 px copy fit; the 640 px copy runs out of room half-way.
    use_faulty_storage(settings, files_that_fit=2, room=10, code=errno.ENOSPC)
    response = upload(editor_client)
    assert response.status_code == 507
    assert response.json()["error"]["message"] == FULL_MESSAGE
    assert stored_files(media_root) == []


def test_read_only_media_folder_gives_a_json_503_that_says_so(editor_client, media_root, settings):
    use_faulty_storage(settings, files_that_fit=0, code=errno.EROFS)
    response = upload(editor_client)
    assert response.status_code == 503
    message = response.json()["error"]["message"]
    assert "thư mục lưu ảnh đang ở chế độ chỉ đọc hoặc không có quyền ghi" in message
    assert stored_files(media_root) == []


def test_other_storage_errors_give_a_json_503_asking_to_retry(editor_client, media_root, settings):
    use_faulty_storage(settings, files_that_fit=1, room=0, code=errno.EIO)
    response = upload(editor_client)
    assert response.status_code == 503
    assert "kho đang gặp sự cố" in response.json()["error"]["message"]
    assert stored_files(media_root) == []


def test_cover_on_a_full_disk_is_refused_on_the_form_with_the_typed_values_kept(
    editor_client, media_root, settings
):
    use_faulty_storage(settings, files_that_fit=1, room=10, code=errno.ENOSPC)
    data = article_form_data(
        category=CategoryFactory(), title="Kỳ họp thứ mười hai", cover_alt="Hội trường"
    )
    data["cover_image"] = uploaded_image(size=(1800, 1200))
    response = editor_client.post(ADD_URL, data)
    assert response.status_code == 200
    form = response.context["adminform"].form
    assert form.errors["cover_image"] == [FULL_MESSAGE]
    assert form["title"].value() == "Kỳ họp thứ mười hai"
    assert not Article.objects.exists()
    assert stored_files(media_root) == []


def test_a_good_write_leaves_only_the_file_itself(media_root):
    storage = MediaFileSystemStorage()
    name = storage.save("articles/x/anh.jpg", ContentFile(b"jpeg bytes"))
    assert stored_files(media_root) == ["articles/x/anh.jpg"]
    assert (media_root / name).stat().st_mode & 0o777 == 0o644
    # The same name again gets another name; the first file is never replaced.
    other = storage.save("articles/x/anh.jpg", ContentFile(b"other bytes"))
    assert other != name
    assert (media_root / name).read_bytes() == b"jpeg bytes"


# --- replaced and deleted covers ---------------------------------------------------------------


def article_with_cover(editor_client, media_root):
    data = article_form_data(category=CategoryFactory(), cover_alt="Hội trường")
    data["cover_image"] = uploaded_image(size=(1800, 1200))
    assert editor_client.post(ADD_URL, data).status_code == 302
    return Article.objects.get()


def test_replacing_a_cover_removes_the_old_file_and_its_renditions(editor_client, media_root):
    article = article_with_cover(editor_client, media_root)
    old_files = set(stored_files(media_root))
    assert len(old_files) == 7
    data = article_form_data(article, cover_alt="Quang cảnh kỳ họp")
    data["cover_image"] = uploaded_image(size=(1700, 1000), color=(200, 40, 40))
    with committing():
        assert editor_client.post(change_url(article), data).status_code == 302
    article.refresh_from_db()
    now = set(stored_files(media_root))
    assert len(now) == 7
    assert now.isdisjoint(old_files)
    assert article.cover_image.name in now


def test_clearing_a_cover_removes_its_files(editor_client, media_root):
    article = article_with_cover(editor_client, media_root)
    data = article_form_data(article, cover_alt="")
    data["cover_image-clear"] = "on"
    with committing():
        assert editor_client.post(change_url(article), data).status_code == 302
    article.refresh_from_db()
    assert not article.cover_image
    assert stored_files(media_root) == []


def test_deleting_an_article_removes_its_cover_files(editor_client, media_root):
    article = article_with_cover(editor_client, media_root)
    with committing():
        response = editor_client.post(
            f"/quan-tri/news/article/{article.pk}/delete/", {"post": "yes"}
        )
    assert response.status_code == 302
    assert stored_files(media_root) == []


def test_deleting_articles_from_the_list_removes_their_cover_files(editor_client, media_root):
    first = ArticleFactory(cover_image=uploaded_image())
    ArticleFactory(cover_image=uploaded_image())
    assert len(stored_files(media_root)) == 14
    with committing():
        response = editor_client.post(
            "/quan-tri/news/article/",
            {"action": "delete_selected", "_selected_action": [first.pk], "post": "yes"},
        )
    assert response.status_code == 302
    assert len(stored_files(media_root)) == 7


def test_a_cover_change_that_rolls_back_keeps_the_old_files(media_root):
    article = ArticleFactory(cover_image=uploaded_image())
    before = stored_files(media_root)
    with committing() as callbacks, pytest.raises(RuntimeError), transaction.atomic():
        article.cover_image = uploaded_image(color=(10, 200, 10))
        article.save()
        raise RuntimeError("the request failed after the save")
    assert callbacks == []
    assert set(before) <= set(stored_files(media_root))


def test_a_cover_another_article_still_uses_is_kept(media_root):
    first = ArticleFactory(cover_image=uploaded_image())
    ArticleFactory(cover_image=first.cover_image.name, cover_renditions=first.cover_renditions)
    with committing():
        first.delete()
    assert first.cover_image.name in stored_files(media_root)
    assert len(stored_files(media_root)) == 7
