from django.apps import AppConfig


class PollsConfig(AppConfig):
    name = "polls"
    verbose_name = "Bình chọn"

    def ready(self):
        from portal import cache, demo_registry

        from .models import WIDGET_CACHE, Choice, Poll

        # The poll widget is in the sidebar of every page.
        cache.on_change(Poll, keys=[WIDGET_CACHE], tags=lambda poll: [f"poll:{poll.pk}", "site"])
        cache.on_change(
            Choice, keys=[WIDGET_CACHE], tags=lambda choice: [f"poll:{choice.poll_id}", "site"]
        )

        demo_registry.register(self)
