"""The archive: writing it (private, atomic, dated, with retention) and reading it back checked.

hdnd-backup-20261201T031500Z.tar          mode 0600, in BACKUP_DIR
  database.pgdump | database.sqlite3      the vendor module's copy
  media/articles/2026/11/….jpg            every stored upload
  council-files/…/….pdf                   every council document file
  manifest.json                           counts, schema, migrations, SHA-256 of each file
hdnd-backup-20261201T031500Z.tar.sha256   `sha256sum -c` line for the whole archive
"""

import datetime
import errno
import hashlib
import io
import json
import os
import sqlite3
import tarfile
import tempfile
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

import django
import psycopg
from django.conf import settings
from django.db import connections

from portal.storage import STORAGE_ERRORS

from . import media, postgresql, sqlite
from .snapshot import Snapshot

FORMAT = 1
MANIFEST = "manifest.json"
PREFIX = "hdnd-backup-"
SUFFIX = ".tar"
CHECKSUM_SUFFIX = ".sha256"


class BackupError(Exception):
    """A refusal or failure; the message is for the operator, in Vietnamese."""


# What a backup or restore may raise that the commands report instead of a traceback.
ERRORS = (BackupError, postgresql.PostgreSQLError, sqlite3.Error, psycopg.Error, *STORAGE_ERRORS)


def describe(exc):
    """The operator's message for one of ERRORS, in Vietnamese with the technical detail."""
    if isinstance(exc, BackupError | postgresql.PostgreSQLError):
        return str(exc)
    full = getattr(exc, "errno", None) == errno.ENOSPC or "full" in str(exc).lower()
    if full:
        return f"Ổ đĩa đã đầy, không ghi được; không có tệp dở dang nào được để lại ({exc})."
    if isinstance(exc, sqlite3.Error | psycopg.Error):
        return f"Lỗi cơ sở dữ liệu: {exc}"
    return f"Lỗi đọc hoặc ghi tệp: {exc}"


def vendor_of(settings_dict):
    engine = settings_dict["ENGINE"]
    if engine.endswith("postgresql"):
        return "postgresql"
    if engine.endswith("sqlite3"):
        return "sqlite"
    raise BackupError(f"Chưa hỗ trợ sao lưu cơ sở dữ liệu {engine}.")


def _served_folders():
    folders = [settings.MEDIA_ROOT, settings.STATIC_ROOT, *settings.STATICFILES_DIRS]
    return [Path(folder).resolve() for folder in folders if folder]


def check_destination(directory: Path):
    """Refuse a folder the web server or the app serves: the archive holds every account."""
    directory = Path(directory).resolve()
    for served in _served_folders():
        if directory == served or served in directory.parents:
            raise BackupError(
                f"Không được lưu bản sao lưu trong {directory}: thư mục này nằm trong {served}, "
                "nơi tệp được phục vụ công khai. Hãy chọn thư mục khác (BACKUP_DIR)."
            )
    return directory


def _sha256(path: Path):
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


def _private_file(path: Path):
    """Open a new file only its owner can read, whatever the umask."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.fchmod(fd, 0o600)
    return os.fdopen(fd, "wb")


def archive_name(now):
    return f"{PREFIX}{now:%Y%m%dT%H%M%SZ}{SUFFIX}"


def create(directory, include_media=True, now=None) -> Path:
    """Write one archive of the default database and the media; return its path."""
    directory = check_destination(directory)
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    now = now or datetime.datetime.now(datetime.UTC)
    target = directory / archive_name(now)
    if target.exists():
        raise BackupError(f"Đã có bản sao lưu {target.name}; hãy chạy lại sau một giây.")
    settings_dict = connections["default"].settings_dict
    vendor = vendor_of(settings_dict)
    partial = directory / f".{target.name}.part"
    # The dump is staged on the backup disk (in a private folder), not in a small /tmp.
    with tempfile.TemporaryDirectory(prefix=".work-", dir=directory) as work:
        if vendor == "postgresql":
            dump_name = postgresql.DUMP_NAME
            snapshot, tools = postgresql.dump(settings_dict, Path(work) / dump_name)
        else:
            dump_name = sqlite.DUMP_NAME
            snapshot, tools = sqlite.dump(settings_dict, Path(work) / dump_name), {}
        dump_path = Path(work) / dump_name
        files = {dump_name: {"sha256": _sha256(dump_path), "size": dump_path.stat().st_size}}
        try:
            with _private_file(partial) as out:
                with tarfile.open(fileobj=out, mode="w") as tar:
                    tar.add(dump_path, arcname=dump_name, filter=_private_member)
                    if include_media:
                        for member, (digest, size) in media.add_to(tar, now.timestamp()).items():
                            files[member] = {"sha256": digest, "size": size}
                    manifest = {
                        "format": FORMAT,
                        "created_at": now.isoformat(),
                        "site": settings.SITE_NAME,
                        "django": django.get_version(),
                        "database": {"vendor": vendor, "file": dump_name, **tools},
                        "snapshot": snapshot.as_dict(),
                        "media": {
                            "included": include_media,
                            "storage": settings.STORAGES["default"]["BACKEND"],
                            "files": sum(1 for name in files if media.is_file_member(name)),
                        },
                        "files": files,
                    }
                    data = json.dumps(manifest, ensure_ascii=False, indent=2).encode()
                    member = tarfile.TarInfo(MANIFEST)
                    member.size, member.mtime, member.mode = len(data), now.timestamp(), 0o600
                    tar.addfile(member, io.BytesIO(data))
                # Closing the tar above wrote its end blocks; now make it durable.
                out.flush()
                os.fsync(out.fileno())
            os.replace(partial, target)
        finally:
            with suppress(FileNotFoundError):
                partial.unlink()
    partial_checksum = directory / f".{target.name}{CHECKSUM_SUFFIX}.part"
    with suppress(FileNotFoundError):
        partial_checksum.unlink()
    with _private_file(partial_checksum) as out:
        out.write(f"{_sha256(target)}  {target.name}\n".encode())
    os.replace(partial_checksum, _checksum_path(target))
    return target


def _private_member(member):
    member.mode, member.uid, member.gid, member.uname, member.gname = 0o600, 0, 0, "", ""
    return member


def _checksum_path(archive: Path):
    return archive.with_name(archive.name + CHECKSUM_SUFFIX)


def prune(directory, keep):
    """Keep the newest `keep` archives in directory; return the names removed."""
    if keep < 1:
        raise BackupError("Phải giữ lại ít nhất 1 bản sao lưu.")
    archives = sorted(Path(directory).glob(f"{PREFIX}*{SUFFIX}"))
    removed = []
    for old in archives[:-keep]:
        old.unlink()
        with suppress(FileNotFoundError):
            _checksum_path(old).unlink()
        removed.append(old.name)
    return removed


@dataclass
class OpenedArchive:
    directory: Path
    manifest: dict

    @property
    def vendor(self):
        return self.manifest["database"]["vendor"]

    @property
    def dump_path(self):
        return self.directory / self.manifest["database"]["file"]

    @property
    def snapshot(self):
        return Snapshot.from_dict(self.manifest["snapshot"])

    @property
    def media_members(self):
        return sorted(name for name in self.manifest["files"] if media.is_file_member(name))


def _refuse(path, reason):
    return BackupError(f"Không dùng được bản sao lưu {Path(path).name}: {reason}")


@contextmanager
def opened(path):
    """Extract an archive into a private temporary folder after checking it whole: the
    .sha256 file beside it when there is one, then every member against the manifest."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"Không tìm thấy tệp sao lưu {path}.")
    checksum = _checksum_path(path)
    if checksum.exists():
        expected = (checksum.read_text(encoding="utf-8").split() or [""])[0]
        if expected != _sha256(path):
            raise _refuse(path, "mã kiểm tra SHA-256 của tệp không khớp (tệp bị hỏng hoặc bị sửa).")
    with tempfile.TemporaryDirectory(prefix="hdnd-restore-") as work:
        work = Path(work)
        try:
            with tarfile.open(path, mode="r:") as tar:
                tar.extractall(work, filter="data")
        except (tarfile.TarError, OSError) as exc:
            raise _refuse(path, f"không đọc được tệp tar ({exc}).") from exc
        try:
            manifest = json.loads((work / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise _refuse(path, "thiếu hoặc hỏng tệp manifest.json.") from exc
        if manifest.get("format") != FORMAT:
            raise _refuse(path, f"định dạng {manifest.get('format')!r} không được hỗ trợ.")
        listed = manifest.get("files", {})
        present = {p.relative_to(work).as_posix() for p in work.rglob("*") if p.is_file()} - {
            MANIFEST
        }
        if present != set(listed):
            raise _refuse(path, "danh sách tệp không khớp với manifest.")
        for name, entry in listed.items():
            if _sha256(work / name) != entry["sha256"]:
                raise _refuse(path, f"mã kiểm tra của {name} không khớp (tệp bị hỏng).")
        yield OpenedArchive(work, manifest)


def scratch_name(settings_dict, requested=None):
    name = requested or f"{settings_dict['NAME']}_verify"
    if name == settings_dict["NAME"]:
        raise BackupError("Cơ sở dữ liệu nháp để kiểm tra phải khác cơ sở dữ liệu đang chạy.")
    return name


def verify(opened_archive: OpenedArchive, scratch_database=None):
    """Restore into a scratch database, compare counts, constraints, indexes and migrations with
    the manifest, run the vendor's integrity checks, then drop the scratch copy. Returns the
    list of problems (empty when the copy is whole) and the restored snapshot."""
    settings_dict = connections["default"].settings_dict
    if opened_archive.vendor != vendor_of(settings_dict):
        raise BackupError(
            f"Bản sao lưu là của {opened_archive.vendor}, còn trang đang chạy "
            f"{vendor_of(settings_dict)}: hãy kiểm tra trên máy cùng loại cơ sở dữ liệu."
        )
    if opened_archive.vendor == "postgresql":
        postgresql.check_restore_tool(opened_archive.manifest["database"].get("pg_dump_major"))
        name = scratch_name(settings_dict, scratch_database)
        postgresql.drop_database(settings_dict, name)
        try:
            postgresql.restore(opened_archive.dump_path, settings_dict, name)
            restored = postgresql.inspect_database(settings_dict, name)
            problems = postgresql.check(settings_dict, name)
        finally:
            postgresql.drop_database(settings_dict, name)
    else:
        with tempfile.TemporaryDirectory(prefix="hdnd-verify-") as work:
            scratch = Path(work) / "scratch.sqlite3"
            sqlite.restore(opened_archive.dump_path, scratch)
            restored = sqlite.inspect_file(scratch)
            problems = sqlite.check(scratch)
    return opened_archive.snapshot.differences(restored) + problems, restored


def restore_database(opened_archive: OpenedArchive, into=None, force=False):
    """Restore into the configured database, or `into` (a database name on the same
    PostgreSQL server, or a SQLite file). Refuses a database with tables unless `force`."""
    settings_dict = connections["default"].settings_dict
    vendor = vendor_of(settings_dict)
    if opened_archive.vendor != vendor:
        raise BackupError(
            f"Bản sao lưu là của {opened_archive.vendor}, không khôi phục được vào {vendor}."
        )
    connections["default"].close()
    if vendor == "postgresql":
        postgresql.check_restore_tool(opened_archive.manifest["database"].get("pg_dump_major"))
        name = into or settings_dict["NAME"]
        if postgresql.has_tables(settings_dict, name) and not force:
            raise BackupError(
                f"Cơ sở dữ liệu {name} đã có dữ liệu; không ghi đè khi chưa có --force."
            )
        postgresql.restore(opened_archive.dump_path, settings_dict, name, clean=force)
        return postgresql.inspect_database(settings_dict, name), name
    target = Path(into or settings_dict["NAME"])
    if sqlite.has_tables(target) and not force:
        raise BackupError(f"Tệp {target} đã có dữ liệu; không ghi đè khi chưa có --force.")
    sqlite.restore(opened_archive.dump_path, target)
    return sqlite.inspect_file(target), str(target)


def restore_media(opened_archive: OpenedArchive, force=False):
    return media.restore_from(opened_archive.directory, opened_archive.media_members, force)
