"""The files named on the command line (folders walked in name order), their format, their
decoded text, and the articles each reader finds in them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from . import csv_export, encoding, html_page, text_capture, wxr
from .items import LegacyArticle, Refused

FORMATS = ("auto", "text", "html", "wxr", "csv")
_BY_SUFFIX = {
    ".txt": "text",
    ".text": "text",
    ".htm": "html",
    ".html": "html",
    ".xhtml": "html",
    ".xml": "wxr",
    ".wxr": "wxr",
    ".csv": "csv",
    ".tsv": "csv",
}
# Files that sit next to saved pages and are read only through them.
_ASSETS = frozenset(
    {".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp", ".svg", ".css", ".js", ".ico"}
)
MAX_FILE_BYTES = 50 * 1024 * 1024
UNKNOWN_FORMAT = "Không nhận ra định dạng tệp (dùng --format text|html|wxr|csv)."
TOO_LARGE = "Tệp lớn hơn 50 MB."
UNREADABLE = "Không đọc được tệp: {error}"
NOT_FOUND = "Không có tệp hoặc thư mục này."


def files(paths: list[str]) -> Iterator[Path | Refused]:
    for name in paths:
        path = Path(name)
        if path.is_dir():
            for found in sorted(path.rglob("*")):
                hidden = any(part.startswith(".") for part in found.relative_to(path).parts)
                # A page saved with its pictures keeps them in "<page>_files".
                in_assets = any(part.endswith("_files") for part in found.parts)
                if found.is_file() and not hidden and not in_assets:
                    yield found
        elif path.is_file():
            yield path
        else:
            yield Refused(NOT_FOUND, name)


def format_of(path: Path, chosen: str) -> str | None:
    suffix = path.suffix.lower()
    if suffix in _ASSETS:
        return None
    if chosen != "auto":
        return chosen
    return _BY_SUFFIX.get(suffix, "")


def read(
    paths: list[str],
    *,
    chosen: str = "auto",
    uploads: Path | None = None,
    known_categories=frozenset(),
) -> Iterator[LegacyArticle | Refused]:
    """Every article found, or a Refused for what could not be read (with its file)."""
    for path in files(paths):
        if isinstance(path, Refused):
            yield path
            continue
        kind = format_of(path, chosen)
        if kind is None:
            continue
        if not kind:
            yield Refused(UNKNOWN_FORMAT, str(path))
            continue
        try:
            yield from _read_one(path, kind, uploads, known_categories)
        except Refused as refused:
            refused.source_name = refused.source_name or str(path)
            yield refused
        except OSError as exc:
            yield Refused(UNREADABLE.format(error=exc.strerror or exc), str(path))


def _read_one(path, kind, uploads, known_categories):
    if path.stat().st_size > MAX_FILE_BYTES:
        raise Refused(TOO_LARGE)
    if kind == "wxr":
        yield from wxr.read(path, uploads=uploads)
        return
    content, converted = encoding.decode(path.read_bytes())
    if kind == "csv":
        for item in csv_export.read(content, str(path), repair=not converted):
            if isinstance(item, LegacyArticle) and converted:
                item.encoding = converted
            yield item
        return
    if kind == "text":
        article = text_capture.parse(content, str(path), known_categories=known_categories)
    else:
        article = html_page.parse(content, path, known_categories=known_categories)
    article.encoding = converted
    yield article
