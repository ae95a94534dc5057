from django.apps import AppConfig


class PollsConfig(AppConfig):
    name = "polls"
    verbose_name = "Bình chọn"

    def ready(self):
        from portal import demo_registry

        demo_registry.register(self)
