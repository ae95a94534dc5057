"""Storages that fail the way a real disk does, for the upload failure tests.

`DiskFault` is the site's own MediaFileSystemStorage whose writes run out of room (or find the
disk read-only) after a number of files and bytes: the bytes before the fault really reach the
disk, so a test sees whether a partial file is left behind.
"""

import errno
import os

import pytest

from portal import storage as portal_storage
from portal.storage import MediaFileSystemStorage


class _FailingFile:
    """A file object that writes `room` bytes, then raises the given errno like the kernel."""

    def __init__(self, real, room, code):
        self.real, self.room, self.code = real, room, code

    def write(self, data):
        if len(data) > self.room:
            self.real.write(data[: self.room])
            self.real.flush()
            self.room = 0
            raise OSError(self.code, os.strerror(self.code))
        self.room -= len(data)
        return self.real.write(data)

    def __getattr__(self, name):
        return getattr(self.real, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.real.close()


class DiskFault(MediaFileSystemStorage):
    """Writes `files_that_fit` files, then fails the next one with `code` after `room` bytes
    (a read-only disk fails before any byte, as the kernel refuses to create the file)."""

    def __init__(self, *, files_that_fit=0, room=100, code=errno.ENOSPC, **kwargs):
        super().__init__(**kwargs)
        self.files_that_fit, self.room, self.code = files_that_fit, room, code
        self.saved = 0

    def _save(self, name, content):
        if self.saved < self.files_that_fit:
            self.saved += 1
            return super()._save(name, content)
        if self.code == errno.EROFS:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), self.path(name))
        real_fdopen = os.fdopen
        room, code = self.room, self.code

        def failing_fdopen(fd, *args, **kwargs):
            return _FailingFile(real_fdopen(fd, *args, **kwargs), room, code)

        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(portal_storage.os, "fdopen", failing_fdopen)
            return super()._save(name, content)


def use_faulty_storage(settings, **options):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "tests.news.storage_faults.DiskFault", "OPTIONS": options},
    }
