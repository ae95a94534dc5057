"""Questions in session ("Chất vấn"): the status a question's answer and commitments give it,
and the register's filters (session, field, agency, status) and search."""

from __future__ import annotations

from news import search as news_search

from . import caching, filters
from .models import Agency, Commitment, Question, Sector, Session

FILTERS = [
    filters.Filter("session", "ky-hop", "kỳ họp"),
    filters.Filter("sector", "linh-vuc", "lĩnh vực"),
    filters.Filter("agency", "co-quan", "cơ quan"),
    filters.Filter("status", "tinh-trang", "tình trạng"),
]


def status_of(question) -> str:
    """Waiting until answered; then following its commitments until every one is done."""
    if not question.answer_summary:
        return Question.Status.WAITING
    statuses = list(question.commitments.values_list("status", flat=True)) if question.pk else []
    if not statuses:
        return Question.Status.ANSWERED
    if all(status == Commitment.Status.DONE for status in statuses):
        return Question.Status.DONE
    return Question.Status.FOLLOWING


def refresh_status(question_id) -> None:
    """After a commitment changed: store the question's status (and forget its pages)."""
    question = (
        Question.objects.filter(pk=question_id)
        .only("id", "answer_summary", "session_id", "delegate_id")
        .first()
    )
    if question is None:
        return
    status = status_of(question)
    if Question.objects.filter(pk=question_id).exclude(status=status).update(status=status):
        caching.questions_changed([question])


def filter_choices() -> dict:
    """The register's menus, cached until a question, session or list changes."""

    def build():
        sessions = list(
            Session.objects.filter(questions__is_published=True)
            .distinct()
            .select_related("term")
            .order_by("-starts_on", "-id")
        )
        used_sectors = Question.objects.public().values("sector_id")
        used_agencies = Question.objects.public().values("agency_id")
        return {
            "session": [(s.slug, s.full_title, s.pk) for s in sessions],
            "sector": list(
                Sector.objects.filter(pk__in=used_sectors)
                .in_order()
                .values_list("slug", "name", "id")
            ),
            "agency": list(
                Agency.objects.filter(pk__in=used_agencies)
                .in_order()
                .values_list("slug", "name", "id")
            ),
            "status": [(value, label, value) for value, label in Question.Status.choices],
        }

    return caching.cached(caching.QUESTION_FILTERS_CACHE, build)


def parse(params, choices=None):
    choices = choices or filter_choices()
    selection = filters.parse(params, FILTERS, choices)
    raw_q = params.get("q", "")
    if raw_q.strip():
        parsed = news_search.parse_query(raw_q)
        selection.search = parsed
        if parsed.problem:
            selection.problems.append(parsed.message)
        else:
            selection._params["q"] = parsed.text
    return selection


def matching(queryset, parsed):
    """Whole words and abbreviations, as the site search and the documents register match."""
    return queryset.filter(news_search.folded_column_q("search_folded", parsed))


def register(selection):
    """The public questions the selection asks for, newest session first."""
    queryset = Question.objects.public().for_lists()
    lookups = {"session": "session_id", "sector": "sector_id", "agency": "agency_id"}
    for key, value in selection.ids.items():
        queryset = queryset.filter(**{lookups.get(key, key): value})
    if selection.search is not None and selection.search.is_searchable:
        queryset = matching(queryset, selection.search)
    return queryset.in_register_order()
