"""The council's records in the site search: documents and sessions, registered as kinds of
news.search_kinds from CouncilConfig.ready (news never imports council)."""

from __future__ import annotations

from django.urls import reverse

from news import search as news_search
from news import search_kinds

from . import register as documents_register
from .models import Document, Question, Session


def _dated(queryset, column, filters):
    if filters.date_from:
        queryset = queryset.filter(**{f"{column}__gte": filters.date_from})
    if filters.date_to:
        queryset = queryset.filter(**{f"{column}__lte": filters.date_to})
    return queryset


def documents(query, filters, limit):
    queryset = _dated(Document.objects.public().for_lists(), "issued_on", filters)
    results = documents_register.search(queryset, query)
    if filters.newest_first:
        results = results.order_by("-issued_on", "-id")
    return list(results[:limit])


def sessions(query, filters, limit):
    queryset = _dated(Session.objects.select_related("term"), "starts_on", filters)
    queryset = queryset.filter(news_search.folded_column_q("search_folded", query))
    return list(queryset.defer("search_folded").newest_first()[:limit])


def questions(query, filters, limit):
    queryset = Question.objects.public().for_lists().filter(delegate__is_published=True)
    queryset = _dated(queryset, "session__starts_on", filters)
    queryset = queryset.filter(news_search.folded_column_q("search_folded", query))
    # Newest session first whatever the sort: questions carry no relevance score of their own.
    return list(queryset.in_register_order()[:limit])


def register_kinds():
    search_kinds.register(
        search_kinds.Kind(
            slug="ky-hop",
            label="Kỳ họp",
            results=sessions,
            template="council/_search_sessions.html",
            order=10,
            tags=("sessions",),
        )
    )
    search_kinds.register(
        search_kinds.Kind(
            slug="van-ban",
            label="Văn bản",
            results=documents,
            template="council/_search_documents.html",
            order=20,
            more_url=lambda: reverse("council:document_list"),
            tags=("documents",),
        )
    )
    search_kinds.register(
        search_kinds.Kind(
            slug="chat-van",
            label="Chất vấn",
            results=questions,
            template="council/_search_questions.html",
            order=30,
            more_url=lambda: reverse("council:question_list"),
            tags=("questions",),
        )
    )
