"""Addresses and metadata for search engines and sharing: canonical URLs, share links, JSON-LD."""

from __future__ import annotations

import base64
import json
import re
from urllib.parse import quote, urlencode

from django.conf import settings
from django.templatetags.static import static
from django.utils.html import strip_tags

from portal import site_url

# "Tin, ảnh: Minh Anh" names Minh Anh; the prefix only says what they contributed.
_BYLINE_PREFIX_RE = re.compile(
    r"^\s*(?:tin|ảnh|bài|bài viết|tin, ảnh|bài, ảnh|bài và ảnh)\s*:\s*", re.IGNORECASE
)

# The same escapes as Django's json_script: nothing inside can close the <script> element.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def absolute_url(path_or_url: str) -> str:
    """An address on the public site, starting with portal.site_url.base()."""
    if not path_or_url:
        return ""
    if path_or_url.startswith(("https://", "http://")):
        return path_or_url
    if path_or_url.startswith("//"):
        return site_url.base().split(":", 1)[0] + ":" + path_or_url
    return site_url.base() + "/" + path_or_url.lstrip("/")


def share_links(url: str, title: str = "") -> dict:
    """Plain share addresses; no third-party script is ever loaded."""
    # Zalo's share page takes base64 of {"url": …}, the same payload its own SDK button builds.
    zalo_payload = base64.b64encode(json.dumps({"url": url}).encode()).decode()
    # mailto: wants %20 for spaces (RFC 6068), not the "+" of a form query.
    email = urlencode({"subject": title or settings.SITE_NAME, "body": url}, quote_via=quote)
    return {
        "facebook": "https://www.facebook.com/sharer/sharer.php?" + urlencode({"u": url}),
        "zalo": "https://button-share.zalo.me/share_external?" + urlencode({"d": zalo_payload}),
        "email": "mailto:?" + email,
    }


def json_for_script(data) -> str:
    """JSON safe to place between <script> tags (a title with "</script>" cannot break out)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(
        _JSON_SCRIPT_ESCAPES
    )


def _author(byline: str) -> dict:
    name = _BYLINE_PREFIX_RE.sub("", strip_tags(byline or "")).strip()
    if not name:
        return {"@type": "Organization", "name": settings.SITE_NAME}
    if name.startswith("(") and name.endswith(")"):
        return {"@type": "Organization", "name": name[1:-1].strip() or settings.SITE_NAME}
    return {"@type": "Person", "name": name}


def article_json_ld(article, canonical_url: str, image_url: str = "") -> dict:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title[:110],
        "description": article.sapo,
        "url": canonical_url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": canonical_url},
        "inLanguage": "vi",
        "articleSection": article.category.name,
        "datePublished": article.published_at.isoformat() if article.published_at else None,
        "dateModified": (article.updated_at or article.published_at).isoformat()
        if (article.updated_at or article.published_at)
        else None,
        "author": _author(article.byline),
        "publisher": {
            "@type": "Organization",
            "name": settings.SITE_NAME,
            "url": absolute_url("/"),
            "logo": {"@type": "ImageObject", "url": absolute_url(static("img/emblem.svg"))},
        },
    }
    if image_url:
        data["image"] = [image_url]
    return {key: value for key, value in data.items() if value not in (None, "")}
