"""Voters' petitions ("Kiến nghị cử tri") and citizens' questions, with the agencies' answers.

A petition is raised at a voter meeting ("tiếp xúc cử tri") or a session and entered by a clerk,
or sent by a citizen through "Gửi câu hỏi, kiến nghị"; then it waits, unseen by readers, until
staff receive it (published, with or without an answer yet) or close it with a reason
(council.petition_decisions). Every petition has a reference code for "Tra cứu".

The sender's phone and e-mail are for the office only: no public page, feed or look-up shows
them, and `purge_petition_senders` blanks them after PETITIONS_SENDER_RETENTION_DAYS.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone

from portal import text
from portal.models import staff_member_field

from . import petition_codes
from .models import Document, Sector, Session, _NamedList

CODE_ATTEMPTS = 5


class Agency(_NamedList):
    """An agency: who must settle a petition, and who is questioned in session (UBND thành phố,
    Sở Tài chính, a ward's People's Committee…)."""

    class Meta(_NamedList.Meta):
        verbose_name = "cơ quan"
        verbose_name_plural = "cơ quan"


class PetitionQuerySet(models.QuerySet):
    def public(self):
        """What readers see: received by staff and not closed."""
        return self.filter(status__in=Petition.PUBLIC_STATUSES)

    def waiting(self):
        """Citizens' submissions staff have not decided on yet."""
        return self.filter(status=Petition.Status.SUBMITTED)

    def newest_first(self):
        return self.order_by("-raised_on", "-id")

    def for_lists(self):
        """The register shows the summary, field, agency, status and dates; never the sender."""
        return self.select_related("sector", "agency", "session").only(
            "id",
            "code",
            "kind",
            "title",
            "status",
            "origin",
            "raised_on",
            "answered_on",
            "resolved_on",
            "meeting_name",
            "sector__name",
            "sector__slug",
            "agency__name",
            "agency__slug",
            "session__number",
        )

    def status_counts(self) -> dict[str, int]:
        """{status: count} in one grouped query."""
        rows = self.order_by().values_list("status").annotate(count=Count("id"))
        return dict(rows)

    def with_sender_details(self):
        """Those still holding a phone, an e-mail, an address hash or a browser."""
        return self.filter(
            ~Q(sender_phone="") | ~Q(sender_email="") | ~Q(address_hash="") | ~Q(user_agent="")
        )


class Petition(models.Model):
    class Status(models.TextChoices):
        SUBMITTED = "submitted", "Chờ xem xét"
        RECEIVED = "received", "Đã tiếp nhận"
        IN_PROGRESS = "in_progress", "Đang giải quyết"
        ANSWERED = "answered", "Đã trả lời"
        RESOLVED = "resolved", "Đã giải quyết"
        CLOSED = "closed", "Đã đóng"

    class Kind(models.TextChoices):
        PETITION = "petition", "Kiến nghị"
        QUESTION = "question", "Câu hỏi"

    class Origin(models.TextChoices):
        VOTER_MEETING = "voter_meeting", "Tiếp xúc cử tri"
        SESSION = "session", "Kỳ họp"
        PORTAL = "portal", "Gửi qua Cổng thông tin"

    PUBLIC_STATUSES = (
        Status.RECEIVED,
        Status.IN_PROGRESS,
        Status.ANSWERED,
        Status.RESOLVED,
    )
    ANSWERED_STATUSES = (Status.ANSWERED, Status.RESOLVED)
    OPEN_STATUSES = (Status.SUBMITTED, Status.RECEIVED, Status.IN_PROGRESS)

    code = models.CharField("mã tra cứu", max_length=20, unique=True, editable=False)
    kind = models.CharField("loại", max_length=10, choices=Kind.choices, default=Kind.PETITION)
    title = models.CharField("tiêu đề", max_length=200)
    summary = models.TextField("nội dung kiến nghị")
    origin = models.CharField(
        "nơi nêu kiến nghị", max_length=15, choices=Origin.choices, default=Origin.VOTER_MEETING
    )
    session = models.ForeignKey(
        Session,
        verbose_name="kỳ họp",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="petitions",
        db_index=False,
        help_text="Kỳ họp nêu hoặc tổng hợp kiến nghị (nếu có).",
    )
    meeting_name = models.CharField(
        "hội nghị tiếp xúc cử tri",
        max_length=200,
        blank=True,
        help_text="Ví dụ: Tiếp xúc cử tri phường Hòa Bình trước Kỳ họp thứ Mười hai.",
    )
    meeting_on = models.DateField("ngày tiếp xúc cử tri", null=True, blank=True)
    raised_on = models.DateField("ngày tiếp nhận", default=timezone.localdate)
    year = models.PositiveSmallIntegerField("năm", editable=False)
    sector = models.ForeignKey(
        Sector,
        verbose_name="lĩnh vực",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        db_index=False,
    )
    agency = models.ForeignKey(
        Agency,
        verbose_name="cơ quan giải quyết",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        db_index=False,
    )
    status = models.CharField(
        "tình trạng", max_length=12, choices=Status.choices, default=Status.RECEIVED
    )
    answer = models.TextField(
        "nội dung trả lời",
        blank=True,
        help_text="Văn bản thuần; bắt buộc khi tình trạng là “Đã trả lời” hoặc “Đã giải quyết”.",
    )
    answer_document = models.ForeignKey(
        Document,
        verbose_name="văn bản trả lời",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="answered_petitions",
    )
    answered_on = models.DateField("ngày trả lời", null=True, blank=True)
    resolved_on = models.DateField("ngày giải quyết xong", null=True, blank=True)
    close_reason = models.TextField(
        "lý do đóng",
        blank=True,
        help_text="Người gửi đọc được lý do khi tra cứu bằng mã; bạn đọc khác không thấy.",
    )
    # The sender, for citizens' submissions: name and ward may be shown, contacts never.
    sender_name = models.CharField("họ tên người gửi", max_length=80, blank=True)
    sender_area = models.CharField("nơi cư trú (phường, xã)", max_length=120, blank=True)
    sender_phone = models.CharField(
        "số điện thoại người gửi",
        max_length=15,
        blank=True,
        help_text="Chỉ cán bộ xem được; không bao giờ công khai; tự xóa sau thời hạn lưu giữ.",
    )
    sender_email = models.EmailField(
        "e-mail người gửi",
        blank=True,
        help_text="Chỉ cán bộ xem được; không bao giờ công khai; tự xóa sau thời hạn lưu giữ.",
    )
    # A salted hash of the sender's address (portal.clients): to spot one sender sending many.
    address_hash = models.CharField("mã người gửi", max_length=64, blank=True, editable=False)
    user_agent = models.CharField("trình duyệt", max_length=255, blank=True, editable=False)
    created_at = models.DateTimeField("gửi lúc", auto_now_add=True)
    updated_at = models.DateTimeField("sửa lúc", auto_now=True)
    decided_at = models.DateTimeField("xử lý lúc", null=True, blank=True, editable=False)
    decided_by = staff_member_field("người xử lý")

    objects = PetitionQuerySet.as_manager()

    class Meta:
        verbose_name = "kiến nghị cử tri"
        verbose_name_plural = "kiến nghị cử tri"
        ordering = ["-raised_on", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status__in=["answered", "resolved"]) | ~Q(answer=""),
                name="council_petition_answered_has_answer",
                violation_error_message="Kiến nghị đã trả lời hoặc đã giải quyết phải có nội "
                "dung trả lời.",
            ),
            models.CheckConstraint(
                condition=~Q(status="closed") | ~Q(close_reason=""),
                name="council_petition_closed_has_reason",
                violation_error_message="Hãy ghi lý do đóng kiến nghị.",
            ),
        ]
        # The register lists newest first, filtered by one of these columns (or none); the
        # counts by status read the status index.
        indexes = [
            models.Index(fields=["status", "-raised_on", "-id"], name="council_pet_status"),
            models.Index(fields=["sector", "-raised_on", "-id"], name="council_pet_sector"),
            models.Index(fields=["agency", "-raised_on", "-id"], name="council_pet_agency"),
            models.Index(fields=["year", "-raised_on", "-id"], name="council_pet_year"),
            models.Index(fields=["session", "-raised_on", "-id"], name="council_pet_session"),
            models.Index(fields=["-raised_on", "-id"], name="council_pet_raised"),
            models.Index(fields=["created_at"], name="council_pet_created"),
        ]

    def __str__(self):
        return f"{self.code}: {self.title}" if self.code else self.title

    def save(self, *args, **kwargs):
        for name in ("title", "meeting_name", "sender_name", "sender_area"):
            setattr(self, name, text.squash_spaces(getattr(self, name)).replace("\n", " "))
        for name in ("summary", "answer", "close_reason"):
            setattr(self, name, text.squash_spaces(getattr(self, name)))
        self.year = self.raised_on.year
        if self.is_answered and self.answered_on is None:
            self.answered_on = timezone.localdate()
        if self.status == self.Status.RESOLVED and self.resolved_on is None:
            self.resolved_on = timezone.localdate()
        if self.code:
            return super().save(*args, **kwargs)
        # A new code; drawing one already taken is a one-in-a-trillion event, retried.
        for attempt in range(CODE_ATTEMPTS):
            self.code = petition_codes.new_code(self.raised_on.year)
            try:
                with transaction.atomic():
                    return super().save(*args, **kwargs)
            except IntegrityError:
                if (
                    attempt == CODE_ATTEMPTS - 1
                    or not Petition.objects.filter(code=self.code).exists()
                ):
                    raise
            finally:
                if self.pk is None:
                    self.code = ""

    def get_absolute_url(self):
        return reverse("council:petition_detail", args=[self.pk])

    @property
    def is_public(self):
        return self.status in self.PUBLIC_STATUSES

    @property
    def is_answered(self):
        return self.status in self.ANSWERED_STATUSES

    @property
    def raised_at(self):
        """Where it was raised, in words: the meeting, the session, or the portal."""
        if self.meeting_name:
            return self.meeting_name
        if self.session_id:
            return self.session.title
        return self.get_origin_display()

    def clean(self):
        errors = {}
        if self.status in self.ANSWERED_STATUSES and not text.squash_spaces(self.answer):
            errors["answer"] = "Hãy nhập nội dung trả lời trước khi chọn tình trạng này."
        if self.status == self.Status.CLOSED and not text.squash_spaces(self.close_reason):
            errors["close_reason"] = "Hãy ghi lý do đóng kiến nghị."
        if self.answered_on and self.raised_on and self.answered_on < self.raised_on:
            errors["answered_on"] = "Ngày trả lời không thể trước ngày tiếp nhận."
        if self.resolved_on and self.raised_on and self.resolved_on < self.raised_on:
            errors["resolved_on"] = "Ngày giải quyết xong không thể trước ngày tiếp nhận."
        if errors:
            raise ValidationError(errors)
