"""QR codes of article addresses, drawn as SVG with segno (no images on disk, no network)."""

from functools import lru_cache

import segno
from django.utils.safestring import mark_safe


@lru_cache(maxsize=256)
def _svg(url: str, scale: int, title: str) -> str:
    # Medium error correction survives a smudged print-out; segno raises it when it costs nothing.
    code = segno.make(url, error="m", micro=False)
    svg = code.svg_inline(
        scale=scale,
        border=2,
        dark="#000",
        light="#fff",
        title=title,
        svgclass="qr",
        lineclass=None,
        omitsize=True,
    )
    # A viewBox (so CSS may resize it) and an intrinsic size (so it never collapses).
    size = code.symbol_size(scale=scale, border=2)[0]
    return svg.replace("<svg ", f'<svg width="{size}" height="{size}" ', 1)


def qr_svg(url: str, scale: int = 4, title: str = "Mã QR địa chỉ bài viết") -> str:
    """The QR code of url as an inline <svg> element (segno escapes the title)."""
    return mark_safe(_svg(url, scale, title))


def qr_svg_document(url: str, scale: int = 4) -> str:
    """A standalone SVG document, for the image endpoint."""
    svg = _svg(url, scale, "Mã QR địa chỉ bài viết")
    # svg_inline omits the namespace, which a standalone document needs.
    return '<?xml version="1.0" encoding="utf-8"?>\n' + svg.replace(
        "<svg ", '<svg xmlns="http://www.w3.org/2000/svg" ', 1
    )
