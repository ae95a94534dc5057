"""Factories for the sidebar widgets staff keep up to date."""

from decimal import Decimal

import factory

from portal.models import GoldPrice, GoldPriceBoard, WeatherReport


class GoldPriceBoardFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = GoldPriceBoard

    title = "Giá vàng"
    unit = "nghìn đồng/lượng"
    source = "Theo niêm yết của Công ty Vàng bạc Minh Giang"


class GoldPriceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = GoldPrice

    board = factory.SubFactory(GoldPriceBoardFactory)
    kind = factory.Sequence(lambda n: f"Vàng loại {n}")
    buy = 148_600
    sell = 150_600
    order = factory.Sequence(lambda n: n)


class WeatherReportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = WeatherReport

    place = factory.Sequence(lambda n: f"Phường số {n}")
    temperature = Decimal("29.5")
    humidity = 74
    description = "Nắng nhẹ, chiều tối có mưa rào"
    order = factory.Sequence(lambda n: n)
