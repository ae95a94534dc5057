from django.apps import AppConfig


def article_tags(comment):
    """Approved comments and staff replies are part of their article's page. A comment still
    waiting for moderation is not (every new reader comment waits), so sending one leaves the
    cached page alone; approving, rejecting or deleting a moderated one forgets it."""
    if comment.status == comment.Status.PENDING:
        return []
    return [f"article:{comment.article_id}"]


class CommentsConfig(AppConfig):
    name = "comments"
    verbose_name = "Bình luận"

    def ready(self):
        from portal import cache, demo_registry

        from .models import Comment

        cache.on_change(Comment, tags=article_tags)

        demo_registry.register(self)
