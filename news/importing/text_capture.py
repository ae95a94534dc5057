"""Plain-text captures of old article pages, one article per file (see news.importing.capture
for the shapes understood)."""

from __future__ import annotations

from . import capture
from .items import Block, LegacyArticle


def parse(
    content: str, name: str, *, known_categories=frozenset(), category_hint=""
) -> LegacyArticle:
    """The article in one capture; raises items.Refused when it has no title or no body."""
    blocks = [Block("p", line) for line in content.split("\n")]
    article = LegacyArticle(source_format="text", source_name=name)
    return capture.analyse(
        blocks, article, known_categories=known_categories, category_hint=category_hint
    )
