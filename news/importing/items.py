"""What every reader makes of one old article, whatever its format."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from portal import text

from ..legacy_redirects import old_url_key


@dataclass
class Block:
    """One piece of a body: a paragraph ("p"), a photo caption ("caption"), a heading ("h"),
    a picture ("img": src, alt and its caption in `text`) or a list/table/quote kept as HTML."""

    kind: str
    text: str = ""
    html: str = ""
    src: str = ""
    alt: str = ""


@dataclass
class LegacyArticle:
    source_format: str
    source_name: str
    title: str = ""
    category: str = ""
    published_at: datetime | None = None
    view_count: int | None = None
    sapo: str = ""
    blocks: list[Block] = field(default_factory=list)
    # Sources that carry HTML (WordPress, CSV) give the body as it is; the sanitizer cleans it.
    body_html: str = ""
    byline: str = ""
    source: str = ""
    source_url: str = ""
    # More old addresses of the same article (WordPress's ?p=123 short link).
    other_urls: list[str] = field(default_factory=list)
    guid: str = ""
    cover_src: str = ""
    # Where relative picture addresses are looked up (the saved page's folder), and
    # WordPress attachments: their address -> the file in the uploads folder.
    base_dir: Path | None = None
    local_files: dict[str, Path] = field(default_factory=dict)
    # Saved pages: a link's absolute address -> the saved file it pointed at.
    linked_files: dict[str, Path] = field(default_factory=dict)
    encoding: str = ""
    # A draft (or pending) post on the old site stays a draft here whatever --status says.
    is_draft: bool = False
    warnings: list[str] = field(default_factory=list)

    @property
    def source_key(self) -> str:
        """Stable across imports: the old address, the WordPress guid, or title and date."""
        if self.source_url and old_url_key(self.source_url):
            key = "url:" + old_url_key(self.source_url)
        elif self.guid:
            key = "guid:" + text.normalize(self.guid).strip()
        else:
            when = self.published_at.isoformat() if self.published_at else ""
            folded = " ".join(text.fold(self.title).split())
            key = "hash:" + hashlib.sha256(f"{folded}|{when}".encode()).hexdigest()[:40]
        if len(key) > 200:
            key = key[:4] + hashlib.sha256(key.encode()).hexdigest()
        return key

    def content_hash(self) -> str:
        """Changes when anything the import would write changes."""
        data = {
            "title": self.title,
            "category": self.category,
            "published_at": self.published_at.isoformat() if self.published_at else None,
            "view_count": self.view_count,
            "sapo": self.sapo,
            "blocks": [vars(block) for block in self.blocks],
            "body_html": self.body_html,
            "byline": self.byline,
            "source": self.source,
            "cover": self.cover_src,
            "urls": [self.source_url, *self.other_urls],
        }
        encoded = json.dumps(data, ensure_ascii=False, sort_keys=True).encode()
        return hashlib.sha256(encoded).hexdigest()


class Refused(Exception):
    """One article (or one file) cannot be imported; the message says why, in Vietnamese."""

    def __init__(self, message: str, source_name: str = ""):
        super().__init__(message)
        self.source_name = source_name

    @property
    def reason(self) -> str:
        return str(self.args[0]) if self.args else ""
