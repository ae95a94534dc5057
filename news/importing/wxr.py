"""WordPress export files (WXR, any version): posts with their categories, dates, authors (as
bylines), excerpts (as the lead), view counters kept by the usual plugins, featured pictures and
the pictures of their bodies from a local copy of wp-content/uploads, and their old permalinks.

The file is read twice, as a stream: first authors and attachments (an attachment may come
after the post that shows it), then the posts, so a large export never sits in memory whole.
"""

from __future__ import annotations

import datetime
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit

from portal import text

from . import cleanup, encoding
from .items import LegacyArticle, Refused

NOT_WXR = "Tệp XML không phải bản xuất WordPress (WXR)."
BROKEN_XML = "Tệp XML hỏng: {error}"
NO_TITLE = "Bài không có tiêu đề."
TRASHED = {"trash", "auto-draft", "inherit"}
VIEW_KEYS = ("views", "post_views_count", "_views", "view_count", "wpb_post_views_count", "hits")
_SIZE_SUFFIX_RE = re.compile(r"-\d+x\d+(?=\.[A-Za-z0-9]+$)")
_BLOCK_TAG_RE = re.compile(r"<(?:p|div|h[1-6]|ul|ol|table|blockquote|figure|pre)\b", re.I)
_CAPTION_RE = re.compile(r"\[caption[^\]]*\](.*?)\[/caption\]", re.S | re.I)
_IMG_TAG_RE = re.compile(r"<img\b[^>]*>", re.I)
_SHORTCODE_RE = re.compile(r"\[/?[a-z_-]+(?:\s[^\]]*)?\]", re.I)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child(element, name: str) -> str:
    for child in element:
        if _local(child.tag) == name:
            return (child.text or "").strip()
    return ""


def _repaired(value: str, article) -> str:
    """A field whose letters are TCVN3/VNI bytes (an export of an old site) in Unicode."""
    repaired, label = encoding.repair(value)
    if label:
        article.encoding = article.encoding or label
    return repaired


def _meta(item) -> dict[str, str]:
    values = {}
    for child in item:
        if _local(child.tag) == "postmeta":
            values[_child(child, "meta_key")] = _child(child, "meta_value")
    return values


def _items(path: Path) -> Iterator:
    try:
        for _event, element in ET.iterparse(path, events=("end",)):
            name = _local(element.tag)
            if name in ("item", "author"):
                yield name, element
                element.clear()
    except ET.ParseError as exc:
        raise Refused(BROKEN_XML.format(error=exc)) from exc


def is_wxr(head: bytes) -> bool:
    return b"wordpress.org/export" in head


def uploads_path(url: str, uploads: Path | None) -> Path | None:
    """The file in the local uploads folder for an attachment address."""
    if uploads is None:
        return None
    path = unquote(urlsplit(url).path)
    marker = "/wp-content/uploads/"
    rest = path.split(marker, 1)[1] if marker in path else path.lstrip("/")
    for candidate in (rest, _SIZE_SUFFIX_RE.sub("", rest)):
        try:
            found = (uploads / candidate).resolve()
            found.relative_to(uploads.resolve())
        except (ValueError, OSError):
            continue
        if found.is_file():
            return found
    return None


def autop(html: str) -> str:
    """WordPress keeps paragraphs as blank lines; give them <p> like its wpautop does."""
    has_blocks = bool(_BLOCK_TAG_RE.search(html))
    html = _SHORTCODE_RE.sub("", _CAPTION_RE.sub(_caption_figure, html))
    if has_blocks:
        return html
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", html.replace("\r", "")) if p.strip()]
    return "".join(
        p if p.startswith("<figure") else f"<p>{p.replace(chr(10), '<br>')}</p>" for p in paragraphs
    )


def _caption_figure(match) -> str:
    inner = match.group(1)
    img = _IMG_TAG_RE.search(inner)
    if not img:
        return inner
    caption = re.sub(r"<[^>]+>", "", inner.replace(img.group(0), "")).strip()
    return f'<figure class="image">{img.group(0)}<figcaption>{caption}</figcaption></figure>'


def _date(item) -> datetime.datetime | None:
    local = _child(item, "post_date")
    gmt = _child(item, "post_date_gmt")
    for value, tz in ((local, cleanup.LOCAL_TZ), (gmt, datetime.UTC)):
        if value and not value.startswith("0000"):
            try:
                parsed = datetime.datetime.strptime(value, "%Y-%m-%d %H:%M:%S")
            except ValueError:
                continue
            return parsed.replace(tzinfo=tz).astimezone(cleanup.LOCAL_TZ)
    return None


def read(path: Path, *, uploads: Path | None = None) -> Iterator[LegacyArticle | Refused]:
    """Each post of the export, or a Refused naming it."""
    with open(path, "rb") as fh:
        if not is_wxr(fh.read(4096)):
            raise Refused(NOT_WXR)
    if uploads is None:
        for candidate in (path.parent / "uploads", path.parent / "wp-content" / "uploads"):
            if candidate.is_dir():
                uploads = candidate
                break
    authors, attachments = {}, {}
    for name, element in _items(path):
        if name == "author":
            login = _child(element, "author_login")
            authors[login] = _child(element, "author_display_name") or login
        elif _child(element, "post_type") == "attachment":
            url = _child(element, "attachment_url") or _child(element, "guid")
            attachments[_child(element, "post_id")] = url
    for name, element in _items(path):
        if name != "item" or _child(element, "post_type") != "post":
            continue
        yield _post(element, path, uploads, authors, attachments)


def _post(item, path, uploads, authors, attachments):
    label = f"{path}#{_child(item, 'post_id') or _child(item, 'guid')}"
    try:
        status = _child(item, "status")
        if status in TRASHED:
            raise Refused(f"Bài ở trạng thái “{status}” trên WordPress: không nhập.")
        article = LegacyArticle(source_format="wxr", source_name=label)
        article.title = cleanup.tidy(_repaired(_child(item, "title"), article))
        if not article.title:
            raise Refused(NO_TITLE)
        article.guid = _child(item, "guid")
        article.source_url = _child(item, "link")
        post_id = _child(item, "post_id")
        if post_id:
            article.other_urls.append(f"/?p={post_id}")
        article.published_at = _date(item)
        creator = ""
        categories = []
        body, excerpt = "", ""
        for child in item:
            local = _local(child.tag)
            if local == "creator":
                creator = (child.text or "").strip()
            elif local == "category" and child.get("domain") == "category":
                categories.append(cleanup.tidy(_repaired(child.text or "", article)))
            elif local == "encoded" and "content" in child.tag:
                body = _repaired(child.text or "", article)
            elif local == "encoded" and "excerpt" in child.tag:
                excerpt = _repaired(child.text or "", article)
        article.category = next((c for c in categories if c), "")
        article.byline = text.squash_spaces(authors.get(creator, creator))[:200]
        article.sapo = cleanup.tidy(re.sub(r"<[^>]+>", " ", excerpt))
        article.body_html = autop(body)
        meta = _meta(item)
        for key in VIEW_KEYS:
            views = cleanup.parse_views(meta.get(key, ""))
            if views is not None:
                article.view_count = views
                break
        article.is_draft = status != "publish"
        thumbnail = attachments.get(meta.get("_thumbnail_id", ""))
        if thumbnail:
            article.cover_src = thumbnail
        for url in [thumbnail or "", *re.findall(r'src="([^"]+)"', article.body_html)]:
            local = uploads_path(url, uploads)
            if local is not None:
                article.local_files[url] = local
        if not article.body_html.strip() and not article.sapo:
            raise Refused("Bài không có nội dung.")
        return article
    except Refused as refused:
        refused.source_name = label
        return refused
