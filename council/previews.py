"""A small picture of a PDF's first page, shown beside its download link.

Drawn with pypdfium2 (PDFium, the PDF engine of Chromium, shipped in the wheel), which renders
a page in a few milliseconds; the picture is re-encoded by Pillow and stored with the public
media. A PDF that PDFium cannot draw simply has no preview.
"""

from __future__ import annotations

import io
import logging
import uuid

from django.core.files.base import ContentFile

logger = logging.getLogger(__name__)

WIDTH = 180


def first_page(raw: bytes) -> ContentFile | None:
    """A PNG of the first page, WIDTH pixels wide, or None."""
    try:
        import pypdfium2 as pdfium

        document = pdfium.PdfDocument(raw)
        try:
            page = document[0]
            width, _ = page.get_size()
            image = page.render(scale=WIDTH / max(width, 1)).to_pil().convert("RGB")
        finally:
            document.close()
    except Exception:
        logger.info("No preview for a PDF", exc_info=True)
        return None
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return ContentFile(buffer.getvalue(), name=f"{uuid.uuid4().hex}.png")
