"""Accent-insensitive article search with marks-aware ranking and highlighted snippets.

Matching runs on the stored tone-folded columns (title_folded, search_folded), so "hoi dong"
finds "Hội đồng" and đ = d on every database. Every query word must appear (AND, any order).
On PostgreSQL the same LIKE filters are served by trigram GIN indexes on those columns
(migration 0004_search_postgres); SQLite scans them, which is fine at a council's volume.

Ranking, best first: words typed with their tone marks found as typed, then words in the title,
then the whole phrase, then recency.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import reduce
from operator import add

from django.db.models import Case, IntegerField, Q, Value, When
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from portal import text

MAX_QUERY_LENGTH = 200
MAX_TERMS = 10
SNIPPET_LENGTH = 240

# Words are runs of letters and digits; punctuation, %, _, quotes and emoji only separate them.
_WORD_RE = re.compile(r"[^\W_]+")

MESSAGES = {
    "empty": "Nhập từ khóa vào ô tìm kiếm, có dấu hoặc không dấu đều được.",
    "too_long": f"Từ khóa quá dài. Vui lòng nhập tối đa {MAX_QUERY_LENGTH} ký tự.",
    "no_words": "Từ khóa cần có ít nhất một chữ hoặc số. Vui lòng thử lại, ví dụ: kỳ họp.",
}


@dataclass
class ParsedQuery:
    text: str = ""
    terms: list[str] = field(default_factory=list)
    # Lower-cased words as typed that carry tone marks or đ; matching them exactly ranks first.
    marked_terms: list[str] = field(default_factory=list)
    problem: str = ""

    @property
    def message(self) -> str:
        return MESSAGES.get(self.problem, "")

    @property
    def is_searchable(self) -> bool:
        return not self.problem and bool(self.terms)


def parse_query(raw: str | None) -> ParsedQuery:
    query = text.squash_spaces(raw).replace("\n", " ")
    if not query:
        return ParsedQuery(problem="empty")
    if len(query) > MAX_QUERY_LENGTH:
        return ParsedQuery(text=query, problem="too_long")
    terms, marked = [], []
    for word in _WORD_RE.findall(query):
        folded = text.fold(word)
        if folded not in terms and len(terms) < MAX_TERMS:
            terms.append(folded)
        typed = word.lower()
        if typed != folded and typed not in marked and len(marked) < MAX_TERMS:
            marked.append(typed)
    if not terms:
        return ParsedQuery(text=query, problem="no_words")
    return ParsedQuery(text=query, terms=terms, marked_terms=marked)


def _score(condition: Q, points: int):
    return Case(When(condition, then=Value(points)), default=Value(0), output_field=IntegerField())


def matching(queryset, query: ParsedQuery):
    """The articles containing every word of the query, marks and đ ignored (unordered)."""
    for term in query.terms:
        queryset = queryset.filter(search_folded__contains=term)
    return queryset


def search(queryset, query: ParsedQuery):
    """Filter an Article queryset to the query's matches, best first."""
    if not query.is_searchable:
        return queryset.none()
    queryset = matching(queryset, query)
    scores = []
    for typed in query.marked_terms:
        # iregex is Unicode case-insensitive on both databases (Python's re on SQLite), unlike
        # SQLite's LIKE; the word is letters and digits only, so re.escape leaves it literal.
        pattern = re.escape(typed)
        scores.append(_score(Q(title__iregex=pattern), 2000))
        scores.append(_score(Q(sapo__iregex=pattern) | Q(body__iregex=pattern), 1000))
    scores.extend(_score(Q(title_folded__contains=term), 100) for term in query.terms)
    if len(query.terms) > 1:
        phrase = " ".join(query.terms)
        scores.append(_score(Q(title_folded__contains=phrase), 300))
        scores.append(_score(Q(search_folded__contains=phrase), 30))
    return queryset.annotate(search_score=reduce(add, scores)).order_by(
        "-search_score", "-published_at", "-id"
    )


def _spans(folded: str, terms: list[str]) -> list[tuple[int, int, str]]:
    """Merged (start, end, term) spans where any term occurs in the folded text."""
    found = []
    for term in terms:
        start = folded.find(term)
        while start != -1:
            found.append((start, start + len(term), term))
            start = folded.find(term, start + len(term))
    found.sort()
    merged: list[tuple[int, int, str]] = []
    for start, end, term in found:
        if merged and start <= merged[-1][1]:
            previous = merged[-1]
            merged[-1] = (previous[0], max(previous[1], end), previous[2])
        else:
            merged.append((start, end, term))
    return merged


def _marked(source: str, spans, start: int, end: int) -> str:
    parts, cursor = [], start
    for span_start, span_end, _ in spans:
        span_start, span_end = max(span_start, start), min(span_end, end)
        if span_end <= span_start:
            continue
        parts.append(escape(source[cursor:span_start]))
        parts.append(f"<mark>{escape(source[span_start:span_end])}</mark>")
        cursor = span_end
    parts.append(escape(source[cursor:end]))
    return "".join(parts)


def highlight(value: str, terms: list[str]) -> SafeString:
    """The whole text, escaped, with every match wrapped in <mark>."""
    source = text.normalize(value)
    # fold() keeps one character per character, so positions found in it hold in source.
    spans = _spans(text.fold(source), terms)
    return mark_safe(_marked(source, spans, 0, len(source)))


def snippet(value: str, terms: list[str], length: int = SNIPPET_LENGTH) -> SafeString:
    """About `length` characters of text around the best cluster of matches, marked up."""
    source = text.squash_spaces(value).replace("\n", " ")
    if not source:
        return mark_safe("")
    spans = _spans(text.fold(source), terms)
    if len(source) <= length:
        return mark_safe(_marked(source, spans, 0, len(source)))
    start = 0
    if spans:
        # The window that shows the most distinct words wins; earlier windows win ties.
        best = -1
        for span_start, _, _ in spans[:50]:
            candidate = max(0, span_start - length // 4)
            distinct = {t for s, _, t in spans if candidate <= s < candidate + length}
            if len(distinct) > best:
                best, start = len(distinct), candidate
    if start > 0:
        space = source.find(" ", start, start + 20)
        start = space + 1 if space != -1 else start
    end = min(len(source), start + length)
    if end < len(source):
        space = source.rfind(" ", end - 20, end)
        end = space if space > start else end
    return mark_safe(
        ("…" if start > 0 else "")
        + _marked(source, spans, start, end)
        + ("…" if end < len(source) else "")
    )
