"""Validation, cleaning and renditions for images staff upload (article covers and body images).

Every image is identified by decoding it with Pillow, never by its name: only JPEG, PNG, WebP and
GIF pass. The pixel count is read from the header and checked before anything is decoded, so a
small file declaring a huge canvas (a decompression bomb) is refused without using memory. Accepted
images are turned upright (EXIF orientation), re-encoded without EXIF/XMP/GPS metadata, stored
under a random name in a dated folder, and get smaller WebP copies for srcset.
"""

from __future__ import annotations

import errno
import io
import logging
import re
import uuid
import warnings
from dataclasses import dataclass, field
from html import unescape

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import models
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from PIL import Image, ImageOps, ImageSequence

from portal.storage import STORAGE_ERRORS

__all__ = [
    "ValidationError",
    "StorageError",
    "ImageUploadField",
    "inspect",
    "store",
    "renditions_for",
    "delete_files",
]

logger = logging.getLogger(__name__)

THUMB_WIDTH = 320
CARD_WIDTH = 640
FULL_WIDTH = 1200
# Besides the three named sizes, the widths a 360–414 px phone asks for at 2× and 3×: a 7.5rem
# list thumbnail is 360 px at 3× (480), the article column 328–382 px is 656–764 px at 2× (800)
# and 984–1146 px at 3× (960 or 1200). WebP only: AVIF saved 2–20 % more on the demo covers for
# ten times the encoding time (README, "Pictures for phones"), and every browser reads WebP.
RENDITION_WIDTHS = (FULL_WIDTH, 960, 800, CARD_WIDTH, 480, THUMB_WIDTH)

# Pillow format name -> file extension of the stored original.
FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif"}
MIME_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp", "GIF": "image/gif"}
_DECODE_ERRORS = (OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError)

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
DEFAULT_MAX_PIXELS = 40_000_000


def max_bytes():
    return getattr(settings, "NEWS_IMAGE_MAX_BYTES", DEFAULT_MAX_BYTES)


def max_pixels():
    return getattr(settings, "NEWS_IMAGE_MAX_PIXELS", DEFAULT_MAX_PIXELS)


def _error(message, code):
    return ValidationError(message, code=code)


def _not_an_image():
    return _error(
        "Tệp tải lên không phải là ảnh hợp lệ. Chỉ nhận ảnh JPEG, PNG, WebP hoặc GIF.",
        "invalid_image",
    )


def _too_many_pixels(width=None, height=None):
    limit = f"{max_pixels() / 1_000_000:g}".replace(".", ",")
    size = f" ({width} × {height} điểm ảnh)" if width and height else ""
    return _error(
        f"Ảnh quá lớn{size}. Kích thước tối đa là {limit} triệu điểm ảnh; "
        "hãy thu nhỏ ảnh rồi tải lên lại.",
        "too_many_pixels",
    )


class StorageError(Exception):
    """A valid image that could not be written: `message` tells staff why, in Vietnamese, and
    `status` is the HTTP status that says the same (507 full, 503 otherwise)."""

    def __init__(self, message, status):
        super().__init__(message)
        self.message = message
        self.status = status


_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}


def storage_error(exc) -> StorageError:
    """Describe a failed write for staff; the technical detail goes to the log."""
    code = getattr(exc, "errno", None)
    if code in _FULL:
        return StorageError(
            "Không lưu được ảnh: ổ đĩa lưu trữ của cổng thông tin đã đầy. Ảnh chưa được lưu; "
            "hãy báo bộ phận kỹ thuật giải phóng dung lượng rồi tải lên lại.",
            507,
        )
    if code in _READ_ONLY:
        return StorageError(
            "Không lưu được ảnh: thư mục lưu ảnh đang ở chế độ chỉ đọc hoặc không có quyền ghi. "
            "Ảnh chưa được lưu; hãy báo bộ phận kỹ thuật.",
            503,
        )
    return StorageError(
        "Không lưu được ảnh vào kho lưu trữ (kho đang gặp sự cố). Ảnh chưa được lưu; "
        "hãy thử lại sau ít phút, nếu vẫn lỗi thì báo bộ phận kỹ thuật.",
        503,
    )


def delete_files(names):
    """Remove stored files (an original and its renditions), skipping empty or missing names.

    Returns the names that could not be removed; a failure is logged, never raised, because it
    must not undo the change that made the files unused (sweep_media retries later).
    """
    failed = []
    for name in dict.fromkeys(n for n in names if n):
        try:
            default_storage.delete(name)
        except STORAGE_ERRORS:
            logger.warning("Could not delete media file %s", name, exc_info=True)
            failed.append(name)
    return failed


@dataclass
class ImageInfo:
    format: str
    width: int
    height: int
    frames: int = 1

    @property
    def extension(self):
        return FORMATS[self.format]


def _bomb_warning_action():
    # Pillow warns past its own MAX_IMAGE_PIXELS; that is a refusal unless ours is higher.
    return "error" if max_pixels() <= (Image.MAX_IMAGE_PIXELS or 0) else "ignore"


def _open(file):
    """Open an image lazily (header only), turning Pillow's bomb guard into our error.

    Pillow reads from a copy of the bytes (their size is checked before): its PNG decoder
    closes the file it was given once loaded, and the upload must stay open to be stored."""
    file.seek(0)
    data = io.BytesIO(file.read())
    file.seek(0)
    with warnings.catch_warnings():
        warnings.simplefilter(_bomb_warning_action(), Image.DecompressionBombWarning)
        try:
            return Image.open(data, formats=list(FORMATS))
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise _too_many_pixels() from exc
        except _DECODE_ERRORS as exc:  # UnidentifiedImageError is an OSError
            raise _not_an_image() from exc


def _check_header(image) -> ImageInfo:
    if image.format not in FORMATS:
        raise _not_an_image()
    width, height = image.size
    if width < 1 or height < 1:
        raise _not_an_image()
    if width * height > max_pixels():
        raise _too_many_pixels(width, height)
    frames = getattr(image, "n_frames", 1) if image.format == "GIF" else 1
    if frames * width * height > max_pixels():
        raise _error(
            "Ảnh GIF động có quá nhiều khung hình. Hãy dùng ảnh tĩnh hoặc ảnh động ngắn hơn.",
            "too_many_frames",
        )
    return ImageInfo(image.format, width, height, frames)


def too_large_message(size):
    return (
        f"Tệp ảnh quá lớn ({filesizeformat(size)}). "
        f"Dung lượng tối đa là {filesizeformat(max_bytes())}."
    )


def _check_size(file):
    size = getattr(file, "size", None)
    if size is None:
        file.seek(0, io.SEEK_END)
        size = file.tell()
    if size == 0:
        raise _error("Tệp ảnh rỗng.", "empty")
    if size > max_bytes():
        raise _error(too_large_message(size), "too_large")


def _decode(file):
    """Fully decode the image (catches truncated and corrupt files). Returns the open image."""
    image = _open(file)
    info = _check_header(image)
    with warnings.catch_warnings():
        warnings.simplefilter(_bomb_warning_action(), Image.DecompressionBombWarning)
        try:
            image.load()
            if info.frames > 1:
                for frame in ImageSequence.Iterator(image):
                    frame.load()
                image.seek(0)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise _too_many_pixels(info.width, info.height) from exc
        except _DECODE_ERRORS as exc:
            raise _error(
                "Tệp ảnh bị hỏng hoặc tải lên chưa trọn vẹn. Hãy thử lại với tệp khác.",
                "corrupt",
            ) from exc
    return image, info


def inspect(file) -> ImageInfo:
    """Validate an uploaded file as an image we accept; raise ValidationError in Vietnamese."""
    _check_size(file)
    image, info = _decode(file)
    image.close()
    file.seek(0)
    return info


class ImageUploadField(forms.ImageField):
    """The admin's cover field: our checks and messages instead of Django's generic ones."""

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        attrs["accept"] = ",".join(MIME_TYPES.values())
        return attrs

    def to_python(self, data):
        file = forms.FileField.to_python(self, data)
        if file is None:
            return None
        info = inspect(file)
        file.content_type = MIME_TYPES[info.format]
        return file


def _upright(image):
    """Apply the EXIF orientation and return a copy without any metadata."""
    upright = ImageOps.exif_transpose(image)
    if upright is image:
        upright = image.copy()
    # Only what decoding needs survives: EXIF, XMP (which can hold GPS too) and comments go.
    upright.info = {k: image.info[k] for k in ("icc_profile", "transparency") if k in image.info}
    return upright


def _encode_original(image, info) -> bytes:
    out = io.BytesIO()
    icc = {"icc_profile": image.info["icc_profile"]} if image.info.get("icc_profile") else {}
    if info.format == "JPEG":
        if image.mode not in ("RGB", "L"):
            image = image.convert("RGB")
        image.save(out, "JPEG", quality=88, optimize=True, progressive=True, **icc)
    elif info.format == "PNG":
        image.save(out, "PNG", optimize=True, **icc)
    elif info.format == "WEBP":
        if image.mode not in ("RGB", "RGBA"):
            image = image.convert("RGBA" if image.has_transparency_data else "RGB")
        image.save(out, "WEBP", quality=88, method=4, **icc)
    else:
        image.save(out, "GIF", optimize=True, **image.info)
    return out.getvalue()


def _encode_gif_frames(source) -> bytes:
    frames, durations = [], []
    for frame in ImageSequence.Iterator(source):
        durations.append(frame.info.get("duration", 100))
        frames.append(frame.copy())
    out = io.BytesIO()
    frames[0].info = {}
    frames[0].save(
        out,
        "GIF",
        save_all=True,
        append_images=frames[1:],
        duration=durations,
        loop=source.info.get("loop", 0),
        disposal=2,
        optimize=False,
    )
    return out.getvalue()


def _rendition_bytes(image, width):
    height = max(1, round(image.height * width / image.width))
    if image.mode not in ("RGB", "RGBA"):
        image = image.convert("RGBA" if image.has_transparency_data else "RGB")
    resized = image.resize((width, height), Image.Resampling.LANCZOS, reducing_gap=3.0)
    out = io.BytesIO()
    resized.save(out, "WEBP", quality=80, method=4)
    return resized, out.getvalue()


@dataclass
class StoredImage:
    name: str
    width: int
    height: int
    renditions: dict[int, str] = field(default_factory=dict)

    @property
    def url(self):
        return default_storage.url(self.name)

    def rendition_url(self, width):
        name = self.renditions.get(width)
        return default_storage.url(name) if name else self.url

    def responsive_urls(self):
        """The default URL (full width or smaller) and (width, url) pairs for a srcset."""
        widths = {width: self.rendition_url(width) for width in self.renditions}
        if self.width <= FULL_WIDTH:
            widths[self.width] = self.url
        return {"default": self.rendition_url(FULL_WIDTH), "widths": sorted(widths.items())}

    def as_renditions(self):
        """The JSON kept on Article.cover_renditions."""
        return {
            "source": self.name,
            "width": self.width,
            "height": self.height,
            "files": {str(w): name for w, name in sorted(self.renditions.items())},
        }


def _save(name, data, content_type):
    content = ContentFile(data)
    # The object store sets the served Content-Type from this (portal.storage.MediaS3Storage).
    content.content_type = content_type
    return default_storage.save(name, content)


def _save_renditions(name, image, existing=None) -> dict[int, str]:
    """Write WebP copies narrower than the original next to it: <stem>-<width>.webp.

    Widths in `existing` ({width: name}, renditions made before) are kept, not written again.
    All or nothing: when one cannot be written, those written by this call are removed again."""
    stem = name.rsplit(".", 1)[0]
    existing = existing or {}
    renditions = {}
    written = []
    source = image
    try:
        # Largest first, each from the previous one: much cheaper than resizing six times.
        for width in RENDITION_WIDTHS:
            if width >= image.width:
                continue
            if width in existing:
                renditions[width] = existing[width]
                continue
            source, data = _rendition_bytes(source, width)
            renditions[width] = _save(f"{stem}-{width}.webp", data, "image/webp")
            written.append(renditions[width])
    except STORAGE_ERRORS as exc:
        logger.error("Could not store renditions of %s", name, exc_info=True)
        delete_files(written)
        raise storage_error(exc) from exc
    return renditions


def _dated_name(folder, extension):
    return f"{folder}/{timezone.localdate():%Y/%m}/{uuid.uuid4().hex}.{extension}"


def store(file, folder="articles") -> StoredImage:
    """Validate, clean and store an uploaded image with its renditions.

    Raises ValidationError for a file that is not an acceptable image, and StorageError when
    the storage cannot take it; then nothing of it is left in the storage."""
    _check_size(file)
    image, info = _decode(file)
    with image:
        if info.frames > 1:
            data = _encode_gif_frames(image)
            image.seek(0)
            upright = image.convert("RGBA")
        else:
            upright = _upright(image)
            data = _encode_original(upright, info)
    try:
        name = _save(_dated_name(folder, info.extension), data, MIME_TYPES[info.format])
    except STORAGE_ERRORS as exc:
        logger.error("Could not store an uploaded image", exc_info=True)
        raise storage_error(exc) from exc
    # A still WebP of an animation would stop it moving; animated GIFs are served as they are.
    try:
        renditions = _save_renditions(name, upright) if info.frames == 1 else {}
    except StorageError:
        delete_files([name])
        raise
    return StoredImage(name, upright.width, upright.height, renditions)


def renditions_for(name, file) -> StoredImage:
    """Build renditions for an image already in storage (its original is left as it is)."""
    _check_size(file)
    image, info = _decode(file)
    with image:
        upright = _upright(image)
    return StoredImage(name, upright.width, upright.height, _save_renditions(name, upright))


def missing_renditions(name, file, existing) -> StoredImage:
    """Add the renditions of today's RENDITION_WIDTHS that an image stored earlier lacks;
    `existing` ({width: name}) are kept as they are (manage.py rebuild_renditions)."""
    _check_size(file)
    image, info = _decode(file)
    with image:
        if info.frames > 1:  # animated GIFs are served as they are
            return StoredImage(name, info.width, info.height, {})
        upright = _upright(image)
    renditions = _save_renditions(name, upright, existing=existing)
    return StoredImage(name, upright.width, upright.height, renditions)


def srcset(stored: StoredImage) -> str:
    return ", ".join(f"{url} {width}w" for width, url in stored.responsive_urls()["widths"])


# --- pictures in article bodies ------------------------------------------------------------

_BODY_IMG_RE = re.compile(r"<img\b([^>]*)>")
_IMG_ATTRIBUTE_RE = re.compile(r'\s([^\s="]+)="([^"]*)"')


def remember_body_image(stored: StoredImage, user=None):
    """Keep an editor upload's size for its pages and for the media library."""
    from .models import BodyImage

    default = stored.renditions.get(FULL_WIDTH, stored.name)
    return BodyImage.objects.create(
        name=stored.name,
        default_name=default,
        width=stored.width,
        height=stored.height,
        renditions={str(w): name for w, name in sorted(stored.renditions.items())},
        uploaded_by=user,
    )


def _storage_name(url: str) -> str | None:
    media = settings.MEDIA_URL
    return url[len(media) :] if url.startswith(media) else None


def size_body_images(body_html: str) -> str:
    """Give every picture of ours in cleaned body HTML its width and height (the page keeps
    its room while it loads), and teach the media library an alt text it did not know."""
    from .models import BodyImage

    tags = list(_BODY_IMG_RE.finditer(body_html or ""))
    wanted = {}
    for match in tags:
        attributes = dict(_IMG_ATTRIBUTE_RE.findall(match.group(1)))
        name = _storage_name(attributes.get("src", ""))
        if name:
            wanted[name] = attributes
    if not wanted:
        return body_html
    known = {}
    for image in BodyImage.objects.filter(
        models.Q(default_name__in=wanted) | models.Q(name__in=wanted)
    ):
        known[image.default_name] = known[image.name] = image
    for name, attributes in wanted.items():
        image = known.get(name)
        alt = unescape(attributes.get("alt", "")).strip()
        if image is not None and alt and not image.alt:
            image.alt = alt
            image.save(update_fields=["alt", "alt_folded"])

    def sized(match):
        attributes = _IMG_ATTRIBUTE_RE.findall(match.group(1))
        names = dict(attributes)
        image = known.get(_storage_name(names.get("src", "")) or "")
        if image is None or ("width" in names and "height" in names):
            return match.group(0)
        kept = [(k, v) for k, v in attributes if k not in ("width", "height")]
        kept[1:1] = [("width", str(image.width)), ("height", str(image.height))]
        return "<img" + "".join(f' {k}="{v}"' for k, v in kept) + ">"

    return _BODY_IMG_RE.sub(sized, body_html)


def _body_image_srcset(image) -> str:
    stored = StoredImage(
        image.name,
        image.width,
        image.height,
        {int(width): name for width, name in (image.renditions or {}).items()},
    )
    return srcset(stored)


def refresh_body_srcsets(body_html: str, known: dict) -> str:
    """Rewrite the srcset of every picture of ours in body HTML from its BodyImage's renditions
    (`known` maps stored names, original and default, to BodyImage rows)."""

    def refreshed(match):
        attributes = _IMG_ATTRIBUTE_RE.findall(match.group(1))
        names = dict(attributes)
        image = known.get(_storage_name(names.get("src", "")) or "")
        if image is None or "srcset" not in names:
            return match.group(0)
        value = _body_image_srcset(image)
        if value == names["srcset"]:
            return match.group(0)
        kept = [(k, value if k == "srcset" else v) for k, v in attributes]
        return "<img" + "".join(f' {k}="{v}"' for k, v in kept) + ">"

    return _BODY_IMG_RE.sub(refreshed, body_html or "")
