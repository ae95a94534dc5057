"""Reader pages about delegates: the directory, "Tìm đại biểu của bạn", a delegate's page,
the standing committee and committees. GET only, no cookie, served from the page cache."""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_safe

from news import listings as news_listings
from news import seo as news_seo
from portal import page_cache, pagination

from . import delegates, ical
from .models import Committee, CommitteeMembership, Delegate, Event, Question, Term

MAX_SLUG_LENGTH = 200
DELEGATE_QUESTIONS = 30
DELEGATE_EVENTS = 12
DELEGATE_NEWS = 8


def _canonical(path, params, page=None):
    query = "&".join(f"{k}={v}" for k, v in params.items())
    if page is not None and page.number > 1:
        query = f"{query}&page={page.number}" if query else f"page={page.number}"
    url = news_seo.absolute_url(path)
    return f"{url}?{query}" if query else url


def note_filters(request, selection, filter_specs):
    for spec in filter_specs:
        page_cache.note_query(request, spec.param, selection.values.get(spec.key))


@require_safe
@page_cache.cached_page(query=["khoa", "ban", "to", "don-vi", "page"])
def delegate_list(request):
    page_cache.tag(request, "delegates")
    choices = delegates.filter_choices()
    selection = delegates.parse(request.GET, choices)
    note_filters(request, selection, delegates.FILTERS)
    if "term" in selection.ids:
        term = Term.objects.get(pk=selection.ids["term"])
    else:
        term = delegates.current_term()
    memberships = delegates.directory(selection, term) if term else []
    page = pagination.paginate(request, memberships, per_page=24)
    page_cache.note_query(request, "page", page.number if page.number > 1 else None)
    rows = list(page.object_list)
    seats = delegates.seats_by_delegate(rows, term) if term else {}
    for membership in rows:
        membership.seats = seats.get(membership.delegate_id, [])
    context = {
        "term": term,
        "choices": choices,
        "selection": selection,
        "page": page,
        "memberships": rows,
        "filters": delegates.FILTERS,
        "canonical_url": _canonical(reverse("council:delegate_list"), selection.params, page),
        "page_params": "&".join(f"{k}={v}" for k, v in selection.params.items()),
    }
    status = 400 if selection.problems else 200
    return render(request, "council/delegate_list.html", context, status=status)


@require_safe
@page_cache.cached_page(query=["phuong"])
def delegate_lookup(request):
    page_cache.tag(request, "delegates")
    result = delegates.find_ward(request.GET.get("phuong"))
    page_cache.note_query(request, "phuong", result.typed or None)
    term = delegates.current_term()
    context = {
        "result": result,
        "term": term,
        "all_constituencies": delegates.constituencies_of(term) if term else [],
        "canonical_url": news_seo.absolute_url(reverse("council:delegate_lookup")),
    }
    # An unknown ward is "not found"; a query that cannot be looked up is a bad request.
    status = 200
    if result.problem:
        status = 404 if result.not_found else 400
    return render(request, "council/delegate_lookup.html", context, status=status)


def _public_delegate(slug):
    if len(slug) > MAX_SLUG_LENGTH:
        raise Http404
    return get_object_or_404(Delegate.objects.public(), slug=slug)


@require_safe
@page_cache.cached_page()
def delegate_detail(request, slug):
    delegate = _public_delegate(slug)
    page_cache.tag(request, f"delegate:{delegate.pk}", "delegates", "schedule", "questions")
    # From the start of today (local time) on: the reception this morning is still listed.
    today = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)
    upcoming = list(
        Event.objects.public()
        .filter(participants=delegate)
        .filter(starts_at__gte=today)
        .chronological()[:DELEGATE_EVENTS]
    )
    questions = list(
        Question.objects.public()
        .filter(delegate=delegate)
        .select_related("session__term", "agency")
        .defer("search_folded")
        .in_register_order()[:DELEGATE_QUESTIONS]
    )
    articles = list(
        news_listings.public_articles()
        .filter(council_delegates=delegate)
        .only("id", "title", "slug", "published_at", "category__name", "category__slug")
        .newest_first()[:DELEGATE_NEWS]
    )
    memberships = delegates.delegate_terms(delegate)
    constituency = next((m.constituency for m in memberships if m.constituency_id), None)
    context = {
        "delegate": delegate,
        "memberships": memberships,
        "current": memberships[0] if memberships else None,
        "constituency_wards": list(constituency.wards.order_by("name")) if constituency else [],
        "portrait": delegate.portrait_card,
        "events": upcoming,
        "questions": questions,
        "articles": articles,
        "canonical_url": news_seo.absolute_url(delegate.get_absolute_url()),
    }
    return render(request, "council/delegate_detail.html", context)


@require_safe
@page_cache.cached_page()
def delegate_calendar(request, slug):
    delegate = _public_delegate(slug)
    page_cache.tag(request, f"delegate:{delegate.pk}", "schedule")
    events = ical.feed_events(Event.objects.public().filter(participants=delegate))
    body = ical.calendar(events, ical.feed_name(f"đại biểu {delegate.full_name}"))
    return calendar_response(body, f"lich-cong-tac-{delegate.slug}.ics")


def calendar_response(body: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(body, content_type=ical.CONTENT_TYPE)
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


@require_safe
@page_cache.cached_page()
def committee_list(request):
    page_cache.tag(request, "delegates")
    term = delegates.current_term()
    committees = list(Committee.objects.in_order())
    context = {
        "term": term,
        "standing": [c for c in committees if c.kind == Committee.Kind.STANDING],
        "committees": [c for c in committees if c.kind == Committee.Kind.COMMITTEE],
        "canonical_url": news_seo.absolute_url(reverse("council:committee_list")),
    }
    return render(request, "council/committee_list.html", context)


@require_safe
@page_cache.cached_page()
def committee_detail(request, slug):
    if len(slug) > MAX_SLUG_LENGTH:
        raise Http404
    committee = get_object_or_404(Committee, slug=slug)
    page_cache.tag(request, "delegates")
    term = delegates.current_term()
    seats = list(
        CommitteeMembership.objects.filter(
            committee=committee, term=term, delegate__is_published=True
        )
        .select_related("delegate")
        .defer("delegate__biography", "delegate__search_folded")
        .order_by("rank", "delegate__sort_name")
    )
    context = {
        "committee": committee,
        "term": term,
        "seats": seats,
        "other_committees": list(Committee.objects.in_order().exclude(pk=committee.pk)),
        "canonical_url": news_seo.absolute_url(committee.get_absolute_url()),
    }
    return render(request, "council/committee_detail.html", context)
