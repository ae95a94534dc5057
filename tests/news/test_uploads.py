import re
from pathlib import Path

import django_ckeditor_5
import pytest
from django.conf import settings
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import NoReverseMatch, resolve, reverse

from news.admin import ArticleAdminForm
from news.uploads import upload_image
from tests.factories import EditorFactory, StaffUserFactory, UserFactory, WriterFactory
from tests.news.factories import uploaded_image
from tests.news.media import stored_files
from tests.news.test_images import png_declaring

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("media_root")]

UPLOAD_URL = "/ckeditor5/tai-anh/"


def post_image(client, upload=None):
    return client.post(UPLOAD_URL, {"upload": upload or uploaded_image()})


def test_editor_widget_posts_to_our_validating_view():
    assert reverse("news_image_upload") == UPLOAD_URL
    assert resolve(UPLOAD_URL).func is upload_image
    html = ArticleAdminForm()["body"].as_widget()
    assert f'data-upload-url="{UPLOAD_URL}"' in html


def test_the_packages_own_upload_view_is_not_routed(client):
    with pytest.raises(NoReverseMatch):
        reverse("ck_editor_5_upload_file")
    StaffUserFactory(is_superuser=True)
    assert client.post("/ckeditor5/image_upload/").status_code == 404


def test_package_permission_setting_is_the_value_it_checks_for():
    # django_ckeditor_5.permissions only refuses for "staff" or "authenticated"; anything else
    # (a typo, "admin") lets everybody upload through the package view.
    assert settings.CKEDITOR_5_FILE_UPLOAD_PERMISSION == "staff"


def test_anonymous_upload_is_refused_with_json_403_and_nothing_written(client, media_root):
    response = post_image(client)
    assert response.status_code == 403
    assert response.json() == {"error": {"message": "Bạn không có quyền tải ảnh lên."}}
    assert stored_files(media_root) == []


def test_logged_in_non_staff_upload_is_refused_and_nothing_written(client, media_root):
    user = UserFactory()
    user.user_permissions.add(Permission.objects.get(codename="add_article"))
    client.force_login(user)
    assert post_image(client).status_code == 403
    assert stored_files(media_root) == []


def test_staff_without_article_permissions_cannot_upload(client, media_root):
    client.force_login(StaffUserFactory())
    assert post_image(client).status_code == 403
    assert stored_files(media_root) == []


def test_inactive_writer_cannot_upload(client, media_root):
    writer = WriterFactory()
    client.force_login(writer)
    writer.is_active = False
    writer.save()
    assert post_image(client).status_code == 403
    assert stored_files(media_root) == []


def test_writer_upload_returns_responsive_urls_for_ckeditor(client, media_root):
    client.force_login(WriterFactory())
    response = post_image(client, uploaded_image("Ảnh hội trường.JPG", size=(2400, 1600)))
    assert response.status_code == 200
    urls = response.json()["urls"]
    assert set(urls) == {"default", "320", "480", "640", "800", "960", "1200"}
    assert urls["default"] == urls["1200"]
    assert re.fullmatch(r"/media/articles/\d{4}/\d{2}/[0-9a-f]{32}-1200\.webp", urls["1200"])
    files = stored_files(media_root)
    assert len(files) == 7  # the cleaned original and six renditions
    assert all(Path(media_root / url.removeprefix("/media/")).exists() for url in urls.values())


def test_small_image_is_its_own_default_and_srcset_entry(client):
    client.force_login(EditorFactory())
    urls = post_image(client, uploaded_image("nho.png", fmt="PNG", size=(500, 300))).json()["urls"]
    assert urls["default"] == urls["500"]
    assert urls["default"].endswith(".png")
    assert set(urls) == {"default", "320", "480", "500"}


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
        ("trang.jpg", b"<html><body><script>alert(1)</script></body></html>"),
        ("ghi-chu.png", b"van ban thuong"),
    ],
)
def test_refused_files_get_ckeditor_json_error_and_nothing_written(client, media_root, name, data):
    client.force_login(WriterFactory())
    response = post_image(client, SimpleUploadedFile(name, data, content_type="image/jpeg"))
    assert response.status_code == 400
    assert response.json() == {
        "error": {
            "message": "Tệp tải lên không phải là ảnh hợp lệ. "
            "Chỉ nhận ảnh JPEG, PNG, WebP hoặc GIF."
        }
    }
    assert stored_files(media_root) == []


def test_bomb_upload_gets_a_clear_json_error(client, media_root):
    client.force_login(WriterFactory())
    response = post_image(client, SimpleUploadedFile("bom.png", png_declaring(20000, 20000)))
    assert response.status_code == 400
    assert response.json()["error"]["message"].startswith("Ảnh quá lớn")
    assert stored_files(media_root) == []


def test_oversized_request_is_refused_before_it_is_read(client, settings, media_root):
    settings.NEWS_IMAGE_MAX_BYTES = 10_000
    client.force_login(WriterFactory())
    big = uploaded_image(size=(64, 64))
    big.file.write(b"\0" * 200_000)
    big.file.seek(0)
    big.size = 200_000
    response = post_image(client, big)
    assert response.status_code == 413
    assert "Tệp ảnh quá lớn" in response.json()["error"]["message"]
    assert stored_files(media_root) == []


def test_missing_file_and_wrong_method_get_json_errors(client):
    client.force_login(WriterFactory())
    response = client.post(UPLOAD_URL, {})
    assert response.status_code == 400
    assert "error" in response.json()
    response = client.get(UPLOAD_URL)
    assert response.status_code == 405
    assert "error" in response.json()


def test_upload_view_is_csrf_protected(media_root):
    client = Client(enforce_csrf_checks=True)
    client.force_login(WriterFactory())
    response = client.post(UPLOAD_URL, {"upload": uploaded_image()})
    assert response.status_code == 403
    assert stored_files(media_root) == []


def test_editor_loads_the_vietnamese_translation_shipped_with_the_package():
    media = str(ArticleAdminForm().media)
    assert "django_ckeditor_5/dist/translations/vi.js" in media
    translation = (
        Path(django_ckeditor_5.__file__).parent / "static/django_ckeditor_5/dist/translations/vi.js"
    )
    content = translation.read_text(encoding="utf-8")
    assert "Chèn bảng" in content or "Đậm" in content
    assert settings.CKEDITOR_5_CONFIGS["default"]["language"] == "vi"


def test_editor_toolbar_has_what_the_newsroom_needs():
    config = settings.CKEDITOR_5_CONFIGS["default"]
    for item in [
        "heading",
        "bold",
        "italic",
        "bulletedList",
        "numberedList",
        "link",
        "insertTable",
        "imageUpload",
        "blockQuote",
        "undo",
        "redo",
    ]:
        assert item in config["toolbar"]
    assert {"imageTextAlternative", "toggleImageCaption"} <= set(config["image"]["toolbar"])
    headings = {option.get("view") for option in config["heading"]["options"]}
    assert headings == {None, "h2", "h3", "h4"}  # matches the sanitizer's allowlist
