from django.apps import AppConfig


class CommentsConfig(AppConfig):
    name = "comments"
    verbose_name = "Bình luận"

    def ready(self):
        from portal import demo_registry

        demo_registry.register(self)
