from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Cổng thông tin"

    def ready(self):
        from . import checks, demo_registry, widgets  # noqa: F401  (checks registers deployment checks)

        widgets.connect_signals()
        demo_registry.register(self)
