"""Session videos: the allowlist, the parsing and the click-to-load rule are portal.video's
(shared with article bodies); this module adds the moment in a video a question points to.
"""

import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError

from portal.video import FRAME_ORIGINS, Video, parse, validate_video_url

__all__ = [
    "FRAME_ORIGINS",
    "Moment",
    "ValidationError",
    "Video",
    "moment",
    "moment_seconds",
    "parse",
    "validate_moment",
    "validate_video_url",
]


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
