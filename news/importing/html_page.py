"""Saved HTML pages of an old portal: trafilatura finds the main content, its title and date;
news.importing.capture then applies the same field rules as for page text.

Before extraction, links are made absolute against the page's own old address (its canonical
link), and pictures found next to the file get a file:// address, so both survive extraction
and the runner can import the pictures and point links at the imported articles. Captions come
from the page itself (<figcaption>, the picture's title) since extraction keeps only the alt.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import lxml.html
import trafilatura
from lxml import etree

from portal import text

from . import capture, cleanup
from .items import Block, LegacyArticle, Refused

NOT_HTML = "Không đọc được trang HTML."
NO_CONTENT = "Không tìm thấy nội dung chính của trang."

_INLINE = {"#b": "strong", "#i": "em", "#u": "u", "#t": "strong", "#sup": "sup", "#sub": "sub"}


def _local_file(src: str, folder: Path) -> Path | None:
    """The file a relative picture address names inside folder (never outside it)."""
    parts = urlsplit(src)
    if parts.scheme or parts.netloc or not parts.path:
        return None
    try:
        path = (folder / unquote(parts.path)).resolve()
        path.relative_to(folder.resolve())
    except (ValueError, OSError):
        return None
    return path if path.is_file() else None


def _canonical(doc) -> str:
    for xpath in ('//link[@rel="canonical"]/@href', '//meta[@property="og:url"]/@content'):
        found = doc.xpath(xpath)
        if found and str(found[0]).startswith(("http://", "https://", "/")):
            return str(found[0]).strip()
    return ""


def _page_category(doc) -> str:
    """The category the old page names: its article:section, its breadcrumb's last step, or a
    small element classed as the category (extraction drops all three)."""
    found = doc.xpath('//meta[@property="article:section"]/@content')
    if found and str(found[0]).strip():
        return cleanup.category_name(cleanup.tidy(str(found[0])))
    for xpath in (
        '//*[contains(@class, "breadcrumb") or contains(@id, "breadcrumb")]',
        '//*[contains(@class, "chuyen-muc") or contains(@class, "category") or @class="cat"]',
    ):
        for element in doc.xpath(xpath):
            name = cleanup.category_name(cleanup.tidy(element.text_content()))
            if name and cleanup.comparable(name) not in ("trang chu", "home"):
                return name
    return ""


def _prepare(content: str, path: Path):
    """(html for extraction, canonical address, {file uri: caption}, {absolute link: file})."""
    try:
        doc = lxml.html.document_fromstring(content)
    except (etree.ParserError, ValueError) as exc:
        raise Refused(NOT_HTML) from exc
    canonical = _canonical(doc)
    category = _page_category(doc)
    captions, linked_files = {}, {}
    for img in doc.iter("img"):
        src = (img.get("src") or "").strip()
        local = _local_file(src, path.parent)
        if local is None:
            continue
        uri = local.as_uri()
        img.set("src", uri)
        figure = next((a for a in img.iterancestors() if a.tag == "figure"), None)
        caption = figure.find(".//figcaption") if figure is not None else None
        label = caption.text_content() if caption is not None else img.get("title") or ""
        captions[uri] = cleanup.tidy(label)
    base = canonical or path.resolve().as_uri()
    for a in doc.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "mailto:", "tel:", "javascript:")):
            continue
        absolute = urljoin(base, href)
        a.set("href", absolute)
        target = _local_file(href, path.parent)
        if target is not None:
            linked_files[absolute] = target
    prepared = lxml.html.tostring(doc, encoding="unicode")
    return prepared, canonical, category, captions, linked_files


def _inline(element) -> str:
    """The element's content as our inline HTML (strong, em, links, line breaks)."""
    parts = [escape(element.text or "")]
    for child in element:
        tag = child.tag
        inner = _inline(child)
        if tag == "hi":
            name = _INLINE.get(child.get("rend", ""), "")
            parts.append(f"<{name}>{inner}</{name}>" if name else inner)
        elif tag == "ref":
            href = escape(child.get("target", ""), quote=True)
            parts.append(f'<a href="{href}">{inner}</a>' if href else inner)
        elif tag == "lb":
            parts.append("<br>")
        elif tag != "graphic":
            parts.append(inner)
        parts.append(escape(child.tail or ""))
    return "".join(parts).strip()


def _plain(element) -> str:
    return " ".join("".join(element.itertext()).split())


def _list_html(element) -> str:
    items = "".join(f"<li>{_inline(item)}</li>" for item in element.iter("item"))
    tag = "ol" if element.get("rend", "").startswith("o") else "ul"
    return f"<{tag}>{items}</{tag}>" if items else ""


def _table_html(element) -> str:
    rows = []
    for row in element.iter("row"):
        cells = "".join(f"<td>{_inline(cell)}</td>" for cell in row.iter("cell"))
        rows.append(f"<tr>{cells}</tr>")
    return f"<table><tbody>{''.join(rows)}</tbody></table>" if rows else ""


def _blocks(main, captions) -> list[Block]:
    blocks = []
    for element in main:
        tag = element.tag
        for graphic in element.iter("graphic"):
            src = graphic.get("src", "")
            caption = captions.get(src, "") or graphic.get("title", "")
            blocks.append(Block("img", cleanup.tidy(caption), src=src, alt=graphic.get("alt", "")))
        if tag == "graphic":
            continue
        if tag == "head":
            blocks.append(Block("h", _plain(element), _inline(element)))
        elif tag == "p":
            if _plain(element):
                blocks.append(Block("p", _plain(element), _inline(element)))
        elif tag == "list":
            blocks.append(Block("html", _plain(element), _list_html(element)))
        elif tag == "table":
            blocks.append(Block("html", _plain(element), _table_html(element)))
        elif tag == "quote":
            blocks.append(
                Block(
                    "html", _plain(element), f"<blockquote><p>{_inline(element)}</p></blockquote>"
                )
            )
    for block in blocks:
        if block.kind == "img" and block.text:
            # A caption trafilatura kept as a paragraph after its picture is the same words.
            for other in blocks:
                if other.kind == "p" and cleanup.same_text(other.text, block.text):
                    other.kind = "drop"
    return [b for b in blocks if b.kind != "drop"]


def parse(
    content: str, path: Path, *, known_categories=frozenset(), category_hint=""
) -> LegacyArticle:
    """The article in one saved page; raises items.Refused."""
    prepared, canonical, category, captions, linked_files = _prepare(content, path)
    extracted = trafilatura.extract(
        prepared,
        output_format="xml",
        include_images=True,
        include_links=True,
        include_formatting=True,
        include_tables=True,
        include_comments=False,
        with_metadata=True,
        favor_recall=True,
    )
    if not extracted:
        raise Refused(NO_CONTENT)
    doc = etree.fromstring(extracted.encode())
    main = doc.find("main")
    if main is None:
        raise Refused(NO_CONTENT)
    article = LegacyArticle(source_format="html", source_name=str(path))
    article.source_url = canonical
    article.base_dir = path.parent
    article.local_files = {uri: Path(unquote(urlsplit(uri).path)) for uri in captions}
    article.linked_files = linked_files
    date_hint = None
    if doc.get("date"):
        year, month, day = (doc.get("date").split("-") + ["", ""])[:3]
        date_hint = cleanup.local_datetime(day, month, year)
    analysed = capture.analyse(
        _blocks(main, captions),
        article,
        title_hint=cleanup.tidy(doc.get("title") or ""),
        date_hint=date_hint,
        category_hint=category_hint or category,
        known_categories=known_categories,
    )
    author = text.squash_spaces(doc.get("author") or "")
    if author and not analysed.byline:
        analysed.byline = author[:200]
    return analysed
