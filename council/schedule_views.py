"""Reader pages of the work schedule: the week (and its print view), the month, and the
iCalendar feeds. A malformed week or month in the address gets a Vietnamese 404 page."""

import datetime

from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_safe

from news import seo as news_seo
from portal import page_cache

from . import ical, schedule
from .delegate_views import calendar_response
from .models import Event

KINDS = dict(Event.Kind.choices)


def _bad_address(request, message, kind):
    context = {
        "message": message,
        "kind": kind,
        "this_week_url": reverse("council:schedule_week_current"),
        "this_month_url": reverse("council:schedule_month_current"),
    }
    return render(request, "council/schedule_bad_address.html", context, status=404)


def _feeds():
    return [
        {"name": "Tất cả hoạt động công khai", "url": reverse("council:schedule_ical")},
        *(
            {"name": label, "url": reverse("council:schedule_kind_ical", kwargs={"kind": value})}
            for value, label in Event.Kind.choices
        ),
    ]


def _week_page(request, monday, printing=False):
    page_cache.tag(request, "schedule")
    week = schedule.week(monday)
    context = {
        "week": week,
        "parts": schedule.PARTS,
        "previous_url": schedule.week_url(week.previous),
        "next_url": schedule.week_url(week.next),
        "this_week_url": reverse("council:schedule_week_current"),
        "print_url": schedule.week_url(monday, printing=True),
        # The month holding most of the week (its Thursday, as ISO weeks count).
        "month_url": schedule.month_url(monday + datetime.timedelta(days=3)),
        "feeds": _feeds(),
        "is_this_week": monday == schedule.monday_of(timezone.localdate()),
        "canonical_url": news_seo.absolute_url(schedule.week_url(monday)),
    }
    template = "council/schedule_week_print.html" if printing else "council/schedule_week.html"
    response = render(request, template, context)
    if printing:
        response["X-Robots-Tag"] = "noindex"
    return response


@require_safe
@page_cache.cached_page()
def week_current(request):
    return _week_page(request, schedule.monday_of(timezone.localdate()))


@require_safe
@page_cache.cached_page()
def week_view(request, week):
    try:
        monday = schedule.parse_week(week)
    except schedule.BadAddress as exc:
        return _bad_address(request, str(exc), "week")
    return _week_page(request, monday)


@require_safe
@page_cache.cached_page()
def week_print(request, week):
    try:
        monday = schedule.parse_week(week)
    except schedule.BadAddress as exc:
        return _bad_address(request, str(exc), "week")
    return _week_page(request, monday, printing=True)


def _month_page(request, first):
    page_cache.tag(request, "schedule")
    month = schedule.month(first)
    context = {
        "month": month,
        "previous_url": schedule.month_url(month.previous),
        "next_url": schedule.month_url(month.next),
        "weekdays": schedule.WEEKDAYS,
        "feeds": _feeds(),
        "this_week_url": reverse("council:schedule_week_current"),
        "canonical_url": news_seo.absolute_url(schedule.month_url(first)),
    }
    return render(request, "council/schedule_month.html", context)


@require_safe
@page_cache.cached_page()
def month_current(request):
    return _month_page(request, timezone.localdate().replace(day=1))


@require_safe
@page_cache.cached_page()
def month_view(request, month):
    try:
        first = schedule.parse_month(month)
    except schedule.BadAddress as exc:
        return _bad_address(request, str(exc), "month")
    return _month_page(request, first)


@require_safe
@page_cache.cached_page()
def calendar_all(request):
    page_cache.tag(request, "schedule")
    body = ical.calendar(ical.feed_events(), ical.feed_name())
    return calendar_response(body, "lich-cong-tac.ics")


@require_safe
@page_cache.cached_page()
def calendar_kind(request, kind):
    if kind not in KINDS:
        raise Http404("Không có loại hoạt động này trong lịch công tác.")
    page_cache.tag(request, "schedule")
    events = ical.feed_events(Event.objects.public().filter(kind=kind))
    body = ical.calendar(events, ical.feed_name(KINDS[kind]))
    return calendar_response(body, f"lich-cong-tac-{kind}.ics")
