import functools

from django import template
from django.urls import reverse

from portal.captcha import audio_available

from .. import moderation
from ..forms import CommentForm
from ..models import Comment

register = template.Library()

# Never phone numbers or address hashes: what the public section may read of a comment.
PUBLIC_FIELDS = ("id", "article_id", "name", "title", "content", "created_at", "reply")


@register.inclusion_tag("comments/section.html", takes_context=True)
def comments_section(context, article):
    """Approved comments under an article, oldest first, and the form: one query in all, and
    none while the section's remembered blocks are in the cache (a comment's approval or an
    edit of the article forgets them: both touch "article:<id>")."""
    comments = functools.cache(
        lambda: list(
            Comment.objects.approved().for_article(article).oldest_first().only(*PUBLIC_FIELDS)
        )
    )
    # The page may hand over the article's id beside a lazy article it never has to load.
    article_id = context.get("article_id") or article.pk
    return {
        "article": article,
        "article_id": article_id,
        "article_tag": f"article:{article_id}",
        "comments": comments,
        "count": lambda: len(comments()),
        "form": functools.cache(CommentForm),
        "audio_available": audio_available(),
        "is_preview": context.get("is_preview", False),
        # "Sent, waiting for moderation" after a post without JavaScript: drawn in the section,
        # where the redirect to #binh-luan lands, rather than at the top of the page; never kept.
        "messages": context.get("messages"),
    }


@register.inclusion_tag("admin/_todo_items.html", takes_context=True)
def pending_comments_todo(context):
    """On the admin home's to-do list: comments waiting, for those who may moderate."""
    request = context.get("request")
    if request is None or not request.user.has_perm("comments.change_comment"):
        return {"items": []}
    url = reverse("admin:comments_comment_changelist") + "?status__exact=pending"
    return {
        "items": [{"label": "bình luận chờ duyệt", "count": moderation.pending_count(), "url": url}]
    }
