"""Videos from allowlisted hosts (YouTube, Facebook), embedded only after the reader asks.

Session pages (council) and article bodies (news) show a plain link and a button; the page's
script (static/js/council.js, static/js/article-media.js) puts the player's <iframe> in only when
the reader clicks, so no request reaches YouTube or Facebook before that. YouTube plays from its
no-cookie domain. Addresses from any other host are refused when staff save them.
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
