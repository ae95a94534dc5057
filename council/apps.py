from django.apps import AppConfig


class CouncilConfig(AppConfig):
    name = "council"
    verbose_name = "Văn bản và kỳ họp"

    def ready(self):
        from portal import demo_registry

        from . import caching, search, sitemaps

        caching.connect()
        caching.connect_people()
        # The office's pages and agency links: "Giới thiệu" and the pages themselves.
        from portal import cache

        from .models import InstitutionalPage, RelatedAgency

        for model in (InstitutionalPage, RelatedAgency):
            cache.on_change(model, tags=lambda obj: ["council:pages"])
        sitemaps.register()
        # Documents and sessions in the site search (news offers the registry).
        search.register_kinds()
        # After news in INSTALLED_APPS, so the demo articles exist to be linked.
        demo_registry.register(self)
