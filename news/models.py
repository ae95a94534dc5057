from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags
from django_ckeditor_5.fields import CKEditor5Field

from portal import text


class CategoryQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)


class Category(models.Model):
    name = models.CharField("tên chuyên mục", max_length=120)
    slug = models.SlugField("đường dẫn", max_length=140, unique=True)
    order = models.PositiveIntegerField("thứ tự", default=0)
    description = models.TextField("mô tả", blank=True)
    is_active = models.BooleanField("đang hiển thị", default=True)

    objects = CategoryQuerySet.as_manager()

    class Meta:
        verbose_name = "chuyên mục"
        verbose_name_plural = "chuyên mục"
        ordering = ["order", "name"]
        indexes = [models.Index(fields=["is_active", "order"], name="news_cat_active_order")]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.name = text.squash_spaces(self.name)
        if not self.slug:
            self.slug = text.slugify(self.name, max_length=140)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("news:category", kwargs={"slug": self.slug})


class ArticleQuerySet(models.QuerySet):
    def published(self, now=None):
        """Articles a reader may see: published, and not scheduled for later."""
        now = now or timezone.now()
        return self.filter(
            status=Article.Status.PUBLISHED, published_at__isnull=False, published_at__lte=now
        )

    def in_active_category(self):
        return self.filter(category__is_active=True)

    def newest_first(self):
        return self.order_by("-published_at", "-id")

    def most_viewed(self):
        return self.order_by("-view_count", "-published_at", "-id")

    def featured(self):
        return self.filter(is_featured=True)


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Bản nháp"
        REVIEW = "review", "Chờ duyệt"
        PUBLISHED = "published", "Đã đăng"
        HIDDEN = "hidden", "Đã ẩn"

    title = models.CharField("tiêu đề", max_length=255)
    slug = models.SlugField("đường dẫn", max_length=255, unique=True, blank=True)
    category = models.ForeignKey(
        Category, verbose_name="chuyên mục", on_delete=models.PROTECT, related_name="articles"
    )
    sapo = models.TextField("sapo (tóm tắt)", blank=True)
    body = CKEditor5Field("nội dung", blank=True, config_name="default")
    cover_image = models.ImageField(
        "ảnh đại diện", upload_to="articles/%Y/%m/", blank=True, max_length=255
    )
    cover_caption = models.CharField("chú thích ảnh", max_length=300, blank=True)
    cover_alt = models.CharField("mô tả ảnh (alt)", max_length=300, blank=True)
    byline = models.CharField("tác giả", max_length=200, blank=True, help_text="Ví dụ: Tin, ảnh: …")
    source = models.CharField("nguồn tin", max_length=200, blank=True)
    is_featured = models.BooleanField("tin nổi bật", default=False)
    allow_comments = models.BooleanField("cho phép bình luận", default=True)
    status = models.CharField(
        "trạng thái", max_length=12, choices=Status.choices, default=Status.DRAFT
    )
    published_at = models.DateTimeField(
        "thời gian đăng",
        null=True,
        blank=True,
        help_text="Để thời gian trong tương lai để hẹn giờ đăng.",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người tạo",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người sửa cuối",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField("tạo lúc", auto_now_add=True)
    updated_at = models.DateTimeField("sửa lúc", auto_now=True)
    view_count = models.PositiveBigIntegerField("lượt xem", default=0, editable=False)
    # Tone-folded copies kept for accent-insensitive search on databases without full-text.
    title_folded = models.CharField(max_length=255, blank=True, editable=False)
    search_folded = models.TextField(blank=True, editable=False)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        verbose_name = "bài viết"
        verbose_name_plural = "bài viết"
        ordering = ["-published_at", "-id"]
        indexes = [
            models.Index(fields=["status", "-published_at"], name="news_art_status_pub"),
            models.Index(
                fields=["category", "status", "-published_at"], name="news_art_cat_status_pub"
            ),
            models.Index(fields=["status", "-view_count"], name="news_art_status_views"),
            models.Index(
                fields=["-published_at"],
                name="news_art_featured_pub",
                condition=Q(is_featured=True),
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.title = text.squash_spaces(self.title)
        if not self.slug:
            self.slug = text.slugify(self.title, max_length=200) or "bai-viet"
        self.title_folded = text.fold(self.title)
        self.search_folded = text.fold(
            " ".join([self.title, self.sapo, strip_tags(self.body or "")])
        )
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("news:article_detail", kwargs={"slug": self.slug})

    @property
    def is_public(self):
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= timezone.now()
        )
