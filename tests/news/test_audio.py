""" "Nghe bài": which articles need audio, how it is made and stored, and the player."""

import shutil
from io import StringIO

import pytest
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.test import override_settings

from news import audio
from news.models import Article, ArticleAudio
from tests.news.factories import ArticleFactory

pytestmark = pytest.mark.django_db

needs_tools = pytest.mark.skipif(
    not (shutil.which("espeak-ng") and shutil.which("opusenc")),
    reason="needs espeak-ng and opusenc (scripts/system-deps.sh)",
)


def fake_synthesize(value, tool):
    fake_synthesize.texts.append(value)
    return b"OggS-fake-opus", 42


@pytest.fixture
def fake_tools(monkeypatch):
    fake_synthesize.texts = []
    monkeypatch.setattr(audio, "tools", lambda: audio.Tools("espeak-ng", "opusenc"))
    monkeypatch.setattr(audio, "synthesize", fake_synthesize)
    return fake_synthesize


def test_the_spoken_text_is_expanded_before_it_is_read():
    article = ArticleFactory(
        title="HĐND TP họp ngày 05/04/2023",
        sapo="Thông qua Chương trình 01/CTr-HĐND.",
        body="<p>Có 1.957 ý kiến.</p>",
    )
    spoken = audio.spoken_text(article)
    assert "Hội đồng nhân dân thành phố" in spoken
    assert "mùng năm tháng tư năm hai nghìn không trăm hai mươi ba" in spoken
    assert "số không một, chương trình Hội đồng nhân dân" in spoken
    assert "một nghìn chín trăm năm mươi bảy" in spoken
    assert "<p>" not in spoken


def test_public_articles_without_audio_or_changed_since_are_stale(fake_tools):
    fresh, changed, new = ArticleFactory(), ArticleFactory(), ArticleFactory()
    ArticleFactory(draft=True)
    ArticleFactory(hidden=True)
    for article in (fresh, changed):
        audio.make(article, audio.tools())
    changed.title = "Tiêu đề đã sửa"
    changed.save()
    assert set(audio.stale_articles()) == {changed, new}


def test_the_command_makes_stale_audio_through_the_storage(fake_tools):
    article = ArticleFactory()
    out = StringIO()
    call_command("make_article_audio", stdout=out)
    made = ArticleAudio.objects.get(article=article)
    assert made.file.startswith("audio/articles/") and made.file.endswith(".ogg")
    assert default_storage.exists(made.file)
    assert (made.duration_seconds, made.size_bytes, made.error) == (42, 14, "")
    assert "1 bài đã có bản đọc" in out.getvalue()
    # A second run finds nothing to do.
    call_command("make_article_audio", stdout=StringIO())
    assert len(fake_tools.texts) == 1


def test_a_save_that_changes_nothing_read_keeps_the_file(fake_tools):
    article = ArticleFactory()
    first = audio.make(article, audio.tools())
    article.is_featured = True
    article.save()
    article.refresh_from_db()
    again = audio.make(article, audio.tools())
    assert again.file == first.file
    assert len(fake_tools.texts) == 1
    assert not audio.stale_articles().exists()


def test_a_changed_text_replaces_the_file_and_removes_the_old_one(
    fake_tools, django_capture_on_commit_callbacks
):
    article = ArticleFactory()
    old = audio.make(article, audio.tools()).file
    article.body = "<p>Nội dung mới hoàn toàn.</p>"
    article.save()
    with django_capture_on_commit_callbacks(execute=True):
        new = audio.make(article, audio.tools()).file
    assert new != old
    assert default_storage.exists(new) and not default_storage.exists(old)


def test_a_failure_is_recorded_and_not_retried_until_the_article_changes(monkeypatch):
    monkeypatch.setattr(audio, "tools", lambda: audio.Tools("espeak-ng", "opusenc"))

    def broken(value, tool):
        raise audio.AudioError("espeak-ng: hỏng")

    monkeypatch.setattr(audio, "synthesize", broken)
    article = ArticleFactory()
    assert audio.make_stale() == (0, 1)
    assert ArticleAudio.objects.get(article=article).error == "espeak-ng: hỏng"
    assert not audio.stale_articles().exists()
    assert audio.ready_audio(Article.objects.select_related("audio").get(pk=article.pk)) is None


def test_without_espeak_the_command_says_how_to_get_it(monkeypatch):
    monkeypatch.setattr(audio, "tools", lambda: None)
    err = StringIO()
    call_command("make_article_audio", stderr=err)
    assert "scripts/system-deps.sh" in err.getvalue()
    with pytest.raises(Exception, match="espeak-ng"):
        call_command("make_article_audio", "--require-tools", stderr=StringIO())


def test_the_page_has_a_player_only_for_audio_of_the_current_text(client, fake_tools):
    article = ArticleFactory()
    assert "Nghe bài" not in client.get(article.get_absolute_url()).content.decode()
    made = audio.make(article, audio.tools())
    html = client.get(article.get_absolute_url()).content.decode()
    assert "Nghe bài" in html and f'src="{made.url}"' in html and 'preload="none"' in html
    article.title = "Tiêu đề đã sửa sau khi đọc"
    article.save()
    html = client.get(article.get_absolute_url()).content.decode()
    assert "<audio" not in html  # an outdated reading is not offered until it is made again


def test_the_page_is_drawn_without_running_any_speech(client, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("speech during a request")

    monkeypatch.setattr(audio, "synthesize", refuse)
    article = ArticleFactory()
    assert client.get(article.get_absolute_url()).status_code == 200


@needs_tools
def test_espeak_and_opusenc_make_a_real_opus_file():
    data, duration = audio.synthesize("Xin chào. Hội đồng nhân dân thành phố.", audio.tools())
    assert data[:4] == b"OggS" and b"OpusHead" in data[:100]
    assert duration >= 1


@override_settings(NEWS_AUDIO_ESPEAK_PATH="/nonexistent/espeak-ng")
def test_a_tool_that_cannot_run_is_an_audio_error():
    tool = audio.Tools("/nonexistent/espeak-ng", "/nonexistent/opusenc")
    with pytest.raises(audio.AudioError):
        audio.synthesize("Xin chào", tool)


@override_settings(NEWS_AUDIO_DEMO=True)
def test_the_demo_loader_reads_the_articles_aloud_when_the_tools_are_there(fake_tools):
    from news import demo

    ArticleFactory()
    out = StringIO()
    demo._audio(out)
    assert "Nghe bài: 1 bài có bản đọc, 0 bài lỗi." in out.getvalue()
    assert ArticleAudio.objects.exclude(file="").count() == 1


@override_settings(NEWS_AUDIO_DEMO=True)
def test_the_demo_loader_says_how_to_get_the_tools_without_them(monkeypatch):
    from news import demo

    monkeypatch.setattr(audio, "tools", lambda: None)
    ArticleFactory()
    out = StringIO()
    demo._audio(out)
    assert "scripts/system-deps.sh" in out.getvalue()
    assert not ArticleAudio.objects.exists()
