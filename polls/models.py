"""Polls, their choices and the readers' ballots.

One ballot per (poll, voter key) is a database unique constraint; the choices a ballot picked are
rows of their own. The tallies shown to readers are counters kept next to them (polls.tallies),
moved in the same transaction as each ballot, so they stay exact under concurrent votes.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords

from portal import text
from portal.cache import Key

# Cached sidebar data (plain dicts); forgotten whenever staff change a poll or its choices
# (polls.apps). The timeout is set per entry by polls.widget.
WIDGET_CACHE = Key("polls:widget", version=2, timeout=300)
# The next time a published poll opens or closes: cached pages end then (polls.widget).
NEXT_CHANGE_CACHE = Key("polls:next-change", version=1, timeout=300)


def _keep_counter(instance, counter, kwargs):
    """Save every field but the counter: polls.tallies moves it in the database, and writing
    back the value loaded with this instance would lose the ballots counted meanwhile."""
    if kwargs.get("update_fields") is None and not instance._state.adding:
        kwargs["update_fields"] = [
            f.name
            for f in instance._meta.concrete_fields
            if not f.primary_key and f.name != counter
        ]
    return kwargs


class PollQuerySet(models.QuerySet):
    def public(self):
        """Polls staff have published; the rest are invisible to readers."""
        return self.filter(is_active=True)

    def open(self, now=None):
        """Published polls that have started and not ended: the ones readers can vote in."""
        now = now or timezone.now()
        return self.public().filter(
            Q(ends_at__isnull=True) | Q(ends_at__gt=now), starts_at__lte=now
        )

    def ending_soon(self, days=7, now=None):
        """Open polls that end within the next ``days`` days."""
        now = now or timezone.now()
        return self.open(now).filter(ends_at__lte=now + datetime.timedelta(days=days))

    def closed(self, now=None):
        now = now or timezone.now()
        return self.public().filter(ends_at__isnull=False, ends_at__lte=now)

    def upcoming(self, now=None):
        now = now or timezone.now()
        return self.public().filter(starts_at__gt=now)

    def current(self, now=None):
        """The poll the sidebar shows: the most recently started open poll, or None."""
        return self.open(now).order_by("-starts_at", "-pk").first()


class Poll(models.Model):
    class ResultsVisibility(models.TextChoices):
        ALWAYS = "always", "Luôn hiển thị"
        AFTER_VOTE = "after_vote", "Sau khi người đọc bình chọn"
        AFTER_CLOSE = "after_close", "Sau khi cuộc bình chọn kết thúc"

    question = models.CharField("câu hỏi", max_length=255)
    description = models.TextField(
        "giới thiệu", blank=True, help_text="Vài dòng giải thích, hiển thị dưới câu hỏi."
    )
    starts_at = models.DateTimeField("bắt đầu lúc", default=timezone.now)
    ends_at = models.DateTimeField(
        "kết thúc lúc", null=True, blank=True, help_text="Để trống nếu chưa định ngày kết thúc."
    )
    is_active = models.BooleanField(
        "công khai",
        default=True,
        help_text="Bỏ chọn để ẩn cuộc bình chọn khỏi trang (kể cả phần lưu trữ).",
    )
    allows_multiple = models.BooleanField("cho chọn nhiều phương án", default=False)
    max_choices = models.PositiveSmallIntegerField(
        "số phương án tối đa",
        null=True,
        blank=True,
        help_text="Khi cho chọn nhiều: mỗi người được chọn tối đa bấy nhiêu phương án. "
        "Để trống nếu không giới hạn.",
    )
    results_visibility = models.CharField(
        "hiển thị kết quả",
        max_length=12,
        choices=ResultsVisibility.choices,
        default=ResultsVisibility.ALWAYS,
    )
    # Maintained by polls.tallies in the transaction that saves each ballot, so results cost
    # the same at a hundred ballots and at a hundred thousand.
    voter_count = models.PositiveIntegerField("số người bình chọn", default=0, editable=False)
    created_at = models.DateTimeField("tạo lúc", auto_now_add=True)
    updated_at = models.DateTimeField("sửa lúc", auto_now=True)

    objects = PollQuerySet.as_manager()
    # Revisions of what staff edit; the maintained tally is not an edit.
    history = HistoricalRecords(
        verbose_name="phiên bản cuộc bình chọn",
        verbose_name_plural="phiên bản cuộc bình chọn",
        excluded_fields=["voter_count"],
    )

    class Meta:
        verbose_name = "cuộc bình chọn"
        verbose_name_plural = "cuộc bình chọn"
        ordering = ["-starts_at", "-pk"]
        indexes = [models.Index(fields=["is_active", "-starts_at"], name="polls_poll_active_start")]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__isnull=True) | Q(ends_at__gt=F("starts_at")),
                name="polls_poll_ends_after_start",
                violation_error_message="Thời điểm kết thúc phải sau thời điểm bắt đầu.",
            ),
            models.CheckConstraint(
                condition=Q(max_choices__isnull=True) | Q(max_choices__gte=1),
                name="polls_poll_max_choices_positive",
                violation_error_message="Số phương án tối đa phải từ 1 trở lên.",
            ),
        ]

    def __str__(self):
        return self.question

    def save(self, *args, **kwargs):
        self.question = text.squash_spaces(self.question)
        self.description = text.squash_spaces(self.description)
        if not self.allows_multiple:
            self.max_choices = None
        super().save(*args, **_keep_counter(self, "voter_count", kwargs))

    def get_absolute_url(self):
        return reverse("polls:detail", kwargs={"pk": self.pk})

    def clean(self):
        if self.allows_multiple and self.max_choices is not None and self.max_choices < 2:
            raise ValidationError(
                {"max_choices": "Khi cho chọn nhiều, số phương án tối đa phải từ 2 trở lên."}
            )

    def get_results_url(self):
        return reverse("polls:results", kwargs={"pk": self.pk})

    def get_vote_url(self):
        return reverse("polls:vote", kwargs={"pk": self.pk})

    def get_ballot_url(self):
        """The voting page for readers without JavaScript (never cached)."""
        return reverse("polls:ballot", kwargs={"pk": self.pk})

    def get_start_url(self):
        """What polls.js fetches before a vote: the CSRF token and the voter key."""
        return reverse("polls:start", kwargs={"pk": self.pk})

    # --- state, computed from the fields alone (no queries) ------------------------------

    def has_started(self, now=None):
        return self.starts_at <= (now or timezone.now())

    def has_ended(self, now=None):
        return self.ends_at is not None and self.ends_at <= (now or timezone.now())

    def is_open(self, now=None):
        now = now or timezone.now()
        return self.is_active and self.has_started(now) and not self.has_ended(now)

    @property
    def status_label(self):
        if not self.is_active:
            return "Đang ẩn"
        if not self.has_started():
            return "Sắp diễn ra"
        if self.has_ended():
            return "Đã kết thúc"
        return "Đang diễn ra"

    def max_selectable(self, choice_count):
        """How many choices one ballot may hold, given the poll's number of choices."""
        if not self.allows_multiple:
            return 1
        if self.max_choices is None:
            return choice_count
        return min(self.max_choices, choice_count)

    def results_visible(self, has_voted, now=None):
        """Whether a reader may see the tallies now; everyone may once the poll has ended."""
        if self.results_visibility == self.ResultsVisibility.ALWAYS or self.has_ended(now):
            return True
        if self.results_visibility == self.ResultsVisibility.AFTER_VOTE:
            return has_voted
        return False


class Choice(models.Model):
    poll = models.ForeignKey(
        Poll, verbose_name="cuộc bình chọn", on_delete=models.CASCADE, related_name="choices"
    )
    text = models.CharField("phương án", max_length=255)
    order = models.PositiveSmallIntegerField("thứ tự", default=0)
    # Ballots that picked this choice, maintained with Poll.voter_count (polls.tallies).
    vote_count = models.PositiveIntegerField("số phiếu", default=0, editable=False)

    class Meta:
        verbose_name = "phương án"
        verbose_name_plural = "phương án"
        ordering = ["order", "pk"]
        indexes = [models.Index(fields=["poll", "order"], name="polls_choice_poll_order")]

    def __str__(self):
        return self.text

    def save(self, *args, **kwargs):
        self.text = text.squash_spaces(self.text)
        super().save(*args, **_keep_counter(self, "vote_count", kwargs))


class Ballot(models.Model):
    """One reader's vote in one poll. The voter key comes from a signed cookie."""

    poll = models.ForeignKey(
        Poll, verbose_name="cuộc bình chọn", on_delete=models.CASCADE, related_name="ballots"
    )
    # A random id from the reader's signed cookie; replaced by a non-identifying value once the
    # voter data is purged (purge_poll_voters), which keeps the pair unique.
    voter_key = models.CharField("mã người bình chọn", max_length=64)
    # Salted hash of the client address (portal.clients), never the address itself.
    address_hash = models.CharField("mã địa chỉ", max_length=64, blank=True)
    created_at = models.DateTimeField("bình chọn lúc", default=timezone.now, db_index=True)

    class Meta:
        verbose_name = "phiếu bình chọn"
        verbose_name_plural = "phiếu bình chọn"
        constraints = [
            models.UniqueConstraint(
                fields=["poll", "voter_key"],
                name="polls_one_ballot_per_voter",
                violation_error_message="Bạn đã bình chọn trong cuộc bình chọn này.",
            )
        ]

    def __str__(self):
        return f"Phiếu #{self.pk} ({timezone.localtime(self.created_at):%d/%m/%Y %H:%M})"


class BallotChoice(models.Model):
    """A choice picked on a ballot; single-choice ballots have one, multi-choice up to the max."""

    ballot = models.ForeignKey(Ballot, on_delete=models.CASCADE, related_name="picks")
    # RESTRICT: a choice with votes cannot be deleted on its own, only with its whole poll.
    choice = models.ForeignKey(Choice, on_delete=models.RESTRICT, related_name="picks")

    class Meta:
        verbose_name = "phương án đã chọn"
        verbose_name_plural = "phương án đã chọn"
        constraints = [
            models.UniqueConstraint(fields=["ballot", "choice"], name="polls_one_pick_per_choice")
        ]

    def __str__(self):
        return f"Phiếu #{self.ballot_id} chọn phương án #{self.choice_id}"
