"""Bytes of an old file to NFC text, converting the legacy Vietnamese encodings.

The conversion itself is portal.legacy_encoding's (TCVN3/ABC, VNI-Windows, Windows-1258); this
module only says, for the report, what a file was converted from."""

from __future__ import annotations

import codecs
import re
import unicodedata

from portal import legacy_encoding

SAMPLE = 3000
UNICODE_EVIDENCE = 12
_UNICODE_ONLY_RE = re.compile("[ăĂđĐĩĨũŨơƠưƯ\u1ea0-\u1ef9]")

# Labels that are a conversion worth reporting (UTF-8 and UTF-16 are not).
CONVERTED = frozenset({"windows-1258", "tcvn3", "vni", "windows-1252"})


def decode(data: bytes) -> tuple[str, str]:
    """(NFC text, the encoding it was converted from, or "")."""
    if not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            content = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            # Weighing every word of an archive costs more than the rest of its import. Letters
            # only Unicode has (ạ, ệ, ơ, đ…) are never legacy bytes, so many of them in the first
            # lines mean Unicode text; otherwise the first lines show legacy letters already.
            sample = content[:SAMPLE]
            if len(_UNICODE_ONLY_RE.findall(sample)) >= UNICODE_EVIDENCE:
                return unicodedata.normalize("NFC", content), ""
            if legacy_encoding.detect(sample) is None:
                return unicodedata.normalize("NFC", content), ""
    content, label = legacy_encoding.decode_bytes(data)
    return content, label if label in CONVERTED else ""


def repair(value: str) -> tuple[str, str]:
    """Text already decoded (an XML or CSV field) whose letters are TCVN3 or VNI bytes shown as
    Windows-1252: (repaired text, encoding or "")."""
    repaired, label = legacy_encoding.repair(value)
    return repaired, label or ""
