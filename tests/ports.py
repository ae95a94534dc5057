"""Loopback ports for the servers tests start."""

import socket


def free_port():
    """A loopback port nothing listens on now (chosen by the kernel, so parallel runs differ)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
