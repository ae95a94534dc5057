import io

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command

from comments.models import BannedWord, Comment
from news import demo as news_demo
from news.models import Article, Category
from polls.models import Ballot, BallotChoice, Choice, Poll
from portal import demo_registry, front_matter
from portal.models import GoldPrice, GoldPriceBoard, WeatherReport
from tests.council.factories import pdf_bytes
from tests.news.factories import image_bytes

MODELS = [
    Category, Article, Poll, Choice, Ballot, BallotChoice, Comment, BannedWord,
    GoldPriceBoard, GoldPrice, WeatherReport, get_user_model(),
]  # fmt: skip


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def quick_pictures(monkeypatch):
    """Plain pictures instead of the drawn scenes: the loaders are under test here, not the art."""
    monkeypatch.setattr(
        "news.demo.draw_scene", lambda scene, seed: image_bytes("JPEG", (1200, 800))
    )
    monkeypatch.setattr("council.demo.demo_pdf.draw", lambda **fields: pdf_bytes())


def counts():
    return {model.__name__: model.objects.count() for model in MODELS}


def test_every_app_registers_its_demo_loader_in_the_order_apps_are_installed():
    installed = [config.label for config in apps.get_app_configs()]
    registered = [loader.app_label for loader in demo_registry.loaders()]
    assert registered == ["portal", "news", "polls", "comments", "council"]
    assert registered == [label for label in installed if label in registered]
    assert [loader.load_path for loader in demo_registry.loaders()] == [
        f"{label}.demo.load" for label in registered
    ]
    staff_hooks = {loader.app_label: loader.staff_path for loader in demo_registry.loaders()}
    assert staff_hooks["news"] == "news.demo.give_staff_password"


@pytest.mark.django_db
@pytest.mark.usefixtures("quick_pictures")
def test_load_demo_runs_every_registered_loader_and_a_second_run_adds_nothing(media_root):
    call_command("load_demo", "--no-staff", stdout=io.StringIO())
    first = counts()
    assert first["Article"] == len(news_demo.articles())
    assert first["Category"] == len(news_demo.categories())
    assert first["Poll"] == 2 and first["Ballot"] > 0 and first["BallotChoice"] > 0
    assert first["Comment"] == 9 and first["BannedWord"] == 4
    assert first["GoldPrice"] == 4 and first["WeatherReport"] == 3
    files = sorted(media_root.rglob("*"))

    again = io.StringIO()
    call_command("load_demo", "--no-staff", stdout=again)
    assert counts() == first
    assert sorted(media_root.rglob("*")) == files
    for line in ("0 bài viết mới", "0 cuộc bình chọn mới", "0 bình luận mẫu mới", "0 văn bản mới"):
        assert line in again.getvalue()


given_passwords = []


def record_password(password_for, stdout):
    given_passwords.append(password_for("phongvien"))


@pytest.mark.django_db
def test_load_demo_gives_every_registered_staff_hook_its_own_passwords(monkeypatch, tmp_path):
    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "mat-khau-demo-123")
    monkeypatch.setattr("portal.management.commands.load_demo.CREDENTIALS_FILE", tmp_path / "c")
    monkeypatch.setattr(demo_registry, "_loaders", {})
    demo_registry.register(
        apps.get_app_config("polls"), staff="tests.portal.test_demo_registry.record_password"
    )
    given_passwords.clear()
    call_command("load_demo", stdout=io.StringIO())
    # The hook's accounts get generated passwords of their own, not the staff account's.
    assert len(given_passwords) == 1 and given_passwords[0] != "mat-khau-demo-123"
    assert get_user_model().objects.get(username="quantri").check_password("mat-khau-demo-123")


def test_front_matter_gives_fields_as_written_and_the_body_byte_for_byte():
    meta, body = front_matter.parse("---\ntitle: Kỳ họp: phiên bế mạc\nhour: 9\n---\n<p>A</p>\n\n")
    assert meta == {"title": "Kỳ họp: phiên bế mạc", "hour": "9"}
    assert body == "<p>A</p>\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "title: không có dấu mở\n---\nbody",
        "---\ntitle: không có dấu đóng\nbody",
        "---\ndòng không có dấu hai chấm\n---\nbody",
        "---\ntitle: một\ntitle: hai\n---\nbody",
    ],
)
def test_malformed_front_matter_is_refused_with_the_file_name(text):
    with pytest.raises(ValueError, match="bai-mau.md"):
        front_matter.parse(text, name="bai-mau.md")
