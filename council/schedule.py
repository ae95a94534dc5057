"""The work schedule ("Lịch công tác"): weeks as offices publish them (Monday to Sunday,
morning and afternoon), months, and the day's events, all in Asia/Ho_Chi_Minh.

Weeks are addressed by ISO week ("2026-W49"), months by "2026-12"; anything else in the address
is answered with a Vietnamese message and a 404, never an error page.
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.urls import reverse
from django.utils import timezone

from portal.formats import WEEKDAYS

from .models import Delegate, Event

_WEEK_RE = re.compile(r"^(\d{4})-W(\d{2})$", re.ASCII)
_MONTH_RE = re.compile(r"^(\d{4})-(\d{2})$", re.ASCII)
FIRST_YEAR, LAST_YEAR = 1990, 2100
# Events starting at noon or later are in the afternoon column (evenings included).
AFTERNOON_FROM = datetime.time(12, 0)
PARTS = (("morning", "Sáng"), ("afternoon", "Chiều"))
MONTH_EVENTS_LIMIT = 400


class BadAddress(ValueError):
    """A week or month in the address that is no week or month; the message is for readers."""


def week_label(monday: datetime.date) -> str:
    return f"{monday.isocalendar().week:02d}"


def week_key(day: datetime.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def monday_of(day: datetime.date) -> datetime.date:
    return day - datetime.timedelta(days=day.weekday())


def parse_week(raw: str) -> datetime.date:
    """The Monday of "2026-W49"."""
    match = _WEEK_RE.match(raw or "")
    if match:
        year, week = int(match[1]), int(match[2])
        if FIRST_YEAR <= year <= LAST_YEAR:
            try:
                return datetime.date.fromisocalendar(year, week, 1)
            except ValueError:
                pass
    raise BadAddress(
        f"“{raw[:40]}” không phải một tuần. Địa chỉ của lịch tuần có dạng năm-W số tuần, "
        "ví dụ 2026-W49."
    )


def parse_month(raw: str) -> datetime.date:
    """The first day of "2026-12"."""
    match = _MONTH_RE.match(raw or "")
    if match:
        year, month = int(match[1]), int(match[2])
        if FIRST_YEAR <= year <= LAST_YEAR and 1 <= month <= 12:
            return datetime.date(year, month, 1)
    raise BadAddress(
        f"“{raw[:40]}” không phải một tháng. Địa chỉ của lịch tháng có dạng năm-tháng, "
        "ví dụ 2026-12."
    )


def week_url(day: datetime.date, printing=False) -> str:
    name = "council:schedule_week_print" if printing else "council:schedule_week"
    return reverse(name, kwargs={"week": week_key(day)})


def month_url(day: datetime.date) -> str:
    return reverse("council:schedule_month", kwargs={"month": f"{day.year}-{day.month:02d}"})


def _bounds(first: datetime.date, last: datetime.date):
    """Aware datetimes from the start of first to the end of last, in the local zone."""
    zone = timezone.get_current_timezone()
    start = datetime.datetime.combine(first, datetime.time.min, tzinfo=zone)
    end = datetime.datetime.combine(
        last + datetime.timedelta(days=1), datetime.time.min, tzinfo=zone
    )
    return start, end


def public_events(first: datetime.date, last: datetime.date, limit=None):
    """Public events overlapping the days, with their delegates and session: three queries."""
    start, end = _bounds(first, last)
    queryset = (
        Event.objects.public()
        .between(start, end)
        .select_related("session__term")
        .prefetch_related(
            Prefetch(
                "participants",
                queryset=Delegate.objects.public()
                .only("id", "full_name", "slug")
                .order_by("order", "sort_name"),
            )
        )
        .chronological()
    )
    return list(queryset[:limit] if limit else queryset)


def _local(value):
    return timezone.localtime(value)


def days_of(event) -> list[datetime.date]:
    """The local days an event covers (a three-day session is on each)."""
    first = _local(event.starts_at).date()
    last = _local(event.ends_at).date() if event.ends_at else first
    if last < first:
        last = first
    return [first + datetime.timedelta(days=n) for n in range((last - first).days + 1)]


def part_of(event, day) -> str:
    """Morning or afternoon of that day: by the start time on the first day, else morning."""
    start = _local(event.starts_at)
    if start.date() == day and start.time() >= AFTERNOON_FROM:
        return "afternoon"
    return "morning"


@dataclass
class Day:
    date: datetime.date
    is_today: bool
    parts: dict = field(default_factory=dict)  # "morning"/"afternoon" -> [events]
    events: list = field(default_factory=list)

    @property
    def weekday(self) -> str:
        return WEEKDAYS[self.date.weekday()]

    @property
    def cells(self):
        """(part, label, events) for the week's morning and afternoon columns."""
        return [(key, label, self.parts.get(key, [])) for key, label in PARTS]

    @property
    def week_url(self) -> str:
        return week_url(self.date)

    @property
    def anchor(self) -> str:
        return f"ngay-{self.date:%d-%m}"


@dataclass
class Week:
    monday: datetime.date
    days: list
    previous: datetime.date
    next: datetime.date
    event_count: int

    @property
    def sunday(self):
        return self.monday + datetime.timedelta(days=6)

    @property
    def number(self):
        return self.monday.isocalendar().week

    @property
    def key(self):
        return week_key(self.monday)


def week(monday: datetime.date, today=None) -> Week:
    today = today or timezone.localdate()
    sunday = monday + datetime.timedelta(days=6)
    events = public_events(monday, sunday)
    days = []
    for n in range(7):
        date = monday + datetime.timedelta(days=n)
        days.append(Day(date, date == today, {key: [] for key, _ in PARTS}))
    for event in events:
        for date in days_of(event):
            if monday <= date <= sunday:
                day = days[(date - monday).days]
                day.parts[part_of(event, date)].append(event)
                day.events.append(event)
    return Week(
        monday,
        days,
        monday - datetime.timedelta(days=7),
        monday + datetime.timedelta(days=7),
        len(events),
    )


@dataclass
class Month:
    first: datetime.date
    weeks: list  # lists of seven Day (None outside the month)
    previous: datetime.date
    next: datetime.date
    event_count: int
    truncated: bool


def month(first: datetime.date, today=None) -> Month:
    today = today or timezone.localdate()
    last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    events = public_events(first, last, limit=MONTH_EVENTS_LIMIT + 1)
    truncated = len(events) > MONTH_EVENTS_LIMIT
    events = events[:MONTH_EVENTS_LIMIT]
    by_date: dict[datetime.date, Day] = {}
    weeks = []
    for row in calendar.Calendar(firstweekday=0).monthdatescalendar(first.year, first.month):
        cells = []
        for date in row:
            if date.month != first.month:
                cells.append(None)
                continue
            day = Day(date, date == today, {key: [] for key, _ in PARTS})
            by_date[date] = day
            cells.append(day)
        weeks.append(cells)
    for event in events:
        for date in days_of(event):
            if date in by_date:
                by_date[date].events.append(event)
    previous = (first - datetime.timedelta(days=1)).replace(day=1)
    return Month(first, weeks, previous, last + datetime.timedelta(days=1), len(events), truncated)


def today_events(today=None):
    """Public events of today, as plain values (the home page's block caches them)."""
    today = today or timezone.localdate()
    rows = []
    for event in public_events(today, today):
        start = _local(event.starts_at)
        rows.append(
            {
                "id": event.pk,
                "title": event.title,
                "kind": event.get_kind_display(),
                "time": start.strftime("%H:%M") if start.date() == today else "",
                "place": event.place,
                "host": event.host,
            }
        )
    return rows
