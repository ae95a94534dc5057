from django.db import models

from portal import text
from portal.models import staff_member_field


class CommentQuerySet(models.QuerySet):
    def approved(self):
        """Comments readers may see: approved by staff."""
        return self.filter(status=Comment.Status.APPROVED)

    def pending(self):
        """Comments waiting in the moderation queue."""
        return self.filter(status=Comment.Status.PENDING)

    def for_article(self, article):
        return self.filter(article=article)

    def oldest_first(self):
        return self.order_by("created_at", "id")


class Comment(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "Chờ duyệt"
        APPROVED = "approved", "Đã duyệt"
        REJECTED = "rejected", "Từ chối"
        SPAM = "spam", "Thư rác"

    article = models.ForeignKey(
        "news.Article",
        verbose_name="bài viết",
        on_delete=models.CASCADE,
        related_name="comments",
    )
    name = models.CharField("họ tên", max_length=80)
    phone = models.CharField(
        "số điện thoại",
        max_length=15,
        blank=True,
        help_text="Chỉ cán bộ quản trị xem được; không bao giờ hiển thị công khai.",
    )
    title = models.CharField("tiêu đề", max_length=150)
    content = models.TextField("nội dung")
    status = models.CharField(
        "trạng thái", max_length=10, choices=Status.choices, default=Status.PENDING
    )
    flagged_words = models.CharField(
        "từ bị cấm phát hiện",
        max_length=255,
        blank=True,
        help_text="Bình luận chứa từ trong danh sách từ bị cấm được giữ lại để xem xét kỹ.",
    )
    warnings = models.CharField(
        "cảnh báo",
        max_length=255,
        blank=True,
        help_text="Tên hoặc tiêu đề giống tên của Ban biên tập, hay viết bằng chữ cái lẫn bảng "
        "chữ khác (ví dụ chữ “а” Kirin): người gửi có thể đang mạo danh.",
    )
    # A salted hash of the sender's address (portal.clients): enough to spot one sender
    # posting many comments, useless to identify anyone. The raw address is never stored.
    address_hash = models.CharField("mã người gửi", max_length=64, blank=True, editable=False)
    user_agent = models.CharField("trình duyệt", max_length=255, blank=True, editable=False)
    created_at = models.DateTimeField("gửi lúc", auto_now_add=True)
    moderated_at = models.DateTimeField("kiểm duyệt lúc", null=True, blank=True)
    moderated_by = staff_member_field("người kiểm duyệt")
    reply = models.TextField(
        "trả lời của Ban biên tập",
        blank=True,
        help_text="Hiển thị dưới bình luận với nhãn “Trả lời của Ban biên tập”. Văn bản thuần.",
    )
    replied_at = models.DateTimeField("trả lời lúc", null=True, blank=True)
    replied_by = staff_member_field("người trả lời")

    objects = CommentQuerySet.as_manager()

    class Meta:
        verbose_name = "bình luận"
        verbose_name_plural = "bình luận"
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(
                fields=["article", "status", "created_at"], name="comments_article_status"
            ),
            models.Index(fields=["status", "created_at"], name="comments_status_created"),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.name = text.squash_spaces(self.name).replace("\n", " ")
        self.title = text.squash_spaces(self.title).replace("\n", " ")
        self.content = text.squash_spaces(self.content)
        self.reply = text.squash_spaces(self.reply)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return f"{self.article.get_absolute_url()}#binh-luan-{self.pk}"

    @property
    def is_public(self):
        """Whether readers see it: approved, under an article readers can open."""
        return self.status == self.Status.APPROVED and self.article.is_public


class BannedWord(models.Model):
    """A word or phrase that holds a comment back for a careful look (see comments.moderation)."""

    word = models.CharField(
        "từ hoặc cụm từ",
        max_length=100,
        unique=True,
        help_text="Lưu bằng chữ thường; khớp nguyên từ, không phân biệt hoa thường "
        "(“cá độ” khớp “Cá Độ” nhưng không khớp “cá độc”).",
    )
    created_at = models.DateTimeField("thêm lúc", auto_now_add=True)

    class Meta:
        verbose_name = "từ bị cấm"
        verbose_name_plural = "từ bị cấm"
        ordering = ["word"]

    def __str__(self):
        return self.word

    def save(self, *args, **kwargs):
        self.clean()
        super().save(*args, **kwargs)

    def clean(self):
        self.word = text.squash_spaces(self.word).replace("\n", " ").lower()
