"""The files in deploy/ start what exists: the gunicorn config loads, the units name real
commands and services."""

import os
import re
import runpy
import subprocess
import sys
from pathlib import Path

from django.core.management import get_commands

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
UNITS = DEPLOY / "systemd"


def unit_lines(name, key):
    text = (UNITS / name).read_text(encoding="utf-8")
    return re.findall(rf"^{key}=(.*)$", text, flags=re.MULTILINE)


def test_gunicorn_config_uses_threaded_workers_that_restart_at_different_times(monkeypatch):
    monkeypatch.delenv("GUNICORN_WORKERS", raising=False)
    config = runpy.run_path(str(DEPLOY / "gunicorn.conf.py"))
    assert config["worker_class"] == "gthread"
    # The cache is shared between processes with or without Redis: one process per core.
    assert config["workers"] == os.cpu_count()
    assert config["max_requests"] > 0 and config["max_requests_jitter"] > 0
    assert 0 < config["timeout"] <= 60
    assert "%(h)s" not in config["access_log_format"]
    monkeypatch.setenv("GUNICORN_WORKERS", "3")
    assert runpy.run_path(str(DEPLOY / "gunicorn.conf.py"))["workers"] == 3


def test_gunicorn_accepts_the_config_and_loads_the_app():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test"}
    result = subprocess.run(
        [
            Path(sys.executable).with_name("gunicorn"),
            "--check-config",
            "-c",
            "deploy/gunicorn.conf.py",
            "portal.wsgi:application",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr


def test_the_service_starts_gunicorn_with_this_config():
    [start] = unit_lines("hdnd-portal.service", "ExecStart")
    assert "gunicorn -c deploy/gunicorn.conf.py portal.wsgi:application" in start


def test_every_timer_starts_a_service_that_exists():
    for timer in UNITS.glob("*.timer"):
        assert (UNITS / timer.name.replace(".timer", ".service")).exists()


def test_the_scheduled_services_run_commands_that_exist():
    commands = get_commands()
    scheduled = unit_lines("hdnd-daily.service", "ExecStart") + unit_lines(
        "hdnd-backup.service", "ExecStart"
    )
    names = [line.split("manage.py", 1)[1].split()[0] for line in scheduled]
    assert names == [
        "purge_poll_voters",
        "purge_comment_senders",
        "purge_petition_senders",
        "captcha_clean",
        "sweep_media",
        "backup",
    ]
    assert all(name in commands for name in names)
