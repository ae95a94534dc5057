"""PostgreSQL: pg_dump in custom format and pg_restore, with the server's own snapshot.

The dump and the row counts in the manifest come from one exported snapshot
(pg_export_snapshot + pg_dump --snapshot), so they describe the same moment even while
readers vote. pg_dump must be at least the server's major version (an older one refuses, or
worse, misses objects); BACKUP_PG_BIN_DIR points at the right client tools when PATH has others.
Passwords reach the tools through their environment, never the command line.
"""

import os
import re
import shutil
import subprocess
from contextlib import closing
from pathlib import Path

import psycopg
from django.conf import settings
from psycopg import sql

from .snapshot import Snapshot, migrations_of

DUMP_NAME = "database.pgdump"
MAINTENANCE_DATABASE = "postgres"


class PostgreSQLError(Exception):
    """A PostgreSQL step failed; the message is for the operator, in Vietnamese."""


def _tool(name):
    directory = getattr(settings, "BACKUP_PG_BIN_DIR", "")
    path = str(Path(directory) / name) if directory else shutil.which(name)
    if not path or not Path(path).exists():
        raise PostgreSQLError(
            f"Không tìm thấy {name}. Hãy cài công cụ dòng lệnh PostgreSQL (gói postgresql-client) "
            "hoặc đặt BACKUP_PG_BIN_DIR là thư mục chứa nó."
        )
    return path


def _tool_major(path):
    output = subprocess.run([path, "--version"], capture_output=True, text=True, check=True).stdout
    match = re.search(r"\(PostgreSQL\) (\d+)", output)
    if not match:
        raise PostgreSQLError(f"Không đọc được phiên bản của {path}: {output.strip()}")
    return int(match.group(1))


def _environment(settings_dict, database=None):
    env = dict(os.environ)
    options = settings_dict.get("OPTIONS") or {}
    values = {
        "PGHOST": settings_dict.get("HOST"),
        "PGPORT": settings_dict.get("PORT"),
        "PGUSER": settings_dict.get("USER"),
        "PGPASSWORD": settings_dict.get("PASSWORD"),
        "PGDATABASE": database or settings_dict["NAME"],
        "PGSSLMODE": options.get("sslmode"),
    }
    env.update({key: str(value) for key, value in values.items() if value})
    return env


def _connect(settings_dict, database=None, autocommit=False):
    options = settings_dict.get("OPTIONS") or {}
    params = {
        "dbname": database or settings_dict["NAME"],
        "host": settings_dict.get("HOST") or None,
        "port": settings_dict.get("PORT") or None,
        "user": settings_dict.get("USER") or None,
        "password": settings_dict.get("PASSWORD") or None,
        "sslmode": options.get("sslmode"),
    }
    params = {key: value for key, value in params.items() if value}
    return psycopg.connect(**params, autocommit=autocommit)


def _run(args, env):
    result = subprocess.run(args, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()[-5:]
        raise PostgreSQLError(f"{Path(args[0]).name} thất bại: " + " | ".join(detail))
    return result


def inspect(connection) -> Snapshot:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
        )
        tables = [row[0] for row in cursor.fetchall()]
        counts = {}
        for table in tables:
            cursor.execute(sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(table)))
            counts[table] = cursor.fetchone()[0]
        cursor.execute(
            "SELECT count(*) FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace "
            "WHERE n.nspname = 'public'"
        )
        constraints = cursor.fetchone()[0]
        cursor.execute("SELECT count(*) FROM pg_indexes WHERE schemaname = 'public'")
        indexes = cursor.fetchone()[0]
        migrations = migrations_of(cursor) if "django_migrations" in counts else []
    return Snapshot(counts, constraints, indexes, migrations)


def server_major(connection):
    return connection.info.server_version // 10000


def dump(settings_dict, target: Path) -> tuple[Snapshot, dict]:
    """pg_dump the database into `target`; return the snapshot's counts and tool versions."""
    pg_dump = _tool("pg_dump")
    with closing(_connect(settings_dict)) as connection:
        client, server = _tool_major(pg_dump), server_major(connection)
        if client < server:
            raise PostgreSQLError(
                f"pg_dump {client} không sao lưu được máy chủ PostgreSQL {server}. Hãy cài công cụ "
                f"PostgreSQL {server} (postgresql-client-{server}) và đặt BACKUP_PG_BIN_DIR."
            )
        connection.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        snapshot_id = connection.execute("SELECT pg_export_snapshot()").fetchone()[0]
        snapshot = inspect(connection)
        # The transaction stays open until pg_dump has taken the snapshot over.
        _run(
            [pg_dump, "--format=custom", f"--snapshot={snapshot_id}", f"--file={target}"],
            _environment(settings_dict),
        )
        connection.rollback()
    return snapshot, {"server_major": server, "pg_dump_major": client}


def database_exists(settings_dict, name):
    with closing(_connect(settings_dict, MAINTENANCE_DATABASE, autocommit=True)) as connection:
        row = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
    return row is not None


def create_database(settings_dict, name):
    with closing(_connect(settings_dict, MAINTENANCE_DATABASE, autocommit=True)) as connection:
        connection.execute(
            sql.SQL("CREATE DATABASE {} ENCODING 'UTF8' TEMPLATE template0").format(
                sql.Identifier(name)
            )
        )


def drop_database(settings_dict, name):
    with closing(_connect(settings_dict, MAINTENANCE_DATABASE, autocommit=True)) as connection:
        connection.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )


def has_tables(settings_dict, name):
    if not database_exists(settings_dict, name):
        return False
    with closing(_connect(settings_dict, name)) as connection:
        row = connection.execute(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
        ).fetchone()
    return row[0] > 0


def restore(dump_path: Path, settings_dict, name, clean=False):
    """pg_restore into database `name`, created when missing. `clean` drops the objects of the
    archive first (the operator asked for it with --force)."""
    pg_restore = _tool("pg_restore")
    if not database_exists(settings_dict, name):
        create_database(settings_dict, name)
    args = [
        pg_restore,
        "--no-owner",
        "--no-privileges",
        "--exit-on-error",
        "--single-transaction",
        f"--dbname={name}",
    ]
    if clean:
        args += ["--clean", "--if-exists"]
    _run([*args, str(dump_path)], _environment(settings_dict, name))


def check(settings_dict, name):
    """Vietnamese problems: constraints PostgreSQL holds but has not validated."""
    with closing(_connect(settings_dict, name)) as connection:
        rows = connection.execute(
            "SELECT conname FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace "
            "WHERE n.nspname = 'public' AND NOT c.convalidated ORDER BY conname"
        ).fetchall()
    if rows:
        return ["Ràng buộc chưa được kiểm tra: " + ", ".join(row[0] for row in rows)]
    return []


def inspect_database(settings_dict, name) -> Snapshot:
    with closing(_connect(settings_dict, name)) as connection:
        return inspect(connection)


def check_restore_tool(dump_major):
    """pg_restore reads archives from its own and older pg_dump versions only."""
    client = _tool_major(_tool("pg_restore"))
    if dump_major and client < dump_major:
        raise PostgreSQLError(
            f"Bản sao lưu được tạo bằng pg_dump {dump_major}, nhưng pg_restore ở đây là bản "
            f"{client}. Hãy cài công cụ PostgreSQL {dump_major} và đặt BACKUP_PG_BIN_DIR."
        )
