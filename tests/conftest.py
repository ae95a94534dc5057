import importlib.util
import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection


def pytest_configure(config):
    """Compile the project's locale (as `make install` does), so a run never reads a stale .mo."""
    script = Path(__file__).resolve().parent.parent / "scripts" / "compile_locale.py"
    spec = importlib.util.spec_from_file_location("compile_locale", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.main()


def pytest_terminal_summary(terminalreporter):
    """After the run, the lines tests recorded with record_property("summary", line)."""
    reports = terminalreporter.stats.get("passed", []) + terminalreporter.stats.get("failed", [])
    lines = [value for r in reports for name, value in r.user_properties if name == "summary"]
    if lines:
        terminalreporter.write_sep("-", "summary")
        for line in dict.fromkeys(lines):
            terminalreporter.write_line(line)


@pytest.fixture(autouse=True, scope="session")
def _remove_test_media():
    """The test settings store uploads in a temporary folder; remove it after the run."""
    yield
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)
    shutil.rmtree(settings.COUNCIL_FILES_ROOT, ignore_errors=True)


@pytest.fixture(autouse=True)
def _clear_cache():
    """Each test starts with an empty cache: cached widgets must not leak between tests."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def on_postgres():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: run with DATABASE_URL=postgres://…")
    return True
