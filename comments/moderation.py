"""How comments enter the moderation queue and leave it.

Every new comment waits as "pending" until staff approve it; only approved comments are public.
Banned words HOLD a comment rather than refuse it: the comment is saved as pending with the
words found recorded in flagged_words, so moderators see it marked in the queue, while the
sender gets the same answer as everyone else and learns nothing about the list. Refusing
outright would teach spammers which words to misspell and would throw away honest comments that
quote a word for a good reason.
"""

import re

from django.utils import timezone

from portal import cache, text

from .models import BannedWord, Comment

USER_AGENT_MAX = 255

# The staff role that works the queue (created by migration 0002, which keeps its own copy).
MODERATOR_GROUP = "Kiểm duyệt bình luận"
MODERATOR_PERMISSIONS = [
    "view_comment",
    "change_comment",
    "delete_comment",
    "view_bannedword",
    "add_bannedword",
    "change_bannedword",
    "delete_bannedword",
]


def find_banned_words(*texts, words=None):
    """The banned words or phrases found as whole words in the texts (case-insensitive)."""
    if words is None:
        words = BannedWord.objects.values_list("word", flat=True)
    haystack = text.normalize("\n".join(texts)).lower()
    found = []
    for word in words:
        needle = text.normalize(word).strip().lower()
        # Whole words only: "cá độ" must not match inside "cá độc".
        if needle and re.search(rf"(?<![^\W_]){re.escape(needle)}(?![^\W_])", haystack):
            found.append(word)
    return found


def receive(article, data, *, address_hash, user_agent=""):
    """Save a reader's comment (already validated) as pending, held if it has banned words.

    address_hash is the sender's hashed address the view already used for its rate limit."""
    flagged = find_banned_words(data["name"], data["title"], data["content"])
    return Comment.objects.create(
        article=article,
        name=data["name"],
        phone=data.get("phone", ""),
        title=data["title"],
        content=data["content"],
        status=Comment.Status.PENDING,
        flagged_words=", ".join(flagged)[:255],
        address_hash=address_hash,
        user_agent=text.squash_spaces(user_agent)[:USER_AGENT_MAX],
    )


def set_status(queryset, status, user):
    """Move the comments to a status, recording who did it and when. Returns how many moved."""
    count = queryset.exclude(status=status).update(
        status=status, moderated_at=timezone.now(), moderated_by=user
    )
    # update() sends no signals.
    cache.changed(Comment, queryset.only("article", "status"))
    return count


def approve(queryset, user):
    return set_status(queryset, Comment.Status.APPROVED, user)


def reject(queryset, user):
    return set_status(queryset, Comment.Status.REJECTED, user)


def mark_spam(queryset, user):
    return set_status(queryset, Comment.Status.SPAM, user)


def record_status_change(comment, previous_status, user):
    """Stamp a status changed on the comment's own admin page."""
    if comment.status != previous_status:
        comment.moderated_at = timezone.now()
        comment.moderated_by = user


def record_reply(comment, previous_reply, user):
    """Stamp an official reply written, changed or removed on the comment's admin page."""
    comment.reply = text.squash_spaces(comment.reply)
    if comment.reply == text.squash_spaces(previous_reply):
        return
    if comment.reply:
        comment.replied_at = timezone.now()
        comment.replied_by = user
    else:
        comment.replied_at = None
        comment.replied_by = None


def pending_count():
    return Comment.objects.pending().count()
