"""The council's records: documents ("Văn bản") with their files, terms, sessions and agendas."""

from __future__ import annotations

import datetime
import uuid

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from news.models import Article, Category
from portal import text
from portal.models import staff_member_field

from . import caching, files, numbers, ordinals, storage, video

# Documents keep at most this much text from their files for search (a long budget report is
# still found by its first hundred pages).
SEARCH_TEXT_LIMIT = 200_000


class OrderedNameQuerySet(models.QuerySet):
    def in_order(self):
        return self.order_by("order", "name")


class _NamedList(models.Model):
    """An editable list entry (kinds, fields, issuing bodies): a name, an address, an order."""

    name = models.CharField("tên", max_length=150)
    slug = models.SlugField(
        "đường dẫn",
        max_length=160,
        unique=True,
        blank=True,
        help_text="Chữ không dấu, số và dấu gạch ngang. Để trống để tạo từ tên.",
    )
    order = models.PositiveIntegerField("thứ tự", default=0)

    objects = OrderedNameQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["order", "name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.name = text.squash_spaces(self.name)
        self.slug = text.slugify(self.slug or self.name, max_length=160) or "muc"
        super().save(*args, **kwargs)


class DocumentKind(_NamedList):
    """Nghị quyết, Quyết định, Kế hoạch, … (staff may add more)."""

    abbreviation = models.CharField(
        "ký hiệu viết tắt", max_length=12, blank=True, help_text="Ví dụ: NQ, QĐ, KH, CTr, BC."
    )
    is_legal_act = models.BooleanField(
        "là văn bản quy phạm/quyết định",
        default=False,
        help_text="Nghị quyết, quyết định: được mô tả cho công cụ tìm kiếm là văn bản pháp luật.",
    )

    class Meta(_NamedList.Meta):
        verbose_name = "loại văn bản"
        verbose_name_plural = "loại văn bản"

    def get_absolute_url(self):
        return reverse("council:document_list") + f"?loai={self.slug}"


class Sector(_NamedList):
    """A field of work ("lĩnh vực"): Ngân sách, Giáo dục, Đô thị, …"""

    class Meta(_NamedList.Meta):
        verbose_name = "lĩnh vực"
        verbose_name_plural = "lĩnh vực"


class IssuingBody(_NamedList):
    """Who issued a document: HĐND thành phố, Thường trực HĐND, the committees, …"""

    class Meta(_NamedList.Meta):
        verbose_name = "cơ quan ban hành"
        verbose_name_plural = "cơ quan ban hành"


class Term(models.Model):
    """A council term ("khóa"), e.g. Khóa XI, nhiệm kỳ 2021–2026."""

    name = models.CharField("khóa", max_length=40, help_text="Ví dụ: Khóa XI.")
    start_year = models.PositiveSmallIntegerField("năm bắt đầu nhiệm kỳ")
    end_year = models.PositiveSmallIntegerField("năm kết thúc nhiệm kỳ")
    slug = models.SlugField("đường dẫn", max_length=60, unique=True, blank=True)

    class Meta:
        verbose_name = "khóa (nhiệm kỳ)"
        verbose_name_plural = "khóa (nhiệm kỳ)"
        ordering = ["-start_year"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_year__gte=models.F("start_year")), name="council_term_years"
            )
        ]

    def __str__(self):
        return f"{self.name}, nhiệm kỳ {self.years}"

    def save(self, *args, **kwargs):
        self.name = text.squash_spaces(self.name)
        self.slug = text.slugify(self.slug or self.name, max_length=60) or "khoa"
        super().save(*args, **kwargs)

    @property
    def years(self):
        return f"{self.start_year}–{self.end_year}"

    @property
    def name_in_sentence(self):
        """ "khóa XI": the first letter lowered, the numeral kept."""
        return self.name[:1].lower() + self.name[1:]

    def clean(self):
        if self.start_year and self.end_year and self.end_year < self.start_year:
            raise ValidationError({"end_year": "Năm kết thúc không thể trước năm bắt đầu."})


class SessionQuerySet(models.QuerySet):
    def upcoming(self, today=None):
        return self.filter(starts_on__gt=today or timezone.localdate())

    def ongoing(self, today=None):
        today = today or timezone.localdate()
        return self.filter(starts_on__lte=today, ends_on__gte=today)

    def closed(self, today=None):
        return self.filter(ends_on__lt=today or timezone.localdate())

    def not_closed(self, today=None):
        """Scheduled or under way: what the home page announces, soonest first."""
        return self.filter(ends_on__gte=today or timezone.localdate()).order_by("starts_on", "id")

    def newest_first(self):
        return self.order_by("-starts_on", "-id")


class Session(models.Model):
    class Kind(models.TextChoices):
        REGULAR = "regular", "Thường lệ"
        THEMATIC = "thematic", "Chuyên đề"
        EXTRAORDINARY = "extraordinary", "Bất thường"

    class Status(models.TextChoices):
        UPCOMING = "upcoming", "Sắp diễn ra"
        ONGOING = "ongoing", "Đang diễn ra"
        CLOSED = "closed", "Đã bế mạc"

    term = models.ForeignKey(
        Term, verbose_name="khóa", on_delete=models.PROTECT, related_name="sessions"
    )
    number = models.PositiveSmallIntegerField(
        "kỳ họp thứ", help_text="Số thứ tự trong khóa: 12 cho “Kỳ họp thứ Mười hai”."
    )
    kind = models.CharField("loại kỳ họp", max_length=16, choices=Kind.choices)
    starts_on = models.DateField("ngày khai mạc")
    ends_on = models.DateField("ngày bế mạc")
    place = models.CharField("địa điểm", max_length=255, blank=True)
    summary = models.TextField("tóm tắt", blank=True)
    video_url = models.URLField(
        "video hoặc phát trực tiếp",
        max_length=500,
        blank=True,
        validators=[video.validate_video_url],
        help_text="Đường dẫn YouTube hoặc Facebook. Trình phát chỉ được tải khi bạn đọc bấm xem.",
    )
    news_category = models.ForeignKey(
        Category,
        verbose_name="chuyên mục tin của kỳ họp",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="Các bài của chuyên mục này đăng trong thời gian kỳ họp (và một tuần trước, "
        "sau) được hiện ở trang kỳ họp.",
    )
    articles = models.ManyToManyField(
        Article, verbose_name="bài viết liên quan", blank=True, related_name="council_sessions"
    )
    slug = models.SlugField("đường dẫn", max_length=120, unique=True, blank=True, editable=False)
    search_folded = models.TextField(blank=True, editable=False)
    created_at = models.DateTimeField("tạo lúc", auto_now_add=True)
    updated_at = models.DateTimeField("sửa lúc", auto_now=True)

    objects = SessionQuerySet.as_manager()

    # Articles published this long before the opening or after the closing count as its news.
    NEWS_WINDOW = datetime.timedelta(days=7)

    class Meta:
        verbose_name = "kỳ họp"
        verbose_name_plural = "kỳ họp"
        ordering = ["-starts_on", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["term", "number"], name="council_session_number"),
            models.CheckConstraint(
                condition=Q(ends_on__gte=models.F("starts_on")), name="council_session_dates"
            ),
        ]
        indexes = [models.Index(fields=["ends_on", "starts_on"], name="council_ses_dates")]

    def __str__(self):
        return f"{self.title} ({self.term.name})"

    def save(self, *args, **kwargs):
        self.place = text.squash_spaces(self.place)
        self.summary = text.normalize(self.summary).strip()
        self.video_url = (self.video_url or "").strip()
        self.slug = text.slugify(f"{self.term.slug} ky hop thu {self.number}", max_length=120)
        self.search_folded = text.fold(self.search_text())
        super().save(*args, **kwargs)
        # Documents carry their session's name in their search text.
        for document in self.documents.select_related("kind", "issuing_body", "sector"):
            document.refresh_search_text()

    def get_absolute_url(self):
        return reverse("council:session_detail", kwargs={"slug": self.slug})

    @property
    def ordinal(self):
        return ordinals.ordinal_words(self.number)

    @property
    def title(self):
        return f"Kỳ họp thứ {self.ordinal}"

    @property
    def full_title(self):
        return f"{self.title}, HĐND {self.term.name_in_sentence}"

    def status_on(self, today=None):
        today = today or timezone.localdate()
        if self.starts_on > today:
            return self.Status.UPCOMING
        if self.ends_on < today:
            return self.Status.CLOSED
        return self.Status.ONGOING

    @property
    def status(self):
        return self.status_on()

    @property
    def status_label(self):
        return self.Status(self.status).label

    @property
    def video(self):
        return video.parse(self.video_url)

    def clean(self):
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": "Ngày bế mạc không thể trước ngày khai mạc."})

    def search_text(self):
        """Both ways readers write a session: "Kỳ họp thứ Mười hai" and "kỳ họp (thứ) 12"."""
        return " ".join(
            [
                self.title,
                f"Kỳ họp thứ {self.number}",
                f"kỳ họp {self.number}",
                self.term.name,
                self.get_kind_display(),
                self.place,
                self.summary,
            ]
        )


class AgendaItem(models.Model):
    """One item of a session's programme ("Chương trình kỳ họp"), in day and time order."""

    session = models.ForeignKey(
        Session, verbose_name="kỳ họp", on_delete=models.CASCADE, related_name="agenda_items"
    )
    day = models.DateField("ngày")
    starts_at = models.TimeField("giờ bắt đầu", null=True, blank=True)
    order = models.PositiveSmallIntegerField("thứ tự trong ngày", default=0)
    title = models.CharField("nội dung", max_length=500)
    presenter = models.CharField(
        "người trình bày", max_length=255, blank=True, help_text="Ví dụ: Giám đốc Sở Tài chính."
    )
    documents = models.ManyToManyField(
        "Document",
        verbose_name="tài liệu",
        blank=True,
        related_name="agenda_items",
        help_text="Tờ trình, báo cáo thẩm tra, dự thảo nghị quyết của nội dung này.",
    )

    class Meta:
        verbose_name = "nội dung chương trình"
        verbose_name_plural = "chương trình kỳ họp"
        ordering = ["day", "starts_at", "order", "id"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.title = text.squash_spaces(self.title)
        self.presenter = text.squash_spaces(self.presenter)
        super().save(*args, **kwargs)

    def clean(self):
        session = getattr(self, "session", None)
        if (
            session
            and self.day
            and session.starts_on
            and session.ends_on
            and not session.starts_on <= self.day <= session.ends_on
        ):
            raise ValidationError({"day": "Ngày của nội dung phải nằm trong thời gian kỳ họp."})


class DocumentQuerySet(models.QuerySet):
    def public(self):
        return self.filter(is_published=True)

    def newest_first(self):
        return self.order_by("-issued_on", "-id")

    def for_lists(self):
        """Lists show the number, kind, date and summary: never the search text."""
        return self.select_related("kind", "issuing_body").defer("search_folded")

    def adopted(self):
        """Resolutions adopted (not drafts)."""
        return self.exclude(status=Document.Status.DRAFT)


class Document(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Dự thảo"
        IN_FORCE = "in_force", "Còn hiệu lực"
        AMENDED = "amended", "Bị sửa đổi, bổ sung"
        REPLACED = "replaced", "Bị thay thế"
        EXPIRED = "expired", "Hết hiệu lực"

    # The foreign keys below need no index of their own: each leads one in Meta.indexes.
    kind = models.ForeignKey(
        DocumentKind,
        verbose_name="loại văn bản",
        on_delete=models.PROTECT,
        related_name="+",
        db_index=False,
    )
    number = models.CharField(
        "số, ký hiệu",
        max_length=numbers.MAX_LENGTH,
        blank=True,
        help_text=f"Như trên văn bản, ví dụ: {numbers.EXAMPLE}. Dự thảo có thể để trống.",
    )
    number_key = models.CharField(max_length=numbers.MAX_LENGTH, blank=True, editable=False)
    issuing_body = models.ForeignKey(
        IssuingBody,
        verbose_name="cơ quan ban hành",
        on_delete=models.PROTECT,
        related_name="+",
        db_index=False,
    )
    signer = models.CharField("người ký", max_length=150, blank=True)
    signer_position = models.CharField(
        "chức vụ người ký", max_length=150, blank=True, help_text="Ví dụ: Chủ tịch HĐND."
    )
    issued_on = models.DateField("ngày ban hành")
    effective_on = models.DateField("ngày có hiệu lực", null=True, blank=True)
    year = models.PositiveSmallIntegerField("năm", editable=False, db_index=False)
    sector = models.ForeignKey(
        Sector,
        verbose_name="lĩnh vực",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        db_index=False,
    )
    summary = models.TextField("trích yếu")
    status = models.CharField(
        "tình trạng hiệu lực", max_length=12, choices=Status.choices, default=Status.IN_FORCE
    )
    session = models.ForeignKey(
        Session,
        verbose_name="kỳ họp thông qua / xem xét",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="documents",
        db_index=False,
    )
    articles = models.ManyToManyField(
        Article, verbose_name="bài viết liên quan", blank=True, related_name="council_documents"
    )
    is_published = models.BooleanField(
        "hiện trên cổng thông tin", default=True, help_text="Bỏ chọn để tạm ẩn với bạn đọc."
    )
    slug = models.SlugField("đường dẫn", max_length=200, unique=True, blank=True, editable=False)
    search_folded = models.TextField(blank=True, editable=False)
    created_by = staff_member_field("người tạo")
    updated_by = staff_member_field("người sửa cuối")
    created_at = models.DateTimeField("tạo lúc", auto_now_add=True)
    updated_at = models.DateTimeField("sửa lúc", auto_now=True)

    objects = DocumentQuerySet.as_manager()

    class Meta:
        verbose_name = "văn bản"
        verbose_name_plural = "văn bản"
        ordering = ["-issued_on", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["issuing_body", "year", "number_key"],
                condition=~Q(number_key=""),
                name="council_doc_number_unique",
                violation_error_message="Cơ quan này đã có văn bản cùng số, ký hiệu trong năm.",
            ),
            models.CheckConstraint(
                condition=Q(status="draft") | ~Q(number_key=""),
                name="council_doc_number_required",
                violation_error_message="Văn bản đã ban hành phải có số, ký hiệu.",
            ),
            models.CheckConstraint(
                condition=Q(effective_on__isnull=True) | Q(effective_on__gte=models.F("issued_on")),
                name="council_doc_effective_after_issue",
                violation_error_message="Ngày có hiệu lực không thể trước ngày ban hành.",
            ),
        ]
        # The register lists newest first, filtered by one of these columns (or none).
        indexes = [
            # Unfiltered: walked newest first, skipping the few hidden documents.
            models.Index(fields=["-issued_on", "-id"], name="council_doc_issued"),
            models.Index(fields=["kind", "-issued_on", "-id"], name="council_doc_kind"),
            models.Index(fields=["year", "-issued_on", "-id"], name="council_doc_year"),
            models.Index(fields=["sector", "-issued_on", "-id"], name="council_doc_sector"),
            models.Index(fields=["issuing_body", "-issued_on", "-id"], name="council_doc_body"),
            models.Index(fields=["status", "-issued_on", "-id"], name="council_doc_status"),
            models.Index(fields=["session", "kind"], name="council_doc_session"),
            models.Index(fields=["number_key"], name="council_doc_number_key"),
            # The feeds list the newest additions.
            models.Index(fields=["-created_at", "-id"], name="council_doc_created"),
            models.Index(fields=["kind", "-created_at", "-id"], name="council_doc_kind_created"),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self._derive()
        self.signer = text.squash_spaces(self.signer)
        self.signer_position = text.squash_spaces(self.signer_position)
        self.summary = text.normalize(self.summary).strip()
        with transaction.atomic():
            self.slug = self._unique_slug()
            self.search_folded = self.build_search_text()
            super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("council:document_detail", kwargs={"slug": self.slug})

    def delete(self, *args, **kwargs):
        stored = list(self.files.all())
        result = super().delete(*args, **kwargs)
        for document_file in stored:
            transaction.on_commit(document_file.remove_stored)
        return result

    @property
    def title(self):
        """ "Nghị quyết số 15/2023/NQ-HĐND" (or "Dự thảo nghị quyết" without a number)."""
        if self.number:
            return f"{self.kind.name} số {self.number}"
        return f"Dự thảo {self.kind.name[:1].lower()}{self.kind.name[1:]}"

    @property
    def is_draft(self):
        return self.status == self.Status.DRAFT

    def clean(self):
        errors = {}
        if self.number:
            try:
                self.number = numbers.validate(
                    self.number, self.issued_on.year if self.issued_on else None
                )
            except ValidationError as exc:
                errors["number"] = exc
        elif self.status != self.Status.DRAFT:
            errors["number"] = ValidationError(
                "Hãy nhập số, ký hiệu (chỉ dự thảo mới được để trống).", code="number_required"
            )
        if self.issued_on and self.effective_on and self.effective_on < self.issued_on:
            errors["effective_on"] = ValidationError(
                "Ngày có hiệu lực không thể trước ngày ban hành.", code="effective_before_issue"
            )
        if errors:
            raise ValidationError(errors)

    def validate_constraints(self, exclude=None):
        # number_key and year are derived on save; derive them first so the unique rule is
        # checked in the form with a Vietnamese message rather than by the database.
        self._derive()
        exclude = set(exclude or ()) - {"number_key", "year"}
        if "number" in exclude:
            exclude |= {"number_key"}
        super().validate_constraints(exclude=exclude)

    def _derive(self):
        self.number = numbers.normalize(self.number)
        self.number_key = numbers.number_key(self.number)
        if self.issued_on:
            self.year = self.issued_on.year

    def build_search_text(self, file_texts=None):
        if file_texts is None:
            file_texts = [] if self.pk is None else list(self.files.values_list("text", flat=True))
        parts = [
            self.kind.name,
            self.number,
            self.summary,
            self.issuing_body.name,
            self.signer,
            self.signer_position,
            self.sector.name if self.sector_id else "",
            self.session.search_text() if self.session_id else "",
        ]
        body = " ".join(t for t in file_texts if t)[:SEARCH_TEXT_LIMIT]
        return text.fold(" ".join(p for p in parts if p) + " " + body)

    def refresh_search_text(self):
        """Recompute the search column (after its files or its session changed)."""
        self.search_folded = self.build_search_text()
        Document.objects.filter(pk=self.pk).update(search_folded=self.search_folded)
        caching.documents_changed([self])

    def _unique_slug(self):
        if self.slug and not self._state.adding:
            return self.slug
        source = f"{self.kind.name} {self.number}" if self.number else f"{self.kind.name} du thao"
        base = text.slugify(source, max_length=180) or "van-ban"
        others = Document.objects.exclude(pk=self.pk) if self.pk else Document.objects.all()
        slug, n = base, 1
        while others.filter(slug=slug).exists():
            n += 1
            slug = f"{base}-{n}"
        return slug

    @property
    def legal_force(self):
        """schema.org's legislationLegalForce for this status."""
        return {
            self.Status.IN_FORCE: "InForce",
            self.Status.AMENDED: "PartiallyInForce",
            self.Status.REPLACED: "NotInForce",
            self.Status.EXPIRED: "NotInForce",
        }.get(self.status)


class DocumentChange(models.Model):
    """One document replacing or amending another; shown on both documents' pages."""

    class Kind(models.TextChoices):
        REPLACES = "replaces", "Thay thế"
        AMENDS = "amends", "Sửa đổi, bổ sung"

    source = models.ForeignKey(
        Document,
        verbose_name="văn bản mới",
        on_delete=models.CASCADE,
        related_name="changes_made",
    )
    target = models.ForeignKey(
        Document,
        verbose_name="văn bản bị thay thế / sửa đổi",
        on_delete=models.CASCADE,
        related_name="changed_by",
    )
    kind = models.CharField("hình thức", max_length=10, choices=Kind.choices)
    note = models.CharField(
        "ghi chú", max_length=255, blank=True, help_text="Ví dụ: sửa đổi Điều 2, khoản 3."
    )

    class Meta:
        verbose_name = "thay thế / sửa đổi"
        verbose_name_plural = "văn bản thay thế / sửa đổi"
        constraints = [
            models.UniqueConstraint(fields=["source", "target"], name="council_change_once"),
            models.CheckConstraint(
                condition=~Q(source=models.F("target")), name="council_change_not_self"
            ),
        ]

    def __str__(self):
        return f"{self.source} {self.get_kind_display().lower()} {self.target}"

    def clean(self):
        if self.source_id and self.source_id == self.target_id:
            raise ValidationError({"target": "Một văn bản không thể tự thay thế chính nó."})


class DocumentFile(models.Model):
    """A file of a document: checked from its content, stored under a generated name, served
    only as a download (council.downloads)."""

    class FileType(models.TextChoices):
        PDF = "pdf", "PDF"
        DOC = "doc", "Word (DOC)"
        DOCX = "docx", "Word (DOCX)"
        XLS = "xls", "Excel (XLS)"
        XLSX = "xlsx", "Excel (XLSX)"
        ODT = "odt", "OpenDocument (ODT)"

    document = models.ForeignKey(
        Document, verbose_name="văn bản", on_delete=models.CASCADE, related_name="files"
    )
    file = models.FileField(
        "tệp",
        upload_to=files.stored_name,
        storage=storage.document_storage,
        max_length=255,
        help_text="PDF, DOC, DOCX, XLS, XLSX hoặc ODT.",
    )
    original_name = models.CharField("tên tệp", max_length=255, blank=True)
    file_type = models.CharField(
        "định dạng", max_length=5, choices=FileType.choices, editable=False
    )
    size = models.PositiveBigIntegerField("dung lượng (byte)", default=0, editable=False)
    page_count = models.PositiveIntegerField("số trang", null=True, blank=True, editable=False)
    text = models.TextField("nội dung trích xuất", blank=True, editable=False)
    has_scripts = models.BooleanField(
        "PDF có mã JavaScript",
        default=False,
        editable=False,
        help_text="Tệp vẫn được lưu và chỉ cho tải về, không bao giờ mở trực tiếp trên trang.",
    )
    preview = models.ImageField(
        "ảnh trang đầu", upload_to="van-ban/xem-truoc/", blank=True, max_length=255, editable=False
    )
    order = models.PositiveSmallIntegerField("thứ tự", default=0)
    uploaded_at = models.DateTimeField("tải lên lúc", auto_now_add=True)

    class Meta:
        verbose_name = "tệp đính kèm"
        verbose_name_plural = "tệp đính kèm"
        ordering = ["order", "id"]

    def __str__(self):
        return self.original_name or self.file.name

    def get_absolute_url(self):
        return reverse("council:file_download", kwargs={"pk": self.pk, "name": self.url_name})

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        # Only once the row is gone for good: a rolled-back delete keeps its file.
        transaction.on_commit(self.remove_stored)
        return result

    @property
    def url_name(self):
        """An ASCII name for the address; the real Vietnamese name is in Content-Disposition."""
        stem, _, _ = self.original_name.rpartition(".")
        return f"{text.slugify(stem or 'tep', max_length=80) or 'tep'}.{self.file_type}"

    @property
    def content_type(self):
        return files.CONTENT_TYPES[self.file_type]

    @property
    def type_label(self):
        return files.LABELS[self.file_type]

    @property
    def size_label(self):
        return files.human_size(self.size)

    def take(self, upload, inspected):
        """Attach a checked upload (council.files.inspect) with what was learnt from it."""
        self.file = upload
        self.original_name = files.clean_name(upload.name)
        self.file_type = inspected.file_type
        self.size = inspected.size
        self.page_count = inspected.page_count
        self.text = inspected.text
        self.has_scripts = inspected.has_scripts
        self.preview = inspected.preview  # None for other types: no stale picture

    def remove_stored(self):
        for field in (self.file, self.preview):
            if field:
                field.storage.delete(field.name)


# Voters' petitions live in their own module; imported here so Django finds the models.
from .petitions import Agency, Petition  # noqa: E402, F401

# --- Delegates ("Đại biểu"), part 2 --------------------------------------------------------


class Position(_NamedList):
    """Chủ tịch, Phó Chủ tịch, Trưởng Ban, Ủy viên…: the delegate's post in a term."""

    class Meta(_NamedList.Meta):
        verbose_name = "chức vụ"
        verbose_name_plural = "chức vụ"


class Committee(_NamedList):
    """The standing committee ("Thường trực HĐND") and the committees ("Ban"): editable."""

    class Kind(models.TextChoices):
        STANDING = "standing", "Thường trực HĐND"
        COMMITTEE = "committee", "Ban của HĐND"

    kind = models.CharField("loại", max_length=12, choices=Kind.choices, default=Kind.COMMITTEE)
    description = models.TextField(
        "chức năng, nhiệm vụ", blank=True, help_text="Vài câu giới thiệu, hiện ở trang của ban."
    )

    class Meta(_NamedList.Meta):
        verbose_name = "Thường trực / ban"
        verbose_name_plural = "Thường trực và các ban"

    def save(self, *args, **kwargs):
        self.description = text.normalize(self.description).strip()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("council:committee_detail", kwargs={"slug": self.slug})


class DelegateGroup(_NamedList):
    """A delegate group ("Tổ đại biểu"), usually one per district or area."""

    class Meta(_NamedList.Meta):
        verbose_name = "tổ đại biểu"
        verbose_name_plural = "tổ đại biểu"


class Constituency(models.Model):
    """An electoral unit ("đơn vị bầu cử") of a term, with the wards and communes it covers."""

    term = models.ForeignKey(
        Term, verbose_name="khóa", on_delete=models.PROTECT, related_name="constituencies"
    )
    number = models.PositiveSmallIntegerField("số")
    seats = models.PositiveSmallIntegerField("số đại biểu được bầu", default=0)
    slug = models.SlugField("đường dẫn", max_length=80, unique=True, blank=True, editable=False)

    class Meta:
        verbose_name = "đơn vị bầu cử"
        verbose_name_plural = "đơn vị bầu cử"
        ordering = ["term", "number"]
        constraints = [
            models.UniqueConstraint(fields=["term", "number"], name="council_constituency_number")
        ]

    def __str__(self):
        return f"{self.name} ({self.term.name})"

    def save(self, *args, **kwargs):
        self.slug = text.slugify(f"{self.term.slug} don vi {self.number}", max_length=80)
        super().save(*args, **kwargs)

    @property
    def name(self):
        return f"Đơn vị bầu cử số {self.number}"


class WardQuerySet(models.QuerySet):
    def matching(self, folded):
        """Wards whose name, without tone marks, contains the folded words in order."""
        return self.filter(name_folded__contains=folded)


class Ward(models.Model):
    """A ward, commune or township ("phường", "xã", "thị trấn") and the constituency it is in."""

    class Kind(models.TextChoices):
        WARD = "phuong", "Phường"
        COMMUNE = "xa", "Xã"
        TOWNSHIP = "thi-tran", "Thị trấn"

    constituency = models.ForeignKey(
        Constituency,
        verbose_name="đơn vị bầu cử",
        on_delete=models.CASCADE,
        related_name="wards",
    )
    kind = models.CharField("loại", max_length=10, choices=Kind.choices, default=Kind.WARD)
    name = models.CharField("tên", max_length=120, help_text="Không kèm chữ “phường”, “xã”.")
    name_folded = models.CharField(max_length=140, editable=False, db_index=True)

    objects = WardQuerySet.as_manager()

    class Meta:
        verbose_name = "phường, xã"
        verbose_name_plural = "phường, xã"
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["constituency", "kind", "name"], name="council_ward_once"
            )
        ]

    def __str__(self):
        return self.full_name

    def save(self, *args, **kwargs):
        self.name = text.squash_spaces(self.name)
        self.name_folded = " ".join(text.fold(self.name).lower().split())
        super().save(*args, **kwargs)

    @property
    def full_name(self):
        return f"{self.get_kind_display()} {self.name}"


class DelegateQuerySet(models.QuerySet):
    def public(self):
        return self.filter(is_published=True)

    def in_order(self):
        return self.order_by("order", "sort_name", "id")


class Delegate(models.Model):
    """A council delegate. Only the office's public contact is kept: never a private phone or
    home address."""

    full_name = models.CharField("họ và tên", max_length=120)
    sort_name = models.CharField(max_length=140, editable=False, db_index=True)
    slug = models.SlugField("đường dẫn", max_length=140, unique=True, blank=True, editable=False)
    portrait = models.ImageField(
        "ảnh chân dung",
        upload_to="dai-bieu/%Y/%m/",
        blank=True,
        max_length=255,
        help_text="JPEG, PNG hoặc WebP. Thông tin EXIF/GPS được xoá, ảnh nhỏ được tạo tự động.",
    )
    portrait_renditions = models.JSONField(default=dict, blank=True, editable=False)
    birth_year = models.PositiveSmallIntegerField("năm sinh", null=True, blank=True)
    workplace = models.CharField(
        "nơi công tác", max_length=255, blank=True, help_text="Cơ quan, đơn vị, chức vụ ở đó."
    )
    biography = models.TextField("tiểu sử tóm tắt", blank=True)
    office_phone = models.CharField(
        "điện thoại cơ quan",
        max_length=40,
        blank=True,
        help_text="Chỉ số điện thoại công vụ; không nhập số điện thoại riêng.",
    )
    office_email = models.EmailField("thư điện tử công vụ", blank=True)
    office_address = models.CharField(
        "địa chỉ liên hệ cơ quan",
        max_length=255,
        blank=True,
        help_text="Địa chỉ nơi tiếp công dân hoặc cơ quan; không nhập địa chỉ nhà riêng.",
    )
    order = models.PositiveIntegerField("thứ tự", default=100)
    is_published = models.BooleanField("hiện trên cổng thông tin", default=True)
    articles = models.ManyToManyField(
        Article, verbose_name="bài viết liên quan", blank=True, related_name="council_delegates"
    )
    search_folded = models.TextField(blank=True, editable=False)
    created_at = models.DateTimeField("tạo lúc", auto_now_add=True)
    updated_at = models.DateTimeField("sửa lúc", auto_now=True)

    objects = DelegateQuerySet.as_manager()

    class Meta:
        verbose_name = "đại biểu"
        verbose_name_plural = "đại biểu"
        ordering = ["order", "sort_name", "id"]

    def __str__(self):
        return self.full_name

    def save(self, *args, **kwargs):
        from . import portraits

        self.full_name = text.squash_spaces(self.full_name)
        self.workplace = text.squash_spaces(self.workplace)
        self.biography = text.normalize(self.biography).strip()
        self.office_phone = text.squash_spaces(self.office_phone)
        self.office_address = text.squash_spaces(self.office_address)
        # Vietnamese names sort by the given name, the last word.
        words = text.fold(self.full_name).lower().split()
        self.sort_name = " ".join(words[-1:] + words[:-1])
        self.search_folded = text.fold(f"{self.full_name} {self.workplace}").lower()
        if not self.slug:
            self.slug = self._unique_slug()
        portraits.prepare(self)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("council:delegate_detail", kwargs={"slug": self.slug})

    def _unique_slug(self):
        base = text.slugify(self.full_name, max_length=120) or "dai-bieu"
        slug, n = base, 1
        # "tim" and "ban" are the look-up's and the committees' addresses under /dai-bieu/.
        while slug in ("tim", "ban") or Delegate.objects.filter(slug=slug).exists():
            n += 1
            slug = f"{base}-{n}"
        return slug

    @property
    def portrait_card(self):
        from . import portraits

        return portraits.card(self)


class Membership(models.Model):
    """A delegate in one term: constituency, delegate group and post."""

    delegate = models.ForeignKey(
        Delegate, verbose_name="đại biểu", on_delete=models.CASCADE, related_name="memberships"
    )
    term = models.ForeignKey(
        Term, verbose_name="khóa", on_delete=models.PROTECT, related_name="memberships"
    )
    constituency = models.ForeignKey(
        Constituency,
        verbose_name="đơn vị bầu cử",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="memberships",
    )
    delegate_group = models.ForeignKey(
        DelegateGroup,
        verbose_name="tổ đại biểu",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="memberships",
    )
    position = models.ForeignKey(
        Position,
        verbose_name="chức vụ",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="memberships",
    )
    is_full_time = models.BooleanField("đại biểu hoạt động chuyên trách", default=False)

    class Meta:
        verbose_name = "nhiệm kỳ của đại biểu"
        verbose_name_plural = "các khóa đại biểu tham gia"
        ordering = ["-term__start_year"]
        constraints = [
            models.UniqueConstraint(fields=["delegate", "term"], name="council_membership_once")
        ]

    def __str__(self):
        return f"{self.delegate} – {self.term.name}"

    def clean(self):
        if self.constituency_id and self.term_id and self.constituency.term_id != self.term_id:
            raise ValidationError(
                {"constituency": "Đơn vị bầu cử này thuộc một khóa khác với khóa đã chọn."}
            )


class CommitteeMembership(models.Model):
    """A delegate's seat on the standing committee or a committee, in one term."""

    class Role(models.TextChoices):
        HEAD = "head", "Trưởng Ban"
        DEPUTY = "deputy", "Phó Trưởng Ban"
        MEMBER = "member", "Ủy viên"
        CHAIR = "chair", "Chủ tịch"
        VICE_CHAIR = "vice_chair", "Phó Chủ tịch"

    ROLE_ORDER = {"chair": 0, "vice_chair": 1, "head": 2, "deputy": 3, "member": 4}

    delegate = models.ForeignKey(
        Delegate,
        verbose_name="đại biểu",
        on_delete=models.CASCADE,
        related_name="committee_memberships",
    )
    committee = models.ForeignKey(
        Committee, verbose_name="ban", on_delete=models.PROTECT, related_name="memberships"
    )
    term = models.ForeignKey(Term, verbose_name="khóa", on_delete=models.PROTECT, related_name="+")
    role = models.CharField("vai trò", max_length=12, choices=Role.choices, default=Role.MEMBER)
    rank = models.PositiveSmallIntegerField(default=4, editable=False)

    class Meta:
        verbose_name = "thành viên Thường trực / ban"
        verbose_name_plural = "tham gia Thường trực, các ban"
        ordering = ["rank", "delegate__sort_name"]
        constraints = [
            models.UniqueConstraint(
                fields=["delegate", "committee", "term"], name="council_committee_seat_once"
            )
        ]
        indexes = [models.Index(fields=["committee", "term", "rank"], name="council_seat_list")]

    def __str__(self):
        return f"{self.get_role_display()} {self.committee}: {self.delegate}"

    def save(self, *args, **kwargs):
        self.rank = self.ROLE_ORDER.get(self.role, 4)
        super().save(*args, **kwargs)

    @property
    def title(self):
        """ "Trưởng Ban Pháp chế", "Ủy viên Ban Đô thị", "Chủ tịch HĐND"."""
        if self.committee.kind == Committee.Kind.STANDING:
            if self.role == self.Role.MEMBER:
                return "Ủy viên Thường trực HĐND"
            return f"{self.get_role_display()} HĐND"
        name = self.committee.name
        if self.role in (self.Role.HEAD, self.Role.DEPUTY) and name.startswith("Ban "):
            return f"{self.get_role_display()} {name[4:]}"
        return f"{self.get_role_display()} {name}"


# --- Questions in session ("Chất vấn và trả lời chất vấn") ----------------------------------


# Who is questioned is an Agency (council/petitions.py): one list of agencies, the same
# Sở Tài chính or UBND thành phố whether it answers a question in session or a petition.


class QuestionQuerySet(models.QuerySet):
    def public(self):
        return self.filter(is_published=True)

    def in_register_order(self):
        return self.order_by("-session__starts_on", "session_id", "order", "id")

    def for_lists(self):
        return self.select_related("session__term", "delegate", "agency", "sector").defer(
            "search_folded", "answer_summary", "delegate__biography", "delegate__search_folded"
        )


class Question(models.Model):
    class Status(models.TextChoices):
        WAITING = "waiting", "Chưa trả lời"
        ANSWERED = "answered", "Đã trả lời"
        FOLLOWING = "following", "Đang theo dõi thực hiện cam kết"
        DONE = "done", "Đã thực hiện xong cam kết"

    session = models.ForeignKey(
        Session, verbose_name="kỳ họp", on_delete=models.PROTECT, related_name="questions"
    )
    delegate = models.ForeignKey(
        Delegate,
        verbose_name="đại biểu chất vấn",
        on_delete=models.PROTECT,
        related_name="questions",
    )
    respondent = models.CharField(
        "người trả lời", max_length=200, help_text="Ví dụ: Giám đốc Sở Xây dựng Trần Văn Bình."
    )
    agency = models.ForeignKey(
        Agency, verbose_name="cơ quan", on_delete=models.PROTECT, related_name="questions"
    )
    sector = models.ForeignKey(
        Sector,
        verbose_name="lĩnh vực",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    question = models.TextField("nội dung chất vấn")
    answer_summary = models.TextField("tóm tắt trả lời", blank=True)
    asked_on = models.DateField("ngày chất vấn", null=True, blank=True)
    video_url = models.URLField(
        "video phiên chất vấn",
        max_length=500,
        blank=True,
        validators=[video.validate_video_url],
        help_text="Đường dẫn YouTube hoặc Facebook; để trống để dùng video của kỳ họp.",
    )
    video_start = models.CharField(
        "thời điểm trong video",
        max_length=8,
        blank=True,
        validators=[video.validate_moment],
        help_text="Giờ:phút:giây hoặc phút:giây, ví dụ 1:25:40. Để trống nếu không có.",
    )
    documents = models.ManyToManyField(
        Document, verbose_name="văn bản liên quan", blank=True, related_name="questions"
    )
    status = models.CharField(
        "tình trạng", max_length=10, choices=Status.choices, default=Status.WAITING, editable=False
    )
    order = models.PositiveSmallIntegerField("thứ tự trong kỳ họp", default=0)
    is_published = models.BooleanField("hiện trên cổng thông tin", default=True)
    search_folded = models.TextField(blank=True, editable=False)
    created_at = models.DateTimeField("tạo lúc", auto_now_add=True)
    updated_at = models.DateTimeField("sửa lúc", auto_now=True)

    objects = QuestionQuerySet.as_manager()

    class Meta:
        verbose_name = "chất vấn"
        verbose_name_plural = "chất vấn và trả lời chất vấn"
        ordering = ["-session__starts_on", "order", "id"]
        indexes = [
            models.Index(fields=["session", "order", "id"], name="council_q_session"),
            models.Index(fields=["status", "session"], name="council_q_status"),
            models.Index(fields=["agency", "session"], name="council_q_agency"),
            models.Index(fields=["sector", "session"], name="council_q_sector"),
        ]

    def __str__(self):
        return f"{self.delegate} chất vấn {self.respondent}"

    def save(self, *args, **kwargs):
        from . import questions

        self.respondent = text.squash_spaces(self.respondent)
        self.question = text.normalize(self.question).strip()
        self.answer_summary = text.normalize(self.answer_summary).strip()
        self.video_url = (self.video_url or "").strip()
        self.video_start = (self.video_start or "").strip()
        if self.pk:
            self.status = questions.status_of(self)
        else:
            self.status = self.Status.ANSWERED if self.answer_summary else self.Status.WAITING
        self.search_folded = text.fold(
            " ".join(
                [
                    self.question,
                    self.answer_summary,
                    self.respondent,
                    self.delegate.full_name,
                    self.agency.name,
                    self.sector.name if self.sector_id else "",
                ]
            )
        ).lower()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("council:question_detail", kwargs={"pk": self.pk})

    @property
    def video(self):
        """The moment in the question's video, or in its session's."""
        return video.moment(self.video_url or self.session.video_url, self.video_start)

    @property
    def title(self):
        return f"Đại biểu {self.delegate.full_name} chất vấn {self.respondent}"


class Commitment(models.Model):
    """What the person questioned promised, and how far it got."""

    class Status(models.TextChoices):
        PENDING = "pending", "Chưa thực hiện"
        IN_PROGRESS = "in_progress", "Đang thực hiện"
        DONE = "done", "Đã thực hiện"

    question = models.ForeignKey(
        Question, verbose_name="chất vấn", on_delete=models.CASCADE, related_name="commitments"
    )
    text = models.TextField("nội dung cam kết")
    due_on = models.DateField("thời hạn", null=True, blank=True)
    status = models.CharField(
        "tình trạng", max_length=12, choices=Status.choices, default=Status.PENDING
    )
    result = models.TextField("kết quả thực hiện", blank=True)
    order = models.PositiveSmallIntegerField("thứ tự", default=0)

    class Meta:
        verbose_name = "cam kết"
        verbose_name_plural = "cam kết sau chất vấn"
        ordering = ["order", "id"]

    def __str__(self):
        return self.text[:80]

    def save(self, *args, **kwargs):
        from . import questions

        self.text = text.normalize(self.text).strip()
        self.result = text.normalize(self.result).strip()
        super().save(*args, **kwargs)
        questions.refresh_status(self.question_id)

    def delete(self, *args, **kwargs):
        from . import questions

        result = super().delete(*args, **kwargs)
        questions.refresh_status(self.question_id)
        return result


# --- Work schedule ("Lịch công tác") --------------------------------------------------------


class EventQuerySet(models.QuerySet):
    def public(self):
        return self.filter(is_public=True)

    def between(self, start, end):
        """Events overlapping [start, end): those that start before the end and end after the
        start (an event without an end lasts its start instant)."""
        return self.filter(starts_at__lt=end).filter(
            Q(ends_at__gt=start) | Q(ends_at__isnull=True, starts_at__gte=start)
        )

    def chronological(self):
        return self.order_by("starts_at", "id")


class Event(models.Model):
    """One entry of the work schedule."""

    class Kind(models.TextChoices):
        STANDING_MEETING = "phien-hop-thuong-truc", "Phiên họp Thường trực"
        SUPERVISION = "giam-sat", "Giám sát"
        SURVEY = "khao-sat", "Khảo sát"
        CITIZEN_RECEPTION = "tiep-cong-dan", "Tiếp công dân"
        VOTER_MEETING = "tiep-xuc-cu-tri", "Tiếp xúc cử tri"
        SESSION = "ky-hop", "Kỳ họp"
        OTHER = "khac", "Hoạt động khác"

    title = models.CharField("nội dung", max_length=300)
    kind = models.CharField("loại hoạt động", max_length=24, choices=Kind.choices)
    starts_at = models.DateTimeField("bắt đầu", help_text="Ví dụ: 05/12/2026 08:00.")
    ends_at = models.DateTimeField("kết thúc", null=True, blank=True)
    place = models.CharField("địa điểm", max_length=255, blank=True)
    host = models.CharField(
        "chủ trì", max_length=200, blank=True, help_text="Ví dụ: Phó Chủ tịch HĐND thành phố."
    )
    participants = models.ManyToManyField(
        Delegate, verbose_name="đại biểu tham dự", blank=True, related_name="events"
    )
    other_participants = models.CharField(
        "thành phần khác", max_length=500, blank=True, help_text="Ví dụ: lãnh đạo Sở Xây dựng."
    )
    session = models.ForeignKey(
        Session,
        verbose_name="kỳ họp liên quan",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="events",
    )
    note = models.TextField("ghi chú", blank=True)
    is_public = models.BooleanField(
        "công khai",
        default=True,
        help_text="Bỏ chọn với hoạt động nội bộ: chỉ cán bộ thấy trong trang quản trị.",
    )
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    sequence = models.PositiveIntegerField(default=0, editable=False)
    created_at = models.DateTimeField("tạo lúc", auto_now_add=True)
    updated_at = models.DateTimeField("sửa lúc", auto_now=True)

    objects = EventQuerySet.as_manager()

    class Meta:
        verbose_name = "hoạt động trong lịch công tác"
        verbose_name_plural = "lịch công tác"
        ordering = ["starts_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__isnull=True) | Q(ends_at__gte=models.F("starts_at")),
                name="council_event_ends_after_start",
                violation_error_message="Giờ kết thúc không thể trước giờ bắt đầu.",
            )
        ]
        indexes = [
            models.Index(fields=["is_public", "starts_at"], name="council_event_when"),
            models.Index(fields=["kind", "is_public", "starts_at"], name="council_event_kind"),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.title = text.squash_spaces(self.title)
        self.place = text.squash_spaces(self.place)
        self.host = text.squash_spaces(self.host)
        self.other_participants = text.squash_spaces(self.other_participants)
        self.note = text.normalize(self.note).strip()
        if not self._state.adding:
            # Calendar programs replace an event only when its SEQUENCE grows.
            self.sequence = models.F("sequence") + 1
        super().save(*args, **kwargs)
        if not isinstance(self.sequence, int):
            self.refresh_from_db(fields=["sequence"])

    def get_absolute_url(self):
        from . import schedule

        day = timezone.localtime(self.starts_at).date()
        return schedule.week_url(day) + f"#su-kien-{self.pk}-{day:%m%d}"

    def clean(self):
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            raise ValidationError({"ends_at": "Giờ kết thúc không thể trước giờ bắt đầu."})


# --- The office's own pages (Decree 42/2022/NĐ-CP): "Giới thiệu", the English page, "Liên hệ" ----


class InstitutionalPageQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)

    def vietnamese(self):
        return self.filter(language=InstitutionalPage.Language.VIETNAMESE)


class InstitutionalPage(models.Model):
    """An editable page about the council: functions and duties, organisation, contacts and the
    spokesperson, or the English "About the Council". The body is cleaned like articles'."""

    class Language(models.TextChoices):
        VIETNAMESE = "vi", "Tiếng Việt"
        ENGLISH = "en", "Tiếng Anh"

    title = models.CharField("tiêu đề", max_length=200)
    slug = models.SlugField("đường dẫn", max_length=120, unique=True)
    language = models.CharField(
        "ngôn ngữ", max_length=2, choices=Language.choices, default=Language.VIETNAMESE
    )
    summary = models.CharField("tóm tắt", max_length=300, blank=True)
    body = models.TextField("nội dung (HTML)", blank=True)
    order = models.PositiveIntegerField("thứ tự", default=0)
    is_published = models.BooleanField("đang hiển thị", default=True)
    updated_at = models.DateTimeField("sửa lúc", auto_now=True)

    objects = InstitutionalPageQuerySet.as_manager()

    class Meta:
        verbose_name = "trang giới thiệu"
        verbose_name_plural = "trang giới thiệu"
        ordering = ["language", "order", "title"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        from news.sanitize import clean_html

        self.title = text.squash_spaces(self.title)
        self.summary = text.squash_spaces(self.summary).replace("\n", " ")
        self.slug = text.slugify(self.slug or self.title, max_length=120) or "trang"
        self.body = clean_html(text.normalize(self.body))
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        if self.language == self.Language.ENGLISH:
            return reverse("council:page_english", kwargs={"slug": self.slug})
        return reverse("council:page", kwargs={"slug": self.slug})


class RelatedAgency(models.Model):
    """A link on "Giới thiệu" to a related agency's portal."""

    name = models.CharField("tên cơ quan", max_length=200)
    url = models.URLField("địa chỉ", max_length=300)
    order = models.PositiveIntegerField("thứ tự", default=0)

    class Meta:
        verbose_name = "cơ quan liên quan"
        verbose_name_plural = "cơ quan liên quan"
        ordering = ["order", "name"]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if not (self.url or "").lower().startswith("https://"):
            raise ValidationError({"url": "Địa chỉ phải bắt đầu bằng https://"})


class ContactMessage(models.Model):
    """A message a citizen sent through "Liên hệ", kept here and mailed to the office."""

    name = models.CharField("họ tên", max_length=100)
    email = models.EmailField("thư điện tử", max_length=200, blank=True)
    phone = models.CharField("số điện thoại", max_length=20, blank=True)
    subject = models.CharField("tiêu đề", max_length=200)
    message = models.TextField("nội dung")
    address_hash = models.CharField(max_length=64, blank=True, editable=False)
    created_at = models.DateTimeField("gửi lúc", auto_now_add=True)
    emailed_at = models.DateTimeField("đã chuyển thư lúc", null=True, blank=True)
    is_handled = models.BooleanField("đã xử lý", default=False)

    class Meta:
        verbose_name = "thư liên hệ"
        verbose_name_plural = "thư liên hệ"
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["is_handled", "-created_at"], name="council_contact_todo")]

    def __str__(self):
        return self.subject
