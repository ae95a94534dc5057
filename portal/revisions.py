"""Revisions in the admin (django-simple-history): a readable difference between two versions
of an article, poll, category or widget, the words of title, sapo and body that went and came,
and the admin base class that shows it beside "Khôi phục phiên bản này"."""

from __future__ import annotations

import difflib
import re
from html import unescape

from django.core.exceptions import FieldDoesNotExist
from django.utils.html import format_html, format_html_join, strip_tags
from simple_history.admin import SimpleHistoryAdmin

from . import text
from .form_fields import LabelledDateTimeMixin

# Fields compared word by word; HTML fields are compared by their text.
TEXT_FIELDS = ("title", "sapo", "body", "name", "description", "question")
HTML_FIELDS = ("body",)
# Never worth showing: stamps the history itself records.
SKIPPED_FIELDS = ("updated_at", "created_at", "updated_by", "slug")

_WORDS = re.compile(r"\S+")


def plain_text(html: str) -> str:
    return text.squash_spaces(unescape(strip_tags((html or "").replace("<", " <"))))


def word_diff(old: str, new: str) -> str:
    """HTML with removed words in <del> and added ones in <ins>; everything escaped."""
    old_words, new_words = _WORDS.findall(old or ""), _WORDS.findall(new or "")
    parts = []
    matcher = difflib.SequenceMatcher(a=old_words, b=new_words, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            same = old_words[a1:a2]
            # Long unchanged stretches are shortened to their ends.
            if len(same) > 24:
                same = [*same[:8], "…", *same[-8:]]
            parts.append(format_html("{}", " ".join(same)))
            continue
        if a2 > a1:
            parts.append(format_html("<del>{}</del>", " ".join(old_words[a1:a2])))
        if b2 > b1:
            parts.append(format_html("<ins>{}</ins>", " ".join(new_words[b1:b2])))
    return format_html_join(" ", "{}", ((part,) for part in parts))


def _shown(value) -> str:
    if value in (None, ""):
        return "(trống)"
    if value is True:
        return "có"
    if value is False:
        return "không"
    return str(value)


def changes(older, newer) -> list[dict]:
    """What changed from one historical record to the next: [{"label", "html"}]."""
    delta = newer.diff_against(older, foreign_keys_are_objs=True)
    model = newer.instance_type
    result = []
    for change in delta.changes:
        if change.field in SKIPPED_FIELDS:
            continue
        try:
            label = str(model._meta.get_field(change.field).verbose_name)
        except FieldDoesNotExist:  # a field gone since the revision was made
            label = change.field
        old, new = change.old, change.new
        if change.field in TEXT_FIELDS:
            if change.field in HTML_FIELDS:
                old, new = plain_text(old or ""), plain_text(new or "")
            html = word_diff(str(old or ""), str(new or ""))
        else:
            html = format_html("<del>{}</del> → <ins>{}</ins>", _shown(old), _shown(new))
        result.append({"label": label[:1].upper() + label[1:], "html": html})
    return result


class RevisionAdmin(LabelledDateTimeMixin, SimpleHistoryAdmin):
    """An admin with "Lịch sử" listing revisions, their differences and a restore button (and
    date-time boxes named for screen readers)."""

    object_history_list_template = "admin/revisions/history_list.html"

    def set_history_delta_changes(self, request, historical_records, foreign_keys_are_objs=True):
        records = list(historical_records)
        for newer, older in zip(records, records[1:], strict=False):
            newer.readable_changes = changes(older, newer)
