from django.apps import AppConfig


class CommentsConfig(AppConfig):
    name = "comments"
    verbose_name = "Bình luận"

    def ready(self):
        from portal import cache, demo_registry

        from .models import Comment

        # Approved comments and staff replies are part of their article's page.
        cache.on_change(Comment, tags=lambda comment: [f"article:{comment.article_id}"])

        demo_registry.register(self)
