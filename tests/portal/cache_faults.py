"""Shared caches that fail: settings for a wrapped backend, and a throw-away redis-server on a
loopback port for tests that stop, start or freeze it."""

import shutil
import signal
import socket
import subprocess
import time

import pytest

from portal.settings.base import cache_config
from tests.ports import free_port

REDIS_PORT = free_port()
REFUSED_PORT = free_port()
SILENT_PORT = free_port()


def resilient_settings(location, backend, failure_seconds=30, **options):
    """CACHES with `backend` at `location` behind the breaker, as the settings build it."""
    config = cache_config("redis://unused", key_prefix="hdnd-test")["default"]
    config["LOCATION"] = location
    config["OPTIONS"]["BACKEND"] = backend
    config["OPTIONS"]["FAILURE_SECONDS"] = failure_seconds
    config["OPTIONS"]["OPTIONS"] = options
    return {"default": config}


def refused_redis_settings():
    """Redis at a loopback port where nothing listens."""
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", REFUSED_PORT)) != 0, "port unexpectedly in use"
    return resilient_settings(
        f"redis://127.0.0.1:{REFUSED_PORT}/0",
        "portal.cache_backends.redis.RedisCache",
        socket_connect_timeout=0.25,
        socket_timeout=0.25,
    )


class RedisProcess:
    def __init__(self, port, directory):
        self.port = port
        self.directory = directory
        self.process = None

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--bind", "127.0.0.1",
                "--port", str(self.port),
                "--save", "",
                "--appendonly", "no",
                "--dir", str(self.directory),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        for _ in range(100):
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.1) as conn:
                    conn.sendall(b"PING\r\n")
                    if conn.recv(16).startswith(b"+PONG"):
                        return
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"redis-server did not start on port {self.port}")

    def stop(self):
        if self.process is None:
            return
        self.process.send_signal(signal.SIGCONT)  # a frozen server cannot handle SIGTERM
        self.process.terminate()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=5)
        self.process = None

    def freeze(self):
        self.process.send_signal(signal.SIGSTOP)

    def thaw(self):
        self.process.send_signal(signal.SIGCONT)


def redis_process(port, directory):
    if shutil.which("redis-server") is None:
        pytest.skip("needs redis-server (apt-get install redis-server)")
    return RedisProcess(port, directory)
