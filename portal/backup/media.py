"""Media files into and out of an archive, through the storage API.

Whether uploads live in the local folder or in an object store, the backup reads every file
with the storage and the restore writes it back with the storage; nothing here knows a path.
"""

import hashlib
import io
import posixpath
import tarfile

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from portal.storage import TEMPORARY_PREFIX

PREFIX = "media/"


def stored_names(folder=""):
    try:
        directories, files = default_storage.listdir(folder)
    except FileNotFoundError:  # the media folder was never created
        return
    for name in sorted(files):
        if not name.startswith(TEMPORARY_PREFIX):  # an interrupted write, not a file
            yield posixpath.join(folder, name) if folder else name
    for directory in sorted(directories):
        yield from stored_names(posixpath.join(folder, directory) if folder else directory)


def add_to(archive: tarfile.TarFile, mtime):
    """Copy every stored file into the archive; returns {member name: (sha256, size)}."""
    written = {}
    for name in stored_names():
        with default_storage.open(name, "rb") as source:
            data = source.read()
        member = tarfile.TarInfo(PREFIX + name)
        member.size, member.mtime, member.mode = len(data), mtime, 0o600
        archive.addfile(member, io.BytesIO(data))
        written[member.name] = (hashlib.sha256(data).hexdigest(), len(data))
    return written


def restore_from(directory, names, overwrite=False):
    """Put the extracted files back into the storage. An existing file is kept unless
    `overwrite`; returns (written, kept) counts."""
    written = kept = 0
    for member in names:
        name = member[len(PREFIX) :]
        if default_storage.exists(name):
            if not overwrite:
                kept += 1
                continue
            default_storage.delete(name)
        data = (directory / member).read_bytes()
        default_storage.save(name, ContentFile(data))
        written += 1
    return written, kept
