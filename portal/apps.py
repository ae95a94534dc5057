from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Cổng thông tin"

    def ready(self):
        from . import checks, widgets  # noqa: F401  (checks registers the deployment checks)

        widgets.connect_signals()
