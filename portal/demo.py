"""Demo gold prices and weather for the fictional city of Minh Giang (demo_data/widgets.json).

The figures are invented. Idempotent: a price is found by its kind, a report by its place.
"""

import json
from decimal import Decimal
from pathlib import Path

from . import widgets
from .models import GoldPrice, GoldPriceBoard, WeatherReport

DATA_FILE = Path(__file__).resolve().parent / "demo_data" / "widgets.json"


def data():
    return json.loads(DATA_FILE.read_text(encoding="utf-8"))


def load(stdout):
    content = data()
    gold_board = content["gold_board"]
    board, board_created = GoldPriceBoard.objects.get_or_create(
        title=gold_board["title"], defaults=gold_board
    )
    new_prices = 0
    for order, price in enumerate(content["gold_prices"], start=1):
        _, created = GoldPrice.objects.get_or_create(
            board=board,
            kind=price["kind"],
            defaults={"buy": price["buy"], "sell": price["sell"], "order": order},
        )
        new_prices += created
    # A demo started days after the last one would otherwise show no widgets at all; only the
    # time is refreshed, whatever figures are there stay as they are.
    refreshed = 0
    if not board_created and not widgets.is_fresh(board.updated_at, "gold"):
        board.save(update_fields=["updated_at"])
        refreshed += 1

    new_reports = 0
    for order, weather in enumerate(content["weather"], start=1):
        report, created = WeatherReport.objects.get_or_create(
            place=weather["place"],
            defaults={
                "temperature": Decimal(weather["temperature"]),
                "humidity": weather["humidity"],
                "description": weather["description"],
                "order": order,
            },
        )
        new_reports += created
        if not created and not widgets.is_fresh(report.updated_at, "weather"):
            report.save(update_fields=["updated_at"])
            refreshed += 1

    stdout.write(
        f"Tiện ích: {new_prices} giá vàng mới, {new_reports} bản tin thời tiết mới"
        f", {refreshed} mục được ghi lại thời gian cập nhật."
    )
