"""The site search page put together: query, filters, articles, other kinds, suggestion."""

from __future__ import annotations

from portal import page_cache, pagination

from . import listings, search, search_filters, search_kinds, search_suggest
from .sanitize import plain_text

# Results of another kind shown next to the articles (all of them when that kind is chosen).
OTHER_KIND_LIMIT = 5
ONLY_KIND_LIMIT = 30


def context(request) -> dict:
    query = search.parse_query(request.GET.get("q", ""))
    filters = search_filters.parse(request.GET)
    page, sections, suggestion = None, [], ""
    found = 0
    if query.is_searchable:
        articles = search_filters.apply_to_articles(listings.public_articles(), filters)
        if filters.shows(search_kinds.ARTICLES):
            results = search.search(
                articles.defer("search_folded", "title_folded"),
                query,
                newest_first=filters.newest_first,
            )
            page = pagination.paginate(request, results)
            terms = query.highlight_terms
            for article in page:
                article.title_html = search.highlight(article.title, terms)
                article.snippet_html = search.snippet(
                    f"{article.sapo} {plain_text(article.body)}", terms
                )
            found += page.paginator.count
        limit = ONLY_KIND_LIMIT if filters.kind else OTHER_KIND_LIMIT
        for kind in search_kinds.kinds():
            if not filters.shows(kind.slug):
                continue
            page_cache.tag(request, *kind.tags)
            results = list(kind.results(query, filters, limit + 1))
            found += len(results)
            if results:
                sections.append(
                    {
                        "kind": kind,
                        "results": results[:limit],
                        "more": len(results) > limit,
                        "more_url": kind.more_url() if kind.more_url else "",
                    }
                )
        suggestion = search_suggest.suggest(articles, query, found)
    return {
        "query": query,
        "filters": filters,
        # Keeps what the reader typed in the search box, even when it is refused.
        "search_query": query.text,
        "page": page,
        "sections": sections,
        "found": found,
        "suggestion": suggestion,
        "kind_choices": search_kinds.choices(),
        "sort_choices": search_filters.SORTS,
        "categories": listings.active_categories(),
        "query_max_length": search.MAX_QUERY_LENGTH,
    }
