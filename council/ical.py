"""iCalendar feeds of the work schedule (RFC 5545, written with the `icalendar` library).

Google Calendar and Outlook subscribe to them: times are given in Asia/Ho_Chi_Minh with its
VTIMEZONE, each event keeps its UID for life (Event.uid), and SEQUENCE (grown on every save)
with LAST-MODIFIED lets a subscriber replace an updated event rather than add it again. Only
public events go out; a feed covers the past FEED_PAST_DAYS and everything ahead, at most
FEED_LIMIT events, so its cost does not grow with the schedule's history.
"""

from __future__ import annotations

import datetime
import zoneinfo

import icalendar
from django.conf import settings
from django.db.models import Prefetch
from django.utils import timezone

from news import seo as news_seo

from .models import Delegate, Event

PRODID = "-//HĐND//Lịch công tác//VI"
FEED_PAST_DAYS = 90
FEED_LIMIT = 1000
ZONE = "Asia/Ho_Chi_Minh"
CONTENT_TYPE = "text/calendar; charset=utf-8"


def feed_events(queryset=None, now=None):
    now = now or timezone.now()
    queryset = Event.objects.public() if queryset is None else queryset
    since = now - datetime.timedelta(days=FEED_PAST_DAYS)
    return list(
        queryset.filter(starts_at__gte=since)
        .select_related("session__term")
        .prefetch_related(
            Prefetch(
                "participants",
                queryset=Delegate.objects.public()
                .only("id", "full_name")
                .order_by("order", "sort_name"),
            )
        )
        .order_by("starts_at", "id")[:FEED_LIMIT]
    )


def _uid(event) -> str:
    # A bare UUID (RFC 7986): the same whichever address the feed was read at.
    return str(event.uid)


def _description(event) -> str:
    lines = []
    if event.host:
        lines.append(f"Chủ trì: {event.host}")
    names = [d.full_name for d in event.participants.all()]
    if names:
        lines.append("Đại biểu tham dự: " + ", ".join(names))
    if event.other_participants:
        lines.append(f"Thành phần: {event.other_participants}")
    if event.session_id:
        lines.append(f"Kỳ họp: {event.session.full_title}")
    if event.note:
        lines.append(event.note)
    return "\n".join(lines)


def calendar(events, name: str) -> bytes:
    zone = zoneinfo.ZoneInfo(ZONE)
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", ZONE)
    # Subscribers ask again about hourly (Outlook and Apple read this; Google has its own pace).
    cal.add("refresh-interval", icalendar.vDuration(datetime.timedelta(hours=1)))
    cal["refresh-interval"].params["VALUE"] = "DURATION"
    cal.add("x-published-ttl", "PT1H")
    cal.add_component(icalendar.Timezone.from_tzinfo(zone, tzid=ZONE))
    stamp = timezone.now()
    for event in events:
        item = icalendar.Event()
        item.add("uid", _uid(event))
        item.add("dtstamp", stamp)
        item.add("dtstart", event.starts_at.astimezone(zone))
        if event.ends_at:
            item.add("dtend", event.ends_at.astimezone(zone))
        item.add("summary", event.title)
        item.add("categories", [event.get_kind_display()])
        if event.place:
            item.add("location", event.place)
        description = _description(event)
        if description:
            item.add("description", description)
        item.add("url", news_seo.absolute_url(event.get_absolute_url()))
        item.add("sequence", event.sequence)
        item.add("created", event.created_at)
        item.add("last-modified", event.updated_at)
        item.add("status", "CONFIRMED")
        item.add("transp", "OPAQUE")
        cal.add_component(item)
    return cal.to_ical()


def feed_name(suffix: str = "") -> str:
    base = f"Lịch công tác – {settings.SITE_SHORT_NAME}"
    return f"{base}: {suffix}" if suffix else base
