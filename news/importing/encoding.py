"""Bytes of an old file to NFC text, converting the legacy Vietnamese encodings.

The conversion itself is portal.legacy_encoding's (TCVN3/ABC, VNI-Windows, Windows-1258); this
module only says, for the report, what a file was converted from."""

from __future__ import annotations

from portal import legacy_encoding

# Labels that are a conversion worth reporting (UTF-8 and UTF-16 are not).
CONVERTED = frozenset({"windows-1258", "tcvn3", "vni", "windows-1252"})


def decode(data: bytes) -> tuple[str, str]:
    """(NFC text, the encoding it was converted from, or "")."""
    content, label = legacy_encoding.decode_bytes(data)
    return content, label if label in CONVERTED else ""


def repair(value: str) -> tuple[str, str]:
    """Text already decoded (an XML or CSV field) whose letters are TCVN3 or VNI bytes shown as
    Windows-1252: (repaired text, encoding or "")."""
    repaired, label = legacy_encoding.repair(value)
    return repaired, label or ""
