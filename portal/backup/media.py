"""Stored files into and out of an archive, through the storage API.

Every storage named in settings.BACKUP_FILE_STORAGES is copied under its own folder of the
archive: the media (uploads) under "media/", the council's document files under
"council-files/". Whether a storage is a local folder or an object store, the backup reads each
file with the storage and the restore writes it back with it; nothing here knows a path.
"""

import hashlib
import io
import posixpath
import tarfile

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import storages

from portal.storage import TEMPORARY_PREFIX

PREFIX = "media/"


def _stores():
    """{archive folder: storage} for every file store the backup carries."""
    return {
        prefix: storages[alias]
        for prefix, alias in getattr(settings, "BACKUP_FILE_STORAGES", {PREFIX: "default"}).items()
    }


def is_file_member(name: str) -> bool:
    return any(name.startswith(prefix) for prefix in _stores())


def stored_names(storage, folder=""):
    try:
        directories, files = storage.listdir(folder)
    except FileNotFoundError:  # the media folder was never created
        return
    for name in sorted(files):
        if not name.startswith(TEMPORARY_PREFIX):  # an interrupted write, not a file
            yield posixpath.join(folder, name) if folder else name
    for directory in sorted(directories):
        yield from stored_names(storage, posixpath.join(folder, directory) if folder else directory)


def add_to(archive: tarfile.TarFile, mtime):
    """Copy every stored file into the archive; returns {member name: (sha256, size)}."""
    written = {}
    for prefix, storage in _stores().items():
        for name in stored_names(storage):
            with storage.open(name, "rb") as source:
                data = source.read()
            member = tarfile.TarInfo(prefix + name)
            member.size, member.mtime, member.mode = len(data), mtime, 0o600
            archive.addfile(member, io.BytesIO(data))
            written[member.name] = (hashlib.sha256(data).hexdigest(), len(data))
    return written


def restore_from(directory, names, overwrite=False):
    """Put the extracted files back into the storage. An existing file is kept unless
    `overwrite`; returns (written, kept) counts."""
    written = kept = 0
    stores = _stores()
    for member in names:
        prefix = next(prefix for prefix in stores if member.startswith(prefix))
        storage, name = stores[prefix], member[len(prefix) :]
        if storage.exists(name):
            if not overwrite:
                kept += 1
                continue
            storage.delete(name)
        data = (directory / member).read_bytes()
        storage.save(name, ContentFile(data))
        written += 1
    return written, kept
