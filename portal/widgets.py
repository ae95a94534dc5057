"""Data for the gold price and weather widgets: cached plain data, hidden once it is too old.

The cache holds what the database says (picklable dicts, shared by every app process through
Redis); freshness is judged each time a page is drawn, so a widget disappears on time even while
its data sits in the cache. Saving or deleting any widget row forgets it (portal.apps).
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db.models import Subquery
from django.utils import timezone

from .cache import Key
from .models import GoldPrice, GoldPriceBoard, WeatherReport

# Saves forget them at once; the timeout only bounds what a missed change can cost.
GOLD_CACHE = Key("portal:widget:gold", version=1, timeout=600)
WEATHER_CACHE = Key("portal:widget:weather", version=1, timeout=600)


def max_age(kind: str) -> dt.timedelta:
    return dt.timedelta(hours=settings.WIDGETS_MAX_AGE_HOURS[kind])


def is_fresh(updated_at: dt.datetime | None, kind: str, now: dt.datetime | None = None) -> bool:
    if updated_at is None:
        return False
    now = now or timezone.now()
    return now - updated_at <= max_age(kind)


def _load_gold_board() -> dict | None:
    """The rows of the most recently updated published board, in one query."""
    latest = GoldPriceBoard.objects.current().values("pk")
    rows = list(
        GoldPrice.objects.filter(board=Subquery(latest))
        .select_related("board")
        .order_by("order", "id")
    )
    if not rows:
        return None
    board = rows[0].board
    return {
        "title": board.title,
        "unit": board.unit,
        "source": board.source,
        "updated_at": board.updated_at,
        "rows": [{"kind": row.kind, "buy": row.buy, "sell": row.sell} for row in rows],
    }


def gold_board(now: dt.datetime | None = None) -> dict | None:
    """The gold price table to show, or None when there is none or it is too old."""
    cached = GOLD_CACHE.get()
    if cached is None:
        cached = {"board": _load_gold_board()}
        GOLD_CACHE.set(cached)
    board = cached["board"]
    if board is None or not is_fresh(board["updated_at"], "gold", now):
        return None
    return board


def _load_weather_reports() -> list[dict]:
    return [
        {
            "place": report.place,
            "temperature": report.temperature,
            # "28 °C" rather than "28,0 °C"; a tenth is shown only when there is one.
            "temperature_places": int(report.temperature % 1 != 0),
            "humidity": report.humidity,
            "description": report.description,
            "updated_at": report.updated_at,
        }
        for report in WeatherReport.objects.published().order_by("order", "place")
    ]


def weather_reports(now: dt.datetime | None = None) -> list[dict]:
    """Published weather reports that are recent enough to show (possibly none)."""
    reports = WEATHER_CACHE.get()
    if reports is None:
        reports = _load_weather_reports()
        WEATHER_CACHE.set(reports)
    now = now or timezone.now()
    return [report for report in reports if is_fresh(report["updated_at"], "weather", now)]
