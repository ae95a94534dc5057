"""How comments enter the moderation queue and leave it.

Every new comment waits as "pending" until staff approve it; only approved comments are public.
Banned words HOLD a comment rather than refuse it: the comment is saved as pending with the
words found recorded in flagged_words, so moderators see it marked in the queue, while the
sender gets the same answer as everyone else and learns nothing about the list. Refusing
outright would teach spammers which words to misspell and would throw away honest comments that
quote a word for a good reason.
"""

import logging
import re

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

from portal import audit, cache, text
from portal.reader_text import count_links

from . import impersonation
from .models import BannedWord, Comment

logger = logging.getLogger(__name__)

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
    warnings = impersonation.warnings_for(data["name"], data["title"])
    comment = Comment.objects.create(
        article=article,
        name=data["name"],
        phone=data.get("phone", ""),
        title=data["title"],
        content=data["content"],
        status=Comment.Status.PENDING,
        flagged_words=", ".join(flagged)[:255],
        warnings="; ".join(warnings)[:255],
        address_hash=address_hash,
        user_agent=text.squash_spaces(user_agent)[:USER_AGENT_MAX],
    )
    _tell_the_office(comment)
    return comment


def _tell_the_office(comment):
    """A reader's comment sends mail only when the operator asked for it (COMMENTS_NOTIFY_EMAIL)."""
    address = getattr(settings, "COMMENTS_NOTIFY_EMAIL", "")
    if not address:
        return

    def send():
        try:
            send_mail(
                f"Bình luận mới chờ duyệt: {comment.title}",
                f"{comment.name} vừa gửi bình luận về bài “{comment.article.title}”.\n\n"
                f"{comment.content}\n",
                None,
                [address],
            )
        except OSError:
            logger.exception("Could not send the new-comment notification")

    transaction.on_commit(send)


def flags(comment) -> list[str]:
    """Why a moderator should look twice: banned words, links, impersonation."""
    found = []
    if comment.flagged_words:
        found.append(f"Từ bị cấm: {comment.flagged_words}")
    links = count_links(comment.content)
    if links:
        found.append(f"Có {links} đường dẫn")
    if comment.warnings:
        found.extend(comment.warnings.split("; "))
    return found


# The per-row and bulk decisions: action -> (status, what the audit trail says).
DECISIONS = {
    "approve": (Comment.Status.APPROVED, "Duyệt bình luận"),
    "reject": (Comment.Status.REJECTED, "Từ chối bình luận"),
    "spam": (Comment.Status.SPAM, "Đánh dấu thư rác"),
}


def set_status(queryset, status, user):
    """Move the comments to a status, recording who did it and when. Returns how many moved."""
    with transaction.atomic():
        moving = list(queryset.exclude(status=status).only("pk", "title", "article"))
        count = Comment.objects.filter(pk__in=[c.pk for c in moving]).update(
            status=status, moderated_at=timezone.now(), moderated_by=user
        )
        label = next((label for s, label in DECISIONS.values() if s == status), status)
        audit.record_each(user, moving, label)
    # update() sends no signals.
    cache.changed(Comment, queryset.only("article", "status"))
    return count


def decide(comment, action, user):
    """One decision from the queue's row buttons; returns the comment as it now is."""
    status, _ = DECISIONS[action]
    set_status(Comment.objects.filter(pk=comment.pk), status, user)
    comment.refresh_from_db()
    return comment


def reply(comment, answer, user):
    """Save the office's answer written in the queue (an empty one removes it)."""
    previous = comment.reply
    comment.reply = answer
    record_reply(comment, previous, user)
    comment.save(update_fields=["reply", "replied_at", "replied_by"])
    if comment.reply != text.squash_spaces(previous):
        audit.record(user, comment, "Trả lời bình luận" if comment.reply else "Xoá trả lời")
    return comment


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
