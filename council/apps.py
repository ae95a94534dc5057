from django.apps import AppConfig


class CouncilConfig(AppConfig):
    name = "council"
    verbose_name = "Văn bản và kỳ họp"

    def ready(self):
        from . import sitemaps

        sitemaps.register()
