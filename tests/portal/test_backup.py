"""manage.py backup and restore: one private, checked archive; restores that were tried."""

import datetime
import io
import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import dj_database_url
import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.management import CommandError, call_command
from django.db import connection

from polls.models import Ballot
from portal.backup import archive, postgresql
from tests.news.factories import ArticleFactory, uploaded_image
from tests.polls.factories import PollFactory, choices_of

from .backup_under_load import vote_while_backing_up

# The archive is read by other connections (pg_dump, SQLite's backup API): data must be committed.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def run(command, *args, **options):
    out = io.StringIO()
    call_command(command, *args, stdout=out, **options)
    return out.getvalue()


@pytest.fixture
def media_root(settings, tmp_path):
    root = tmp_path / "media"
    root.mkdir()
    settings.MEDIA_ROOT = root
    # The council's files too: each test counts only the files it made.
    council = settings.STORAGES["council_documents"]
    settings.STORAGES = {
        **settings.STORAGES,
        "council_documents": {
            **council,
            "OPTIONS": {**council["OPTIONS"], "location": tmp_path / "council"},
        },
    }
    return root


@pytest.fixture
def backups(tmp_path):
    return tmp_path / "backups"


@pytest.fixture
def new_database(tmp_path):
    """Somewhere the tests may restore to: a new PostgreSQL database named after the configured
    one (dropped afterwards), or a new SQLite file."""
    if connection.vendor == "sqlite":
        yield str(tmp_path / "restored.sqlite3")
        return
    name = dj_database_url.parse(os.environ["DATABASE_URL"])["NAME"] + "_restored"
    settings_dict = connection.settings_dict
    postgresql.drop_database(settings_dict, name)
    yield name
    postgresql.drop_database(settings_dict, name)


@pytest.fixture
def scratch_database():
    if connection.vendor == "sqlite":
        return None
    return dj_database_url.parse(os.environ["DATABASE_URL"])["NAME"] + "_verify"


def some_content(media_root):
    article = ArticleFactory(cover_image=uploaded_image())
    poll = PollFactory()
    for number, choice in enumerate(choices_of(poll)):
        Ballot.objects.create(poll=poll, voter_key=f"voter-{number}").picks.create(choice=choice)
    return article


def only_archive(backups):
    [path] = sorted(backups.glob("hdnd-backup-*.tar"))
    return path


def manifest_of(path):
    with tarfile.open(path) as tar:
        return json.load(tar.extractfile("manifest.json"))


def test_backup_writes_one_private_archive_with_database_media_and_checksums(
    media_root, backups, scratch_database
):
    article = some_content(media_root)
    output = run("backup", dest=backups, verify=True, scratch_database=scratch_database)
    path = only_archive(backups)
    assert path.stat().st_mode & 0o777 == 0o600
    assert backups.stat().st_mode & 0o777 == 0o700
    checksum = path.with_name(path.name + ".sha256")
    assert checksum.stat().st_mode & 0o777 == 0o600
    assert subprocess.run(["sha256sum", "-c", checksum.name], cwd=backups).returncode == 0
    manifest = manifest_of(path)
    assert manifest["database"]["vendor"] == connection.vendor
    assert manifest["snapshot"]["tables"]["polls_ballot"] == 3
    assert manifest["snapshot"]["tables"]["news_article"] == 1
    assert f"media/{article.cover_image.name}" in manifest["files"]
    assert manifest["media"]["files"] == 7
    assert "Đã khôi phục thử" in output and "khớp manifest" in output


def test_backup_refuses_a_folder_the_site_serves(media_root, settings, tmp_path):
    settings.STATIC_ROOT = tmp_path / "static"
    for served in (media_root / "backups", settings.STATIC_ROOT, settings.STATIC_ROOT / "x"):
        with pytest.raises(CommandError, match="nơi tệp được phục vụ công khai"):
            run("backup", dest=served)
        assert not Path(served).exists() or not any(Path(served).glob("hdnd-backup-*"))


def test_only_the_newest_archives_are_kept(media_root, backups):
    for day in (1, 2, 3):
        archive.create(backups, now=datetime.datetime(2000, 11, day, 2, 0, tzinfo=datetime.UTC))
    output = run("backup", dest=backups, keep=2)
    names = sorted(p.name for p in backups.iterdir())
    assert len(names) == 4  # two archives and their checksum files
    assert names[0].startswith("hdnd-backup-20001103")
    assert "Đã xóa bản cũ hdnd-backup-20001101T020000Z.tar" in output


def test_restore_into_a_new_database_brings_back_rows_and_media(media_root, backups, new_database):
    article = some_content(media_root)
    run("backup", dest=backups)
    cover = media_root / article.cover_image.name
    cover.unlink()
    output = run("restore", str(only_archive(backups)), into=new_database)
    assert "Đã khôi phục cơ sở dữ liệu" in output
    assert "Tệp đa phương tiện: 1 tệp đã ghi, 6 tệp đã có giữ nguyên." in output
    assert cover.exists()


def test_council_document_files_go_into_the_archive_and_come_back(
    media_root, backups, new_database
):
    council_files = storages["council_documents"]
    name = council_files.save("nghi-quyet/nq-01.pdf", ContentFile(b"%PDF-1.7 nghi quyet"))
    run("backup", dest=backups)
    manifest = manifest_of(only_archive(backups))
    assert f"council-files/{name}" in manifest["files"]
    council_files.delete(name)
    output = run("restore", str(only_archive(backups)), into=new_database)
    assert "1 tệp đã ghi" in output
    with council_files.open(name, "rb") as restored:
        assert restored.read() == b"%PDF-1.7 nghi quyet"


def test_restore_never_overwrites_a_database_without_force(media_root, backups, new_database):
    some_content(media_root)
    run("backup", dest=backups)
    path = only_archive(backups)
    run("restore", str(path), into=new_database, no_media=True)
    with pytest.raises(CommandError, match="đã có dữ liệu; không ghi đè khi chưa có --force"):
        run("restore", str(path), into=new_database, no_media=True)
    output = run("restore", str(path), into=new_database, no_media=True, force=True)
    assert "Đã khôi phục cơ sở dữ liệu" in output


def corrupt(path, member_prefix):
    """Flip one byte inside the first member whose name starts with member_prefix."""
    with tarfile.open(path) as tar:
        member = next(m for m in tar.getmembers() if m.name.startswith(member_prefix))
    with open(path, "r+b") as fh:
        fh.seek(member.offset_data + member.size // 2)
        byte = fh.read(1)
        fh.seek(-1, os.SEEK_CUR)
        fh.write(bytes([byte[0] ^ 0xFF]))


def test_restore_refuses_an_archive_whose_checksum_fails(media_root, backups, new_database):
    some_content(media_root)
    run("backup", dest=backups)
    path = only_archive(backups)
    corrupt(path, "media/")
    with pytest.raises(CommandError, match="mã kiểm tra SHA-256 của tệp không khớp"):
        run("restore", str(path), into=new_database)
    # Without the .sha256 file beside it, the manifest's own checksums still catch it.
    path.with_name(path.name + ".sha256").unlink()
    with pytest.raises(CommandError, match=r"mã kiểm tra của media/.* không khớp"):
        run("restore", str(path), into=new_database)
    with pytest.raises(CommandError, match=r"mã kiểm tra của media/.* không khớp"):
        run("restore", str(path), verify=True)


def test_verify_reports_a_restored_copy_that_differs_from_the_manifest(
    media_root, backups, scratch_database
):
    some_content(media_root)
    run("backup", dest=backups, no_media=True)
    path = only_archive(backups)
    # Rewrite the archive with a manifest claiming a ballot more than the copy holds.
    with tarfile.open(path) as tar:
        members = {m.name: tar.extractfile(m).read() for m in tar.getmembers()}
    manifest = json.loads(members["manifest.json"])
    manifest["snapshot"]["tables"]["polls_ballot"] += 1
    members["manifest.json"] = json.dumps(manifest).encode()
    path.with_name(path.name + ".sha256").unlink()
    with tarfile.open(path, "w") as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    with pytest.raises(CommandError) as refused:
        run("restore", str(path), verify=True, scratch_database=scratch_database)
    assert "Bảng polls_ballot: bản sao lưu có 4 dòng, bản khôi phục có 3." in str(refused.value)


def test_restore_of_a_missing_file_says_so(tmp_path):
    with pytest.raises(CommandError, match="Không tìm thấy tệp sao lưu"):
        run("restore", str(tmp_path / "khong-co.tar"))


# --- backing up while readers vote -------------------------------------------------------------


@pytest.mark.postgres
def test_backup_while_votes_are_cast_restores_to_tallies_equal_to_ballots(
    on_postgres, media_root, backups, new_database
):
    outcome = vote_while_backing_up(backups, new_database)
    check_under_load(outcome)


@pytest.mark.django_db(transaction=False)
def test_backup_while_votes_are_cast_on_a_sqlite_file_in_wal_mode(tmp_path):
    if connection.vendor != "sqlite":
        pytest.skip("the PostgreSQL run has its own test")
    env = {
        **os.environ,
        "SQLITE_PATH": str(tmp_path / "db.sqlite3"),
        "DJANGO_MEDIA_ROOT": str(tmp_path / "media"),
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
    }
    env.pop("DATABASE_URL", None)
    result = subprocess.run(
        [sys.executable, "-m", "tests.portal.backup_under_load", str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0, result.stderr[-3000:]
    check_under_load(json.loads(result.stdout.strip().splitlines()[-1]))


def check_under_load(outcome):
    assert outcome["statuses"] == [303] * len(outcome["statuses"])
    assert outcome["ballots_at_the_end"] == len(outcome["statuses"])
    restored = outcome["restored"]
    # One moment: every ballot with its pick, tallies adding up to the ballots, as in the manifest.
    assert restored["ballots_without_pick"] == 0
    assert restored["ballots"] == restored["picks"] == sum(restored["tally"])
    assert restored["ballots"] == outcome["manifest_ballots"] == outcome["manifest_picks"]
    assert outcome["ballots_when_backup_started"] <= restored["ballots"]
    assert restored["ballots"] <= outcome["ballots_when_backup_ended"]


@pytest.mark.postgres
def test_backup_refuses_a_pg_dump_older_than_the_server(on_postgres, settings, tmp_path, backups):
    old_tools = tmp_path / "pg14"
    old_tools.mkdir()
    fake = old_tools / "pg_dump"
    fake.write_text("#!/bin/sh\necho 'pg_dump (PostgreSQL) 14.11'\n")
    fake.chmod(0o755)
    settings.BACKUP_PG_BIN_DIR = str(old_tools)
    with pytest.raises(CommandError, match=r"pg_dump 14 không sao lưu được máy chủ PostgreSQL 1\d"):
        run("backup", dest=backups)
    assert not backups.exists() or not any(backups.iterdir())


def test_a_backup_disk_that_fills_up_leaves_no_partial_archive(media_root, backups, monkeypatch):
    import errno

    from portal.backup import media

    some_content(media_root)

    def disk_full(tar, mtime):
        tar.fileobj.write(b"\0" * 4096)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(media, "add_to", disk_full)
    with pytest.raises(CommandError, match="Ổ đĩa đã đầy, không ghi được"):
        run("backup", dest=backups)
    assert list(backups.iterdir()) == []
