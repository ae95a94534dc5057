"""The sidebar poll: the current poll and its choices as plain data, cached in the shared cache.

Cold, it costs two queries (the poll, its choices); warm, none. The cached value holds no HTML,
so each page still renders its own CSRF token. Staff edits forget it (apps.py); a poll
that ends expires it (the timeout never outlives ends_at); a scheduled poll appears within
POLLS_WIDGET_CACHE_SECONDS of its start.
"""

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
    if cached is not None:
        poll = cached["poll"]
        if poll is None or poll["ends_at"] is None or poll["ends_at"] > now:
            return poll
    poll = _load(now)
    timeout = settings.POLLS_WIDGET_CACHE_SECONDS
    if poll and poll["ends_at"] is not None:
        timeout = max(1, min(timeout, math.ceil((poll["ends_at"] - now).total_seconds())))
    WIDGET_CACHE.set({"poll": poll}, timeout)
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
        cache.forget(NEXT_CHANGE_CACHE)
        when = cache.remember(NEXT_CHANGE_CACHE, ["site"], compute)
    return when
