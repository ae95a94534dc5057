"""A cache shared by every process on one machine, in its own SQLite file: the ward's Redis.

    CACHES = {"default": {"BACKEND": "portal.cache_backends.sqlite.SQLiteCache",
                          "LOCATION": "/srv/hdnd/cache.sqlite3"}}

Django's DatabaseCache is not enough for several processes: its `add` reads and then writes, and
its `incr` is the base class's get-then-set, so two processes can both "add" a view's
de-duplication key or both read a throttle count of 4 and write 5. Here every operation is one
SQL statement, which SQLite runs atomically under its write lock: `add` is
INSERT … ON CONFLICT DO UPDATE … WHERE the old row expired, and `incr` is
UPDATE … SET value = value + ? … RETURNING value. Integers are stored as SQLite integers so they
can be incremented in place; everything else is pickled.

The file is in WAL mode (readers never wait for the writer) and its table is created on first use,
so `make run` and gunicorn need no setup step. One connection per thread, opened lazily.
Expired rows are removed now and then on writes, and the oldest rows beyond MAX_ENTRIES with them.
"""

from __future__ import annotations

import os
import pickle
import random
import sqlite3
import threading
import time
from pathlib import Path

from django.core.cache.backends.base import DEFAULT_TIMEOUT, BaseCache

FOREVER = float("inf")
# One write in CULL_EVERY also removes expired rows (and trims the table to MAX_ENTRIES).
CULL_EVERY = 200
SCHEMA = (
    "CREATE TABLE IF NOT EXISTS cache_entry ("
    " key TEXT PRIMARY KEY, value BLOB NOT NULL, expires REAL NOT NULL) WITHOUT ROWID;"
    "CREATE INDEX IF NOT EXISTS cache_entry_expires ON cache_entry (expires);"
)


def _encode(value):
    # bool is an int subclass but must come back as a bool: pickle it.
    if type(value) is int and -(2**63) <= value < 2**63:
        return value
    return pickle.dumps(value, pickle.HIGHEST_PROTOCOL)


def _decode(stored):
    return stored if isinstance(stored, int) else pickle.loads(stored)


class SQLiteCache(BaseCache):
    def __init__(self, location, params):
        super().__init__(params)
        self.path = Path(location)
        options = params.get("OPTIONS", {})
        self.busy_timeout = float(options.get("timeout", 20))
        self._local = threading.local()

    # --- connection -----------------------------------------------------------------------

    @property
    def _db(self):
        db = getattr(self._local, "db", None)
        if db is None or self._local.pid != os.getpid():
            # A connection must not cross a fork (gunicorn's workers start from one master).
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # isolation_level=None: autocommit, every statement is its own transaction.
            db = sqlite3.connect(
                self.path, timeout=self.busy_timeout, isolation_level=None, check_same_thread=True
            )
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.executescript(SCHEMA)
            self._local.db, self._local.pid = db, os.getpid()
        return db

    def close(self, **kwargs):
        # Connections are kept for the thread's life (like persistent database connections);
        # Django calls close() at the end of every request.
        pass

    def _expiry(self, timeout):
        timeout = self.get_backend_timeout(timeout)
        return FOREVER if timeout is None else timeout

    def _maybe_cull(self):
        if random.randrange(CULL_EVERY):
            return
        db = self._db
        db.execute("DELETE FROM cache_entry WHERE expires <= ?", (time.time(),))
        db.execute(
            "DELETE FROM cache_entry WHERE key IN (SELECT key FROM cache_entry"
            " ORDER BY expires LIMIT max(0, (SELECT count(*) FROM cache_entry) - ?))",
            (self._max_entries,),
        )

    def make_and_validate_key(self, key, version=None):
        # Any text is a valid key here; the base class's memcached portability checks cost as
        # much as the lookup itself on a page-cache hit.
        return self.make_key(key, version=version)

    # --- the cache API --------------------------------------------------------------------

    def get(self, key, default=None, version=None):
        key = self.make_and_validate_key(key, version=version)
        row = self._db.execute(
            "SELECT value FROM cache_entry WHERE key = ? AND expires > ?", (key, time.time())
        ).fetchone()
        return default if row is None else _decode(row[0])

    def get_many(self, keys, version=None):
        names = {self.make_and_validate_key(key, version=version): key for key in keys}
        if not names:
            return {}
        marks = ",".join("?" * len(names))
        rows = self._db.execute(
            f"SELECT key, value FROM cache_entry WHERE key IN ({marks}) AND expires > ?",
            (*names, time.time()),
        )
        return {names[key]: _decode(value) for key, value in rows}

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        key = self.make_and_validate_key(key, version=version)
        self._db.execute(
            "INSERT INTO cache_entry (key, value, expires) VALUES (?, ?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires = excluded.expires",
            (key, _encode(value), self._expiry(timeout)),
        )
        self._maybe_cull()

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        for key, value in data.items():
            self.set(key, value, timeout, version)
        return []

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        """Store the value only when the key is missing or expired; True when it was stored."""
        key = self.make_and_validate_key(key, version=version)
        cursor = self._db.execute(
            "INSERT INTO cache_entry (key, value, expires) VALUES (?, ?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires = excluded.expires"
            " WHERE cache_entry.expires <= ?",
            (key, _encode(value), self._expiry(timeout), time.time()),
        )
        self._maybe_cull()
        return cursor.rowcount == 1

    def incr(self, key, delta=1, version=None):
        """Add delta in place and return the new value; ValueError when the key is missing."""
        key = self.make_and_validate_key(key, version=version)
        row = self._db.execute(
            "UPDATE cache_entry SET value = value + ?"
            " WHERE key = ? AND expires > ? AND typeof(value) = 'integer' RETURNING value",
            (delta, key, time.time()),
        ).fetchone()
        if row is None:
            raise ValueError(f"Key '{key}' not found")
        return row[0]

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        key = self.make_and_validate_key(key, version=version)
        cursor = self._db.execute(
            "UPDATE cache_entry SET expires = ? WHERE key = ? AND expires > ?",
            (self._expiry(timeout), key, time.time()),
        )
        return cursor.rowcount == 1

    def has_key(self, key, version=None):
        key = self.make_and_validate_key(key, version=version)
        row = self._db.execute(
            "SELECT 1 FROM cache_entry WHERE key = ? AND expires > ?", (key, time.time())
        ).fetchone()
        return row is not None

    def delete(self, key, version=None):
        key = self.make_and_validate_key(key, version=version)
        cursor = self._db.execute("DELETE FROM cache_entry WHERE key = ?", (key,))
        return cursor.rowcount == 1

    def delete_many(self, keys, version=None):
        names = [self.make_and_validate_key(key, version=version) for key in keys]
        if names:
            marks = ",".join("?" * len(names))
            self._db.execute(f"DELETE FROM cache_entry WHERE key IN ({marks})", names)

    def clear(self):
        self._db.execute("DELETE FROM cache_entry")
