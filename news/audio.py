""" "Nghe bài": each public article read aloud by espeak-ng's Vietnamese voice, as an Opus file.

Never made during a reader's request: `manage.py make_article_audio` (run every few minutes by
deploy/systemd/hdnd-audio.timer) finds the public articles whose audio is missing or older than
their last change, reads title, sapo and body through news.speech_text, and stores the result
through the media storage (portal.storage: local folder or object store). A page shows the player
only when the file was made from the article as it is now; otherwise, and without espeak-ng, it
has none and reads as before.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import subprocess
import tempfile
import wave
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models import F, Q

from portal.storage import STORAGE_ERRORS

from . import speech_text
from .models import Article, ArticleAudio
from .sanitize import plain_text

logger = logging.getLogger(__name__)

FOLDER = "audio/articles"
# Speech from espeak-ng is 22 kHz mono: 16 kbit/s Opus keeps it clear at about 120 kB a minute.
OPUS_BITRATE_KBPS = 16
INSTALL_HINT = (
    "Chưa có espeak-ng hoặc opusenc nên chưa tạo được bản đọc bài (Nghe bài). Cài bằng "
    "`sudo ./scripts/system-deps.sh` (gói Debian espeak-ng và opus-tools), rồi chạy "
    "`python manage.py make_article_audio`."
)


class AudioError(Exception):
    """The audio could not be made (the tool failed or timed out, or storage refused it)."""


@dataclass(frozen=True)
class Tools:
    espeak: str
    opusenc: str


def tools() -> Tools | None:
    """espeak-ng and opusenc, from the settings or PATH; None when either is missing."""
    espeak = settings.NEWS_AUDIO_ESPEAK_PATH or shutil.which("espeak-ng")
    opusenc = settings.NEWS_AUDIO_OPUSENC_PATH or shutil.which("opusenc")
    return Tools(espeak, opusenc) if espeak and opusenc else None


def spoken_text(article) -> str:
    """What is read: the title, the sapo and the body, expanded into words."""
    parts = [article.title, article.sapo, plain_text(article.body)]
    raw = ". ".join(p.strip().rstrip(".") for p in parts if p and p.strip())
    return speech_text.expand(raw)[: settings.NEWS_AUDIO_MAX_CHARS]


def text_hash(value: str) -> str:
    voice = f"{settings.NEWS_AUDIO_VOICE}|{settings.NEWS_AUDIO_SPEED}|{OPUS_BITRATE_KBPS}"
    return hashlib.sha256(f"{voice}\n{value}".encode()).hexdigest()


def stale_articles():
    """Public articles with no audio yet, or changed since theirs was made."""
    return (
        Article.objects.public()
        .filter(Q(audio__isnull=True) | Q(updated_at__gt=F("audio__source_updated_at")))
        .order_by("-published_at", "-id")
    )


def ready_audio(article):
    """The article's audio when it was made from the article as it is now, else None (no query
    when the article was read with select_related("audio"))."""
    if article.pk is None:
        return None
    try:
        audio = article.audio
    except ArticleAudio.DoesNotExist:
        return None
    if not audio.file or audio.source_updated_at < article.updated_at:
        return None
    return audio


def synthesize(value: str, tool: Tools) -> tuple[bytes, int]:
    """(Opus bytes, duration in seconds) of value read by espeak-ng, encoded by opusenc."""
    timeout = settings.NEWS_AUDIO_TIMEOUT
    with tempfile.TemporaryDirectory(prefix="hdnd-audio-") as folder:
        source, wav, opus = (Path(folder) / name for name in ("text.txt", "a.wav", "a.opus"))
        source.write_text(value, encoding="utf-8")
        commands = [
            [tool.espeak, "-v", settings.NEWS_AUDIO_VOICE, "-s", str(settings.NEWS_AUDIO_SPEED),
             "-b", "1", "-f", str(source), "-w", str(wav)],
            [tool.opusenc, "--quiet", "--speech", "--bitrate", str(OPUS_BITRATE_KBPS),
             "--comp", "6", str(wav), str(opus)],
        ]  # fmt: skip
        for command in commands:
            try:
                subprocess.run(command, check=True, capture_output=True, timeout=timeout)
            except (OSError, subprocess.SubprocessError) as exc:
                raise AudioError(f"{Path(command[0]).name}: {exc}"[:300]) from exc
        with wave.open(str(wav)) as sound:
            duration = round(sound.getnframes() / max(sound.getframerate(), 1))
        return opus.read_bytes(), duration


def make(article, tool: Tools, *, force: bool = False) -> ArticleAudio:
    """Make (or keep, when the text is unchanged) the audio of one article."""
    value = spoken_text(article)
    digest = text_hash(value)
    current = ArticleAudio.objects.filter(article=article).first()
    if current and current.text_hash == digest and current.file and not force:
        # Saved without a change to what is read (a new cover, a new topic): nothing to redo.
        ArticleAudio.objects.filter(pk=current.pk).update(source_updated_at=article.updated_at)
        current.source_updated_at = article.updated_at
        return current
    old_file = current.file if current else ""
    try:
        data, duration = synthesize(value, tool)
        name = default_storage.save(f"{FOLDER}/{article.pk}-{digest[:12]}.ogg", ContentFile(data))
    except (AudioError, *STORAGE_ERRORS) as exc:
        logger.warning("No audio for article %s: %s", article.pk, exc)
        # Marked done for this version: it is tried again when the article changes.
        ArticleAudio.objects.update_or_create(
            article=article,
            defaults={"source_updated_at": article.updated_at, "error": str(exc)[:300]},
        )
        raise AudioError(str(exc)) from exc
    audio, _ = ArticleAudio.objects.update_or_create(
        article=article,
        defaults={
            "file": name,
            "text_hash": digest,
            "source_updated_at": article.updated_at,
            "duration_seconds": duration,
            "size_bytes": len(data),
            "error": "",
        },
    )
    if old_file and old_file != name:
        transaction.on_commit(lambda: _delete(old_file))
    return audio


def _delete(name: str) -> None:
    try:
        default_storage.delete(name)
    except STORAGE_ERRORS:
        logger.warning("Could not delete old audio %s", name)


def make_stale(limit: int | None = None, stdout=None) -> tuple[int, int]:
    """Make the audio of stale articles (newest first); returns (made or confirmed, failed)."""
    tool = tools()
    if tool is None:
        raise AudioError(INSTALL_HINT)
    done = failed = 0
    articles = stale_articles()
    if limit:
        articles = articles[:limit]
    for article in articles:
        try:
            make(article, tool)
            done += 1
        except AudioError as exc:
            failed += 1
            if stdout is not None:
                stdout.write(f"  Lỗi bài {article.pk}: {exc}\n")
    return done, failed
