from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Cổng thông tin"

    def ready(self):
        from . import cache, checks, demo_registry  # noqa: F401  (checks registers the deployment checks)
        from .models import GoldPrice, GoldPriceBoard, WeatherReport
        from .widgets import GOLD_CACHE, WEATHER_CACHE

        # The widgets are in the sidebar of every page.
        for model in (GoldPriceBoard, GoldPrice):
            cache.on_change(model, keys=[GOLD_CACHE], tags=lambda obj: ["site"])
        cache.on_change(WeatherReport, keys=[WEATHER_CACHE], tags=lambda obj: ["site"])
        demo_registry.register(self)
