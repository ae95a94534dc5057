"""Media on an S3-compatible object store (MEDIA_S3_BUCKET), against a local moto server.

The server is started once for the run on 127.0.0.1 (TEST_S3_PORT, else a free one) and stopped at
the end; each test gets its own bucket.
"""

import io
import os
import uuid

import boto3
import dj_database_url
import pytest
from botocore.config import Config
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db import connection
from django.test import TestCase, override_settings

from news.models import Article
from portal.backup import postgresql
from portal.checks import media_is_shared
from portal.settings.base import media_storage
from tests.factories import EditorFactory
from tests.news.admin_helpers import ADD_URL, article_form_data, change_url
from tests.news.factories import CategoryFactory, uploaded_image
from tests.ports import free_port

moto_server = pytest.importorskip("moto.server")

HOST = "127.0.0.1"
PORT = int(os.environ.get("TEST_S3_PORT") or free_port())
ENDPOINT = f"http://{HOST}:{PORT}"
UPLOAD_URL = "/ckeditor5/tai-anh/"
CREDENTIALS = {"aws_access_key_id": "testing", "aws_secret_access_key": "testing"}


@pytest.fixture(scope="session")
def s3_server():
    server = moto_server.ThreadedMotoServer(ip_address=HOST, port=PORT, verbose=False)
    server.start()
    yield ENDPOINT
    server.stop()


def s3():
    return boto3.client("s3", endpoint_url=ENDPOINT, region_name="us-east-1", **CREDENTIALS)


def storage_settings(bucket, endpoint=ENDPOINT, **extra):
    return {
        "BACKEND": "portal.storage.MediaS3Storage",
        "OPTIONS": {
            "bucket_name": bucket,
            "endpoint_url": endpoint,
            "region_name": "us-east-1",
            "access_key": "testing",
            "secret_key": "testing",
            "querystring_auth": False,
            "file_overwrite": False,
            "client_config": Config(connect_timeout=2, retries={"max_attempts": 1}),
            **extra,
        },
    }


@pytest.fixture
def bucket(s3_server, settings, tmp_path):
    name = f"hdnd-{uuid.uuid4().hex[:12]}"
    s3().create_bucket(Bucket=name)
    settings.MEDIA_ROOT = tmp_path / "local-media"  # must stay empty
    settings.STORAGES = {**settings.STORAGES, "default": storage_settings(name)}
    return name


def keys(bucket):
    listing = s3().list_objects_v2(Bucket=bucket)
    return sorted(item["Key"] for item in listing.get("Contents", []))


def head(bucket, key):
    return s3().head_object(Bucket=bucket, Key=key)


@pytest.fixture
def editor_client(client, db):
    client.force_login(EditorFactory())
    return client


def committing():
    return TestCase.captureOnCommitCallbacks(execute=True)


def test_settings_choose_the_object_store_only_when_a_bucket_is_named():
    assert media_storage(None)["BACKEND"] == "portal.storage.MediaFileSystemStorage"
    store = media_storage("hdnd-media")
    assert store["BACKEND"] == "portal.storage.MediaS3Storage"
    assert store["OPTIONS"]["bucket_name"] == "hdnd-media"
    assert store["OPTIONS"]["querystring_auth"] is False
    assert store["OPTIONS"]["file_overwrite"] is False
    assert "default_acl" not in store["OPTIONS"]


def test_editor_upload_goes_to_the_bucket_with_its_validated_type(editor_client, bucket, settings):
    response = editor_client.post(UPLOAD_URL, {"upload": uploaded_image("anh.JPG")})
    assert response.status_code == 200
    urls = response.json()["urls"]
    assert urls["default"].startswith(f"{ENDPOINT}/{bucket}/articles/")
    stored = keys(bucket)
    assert len(stored) == 7
    original = next(key for key in stored if key.endswith(".jpg"))
    assert head(bucket, original)["ContentType"] == "image/jpeg"
    assert head(bucket, original)["CacheControl"] == "public, max-age=31536000, immutable"
    renditions = [key for key in stored if key.endswith(".webp")]
    assert {head(bucket, key)["ContentType"] for key in renditions} == {"image/webp"}
    assert not settings.MEDIA_ROOT.exists()


@pytest.mark.parametrize(
    ("name", "declared"),
    [("trang.html", None), ("logo.svg", None), ("anh.png", "text/html"), ("khong-ro", None)],
)
def test_files_that_a_browser_could_run_are_stored_as_downloads(bucket, name, declared):
    content = ContentFile(b"<svg xmlns='http://www.w3.org/2000/svg'><script>1</script></svg>")
    if declared:
        content.content_type = declared
    key = default_storage.save(f"tep/{name}", content)
    meta = head(bucket, key)
    assert meta["ContentType"] == "application/octet-stream"
    assert meta["ContentDisposition"] == f'attachment; filename="{name}"'


@pytest.mark.django_db
def test_admin_cover_renditions_are_made_and_replaced_through_the_storage(editor_client, bucket):
    data = article_form_data(category=CategoryFactory(), cover_alt="Hội trường")
    data["cover_image"] = uploaded_image(size=(1800, 1200))
    assert editor_client.post(ADD_URL, data).status_code == 302
    article = Article.objects.get()
    first = set(keys(bucket))
    assert len(first) == 7 and article.cover_image.name in first
    assert article.cover_srcset.count(f"{ENDPOINT}/{bucket}/") == 6

    data = article_form_data(article, cover_alt="Quang cảnh kỳ họp")
    data["cover_image"] = uploaded_image(size=(1700, 1000), color=(200, 40, 40))
    with committing():
        assert editor_client.post(change_url(article), data).status_code == 302
    now = set(keys(bucket))
    assert len(now) == 7 and now.isdisjoint(first)


@pytest.mark.django_db
def test_a_missing_bucket_gives_the_editor_a_json_503(editor_client, s3_server, settings):
    settings.STORAGES = {**settings.STORAGES, "default": storage_settings("khong-co-bucket")}
    response = editor_client.post(UPLOAD_URL, {"upload": uploaded_image()})
    assert response.status_code == 503
    assert "kho đang gặp sự cố" in response.json()["error"]["message"]


@pytest.mark.django_db
def test_an_object_store_that_does_not_answer_gives_a_json_503(editor_client, settings):
    # Nothing listens on the last port of the range.
    down = storage_settings("hdnd-media", endpoint=f"http://{HOST}:{PORT + 9}")
    settings.STORAGES = {**settings.STORAGES, "default": down}
    response = editor_client.post(UPLOAD_URL, {"upload": uploaded_image()})
    assert response.status_code == 503
    assert response["Content-Type"] == "application/json"


@pytest.mark.django_db
def test_a_rendition_refused_by_the_store_takes_the_original_with_it(editor_client, bucket):
    from botocore.exceptions import ClientError

    from portal.storage import MediaS3Storage

    real_save, calls = MediaS3Storage._save, []

    def refuse_second(self, name, content):
        calls.append(name)
        if len(calls) == 2:
            raise ClientError({"Error": {"Code": "SlowDown"}}, "PutObject")
        return real_save(self, name, content)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(MediaS3Storage, "_save", refuse_second)
        response = editor_client.post(UPLOAD_URL, {"upload": uploaded_image()})
    assert response.status_code == 503
    assert keys(bucket) == []


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_backup_copies_the_bucket_and_restore_puts_objects_back(bucket, tmp_path, restore_target):
    stored = default_storage.save("articles/2026/11/" + "a" * 32 + ".jpg", ContentFile(b"jpeg"))
    out = io.StringIO()
    call_command("backup", dest=tmp_path / "backups", stdout=out)
    [archive] = (tmp_path / "backups").glob("hdnd-backup-*.tar")
    s3().delete_object(Bucket=bucket, Key=stored)
    call_command("restore", str(archive), into=restore_target, stdout=out)
    assert keys(bucket) == [stored]
    assert head(bucket, stored)["ContentType"] == "image/jpeg"
    assert "Tệp đa phương tiện: 1 tệp đã ghi" in out.getvalue()


@pytest.fixture
def restore_target(tmp_path):
    if connection.vendor == "sqlite":
        yield str(tmp_path / "restored.sqlite3")
        return
    name = dj_database_url.parse(os.environ["DATABASE_URL"])["NAME"] + "_s3_restored"
    postgresql.drop_database(connection.settings_dict, name)
    yield name
    postgresql.drop_database(connection.settings_dict, name)


@pytest.mark.django_db
def test_sweep_removes_orphans_from_the_bucket(bucket):
    orphan = default_storage.save("articles/2026/11/" + "b" * 32 + ".jpg", ContentFile(b"jpeg"))
    call_command("sweep_media", older_than_hours=0, stdout=io.StringIO())
    assert orphan not in keys(bucket)


REDIS = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache"}}


@override_settings(CACHES=REDIS, MEDIA_S3_BUCKET=None)
def test_deploy_check_warns_that_local_media_is_not_shared_between_servers():
    assert [w.id for w in media_is_shared(None)] == ["portal.W003"]


@override_settings(CACHES=REDIS, MEDIA_S3_BUCKET="hdnd-media")
def test_deploy_check_is_quiet_with_media_in_an_object_store():
    assert media_is_shared(None) == []


@override_settings(
    CACHES={"default": {"BACKEND": "portal.cache_backends.sqlite.SQLiteCache", "LOCATION": "x"}},
    MEDIA_S3_BUCKET=None,
)
def test_deploy_check_is_quiet_for_a_ward_on_one_server_with_the_sqlite_cache():
    assert media_is_shared(None) == []
