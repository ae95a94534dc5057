from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Cổng thông tin"

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from . import cache, checks, demo_registry, sessions  # noqa: F401  (checks registers the deployment checks)

        # Staff sessions carry their start time for the absolute lifetime (portal.sessions).
        user_logged_in.connect(sessions.stamp_login, dispatch_uid="portal.sessions.stamp_login")
        from .models import GoldPrice, GoldPriceBoard, WeatherReport
        from .widgets import GOLD_CACHE, WEATHER_CACHE

        # The widgets are in the sidebar of every page.
        for model in (GoldPriceBoard, GoldPrice):
            cache.on_change(model, keys=[GOLD_CACHE], tags=lambda obj: ["site"])
        cache.on_change(WeatherReport, keys=[WEATHER_CACHE], tags=lambda obj: ["site"])
        demo_registry.register(self)
