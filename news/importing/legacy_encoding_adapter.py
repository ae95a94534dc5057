"""Stand-in for portal.legacy_encoding while it is not on this branch: the same API, decoding
UTF-8, UTF-16 and Windows-1258 only (no TCVN3 or VNI conversion). Delete once it is."""

from __future__ import annotations

import codecs
import unicodedata


def detect(value: str) -> str | None:
    return None


def to_unicode(value: str, encoding: str) -> str:
    return unicodedata.normalize("NFC", value)


def repair(value: str) -> tuple[str, str | None]:
    return value, None


def decode_bytes(data: bytes) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):
        return unicodedata.normalize("NFC", data[3:].decode("utf-8", "replace")), "utf-8"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return unicodedata.normalize("NFC", data.decode("utf-16", "replace")), "utf-16"
    try:
        return unicodedata.normalize("NFC", data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        return unicodedata.normalize("NFC", data.decode("cp1258", "replace")), "windows-1258"
