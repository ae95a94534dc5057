"""Site search: whole-word, accent-insensitive, abbreviation-aware, ranked by phrase and closeness.

A query is split into words and folded by news.search_words (marks and đ ignored, kỹ = kĩ,
quý = quí). Every word of two or more letters must appear as a whole word; one-letter words
("a", "ô") only count as part of the phrase, unless the query has nothing else. Abbreviations an
editor lists in the admin (SearchAbbreviation: "HĐND" = "Hội đồng nhân dân") make alternative
queries: "HĐND xã Yên Bình" finds "Hội đồng nhân dân xã Yên Bình" and the reverse.

Ranking, best first: the marks the reader typed found as typed (hòa = hoà), then the words as a
phrase, then close together, then anywhere; title and sapo weigh more than the body. The index and
its SQL live in news.search_backends (PostgreSQL full-text search, SQLite FTS5); news.search_index
keeps it in step with every save and update.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from portal import cache, text

from . import search_words
from .models import SEARCH_ABBREVIATIONS_CACHE, SearchAbbreviation

MAX_QUERY_LENGTH = 200
MAX_TERMS = 10
MAX_VARIANTS = 6
# Matches ranked per query (see search()); beyond, the count reads "hơn 300".
MAX_RESULTS = 300
SNIPPET_LENGTH = 240
# Words closer than this (in words) count as "close together".
NEAR_DISTANCE = 6

MESSAGES = {
    "empty": "Nhập từ khóa vào ô tìm kiếm, có dấu hoặc không dấu đều được.",
    "too_long": f"Từ khóa quá dài. Vui lòng nhập tối đa {MAX_QUERY_LENGTH} ký tự.",
    "no_words": "Từ khóa cần có ít nhất một chữ hoặc số. Vui lòng thử lại, ví dụ: kỳ họp.",
}


@dataclass
class ParsedQuery:
    text: str = ""
    # Folded words every result must contain (one-letter words left out, see the module note).
    terms: list[str] = field(default_factory=list)
    # Lower-cased words as typed that carry tone marks or đ; matching them exactly ranks first.
    marked_terms: list[str] = field(default_factory=list)
    # Their Telex keys (news.search_words), which the index compares.
    marked_keys: list[str] = field(default_factory=list)
    # Every folded word in order, one-letter words included: the phrase.
    words: list[str] = field(default_factory=list)
    # The phrase and its abbreviation alternatives, each a list of folded words.
    variants: list[list[str]] = field(default_factory=list)
    problem: str = ""

    @property
    def message(self) -> str:
        return MESSAGES.get(self.problem, "")

    @property
    def is_searchable(self) -> bool:
        return not self.problem and bool(self.terms)

    @property
    def required_variants(self) -> list[list[str]]:
        """Per alternative, the words a result must contain."""
        return [_required(variant) for variant in self.variants]

    @property
    def highlight_terms(self) -> set[str]:
        words = {w for variant in self.variants for w in _required(variant)}
        return words or set(self.words)


def _is_letter_word(word: str) -> bool:
    return len(word) == 1 and not word.isdigit()


def _required(words: list[str]) -> list[str]:
    required = [w for w in dict.fromkeys(words) if not _is_letter_word(w)]
    return required or list(dict.fromkeys(words))


def abbreviations() -> list[tuple[list[str], list[str]]]:
    """(short, full) folded word lists of the active abbreviations, cached until one changes."""

    def build():
        rows = SearchAbbreviation.objects.active().values_list("short_folded", "full_folded")
        return [(short.split(), full.split()) for short, full in rows if short and full]

    return cache.remember(SEARCH_ABBREVIATIONS_CACHE, ["search-abbreviations"], build)


def _find(words: list[str], part: list[str]) -> int:
    for start in range(len(words) - len(part) + 1):
        if words[start : start + len(part)] == part:
            return start
    return -1


def expand(words: list[str], pairs) -> list[list[str]]:
    """The phrase and the phrases made by swapping an abbreviation for its full form or back."""
    variants = [words]
    for short, full in pairs:
        for source, target in ((short, full), (full, short)):
            for variant in list(variants):
                start = _find(variant, source)
                if start == -1:
                    continue
                swapped = variant[:start] + target + variant[start + len(source) :]
                if swapped not in variants and len(variants) < MAX_VARIANTS:
                    variants.append(swapped)
    return variants


def parse_query(raw: str | None, *, with_abbreviations: bool = True) -> ParsedQuery:
    query = text.squash_spaces(raw).replace("\n", " ")
    if not query:
        return ParsedQuery(problem="empty")
    if len(query) > MAX_QUERY_LENGTH:
        return ParsedQuery(text=query, problem="too_long")
    found = search_words.words(query)
    if not found:
        return ParsedQuery(text=query, problem="no_words")
    words = [w.fold for w in found][: MAX_TERMS * 2]
    marked, keys = [], []
    for word in found:
        typed = query[word.start : word.end].lower()
        if word.marks and word.marks not in keys and len(keys) < MAX_TERMS:
            marked.append(typed)
            keys.append(word.marks)
    terms = _required(words)[:MAX_TERMS]
    variants = expand(words, abbreviations() if with_abbreviations else [])
    return ParsedQuery(
        text=query,
        terms=terms,
        marked_terms=marked,
        marked_keys=keys,
        words=words,
        variants=variants,
    )


def _spelled_pattern(term: str) -> str:
    """A regular expression for a folded word in a column folded by portal.text.fold, which
    keeps both spellings of kỹ/kĩ and quý/quí."""
    if term.startswith("quy"):
        return "qu[iy]" + term[3:]
    if term.endswith("i") and search_words.Y_AS_I_RE.match(term[:-1] + "y"):
        return term[:-1] + "[iy]"
    return term


def folded_column_q(column: str, query: ParsedQuery):
    """A filter for models that keep a text.fold()ed column (council records): every required
    word as a whole word, for any of the query's abbreviation alternatives."""
    from django.db.models import Q

    condition = Q(pk__in=[])
    for words in query.required_variants:
        words_q = Q()
        for word in words:
            # Folded text is lower-case; whole words are bounded by anything but a letter/digit.
            pattern = rf"(^|[^a-z0-9]){_spelled_pattern(word)}([^a-z0-9]|$)"
            words_q &= Q(**{f"{column}__regex": pattern})
        condition |= words_q
    return condition


def matching(queryset, query: ParsedQuery):
    """The articles containing the query's words, as a queryset (the admin's search)."""
    from . import search_backends

    if not query.is_searchable:
        return queryset.none()
    return search_backends.current().matching(queryset, query)


class RankedArticles:
    """The ranked ids of a search, loading articles only for the page shown (a Paginator's
    object_list): one query per page, whatever the number of matches."""

    def __init__(self, ids: list[int], queryset, capped: bool):
        self.ids, self.queryset, self.capped = ids, queryset, capped

    def __len__(self):
        return len(self.ids)

    def count(self):
        return len(self.ids)

    def __getitem__(self, index):
        ids = self.ids[index] if isinstance(index, slice) else [self.ids[index]]
        loaded = {article.pk: article for article in self.queryset.filter(pk__in=ids)}
        articles = [loaded[pk] for pk in ids if pk in loaded]
        return articles if isinstance(index, slice) else articles[0]


def search(queryset, query: ParsedQuery, *, newest_first: bool = False) -> RankedArticles:
    """The query's matches among an Article queryset, best first (or newest first).

    At most MAX_RESULTS are ranked: a query matching more articles ranks the MAX_RESULTS most
    recently written matches (news.search_backends), so its cost stays flat as the archive grows.
    """
    from . import search_backends

    if not query.is_searchable:
        return RankedArticles([], queryset, capped=False)
    ids = search_backends.current().ranked_ids(
        queryset, query, newest_first=newest_first, limit=MAX_RESULTS + 1
    )
    return RankedArticles(ids[:MAX_RESULTS], queryset, capped=len(ids) > MAX_RESULTS)


# --- Highlights and snippets ------------------------------------------------------------------


def _spans(source: str, terms) -> list[tuple[int, int, str]]:
    wanted = {search_words.fold_word(term) for term in terms}
    return [(w.start, w.end, w.fold) for w in search_words.words(source) if w.fold in wanted]


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


def highlight(value: str, terms) -> SafeString:
    """The whole text, escaped, with every whole word of the query wrapped in <mark>."""
    source = text.normalize(value)
    return mark_safe(_marked(source, _spans(source, terms), 0, len(source)))


def snippet(value: str, terms, length: int = SNIPPET_LENGTH) -> SafeString:
    """About `length` characters of text around the best cluster of matches, marked up."""
    source = text.squash_spaces(value).replace("\n", " ")
    if not source:
        return mark_safe("")
    spans = _spans(source, terms)
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


def phrase_in(value: str, words: list[str]) -> str:
    """The words as written in the text where they stand together, lower-cased ("" if not)."""
    found = search_words.words(text.normalize(value))
    folds = [w.fold for w in found]
    for start in range(len(folds) - len(words) + 1):
        if folds[start : start + len(words)] == words:
            source = text.normalize(value)
            return " ".join(
                source[w.start : w.end].lower() for w in found[start : start + len(words)]
            )
    return ""


def combinations(candidates: list[list[str]], limit: int):
    """Choices of one candidate per word, fewest changes first (the first candidate is 'as is')."""
    every = itertools.product(*(range(len(c)) for c in candidates))
    ordered = sorted(every, key=lambda picks: (sum(1 for p in picks if p), sum(picks)))
    for picks in ordered[:limit]:
        yield [c[p] for c, p in zip(candidates, picks, strict=True)]
