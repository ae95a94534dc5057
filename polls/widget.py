"""The sidebar poll: the current poll and its choices as plain data, cached in the shared cache.

Cold, it costs two queries (the poll, its choices); warm, none. The cached value holds no HTML
and nothing about the reader (polls.js fetches the CSRF token). Staff edits forget it (apps.py);
it never outlives the end of its poll, and `next_change` (the clock of the cached pages) drops it
when a poll opens or closes, so with the page cache on a scheduled poll appears at its start;
without it, within POLLS_WIDGET_CACHE_SECONDS.
"""

import datetime
import math

from django.conf import settings
from django.utils import timezone

from portal import cache

from .models import NEXT_CHANGE_CACHE, WIDGET_CACHE, Poll


def _load(now):
    poll = Poll.objects.current(now)
    if poll is None:
        return None
    choices = [{"pk": pk, "text": label} for pk, label in poll.choices.values_list("pk", "text")]
    return {
        "pk": poll.pk,
        "question": poll.question,
        "allows_multiple": poll.allows_multiple,
        "max_choices": poll.max_choices,
        "max_selectable": poll.max_selectable(len(choices)),
        "ends_at": poll.ends_at,
        "vote_url": poll.get_vote_url(),
        "ballot_url": poll.get_ballot_url(),
        "start_url": poll.get_start_url(),
        "results_url": poll.get_results_url(),
        "choices": choices,
    }


def current_poll(now=None):
    """The sidebar's poll as a dict (None when no poll is open)."""
    now = now or timezone.now()
    cached = WIDGET_CACHE.get()
    # The entry says until when it holds: the shared cache may keep it a little longer.
    if cached is not None and cached["until"] > now:
        return cached["poll"]
    poll = _load(now)
    until = now + datetime.timedelta(seconds=settings.POLLS_WIDGET_CACHE_SECONDS)
    ends = [poll["ends_at"]] if poll and poll["ends_at"] is not None else []
    until = min([until, *ends])
    timeout = max(1, math.ceil((until - now).total_seconds()))
    WIDGET_CACHE.set({"poll": poll, "until": until}, timeout)
    return poll


def next_change():
    """The next time a published poll opens or closes (the sidebar and poll pages change then)."""
    now = timezone.now()

    def compute():
        polls = Poll.objects.public()
        times = [
            polls.filter(starts_at__gt=now).order_by("starts_at").values_list("starts_at").first(),
            polls.filter(ends_at__gt=now).order_by("ends_at").values_list("ends_at").first(),
        ]
        return min((row[0] for row in times if row), default=None)

    when = cache.remember(NEXT_CHANGE_CACHE, ["site"], compute)
    if when is not None and when <= now:
        # A poll just opened or closed: the sidebar's poll changes too.
        cache.forget(NEXT_CHANGE_CACHE, WIDGET_CACHE)
        when = cache.remember(NEXT_CHANGE_CACHE, ["site"], compute)
    return when
