"""Session videos from allowlisted hosts, embedded only after the reader asks for them.

A session page shows a plain link and a button; static/js/council.js puts the player's <iframe>
in only when the reader clicks, so no request reaches YouTube or Facebook before that. YouTube
plays from its no-cookie domain. Addresses from any other host are refused when staff save them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, quote, urlsplit

from django.core.exceptions import ValidationError

YOUTUBE_HOSTS = {"youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be"}
FACEBOOK_HOSTS = {"facebook.com", "www.facebook.com", "m.facebook.com", "fb.watch"}
# The hosts the player frames come from (PORTAL_CSP's frame-src lists the same two).
FRAME_ORIGINS = ("https://www.youtube-nocookie.com", "https://www.facebook.com")

_YOUTUBE_ID_RE = re.compile(r"^[A-Za-z0-9_-]{11}$")
_FACEBOOK_VIDEO_PATH_RE = re.compile(r"^/(?:[^/]+/videos/(?:[^/]+/)?\d+/?|watch/?|reel/\d+/?)$")
_FB_WATCH_PATH_RE = re.compile(r"^/[A-Za-z0-9_-]+/?$")


@dataclass(frozen=True)
class Video:
    provider: str
    watch_url: str
    embed_url: str

    @property
    def provider_name(self) -> str:
        return {"youtube": "YouTube", "facebook": "Facebook"}[self.provider]


def _youtube_id(parts) -> str | None:
    if parts.hostname == "youtu.be":
        candidate = parts.path.strip("/")
    elif parts.path == "/watch":
        candidate = (parse_qs(parts.query).get("v") or [""])[0]
    else:
        match = re.match(r"^/(?:live|embed|shorts)/([^/]+)/?$", parts.path)
        candidate = match[1] if match else ""
    return candidate if _YOUTUBE_ID_RE.match(candidate or "") else None


def parse(url: str) -> Video | None:
    """The video at an allowlisted address, or None for anything else."""
    try:
        parts = urlsplit((url or "").strip())
    except ValueError:
        return None
    if parts.scheme != "https" or parts.username or parts.password or parts.port:
        return None
    host = (parts.hostname or "").lower()
    if host in YOUTUBE_HOSTS:
        video_id = _youtube_id(parts)
        if video_id is None:
            return None
        return Video(
            "youtube",
            f"https://www.youtube.com/watch?v={video_id}",
            f"https://www.youtube-nocookie.com/embed/{video_id}",
        )
    if host in FACEBOOK_HOSTS:
        if host == "fb.watch":
            if not _FB_WATCH_PATH_RE.match(parts.path):
                return None
        elif not _FACEBOOK_VIDEO_PATH_RE.match(parts.path) or (
            parts.path.startswith("/watch") and not parse_qs(parts.query).get("v")
        ):
            return None
        watch = parts._replace(fragment="").geturl()
        return Video(
            "facebook",
            watch,
            "https://www.facebook.com/plugins/video.php?href=" + quote(watch, safe=""),
        )
    return None


def validate_video_url(url: str) -> None:
    if url and parse(url) is None:
        raise ValidationError(
            "Chỉ nhận đường dẫn video https của YouTube (youtube.com, youtu.be) hoặc Facebook"
            " (facebook.com, fb.watch), ví dụ: https://www.youtube.com/watch?v=…",
            code="video_host",
        )


# --- a moment in a video (questions in session) ---------------------------------------------

_MOMENT_RE = re.compile(r"^(?:(\d{1,2}):)?([0-5]?\d):([0-5]\d)$")


def moment_seconds(value: str) -> int | None:
    """ "1:25:40" → 5140, "25:40" → 1540; None for anything else (or empty)."""
    match = _MOMENT_RE.match((value or "").strip())
    if not match:
        return None
    hours, minutes, seconds = (int(part or 0) for part in match.groups())
    return hours * 3600 + minutes * 60 + seconds


def validate_moment(value: str) -> None:
    if value and moment_seconds(value) is None:
        raise ValidationError(
            "Hãy nhập thời điểm dạng giờ:phút:giây hoặc phút:giây, ví dụ 1:25:40 hoặc 25:40.",
            code="video_moment",
        )


@dataclass(frozen=True)
class Moment:
    video: Video
    seconds: int
    label: str

    @property
    def provider_name(self) -> str:
        return self.video.provider_name

    @property
    def watch_url(self) -> str:
        if self.video.provider == "youtube" and self.seconds:
            return f"{self.video.watch_url}&t={self.seconds}s"
        return self.video.watch_url

    @property
    def embed_url(self) -> str:
        if self.video.provider == "youtube" and self.seconds:
            return f"{self.video.embed_url}?start={self.seconds}&autoplay=1"
        return self.video.embed_url


def moment(url: str, start: str = "") -> Moment | None:
    """The video at url, from start on (YouTube plays from there; Facebook from the beginning,
    the label says where to look)."""
    found = parse(url)
    if found is None:
        return None
    seconds = moment_seconds(start) or 0
    return Moment(found, seconds, (start or "").strip() if seconds else "")
