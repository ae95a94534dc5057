"""Demo gold prices and weather for the fictional city of Minh Giang (figures invented)."""

from decimal import Decimal

from . import widgets
from .models import GoldPrice, GoldPriceBoard, WeatherReport

GOLD_BOARD = {
    "title": "Giá vàng",
    "unit": "nghìn đồng/lượng",
    "source": "Theo niêm yết của Công ty Vàng bạc Đá quý Minh Giang",
}
GOLD_PRICES = [
    ("Vàng miếng", 148_600, 150_600),
    ("Nhẫn trơn 9999", 145_300, 147_800),
    ("Vàng trang sức 24K", 143_900, 147_100),
    ("Vàng trang sức 18K", 105_200, 110_400),
]
WEATHER = [
    ("Trung tâm thành phố", Decimal("29.5"), 74, "Nắng nhẹ, chiều tối có mưa rào rải rác"),
    ("Khu vực ven sông Minh Giang", Decimal("28"), 82, "Nhiều mây, gió đông nam cấp 2–3"),
    ("Vùng đồi phía tây", Decimal("25.5"), 79, "Có mây, sáng sớm có sương mù nhẹ"),
]


def load(stdout):
    board, board_created = GoldPriceBoard.objects.get_or_create(
        title=GOLD_BOARD["title"], defaults=GOLD_BOARD
    )
    new_prices = 0
    for order, (kind, buy, sell) in enumerate(GOLD_PRICES, start=1):
        _, created = GoldPrice.objects.get_or_create(
            board=board, kind=kind, defaults={"buy": buy, "sell": sell, "order": order}
        )
        new_prices += created
    # A demo started days after the last one would otherwise show no widgets at all; only the
    # time is refreshed, whatever figures are there stay as they are.
    refreshed = 0
    if not board_created and not widgets.is_fresh(board.updated_at, "gold"):
        board.save(update_fields=["updated_at"])
        refreshed += 1

    new_reports = 0
    for order, (place, temperature, humidity, description) in enumerate(WEATHER, start=1):
        report, created = WeatherReport.objects.get_or_create(
            place=place,
            defaults={
                "temperature": temperature,
                "humidity": humidity,
                "description": description,
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
