""" "Có phải bạn muốn tìm: …?": a corrected query built from the archive's own words.

Offered when a query finds nothing. Each word the archive lacks (or every word, if the words all
exist but never together) gets candidates: the spellings Vietnamese readers confuse (s/x, ch/tr,
d/gi/r, n/l, final n/ng and c/t) that the archive holds, then archive words spelled alike
(pg_trgm similarity on PostgreSQL, a small in-process trigram index on SQLite). Choices with the
fewest changes are tried first, and one is offered only if it finds articles; it is shown as the
archive writes it ("giam xat" → "giám sát"). A word typed with hỏi where the archive writes ngã
(or the reverse) is offered too, even when the query found something.
"""

from __future__ import annotations

import unicodedata

from . import search, search_backends
from .models import SearchWord

MAX_CANDIDATES = 4
MAX_TRIES = 4
# Onsets and finals readers swap; each group is one confusion.
_ONSETS = (("s", "x"), ("ch", "tr"), ("gi", "d", "r"), ("n", "l"))
_FINALS = (("ng", "n"), ("c", "t"))
_HOI, _NGA = "\u0309", "\u0303"


def _part(word: str, groups, at_end: bool) -> tuple[str, tuple[str, ...]] | None:
    """The onset (or final) of a word found in one of the groups, and its group."""
    for group in groups:
        for part in sorted(group, key=len, reverse=True):
            found = word.endswith(part) if at_end else word.startswith(part)
            if found and not (
                part == "n"
                and (word.endswith("nh") if at_end else word[1:2] in "gh" and len(word) > 1)
            ):
                return part, group
    return None


def confusions(word: str) -> list[str]:
    """Folded spellings of a folded word that differ by a common Vietnamese confusion."""
    heads = [("", word)]
    onset = _part(word, _ONSETS, at_end=False)
    if onset:
        heads = [(other, word[len(onset[0]) :]) for other in onset[1]]
    results = []
    for head, rest in heads:
        final = _part(rest, _FINALS, at_end=True) if rest else None
        tails = (
            [rest[: len(rest) - len(final[0])] + other for other in final[1]] if final else [rest]
        )
        results += [head + tail for tail in tails]
    return [r for r in dict.fromkeys(results) if r != word]


def _known(words) -> dict[str, int]:
    """Folded words the archive holds, with how often."""
    counts: dict[str, int] = {}
    for folded, frequency in SearchWord.objects.filter(folded__in=set(words)).values_list(
        "folded", "frequency"
    ):
        counts[folded] = counts.get(folded, 0) + frequency
    return counts


def _candidates(word: str, known: dict[str, int], *, keep: bool) -> list[str]:
    listed = [word] if keep else []
    confused = sorted((c for c in confusions(word) if c in known), key=lambda c: -known[c])
    listed += confused
    if len(listed) < MAX_CANDIDATES and len(word) > 2:
        listed += [w for w, _ in search_backends.current().similar_words(word) if w != word]
    return list(dict.fromkeys(listed))[:MAX_CANDIDATES] or [word]


def _swap_hoi_nga(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    swapped = decomposed.translate({ord(_HOI): _NGA, ord(_NGA): _HOI})
    return unicodedata.normalize("NFC", swapped)


def _tone_suggestion(query) -> str:
    typed = [
        w
        for w in query.marked_terms
        if any(m in unicodedata.normalize("NFD", w) for m in (_HOI, _NGA))
    ]
    if not typed:
        return ""
    swapped = {w: _swap_hoi_nga(w) for w in typed}
    present = set(
        SearchWord.objects.filter(display__in=[*typed, *swapped.values()]).values_list(
            "display", flat=True
        )
    )
    changes = {w: s for w, s in swapped.items() if w not in present and s in present}
    if not changes:
        return ""
    words = query.text.split()
    return " ".join(changes.get(w.lower(), w) for w in words)


def suggest(articles, query, found: int) -> str:
    """A better query for the reader, or ""; `articles` is the public queryset searched."""
    if not query.is_searchable:
        return ""
    if found:
        return _tone_suggestion(query)
    words = query.terms
    known = _known([*words, *(c for w in words for c in confusions(w))])
    all_known = all(w in known for w in words)
    candidates = [_candidates(w, known, keep=w in known or all_known) for w in words]
    tries = 0
    for choice in search.combinations(candidates, MAX_TRIES + 1):
        if choice == words:
            continue
        if tries >= MAX_TRIES:
            break
        tries += 1
        corrected = search.ParsedQuery(
            text=" ".join(choice), terms=choice, words=choice, variants=[choice]
        )
        found_articles = search.matching(articles.select_related(None), corrected)
        # Any one match will do: unordered, so the database stops at the first it finds.
        first = list(found_articles.only("title", "sapo", "body").order_by()[:1])
        if not first:
            continue
        return _as_written(first[0], choice)
    return ""


def _as_written(article, words: list[str]) -> str:
    from .sanitize import plain_text

    for value in (article.title, article.sapo, plain_text(article.body)):
        written = search.phrase_in(value, words)
        if written:
            return written
    displays = dict(
        SearchWord.objects.filter(folded__in=words)
        .order_by("folded", "frequency")
        .values_list("folded", "display")
    )
    return " ".join(displays.get(w, w) for w in words)
