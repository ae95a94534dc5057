"""Delegates' portraits through the portal's image pipeline (news.images): checked by decoding,
cleaned of metadata, stored under a random name with smaller WebP copies for srcset."""

from __future__ import annotations

import logging

from django.core.files.storage import default_storage

from news import images
from portal.storage import STORAGE_ERRORS

logger = logging.getLogger(__name__)

FOLDER = "dai-bieu"
# Portraits are shown small: the directory's cards and the delegate page's column.
CARD_WIDTH = images.THUMB_WIDTH


def prepare(delegate) -> None:
    """Store a newly uploaded portrait (raises images.StorageError, nothing stored, when the
    storage refuses it) and rebuild renditions of a portrait that has none yet."""
    portrait = delegate.portrait
    if not portrait:
        delegate.portrait_renditions = {}
        return
    if not portrait._committed:
        stored = images.store(portrait.file, folder=FOLDER)
        portrait.name = stored.name
        portrait._committed = True
        delegate.portrait_renditions = stored.as_renditions()
    elif (delegate.portrait_renditions or {}).get("source") != portrait.name:
        try:
            with default_storage.open(portrait.name) as fh:
                delegate.portrait_renditions = images.renditions_for(
                    portrait.name, fh
                ).as_renditions()
        except (*STORAGE_ERRORS, images.StorageError, images.ValidationError):
            logger.warning("Could not build renditions for portrait %s", portrait.name)
            delegate.portrait_renditions = {"source": portrait.name}


def stored(delegate) -> images.StoredImage | None:
    """The portrait with its renditions, or None."""
    if not delegate.portrait:
        return None
    renditions = delegate.portrait_renditions or {}
    if renditions.get("source") != delegate.portrait.name:
        renditions = {}
    return images.StoredImage(
        delegate.portrait.name,
        renditions.get("width") or 0,
        renditions.get("height") or 0,
        {int(w): name for w, name in (renditions.get("files") or {}).items()},
    )


def card(delegate) -> dict | None:
    """What an <img> needs: src (the smallest copy), srcset, width and height."""
    image = stored(delegate)
    if image is None:
        return None
    urls = image.responsive_urls()
    width, height = image.width or 3, image.height or 4
    shown = min(CARD_WIDTH, width)
    return {
        "src": image.rendition_url(CARD_WIDTH),
        "srcset": ", ".join(f"{url} {w}w" for w, url in urls["widths"]),
        "width": shown,
        "height": max(1, round(height * shown / width)),
    }
