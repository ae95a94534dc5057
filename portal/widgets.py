"""Data for the gold price and weather widgets: cached plain data, hidden once it is too old.

The cache holds what the database says (picklable dicts, shared by every app process through
Redis); freshness is judged each time a page is drawn, so a widget disappears on time even while
its data sits in the cache. Saving or deleting any widget row in the admin drops the cache.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import Subquery
from django.db.models.signals import post_delete, post_save
from django.utils import timezone

from .models import GoldPrice, GoldPriceBoard, WeatherReport

GOLD_CACHE_KEY = "portal:widget:gold:v1"
WEATHER_CACHE_KEY = "portal:widget:weather:v1"
# Saves drop the cache at once; the timeout only bounds what a missed invalidation can cost.
CACHE_TIMEOUT = 600


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
    cached = cache.get(GOLD_CACHE_KEY)
    if cached is None:
        cached = {"board": _load_gold_board()}
        cache.set(GOLD_CACHE_KEY, cached, CACHE_TIMEOUT)
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
    reports = cache.get(WEATHER_CACHE_KEY)
    if reports is None:
        reports = _load_weather_reports()
        cache.set(WEATHER_CACHE_KEY, reports, CACHE_TIMEOUT)
    now = now or timezone.now()
    return [report for report in reports if is_fresh(report["updated_at"], "weather", now)]


def _drop(key: str) -> None:
    cache.delete(key)
    # Again after commit: a page drawn mid-transaction could have cached the old rows meanwhile.
    transaction.on_commit(lambda: cache.delete(key))


def invalidate_gold(**kwargs) -> None:
    _drop(GOLD_CACHE_KEY)


def invalidate_weather(**kwargs) -> None:
    _drop(WEATHER_CACHE_KEY)


def connect_signals() -> None:
    """Drop the cached widgets whenever staff change their rows, however they do it."""
    for model in (GoldPriceBoard, GoldPrice):
        post_save.connect(
            invalidate_gold, sender=model, dispatch_uid=f"widgets-save-{model.__name__}"
        )
        post_delete.connect(
            invalidate_gold, sender=model, dispatch_uid=f"widgets-delete-{model.__name__}"
        )
    post_save.connect(invalidate_weather, sender=WeatherReport, dispatch_uid="widgets-save-weather")
    post_delete.connect(
        invalidate_weather, sender=WeatherReport, dispatch_uid="widgets-delete-weather"
    )
