from django.apps import AppConfig


class PollsConfig(AppConfig):
    name = "polls"
    verbose_name = "Bình chọn"

    def ready(self):
        from portal import cache, demo_registry, page_cache

        from .models import WIDGET_CACHE, Choice, Poll
        from .widget import next_change

        # The poll widget is in the sidebar of every page.
        cache.on_change(Poll, keys=[WIDGET_CACHE], tags=lambda poll: [f"poll:{poll.pk}", "site"])
        cache.on_change(
            Choice, keys=[WIDGET_CACHE], tags=lambda choice: [f"poll:{choice.poll_id}", "site"]
        )

        # Cached pages end when a poll opens or closes.
        page_cache.register_clock(next_change)

        demo_registry.register(self)
