import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.files.storage import default_storage
from django.core.management import call_command

from news import demo
from news.models import Article, Category
from news.permissions import EDITOR_GROUP, WRITER_GROUP
from news.sanitize import clean_html
from portal.management.commands.load_demo import Command as LoadDemo
from tests.news.factories import image_bytes

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def quick_pictures(monkeypatch):
    """Plain pictures instead of the drawn scenes: the loader is under test here, not the art."""
    monkeypatch.setattr(
        "news.demo.draw_scene", lambda scene, seed: image_bytes("JPEG", (1200, 800))
    )


def snapshot(media_root):
    return (
        Category.objects.count(),
        Article.objects.count(),
        get_user_model().objects.count(),
        sorted(p for p in media_root.rglob("*") if p.is_file()),
    )


def test_demo_loads_once_and_a_second_run_changes_nothing(media_root):
    call_command("load_demo", "--no-staff", stdout=io.StringIO())
    first = snapshot(media_root)
    call_command("load_demo", "--no-staff", stdout=io.StringIO())
    assert snapshot(media_root) == first
    assert first[:2] == (len(demo.categories()), len(demo.articles()))

    # Every category has articles readers can see.
    for category in Category.objects.all():
        assert Article.objects.published().filter(category=category).exists(), category.slug

    pictures = 0
    for article in Article.objects.select_related("created_by", "updated_by"):
        # Covers went through news.images: random name, dated folder, renditions on disk.
        assert re.fullmatch(r"articles/\d{4}/\d{2}/[0-9a-f]{32}\.jpg", article.cover_image.name)
        # 320, 480, 640, 800, 960 and the 1200 original
        assert len(article.cover_srcset.split(", ")) == 6
        assert default_storage.exists(article.cover_renditions["files"]["640"])
        # Bodies are already what the sanitizer keeps, and their pictures exist.
        assert "__IMAGE_" not in article.body
        assert clean_html(article.body) == article.body
        for src in re.findall(r'<img src="/media/([^"]+)"', article.body):
            assert default_storage.exists(src)
            pictures += 1
        # Written by the demo writer, published by the demo editor; with --no-staff nobody
        # can log in as them.
        assert article.created_by.groups.get().name == WRITER_GROUP
        assert article.updated_by.groups.get().name == EDITOR_GROUP
        assert not article.created_by.has_usable_password()
    assert pictures >= 10


def test_staff_run_gives_each_newsroom_account_its_own_generated_password(monkeypatch, tmp_path):
    monkeypatch.delenv("DEMO_ADMIN_PASSWORD", raising=False)
    monkeypatch.setattr("portal.management.commands.load_demo.CREDENTIALS_FILE", tmp_path / "creds")
    out = io.StringIO()
    LoadDemo(stdout=out).ensure_staff()
    saved = dict(line.split(" ") for line in (tmp_path / "creds").read_text().splitlines())
    assert set(saved) == {"quantri", "phongvien", "bientap"}
    assert len(set(saved.values())) == 3
    assert all(len(password) >= 12 for password in saved.values())
    assert f"Mật khẩu:      {saved['quantri']}" in out.getvalue()
    User = get_user_model()
    for username, password in saved.items():
        assert User.objects.get(username=username).check_password(password)
        if username != "quantri":
            assert f"Tài khoản mẫu {username}: mật khẩu {password}" in out.getvalue()
    assert not User.objects.get(username="phongvien").check_password(saved["bientap"])
    # A second run keeps every password.
    LoadDemo(stdout=io.StringIO()).ensure_staff()
    assert User.objects.get(username="bientap").check_password(saved["bientap"])
