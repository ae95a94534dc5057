"""The ward's shared cache in its own SQLite file: Django's cache API, atomic across processes."""

import multiprocessing
import sqlite3
import time

import pytest
from django.core.cache.backends.base import DEFAULT_TIMEOUT

from portal.cache_backends.sqlite import SQLiteCache
from portal.settings.base import cache_config

PROCESSES = 4
ADDS_PER_PROCESS = 200
INCRS_PER_PROCESS = 250


def open_cache(path, **options):
    return SQLiteCache(str(path), {"KEY_PREFIX": "t", "OPTIONS": options})


@pytest.fixture
def sqlite_cache(tmp_path):
    return open_cache(tmp_path / "cache.sqlite3")


def test_the_table_is_created_on_first_use_in_wal_mode(tmp_path):
    path = tmp_path / "new" / "cache.sqlite3"
    cache = open_cache(path)
    assert cache.get("missing", "none") == "none"
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("SELECT count(*) FROM cache_entry").fetchone()[0] == 0


def test_values_keep_their_type(sqlite_cache):
    values = {"int": 7, "big": 2**70, "bool": True, "text": "Hội đồng", "dict": {"a": [1, 2]}}
    for key, value in values.items():
        sqlite_cache.set(key, value)
    assert sqlite_cache.get_many([*values, "missing"]) == values
    assert sqlite_cache.get("bool") is True


def test_add_stores_only_when_missing_or_expired(sqlite_cache):
    assert sqlite_cache.add("k", 1, 60) is True
    assert sqlite_cache.add("k", 2, 60) is False
    assert sqlite_cache.get("k") == 1
    sqlite_cache.set("gone", "old", 0.05)
    time.sleep(0.1)
    assert sqlite_cache.get("gone") is None
    assert sqlite_cache.add("gone", "new", 60) is True
    assert sqlite_cache.get("gone") == "new"


def test_incr_and_decr_change_the_stored_integer_in_place(sqlite_cache):
    sqlite_cache.set("n", 5)
    assert sqlite_cache.incr("n") == 6
    assert sqlite_cache.incr("n", 10) == 16
    assert sqlite_cache.decr("n", 4) == 12
    with pytest.raises(ValueError):
        sqlite_cache.incr("missing")


def test_none_timeout_keeps_forever_and_touch_moves_the_expiry(sqlite_cache):
    sqlite_cache.set("forever", 1, None)
    sqlite_cache.set("short", 1, 0.05)
    assert sqlite_cache.touch("short", 60) is True
    time.sleep(0.1)
    assert sqlite_cache.get_many(["forever", "short"]) == {"forever": 1, "short": 1}
    assert sqlite_cache.touch("missing", 60) is False


def test_delete_delete_many_has_key_and_clear(sqlite_cache):
    sqlite_cache.set_many({"a": 1, "b": 2, "c": 3})
    assert sqlite_cache.delete("a") is True and sqlite_cache.delete("a") is False
    sqlite_cache.delete_many(["b"])
    assert not sqlite_cache.has_key("b") and sqlite_cache.has_key("c")
    sqlite_cache.clear()
    assert sqlite_cache.get("c") is None


def test_versions_and_prefixes_keep_entries_apart(tmp_path):
    one, other = open_cache(tmp_path / "c.sqlite3"), open_cache(tmp_path / "c.sqlite3")
    other.key_prefix = "u"
    one.set("k", "one")
    one.set("k", "v2", version=2)
    assert other.get("k") is None
    assert one.get("k") == "one" and one.get("k", version=2) == "v2"


def test_culling_removes_expired_rows_and_keeps_the_table_bounded(tmp_path, monkeypatch):
    from portal.cache_backends import sqlite

    monkeypatch.setattr(sqlite, "CULL_EVERY", 1)
    cache = open_cache(tmp_path / "c.sqlite3", MAX_ENTRIES=10)
    for n in range(25):
        cache.set(f"k{n}", n, DEFAULT_TIMEOUT)
    with sqlite3.connect(tmp_path / "c.sqlite3") as db:
        assert db.execute("SELECT count(*) FROM cache_entry").fetchone()[0] <= 10
    assert cache.get("k24") == 24


def _hammer(path, number, results):
    cache = open_cache(path)
    won = [n for n in range(ADDS_PER_PROCESS) if cache.add(f"view:{n}", number, 600)]
    for _ in range(INCRS_PER_PROCESS):
        try:
            cache.incr("counter")
        except ValueError:
            if not cache.add("counter", 1, None):
                cache.incr("counter")
    results.put(won)


def test_add_and_incr_are_exact_across_processes(tmp_path):
    """Four processes race to add the same 200 keys and increment one counter: each key is won
    by exactly one process, and no increment is lost."""
    path = tmp_path / "shared.sqlite3"
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    workers = [context.Process(target=_hammer, args=(path, n, results)) for n in range(PROCESSES)]
    for worker in workers:
        worker.start()
    won = [results.get(timeout=120) for _ in workers]
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0
    assert sorted(key for keys in won for key in keys) == list(range(ADDS_PER_PROCESS))
    assert open_cache(path).get("counter") == PROCESSES * INCRS_PER_PROCESS


def test_without_redis_the_site_uses_the_shared_sqlite_cache_file(tmp_path):
    caches = cache_config(None, sqlite_path=tmp_path / "cache.sqlite3")
    assert caches["default"]["BACKEND"] == "portal.cache_backends.sqlite.SQLiteCache"
    redis = cache_config("redis://127.0.0.1:6379/0", sqlite_path=tmp_path / "x")["default"]
    assert redis["OPTIONS"]["BACKEND"].endswith("RedisCache")
    assert cache_config(None, local_memory="t")["default"]["BACKEND"].endswith("LocMemCache")
