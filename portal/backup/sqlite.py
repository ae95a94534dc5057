"""SQLite: copies made with SQLite's online backup API, never by copying the file.

The site runs SQLite in WAL mode, where the database file alone may miss committed transactions
still in the -wal file; the backup API reads through SQLite itself, in one step, so the copy is
one consistent moment even while readers vote. The copy is switched out of WAL mode so that it
is a single self-contained file.
"""

import sqlite3
from contextlib import closing
from pathlib import Path

from .snapshot import Snapshot, migrations_of

DUMP_NAME = "database.sqlite3"


def _connect_source(name):
    name = str(name)
    if name.startswith("file:"):  # an in-memory test database shared by URI
        return sqlite3.connect(name, uri=True)
    return sqlite3.connect(f"{Path(name).resolve().as_uri()}?mode=ro", uri=True)


def inspect(connection) -> Snapshot:
    with closing(connection.cursor()) as cursor:
        cursor.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
        tables = [row[0] for row in cursor.fetchall()]
        counts = {}
        for table in tables:
            quoted = table.replace('"', '""')
            # The name comes from the catalog, quoted as an identifier.
            cursor.execute(f'SELECT count(*) FROM "{quoted}"')
            counts[table] = cursor.fetchone()[0]
        cursor.execute("SELECT count(*) FROM sqlite_master WHERE type = 'index'")
        indexes = cursor.fetchone()[0]
        # Unique constraints are unique indexes here; the constraints counted are foreign keys.
        constraints = 0
        for table in tables:
            quoted = table.replace('"', '""')
            cursor.execute(f'PRAGMA foreign_key_list("{quoted}")')
            constraints += len(cursor.fetchall())
        migrations = migrations_of(cursor) if "django_migrations" in counts else []
    return Snapshot(counts, constraints, indexes, migrations)


def dump(settings_dict, target: Path) -> Snapshot:
    """Copy the database into the file `target`; return what the copy holds."""
    source = closing(_connect_source(settings_dict["NAME"]))
    with source as source, closing(sqlite3.connect(target)) as copy:
        source.backup(copy)  # all pages in one step: one consistent snapshot
        copy.execute("PRAGMA journal_mode=DELETE")
        return inspect(copy)


def check(path: Path):
    """Vietnamese problems found by SQLite's own integrity and foreign key checks."""
    problems = []
    with closing(sqlite3.connect(path)) as connection:
        result = connection.execute("PRAGMA integrity_check").fetchall()
        if result != [("ok",)]:
            problems.append(
                "SQLite báo tệp cơ sở dữ liệu bị hỏng: " + "; ".join(r[0] for r in result[:5])
            )
        broken = connection.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            problems.append(f"{len(broken)} dòng trỏ tới bản ghi không tồn tại (khóa ngoại).")
    return problems


def has_tables(path: Path):
    if not Path(path).exists() or Path(path).stat().st_size == 0:
        return False
    with closing(sqlite3.connect(path)) as connection:
        row = connection.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchone()
    return row[0] > 0


def restore(dump_path: Path, target: Path):
    """Write the archived database into `target` through the backup API (the caller has made
    sure the operator agreed to replace what is there)."""
    Path(target).parent.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(dump_path)) as source, closing(sqlite3.connect(target)) as copy:
        source.backup(copy)


def inspect_file(path: Path) -> Snapshot:
    with closing(sqlite3.connect(path)) as connection:
        return inspect(connection)
