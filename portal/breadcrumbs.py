"""The trail "Trang chủ › Chuyên mục › Bài viết" over every page but the home page, with its
schema.org BreadcrumbList for search engines (one JSON-LD block beside the visible trail)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from . import site_url

HOME_NAME = "Trang chủ"
_SCRIPT_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


@dataclass(frozen=True)
class Crumb:
    name: str
    url: str  # a path on this site, or "" for the page the reader is on


def trail(*parts, current_path: str = "") -> list[Crumb]:
    """Crumbs from alternating names and paths; the last name (no path) is the current page.

    `trail("Kỳ họp", "/chuyen-muc/ky-hop/", "Bế mạc kỳ họp")` gives Trang chủ › Kỳ họp › Bế mạc
    kỳ họp. A name given without a path, or with an empty one, is shown as plain text."""
    crumbs = [Crumb(HOME_NAME, "/")]
    items = list(parts)
    while items:
        name = str(items.pop(0) or "").strip()
        url = str(items.pop(0) or "") if items else ""
        if name:
            crumbs.append(Crumb(name, url))
    if len(crumbs) > 1 and not items:
        last = crumbs[-1]
        crumbs[-1] = Crumb(last.name, last.url or current_path)
    return crumbs


def absolute(url: str) -> str:
    return url if url.startswith(("http://", "https://")) else site_url.base() + url


def json_ld(crumbs: list[Crumb]) -> str:
    """The BreadcrumbList as JSON safe between <script> tags. A plain-text crumb in the middle
    (a term without a page of its own) is left out: every listed step but the last needs an item."""
    listed = [c for c in crumbs[:-1] if c.url] + crumbs[-1:]
    data = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": crumb.name,
                **({"item": absolute(crumb.url)} if crumb.url else {}),
            }
            for position, crumb in enumerate(listed, start=1)
        ],
    }
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.translate(_SCRIPT_ESCAPES)
