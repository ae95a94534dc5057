"""The one allowlist for staff-written article HTML (CKEditor 5 output), enforced with nh3.

Everything not listed here is dropped: scripts, event handlers, style attributes, iframes,
object/embed, SVG/MathML, forms. URLs are checked twice: nh3 refuses schemes outside
``_LINK_SCHEMES`` (after decoding entities and normalising case and whitespace the way a browser
does), and ``_filter_attribute`` further limits images to our own media or https.

Two blocks carry richer media, both in the markup CKEditor 5 itself reads and writes:

- a photo gallery: ``<figure class="gallery">`` holding several ``<figure class="image">`` (each
  an <img> with its <figcaption>); the article page opens it in a lightbox (article-media.js);
- a video: ``<figure class="media"><oembed url="…"></oembed>`` with an optional <figcaption>
  title (CKEditor's media embed). The address must be YouTube or Facebook (portal.video) and is
  stored in its canonical watch form; any other host, scheme or shape is dropped with its
  <oembed>. Nothing is framed here: ``render_media`` makes it a click-to-load box on the page.

How body pictures load is the layout's business, not the pasted HTML's: every <img> gets
loading="lazy" and decoding="async", and one with a width-described srcset gets the ``sizes`` of
the article column (CKEditor 5 writes sizes="100vw", which would fetch a picture wider than the
column on every desktop).
"""

from __future__ import annotations

import re
from html import unescape

import nh3
from django.conf import settings
from django.utils.html import escape, strip_tags

from portal import text, video

ALLOWED_TAGS = frozenset(
    {
        "p",
        "br",
        "h2",
        "h3",
        "h4",
        "strong",
        "b",
        "em",
        "i",
        "u",
        "s",
        "sub",
        "sup",
        "blockquote",
        "ul",
        "ol",
        "li",
        "a",
        "figure",
        "figcaption",
        "img",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "th",
        "td",
        "caption",
        "hr",
        "oembed",
    }
)

ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "width", "height", "srcset"},
    "figure": {"class"},
    "oembed": {"url"},
    "ol": {"start"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan"},
}

# Their text content goes too, not only the tags: a script's source or a stylesheet is not prose.
_DROP_WITH_CONTENT = frozenset(
    {
        "script",
        "style",
        "iframe",
        "frame",
        "frameset",
        "object",
        "embed",
        "applet",
        "noscript",
        "noembed",
        "noframes",
        "template",
        "textarea",
        "select",
        "title",
        "xmp",
        "plaintext",
        "svg",
        "math",
    }
)

_LINK_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
_FIGURE_CLASS_RE = re.compile(r"^(?:image|table|gallery|media|image-style-[a-z][a-z-]{0,40})$")
_NUMBER_RE = re.compile(r"^[0-9]{1,5}$")
_SRCSET_DESCRIPTOR_RE = re.compile(r"^[0-9]{1,5}(?:w|(?:\.[0-9]{1,2})?x)$")


def is_allowed_image_url(url: str) -> bool:
    """True for images served from our MEDIA_URL or over https."""
    url = url.strip()
    if not url or any(ch.isspace() or ch == "\\" for ch in url):
        return False
    media_url = settings.MEDIA_URL
    if media_url.startswith("/"):
        if url.startswith(media_url) and not url.startswith("//") and "/../" not in url:
            return True
    elif url.startswith(media_url):
        return True
    return url.lower().startswith("https://") and len(url) > len("https://")


def _clean_srcset(value: str) -> str | None:
    candidates = []
    for candidate in value.split(","):
        parts = candidate.split()
        if len(parts) != 2 or not is_allowed_image_url(parts[0]):
            return None
        if not _SRCSET_DESCRIPTOR_RE.match(parts[1]):
            return None
        candidates.append(f"{parts[0]} {parts[1]}")
    return ", ".join(candidates) or None


def _filter_attribute(tag: str, name: str, value: str) -> str | None:
    if tag == "img":
        if name == "src":
            return value if is_allowed_image_url(value) else None
        if name == "srcset":
            return _clean_srcset(value)
        if name in {"width", "height"}:
            return value if _NUMBER_RE.match(value.strip()) else None
    if tag == "oembed" and name == "url":
        found = video.parse(unescape(value))
        return found.watch_url if found else None
    if tag == "figure" and name == "class":
        kept = [cls for cls in value.split() if _FIGURE_CLASS_RE.match(cls)]
        return " ".join(kept) or None
    if name in {"colspan", "rowspan", "start"}:
        value = value.strip()
        return value if _NUMBER_RE.match(value) and 0 < int(value) <= 1000 else None
    return value


_cleaner = nh3.Cleaner(
    tags=set(ALLOWED_TAGS),
    clean_content_tags=set(_DROP_WITH_CONTENT),
    attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
    attribute_filter=_filter_attribute,
    strip_comments=True,
    link_rel="noopener noreferrer",
    url_schemes=set(_LINK_SCHEMES),
)


# The rendered width of the article column (static/css/site.css: .layout is at most 75rem wide with
# 1rem padding; from 60rem a 20rem sidebar and a 2.5rem gap sit beside the content).
BODY_IMAGE_SIZES = (
    "(min-width: 75rem) 50.5rem, (min-width: 60rem) calc(100vw - 24.5rem), calc(100vw - 2rem)"
)

# nh3 writes every attribute as name="value" with <, >, & and " escaped, so these see whole tags.
_IMG_TAG_RE = re.compile(r"<img\b([^>]*)>")
_ATTRIBUTE_RE = re.compile(r'\s([^\s="]+)="([^"]*)"')
_WIDTH_DESCRIPTOR_RE = re.compile(r"\s[0-9]+w(?:,|$)")


def _finish_image(match) -> str:
    # Added here rather than with nh3's set_tag_attribute_values, which appends them in an order
    # that changes from one process to the next: a saved body must not change when nothing did.
    attributes = _ATTRIBUTE_RE.findall(match.group(1))
    srcset = dict(attributes).get("srcset", "")
    if _WIDTH_DESCRIPTOR_RE.search(srcset):
        attributes.append(("sizes", BODY_IMAGE_SIZES))
    attributes += [("loading", "lazy"), ("decoding", "async")]
    return "<img" + "".join(f' {name}="{value}"' for name, value in attributes) + ">"


# An <oembed> whose address was refused keeps no attribute; it goes, and so does a media figure
# left with nothing to play.
_EMPTY_OEMBED_RE = re.compile(r"<oembed>(?:.*?)</oembed>", re.DOTALL)
_OEMBED_RE = re.compile(r'<oembed url="([^"]*)">(.*?)</oembed>', re.DOTALL)
_MEDIA_FIGURE_RE = re.compile(r'<figure class="media">(.*?)</figure>', re.DOTALL)


def _finish_media(match) -> str:
    inner = match.group(1)
    if "<oembed " not in inner:
        return ""
    # Only the player's address and its caption belong in a media block.
    oembed = _OEMBED_RE.search(inner)
    caption = re.search(r"<figcaption>.*?</figcaption>", inner, re.DOTALL)
    return (
        f'<figure class="media"><oembed url="{oembed.group(1)}"></oembed>'
        f"{caption.group(0) if caption else ''}</figure>"
    )


def clean_html(html: str | None) -> str:
    """Return article HTML with everything outside the allowlist removed."""
    if not html:
        return ""
    cleaned = _IMG_TAG_RE.sub(_finish_image, _cleaner.clean(html))
    if "<oembed" in cleaned:
        cleaned = _EMPTY_OEMBED_RE.sub("", cleaned)
        cleaned = _OEMBED_RE.sub(lambda m: f'<oembed url="{m.group(1)}"></oembed>', cleaned)
        cleaned = _MEDIA_FIGURE_RE.sub(_finish_media, cleaned)
        # An <oembed> outside a media figure is wrapped in one, so every video gets its box.
        cleaned = re.sub(
            r'(?<!<figure class="media">)(<oembed url="[^"]*"></oembed>)',
            r'<figure class="media">\1</figure>',
            cleaned,
        )
    return cleaned.strip()


_VIDEO_BLOCK_RE = re.compile(
    r'<figure class="media"><oembed url="([^"]*)"></oembed>(?:<figcaption>(.*?)</figcaption>)?'
    r"</figure>",
    re.DOTALL,
)


def _video_box(match) -> str:
    found = video.parse(unescape(match.group(1)))
    if found is None:
        return ""
    caption = match.group(2) or ""
    title = text.squash_spaces(unescape(strip_tags(caption))) or f"Video trên {found.provider_name}"
    provider = escape(found.provider_name)
    return (
        f'<figure class="media video-consent" data-video-embed="{escape(found.embed_url)}"'
        f' data-video-title="{escape(title)}">'
        f'<p class="video-consent__title">{escape(title)}</p>'
        f"<p>Video được phát từ {provider}. Trang chưa kết nối tới {provider};"
        f" khi bạn bấm xem, trình duyệt sẽ tải trình phát của {provider}.</p>"
        '<p><button type="button" class="button" data-video-play hidden>Xem video trên trang này'
        "</button> "
        f'<a href="{escape(found.watch_url)}" rel="noopener noreferrer external">'
        f"Mở video trên {provider}</a></p>"
        "</figure>"
    )


def render_media(cleaned_html: str | None) -> str:
    """The stored (cleaned) body as the page shows it: each video a click-to-load box that makes
    no request to the host until the reader clicks (article-media.js adds the player then)."""
    if not cleaned_html or "<oembed" not in cleaned_html:
        return cleaned_html or ""
    return _VIDEO_BLOCK_RE.sub(_video_box, cleaned_html)


def count_images_without_alt(html: str | None) -> int:
    """How many <img> in (cleaned) article HTML have no alt text, or only spaces."""
    missing = 0
    for match in _IMG_TAG_RE.finditer(clean_html(html)):
        alt = dict(_ATTRIBUTE_RE.findall(match.group(1))).get("alt", "")
        if not unescape(alt).strip():
            missing += 1
    return missing


def plain_text(body_html: str) -> str:
    """The words of a body on one line. Tags become spaces first, so table cells and list items
    ("<td>ba</td><td>Buổi sáng</td>") do not run together."""
    words = unescape(strip_tags((body_html or "").replace("<", " <")))
    return text.squash_spaces(words).replace("\n", " ")
