"""Flags for comments whose sender may pose as the office: a name like the office's own reply
badge ("Ban biên tập"), the office's or council's name, or letters from another script that look
like Latin ones (a Cyrillic "а" in "Bаn biên tập").

Look-alike letters are found with the Unicode confusables data (TR39) shipped by
``confusable_homoglyphs``: each such letter is replaced by the Latin letter it imitates (the
name's skeleton) before the name is compared, tone marks folded, with the reserved names.
Such comments are held in the queue with the reason shown to moderators, never refused.
"""

from __future__ import annotations

import re

from confusable_homoglyphs import confusables
from django.conf import settings

from portal import text

# Names only the office uses; the settings add the office's and the council's own names.
RESERVED_NAMES = (
    "Ban biên tập",
    "Ban quản trị",
    "Quản trị viên",
    "Văn phòng HĐND",
    "Văn phòng Hội đồng nhân dân",
    "Thường trực HĐND",
    "Thường trực Hội đồng nhân dân",
)


def reserved_names() -> list[str]:
    names = [*RESERVED_NAMES, settings.SITE_NAME, settings.SITE_SHORT_NAME]
    office = getattr(settings, "PORTAL_OFFICE", {}).get("name")
    if office:
        names.append(office)
    return [name for name in names if name]


def look_alike_letters(value: str) -> list[str]:
    """The letters of another script in ``value`` that imitate Latin ones."""
    found = confusables.is_confusable(value or "", greedy=True, preferred_aliases=["latin"])
    return [item["character"] for item in found or ()] if found else []


def skeleton(value: str) -> str:
    """``value`` with look-alike letters replaced by the Latin ones they imitate, tone marks
    folded and case dropped, so "Bаn Biên Tập" and "ban bien tap" compare equal."""
    value = text.normalize(value or "")
    found = confusables.is_confusable(value, greedy=True, preferred_aliases=["latin"]) or ()
    for item in found:
        latin = [h["c"] for h in item["homoglyphs"] if h["n"].startswith("LATIN")]
        if latin:
            value = value.replace(item["character"], latin[0])
    return text.squash_spaces(text.fold(value)).lower()


def _contains_phrase(haystack: str, phrase: str) -> bool:
    return bool(re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", haystack))


def warnings_for(name: str, title: str) -> list[str]:
    """What a moderator should know about who the comment claims to come from."""
    warnings = []
    name_skeleton = skeleton(name)
    for reserved in reserved_names():
        if _contains_phrase(name_skeleton, skeleton(reserved)):
            warnings.append(f"Tên người gửi giống “{reserved}”: có thể mạo danh")
            break
    for label, value in (("tên", name), ("tiêu đề", title)):
        letters = look_alike_letters(text.normalize(value or ""))
        if letters:
            shown = " ".join(sorted(set(letters)))
            warnings.append(f"Chữ cái lạ giống chữ Latin trong {label}: {shown}")
    return warnings
