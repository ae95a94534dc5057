"""Where uploaded files live: a local folder, or an S3-compatible object store for several servers.

Both storages make a failed write leave nothing behind. The local one writes into a hidden
temporary file beside the target and links it into place only once every byte is on disk, so a
full or read-only disk never leaves an empty or half-written file under its real name; an S3 PUT
is all-or-nothing by itself. `STORAGE_ERRORS` lists what a storage raises when it cannot write,
so callers can catch exactly that and say so to the user.
"""

import errno
import mimetypes
import os
import tempfile
from contextlib import suppress

from botocore.exceptions import BotoCoreError, ClientError
from django.core.files.storage import FileSystemStorage
from django.core.files.storage.filesystem import safe_makedirs
from storages.backends.s3 import S3Storage

STORAGE_ERRORS = (OSError, BotoCoreError, ClientError)

# Left behind only when a process is killed half-way through a write; sweep_media removes them.
TEMPORARY_PREFIX = ".upload-"
TEMPORARY_SUFFIX = ".part"

# Types the site itself produces and may be shown in a browser. Anything else is stored as a
# download: an object store has no nosniff header to stop a browser running HTML or SVG.
INLINE_TYPES = frozenset(
    {"image/jpeg", "image/png", "image/webp", "image/gif", "application/pdf", "audio/ogg"}
)
DOWNLOAD_TYPE = "application/octet-stream"
# Stored names are random and never rewritten, so browsers and proxies may keep them for a year.
IMMUTABLE_CACHE_CONTROL = "public, max-age=31536000, immutable"

_NO_HARD_LINKS = {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK}


class MediaFileSystemStorage(FileSystemStorage):
    """FileSystemStorage whose writes are all-or-nothing."""

    def _save(self, name, content):
        full_path = self.path(name)
        directory = os.path.dirname(full_path)
        if self.directory_permissions_mode is not None:
            safe_makedirs(directory, self.directory_permissions_mode, exist_ok=True)
        else:
            os.makedirs(directory, exist_ok=True)
        fd, temporary = tempfile.mkstemp(
            dir=directory, prefix=TEMPORARY_PREFIX, suffix=TEMPORARY_SUFFIX
        )
        try:
            with os.fdopen(fd, "wb") as out:
                for chunk in content.chunks():
                    out.write(chunk if isinstance(chunk, bytes) else chunk.encode())
                out.flush()
                os.fsync(out.fileno())
            os.chmod(temporary, self.file_permissions_mode or 0o644)
            name = self._link_into_place(temporary, name)
        finally:
            with suppress(FileNotFoundError):
                os.unlink(temporary)
        full_path = self.path(name)
        self._ensure_location_group_id(full_path)
        return os.path.relpath(full_path, self.location).replace("\\", "/")

    def _link_into_place(self, temporary, name):
        """Give the finished file its name without ever replacing another file."""
        while True:
            full_path = self.path(name)
            try:
                os.link(temporary, full_path)
                return name
            except FileExistsError:
                name = self.get_available_name(name)
            except OSError as exc:
                if exc.errno not in _NO_HARD_LINKS:
                    raise
                # A filesystem without hard links: a rename is still atomic, only not exclusive.
                if os.path.exists(full_path):
                    name = self.get_available_name(name)
                    continue
                os.replace(temporary, full_path)
                return name


class MediaS3Storage(S3Storage):
    """S3Storage that only lets a browser display what the site knows to be harmless.

    The type comes from the stored name, which the site chose after validating the file (see
    news.images); when the file carries a declared type that disagrees, or the type is not in
    INLINE_TYPES (HTML, SVG, anything unknown), the object is stored as a download.
    """

    def _get_write_parameters(self, name, content=None):
        params = super()._get_write_parameters(name, content)
        content_type, _ = mimetypes.guess_type(name)
        declared = getattr(content, "content_type", None)
        if content_type in INLINE_TYPES and declared in (None, content_type):
            params["ContentType"] = content_type
            params.setdefault("CacheControl", IMMUTABLE_CACHE_CONTROL)
        else:
            params["ContentType"] = DOWNLOAD_TYPE
            filename = os.path.basename(name)
            params["ContentDisposition"] = f'attachment; filename="{filename}"'
        return params
