import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.db import connection

from portal.settings.base import database_config

PROJECT_ROOT = settings.BASE_DIR


def _check_prod(**env):
    environment = {
        k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PORTAL_SITE_URL"))
    }
    environment.update(DJANGO_SETTINGS_MODULE="portal.settings.prod", **env)
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=PROJECT_ROOT,
        env=environment,
        capture_output=True,
        text=True,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = _check_prod(DJANGO_ALLOWED_HOSTS="example.org")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = _check_prod(DJANGO_SECRET_KEY="x" * 50)
    assert result.returncode != 0
    assert "DJANGO_ALLOWED_HOSTS" in result.stderr


def test_production_refuses_to_start_without_the_public_address():
    result = _check_prod(DJANGO_SECRET_KEY="x" * 50, DJANGO_ALLOWED_HOSTS="example.org")
    assert result.returncode != 0
    assert "PORTAL_SITE_URL must be set in production" in result.stderr


def test_production_refuses_a_public_address_without_a_scheme():
    result = _check_prod(
        DJANGO_SECRET_KEY="x" * 50,
        DJANGO_ALLOWED_HOSTS="example.org",
        PORTAL_SITE_URL="example.org",
    )
    assert result.returncode != 0
    assert "PORTAL_SITE_URL must be set in production" in result.stderr


def test_production_starts_with_secret_key_hosts_and_public_address():
    result = _check_prod(
        DJANGO_SECRET_KEY="x" * 50,
        DJANGO_ALLOWED_HOSTS="example.org",
        PORTAL_SITE_URL="https://example.org",
    )
    assert result.returncode == 0, result.stderr


def test_vietnamese_language_and_timezone_are_the_defaults():
    assert settings.LANGUAGE_CODE == "vi"
    assert settings.TIME_ZONE == "Asia/Ho_Chi_Minh"
    assert settings.USE_TZ is True


def test_sqlite_default_uses_immediate_transactions_and_wal():
    config = database_config(None)
    assert config["ENGINE"] == "django.db.backends.sqlite3"
    assert config["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
    assert "journal_mode=WAL" in config["OPTIONS"]["init_command"]
    assert config["OPTIONS"]["timeout"] >= 5


def test_database_url_selects_postgresql_with_persistent_connections():
    config = database_config("postgres://u:p@db.example:5432/hdnd")
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert config["NAME"] == "hdnd" and config["HOST"] == "db.example"
    assert config["CONN_MAX_AGE"] > 0


def test_database_pool_setting_turns_on_djangos_psycopg_pool(monkeypatch):
    monkeypatch.setenv("DATABASE_POOL", "true")
    config = database_config("postgres://u:p@db.example:5432/hdnd")
    assert config["OPTIONS"]["pool"] is True
    assert config["CONN_MAX_AGE"] == 0


@pytest.mark.django_db
def test_sqlite_connection_really_runs_in_wal_mode():
    if connection.vendor != "sqlite":
        pytest.skip("SQLite only")
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        mode = cursor.fetchone()[0]
    # The in-memory test database cannot use WAL; a file database must.
    assert mode in {"wal", "memory"}
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA foreign_keys")
        assert cursor.fetchone()[0] == 1


@pytest.mark.django_db
def test_pages_do_not_vary_on_the_readers_language(client):
    # One language only: a Vary on Accept-Language would split every shared cache entry.
    assert "Accept-Language" not in client.get("/").get("Vary", "")


@pytest.mark.django_db
def test_a_scanners_bad_host_header_is_answered_without_logging_a_traceback(client, capfd):
    assert client.get("/", HTTP_HOST="scanner.example").status_code == 400
    assert "scanner.example" not in capfd.readouterr().err
