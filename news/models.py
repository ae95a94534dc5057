import logging

from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.db import models, transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django_ckeditor_5.fields import CKEditor5Field
from simple_history.models import HistoricalRecords
from taggit.managers import TaggableManager
from taggit.models import TagBase, TaggedItemBase

from portal import legacy_encoding, text
from portal.cache import Key
from portal.models import staff_member_field
from portal.storage import STORAGE_ERRORS

from . import images, search_index, search_words
from .sanitize import clean_html, plain_text

logger = logging.getLogger(__name__)


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
    history = HistoricalRecords(
        verbose_name="phiên bản chuyên mục", verbose_name_plural="phiên bản chuyên mục"
    )

    class Meta:
        verbose_name = "chuyên mục"
        verbose_name_plural = "chuyên mục"
        ordering = ["order", "name"]
        indexes = [
            models.Index(fields=["is_active", "order"], name="news_cat_active_order"),
            models.Index(fields=["order", "name"], name="news_cat_order_name"),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.name = text.squash_spaces(self.name)
        self.description = text.squash_spaces(self.description)
        self.slug = text.slugify(self.slug or self.name, max_length=140) or "chuyen-muc"
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("news:category", kwargs={"slug": self.slug})


# Cached reads of these models; saves and deletes forget them (news.apps, portal.cache).
# The site menu's active categories.
NAVIGATION_CACHE = Key("news:navigation", version=1, timeout=300)
# The active categories as model instances, for lists walked one category at a time.
ACTIVE_CATEGORIES_CACHE = Key("news:active-categories", version=1, timeout=300)
# "Tin đọc nhiều"; the timeout lets new views reorder it.
MOST_READ_CACHE = Key("news:most-read", version=2, timeout=120)
# The archive's months with their number of articles, and each category's number of articles:
# counting them reads every row, so they are kept until an article or a category changes (or a
# scheduled article's time comes, within the timeout).
MONTH_COUNTS_CACHE = Key("news:month-counts", version=1, timeout=15 * 60)
CATEGORY_COUNT_CACHE = Key("news:category-count", version=1, timeout=15 * 60)
# sitemap.xml and its pages (tagged "articles"): a hidden article's address, which spells out
# its title, leaves them at once.
SITEMAP_CACHE = Key("news:sitemap", version=2, timeout=15 * 60)
# Sitemap pages are kept under this tag and "articles"; other apps' sections touch it.
SITEMAP_TAG = "sitemap"
# When the next scheduled article goes up or a published one expires: cached pages end then
# (news.listings.next_visibility_change).
NEXT_CHANGE_CACHE = Key("news:next-visibility-change", version=1, timeout=300)


def delete_unused_cover_files(names):
    """Once the change commits, remove cover files no article uses any more (a replaced or
    deleted cover and its renditions). Nothing is removed when the transaction rolls back."""
    names = set(names)
    if not names:
        return

    def remove():
        still_used = set()
        for article in Article.objects.filter(cover_image__in=names).only(
            "cover_image", "cover_renditions"
        ):
            still_used |= article.cover_files()
        images.delete_files(sorted(names - still_used))

    transaction.on_commit(remove)


def _published_q(now=None):
    now = now or timezone.now()
    return Q(
        Q(expires_at__isnull=True) | Q(expires_at__gt=now),
        status=Article.Status.PUBLISHED,
        published_at__isnull=False,
        published_at__lte=now,
    )


class ArticleQuerySet(models.QuerySet):
    def published(self, now=None):
        """Articles a reader may see: published, not scheduled for later, not expired."""
        return self.filter(_published_q(now))

    def in_active_category(self):
        return self.filter(category__is_active=True)

    def public(self, now=None):
        """What readers see: published, not scheduled for later, in a category on the site."""
        return self.published(now).in_active_category()

    def scheduled(self, now=None):
        """Published by an editor but waiting for their publish time."""
        return self.filter(status=Article.Status.PUBLISHED, published_at__gt=now or timezone.now())

    def expired(self, now=None):
        """Published articles whose "Hết hạn" time has passed: off the site by themselves."""
        return self.filter(status=Article.Status.PUBLISHED, expires_at__lte=now or timezone.now())

    def waiting_for_review(self):
        return self.filter(status=Article.Status.REVIEW)

    def appearing_or_leaving_between(self, since, until):
        """Published articles whose publish or expiry time falls in (since, until]: readers'
        pages changed then although nothing was saved."""
        return self.filter(status=Article.Status.PUBLISHED).filter(
            Q(published_at__gt=since, published_at__lte=until)
            | Q(expires_at__gt=since, expires_at__lte=until)
        )

    def update(self, **kwargs):
        """An update that changes articles' text reindexes them in the same transaction."""
        if not set(kwargs) & set(search_index.TEXT_FIELDS):
            return super().update(**kwargs)
        with transaction.atomic():
            ids = list(self.values_list("pk", flat=True))
            count = super().update(**kwargs)
            search_index.index_articles(ids)
        return count

    update.alters_data = True

    def for_lists(self):
        """Lists show titles, sapos and covers: never load the body or the search columns."""
        return self.defer("body", "search_folded", "title_folded")

    def newest_first(self):
        return self.order_by("-published_at", "-id")

    def most_viewed(self):
        return self.order_by("-view_count", "-published_at", "-id")

    def featured(self):
        return self.filter(is_featured=True)

    def visible_to(self, user, now=None):
        """What a user may open (the staff preview), by the admin's rule: editors see every
        article, writers their own in any state; everybody sees what is published."""
        published = self.published(now=now)
        if user is None or not user.is_active or not user.is_staff:
            return published
        if user.has_perm("news.publish_article"):
            return self.all()
        if user.has_perm("news.view_article") or user.has_perm("news.change_article"):
            return self.filter(Q(created_by=user) | Q(pk__in=published.values("pk")))
        return published

    def editable_by(self, user):
        """Editors may change every article; everybody else only the ones they created."""
        if user.has_perm("news.publish_article"):
            return self.all()
        return self.filter(created_by=user)


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
        "ảnh đại diện",
        upload_to="articles/%Y/%m/",
        blank=True,
        max_length=255,
        help_text=(
            "JPEG, PNG, WebP hoặc GIF. Thông tin EXIF/GPS được xoá và ảnh thu nhỏ được tạo tự động."
        ),
    )
    # Smaller copies of the cover made from `source`; see news.images.
    cover_renditions = models.JSONField(default=dict, blank=True, editable=False)
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
    expires_at = models.DateTimeField(
        "hết hạn lúc",
        null=True,
        blank=True,
        help_text="Để trống nếu bài không hết hạn. Đến giờ này bài tự rời khỏi trang.",
    )
    return_reason = models.TextField(
        "lý do trả lại",
        blank=True,
        help_text="Biên tập viên ghi khi trả bài; phóng viên đọc được trên trang sửa bài.",
    )
    created_by = staff_member_field("người tạo")
    updated_by = staff_member_field("người sửa cuối")
    created_at = models.DateTimeField("tạo lúc", auto_now_add=True)
    updated_at = models.DateTimeField("sửa lúc", auto_now=True)
    view_count = models.PositiveBigIntegerField("lượt xem", default=0, editable=False)
    # Topics editors choose (news.Topic through news.TaggedArticle); see news.related.
    tags = TaggableManager(
        "chủ đề",
        through="TaggedArticle",
        blank=True,
        help_text="Các chủ đề của bài, cách nhau bằng dấu phẩy, ví dụ: kỳ họp thứ 12, ngân sách.",
    )
    # Tone-folded copies kept for accent-insensitive search on databases without full-text.
    title_folded = models.CharField(max_length=255, blank=True, editable=False)
    search_folded = models.TextField(blank=True, editable=False)

    objects = ArticleQuerySet.as_manager()
    # Revisions: who changed what and when, restorable from the admin (django-simple-history).
    history = HistoricalRecords(
        verbose_name="phiên bản bài viết",
        verbose_name_plural="phiên bản bài viết",
        excluded_fields=["view_count", "title_folded", "search_folded", "cover_renditions"],
    )

    # Cleaned on save; title and body first, then the plain one-line/short fields.
    _TEXT_FIELDS = ("title", "body", "sapo", "byline", "source", "cover_caption", "cover_alt")

    class Meta:
        verbose_name = "bài viết"
        verbose_name_plural = "bài viết"
        ordering = ["-published_at", "-id"]
        permissions = [("publish_article", "Có thể đăng và ẩn bài viết")]
        constraints = [
            models.CheckConstraint(
                condition=Q(expires_at__isnull=True)
                | Q(published_at__isnull=True)
                | Q(expires_at__gt=F("published_at")),
                name="news_article_expires_after_publish",
                violation_error_message="Thời gian hết hạn phải sau thời gian đăng.",
            ),
        ]
        indexes = [
            models.Index(fields=["-published_at", "-id"], name="news_art_pub_id"),
            models.Index(fields=["status", "-published_at"], name="news_art_status_pub"),
            # With the id, "newest first" (published_at, then id) is read straight off the index:
            # category pages, home blocks and their counts never sort.
            models.Index(
                fields=["category", "status", "-published_at", "-id"],
                name="news_art_cat_status_pub_id",
            ),
            models.Index(fields=["status", "-view_count"], name="news_art_status_views"),
            # The newest featured article: few rows, walked newest first (news.listings).
            models.Index(
                fields=["status", "-published_at", "-id"],
                name="news_art_featured_st_pub_id",
                condition=Q(is_featured=True),
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        fields = kwargs.get("update_fields")
        if fields is None and not self._state.adding:
            # The view counter increments view_count in the database; writing back the value
            # loaded with this instance would lose the views counted meanwhile.
            fields = [
                f.name
                for f in self._meta.concrete_fields
                if not f.primary_key and f.name != "view_count"
            ]
        fields = None if fields is None else set(fields)

        def touches(*names):
            return fields is None or not fields.isdisjoint(names)

        if touches(*self._TEXT_FIELDS):
            # Text pasted from a TCVN3 or VNI document is converted first (TCVN3 writes "ư" as a
            # soft hyphen, which normalising drops); the admin tells the clerk what was converted.
            # The body is converted and normalised after cleaning: the sanitizer decodes
            # character references, so "&shy;", "&#x200b;" or "Vie&#x323;&#x302;t" only become
            # characters there.
            self.body = clean_html(self.body)
            # Kept over several saves of one instance (the admin saves, then publishes).
            self.legacy_conversions = getattr(self, "legacy_conversions", {})
            for name in self._TEXT_FIELDS:
                value, encoding = legacy_encoding.repair(getattr(self, name) or "")
                if encoding:
                    setattr(self, name, value)
                    self.legacy_conversions[name] = encoding
            self.title = text.squash_spaces(self.title)
            for name in self._TEXT_FIELDS[2:]:
                setattr(self, name, text.squash_spaces(getattr(self, name)))
            self.body = images.size_body_images(text.normalize(self.body))
            self.title_folded = text.fold(self.title)
            self.search_folded = text.fold(f"{self.title} {self.sapo} {plain_text(self.body)}")
            if fields is not None:
                fields |= {"title_folded", "search_folded"}
        if touches("slug") or not self.slug:
            self.slug = self.unique_slug(self.slug or self.title)
        old_cover_files = set()
        if touches("cover_image"):
            if not self._state.adding:
                old_cover_files = self._stored_cover_files()
            self._prepare_cover()
            if fields is not None:
                fields.add("cover_renditions")
        if fields is not None:
            kwargs["update_fields"] = fields
        # The search index is written in the transaction that writes the text.
        reindex = self._state.adding or touches(*self._TEXT_FIELDS)
        if not touches("slug") and not reindex:
            super().save(*args, **kwargs)
        elif not touches("slug"):
            with transaction.atomic():
                super().save(*args, **kwargs)
                search_index.index_article(self)
        else:
            with transaction.atomic():
                old_slug = None
                if not self._state.adding:
                    old_slug = (
                        Article.objects.filter(pk=self.pk).values_list("slug", flat=True).first()
                    )
                super().save(*args, **kwargs)
                if old_slug and old_slug != self.slug:
                    ArticleRedirect.objects.update_or_create(
                        old_slug=old_slug, defaults={"article": self}
                    )
                # A live slug always wins over an old address that pointed elsewhere.
                ArticleRedirect.objects.filter(old_slug=self.slug).delete()
                if reindex:
                    search_index.index_article(self)
        if old_cover_files:
            delete_unused_cover_files(old_cover_files - self.cover_files())

    def get_absolute_url(self):
        return reverse("news:article_detail", kwargs={"slug": self.slug})

    def delete(self, *args, **kwargs):
        files = self._stored_cover_files()
        result = super().delete(*args, **kwargs)
        delete_unused_cover_files(files)
        return result

    def cover_files(self):
        """Names of the cover and of its renditions in the storage."""
        renditions = self.cover_renditions or {}
        names = {self.cover_image.name if self.cover_image else ""}
        names.add(renditions.get("source", ""))
        names.update(renditions.get("files", {}).values())
        return names - {""}

    def _stored_cover_files(self):
        stored = Article.objects.filter(pk=self.pk).only("cover_image", "cover_renditions").first()
        return stored.cover_files() if stored else set()

    def unique_slug(self, value):
        """Slugify value and append -2, -3 … while another article already uses it."""
        base = text.slugify(value, max_length=200) or "bai-viet"
        others = Article.objects.exclude(pk=self.pk) if self.pk else Article.objects.all()
        slug, n = base, 1
        while others.filter(slug=slug).exists():
            n += 1
            slug = f"{base}-{n}"
        return slug

    def clean(self):
        super().clean()
        if self.cover_image and not text.squash_spaces(self.cover_alt):
            raise ValidationError(
                {
                    "cover_alt": ValidationError(
                        "Hãy mô tả ảnh đại diện cho người khiếm thị (alt).",
                        code="cover_alt_required",
                    )
                }
            )

    def _prepare_cover(self):
        """Re-encode a newly attached cover and (re)build its renditions when the cover changed."""
        cover = self.cover_image
        if not cover:
            self.cover_renditions = {}
            return
        if not cover._committed:
            self.store_new_cover()
        elif self.cover_renditions.get("source") != cover.name:
            try:
                with default_storage.open(cover.name) as fh:
                    self.cover_renditions = images.renditions_for(cover.name, fh).as_renditions()
            except (*STORAGE_ERRORS, images.StorageError, images.ValidationError):
                logger.warning("Could not build renditions for cover %s", cover.name)
                self.cover_renditions = {"source": cover.name}

    def store_new_cover(self):
        """Store a cover that was just uploaded, with its renditions; a cover already in the
        storage is left alone. Raises images.StorageError (nothing stored) when it cannot."""
        cover = self.cover_image
        if cover and not cover._committed:
            stored = images.store(cover.file, folder="articles")
            cover.name = stored.name
            cover._committed = True
            self.cover_renditions = stored.as_renditions()

    def get_preview_url(self):
        return reverse("news:article_preview", kwargs={"pk": self.pk})

    @property
    def _current_renditions(self):
        """The stored renditions, or {} when there is no cover or they were made from an older
        one (the cover was replaced and they were not rebuilt)."""
        renditions = self.cover_renditions or {}
        if self.cover_image and renditions.get("source") == self.cover_image.name:
            return renditions
        return {}

    def _rendition_url(self, width):
        if not self.cover_image:
            return ""
        name = self._current_renditions.get("files", {}).get(str(width))
        return default_storage.url(name) if name else self.cover_image.url

    @property
    def cover_thumb_url(self):
        return self._rendition_url(images.THUMB_WIDTH)

    @property
    def cover_card_url(self):
        return self._rendition_url(images.CARD_WIDTH)

    @property
    def cover_full_url(self):
        return self._rendition_url(images.FULL_WIDTH)

    @property
    def cover_width(self):
        return self._current_renditions.get("width")

    @property
    def cover_height(self):
        return self._current_renditions.get("height")

    @property
    def cover_share_url(self):
        """The stored original cover (JPEG or PNG as uploaded), for og:image: some social apps
        refuse the WebP renditions."""
        return self.cover_image.url if self.cover_image else ""

    @property
    def cover_srcset(self):
        """A srcset of the renditions, plus the original when it is no wider than the largest."""
        renditions = self._current_renditions
        if not renditions:
            return ""
        entries = [
            (int(width), default_storage.url(name))
            for width, name in renditions.get("files", {}).items()
        ]
        width = renditions.get("width")
        if width and width <= images.FULL_WIDTH:
            entries.append((width, self.cover_image.url))
        return ", ".join(f"{url} {width}w" for width, url in sorted(entries))

    @property
    def is_scheduled(self):
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at > timezone.now()
        )

    @property
    def is_expired(self):
        return (
            self.status == self.Status.PUBLISHED
            and self.expires_at is not None
            and self.expires_at <= timezone.now()
        )

    @property
    def is_public(self):
        """Whether readers can open it: the same rule as ArticleQuerySet.public()."""
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and not self.is_scheduled
            and not self.is_expired
            and self.category.is_active
        )


class ArticleRedirect(models.Model):
    """An address an article used to have; readers following it get a 301 to the current one.

    Either an old slug of ours (/tin-tuc/<old_slug>/) or an address of the portal it replaced
    (`old_url`: path and query as news.legacy_redirects.old_url_key writes them, any host)."""

    old_slug = models.SlugField("đường dẫn cũ", max_length=255, unique=True, null=True, blank=True)
    old_url = models.CharField(
        "địa chỉ trên cổng cũ", max_length=1000, unique=True, null=True, blank=True
    )
    article = models.ForeignKey(
        Article, verbose_name="bài viết", on_delete=models.CASCADE, related_name="redirects"
    )
    created_at = models.DateTimeField("tạo lúc", auto_now_add=True)

    class Meta:
        verbose_name = "đường dẫn cũ"
        verbose_name_plural = "đường dẫn cũ"
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(old_slug__isnull=False, old_url__isnull=True)
                | Q(old_slug__isnull=True, old_url__isnull=False),
                name="news_redirect_slug_or_url",
            ),
        ]

    def __str__(self):
        return f"{self.old_slug or self.old_url} → {self.article_id}"


class BodyImageQuerySet(models.QuerySet):
    def matching_alt(self, query):
        """Images whose alt text holds every word typed, tone marks or not."""
        images = self
        for word in text.fold(query or "").lower().split():
            images = images.filter(alt_folded__contains=word)
        return images


class BodyImage(models.Model):
    """A picture uploaded through the editor: its size (so pages reserve its room before it
    loads) and its alt text (to find it again in the editor's small media library)."""

    name = models.CharField("tệp", max_length=255, unique=True)
    # The file the editor puts in src: the largest rendition, or the original when smaller.
    default_name = models.CharField("tệp hiển thị", max_length=255, db_index=True)
    width = models.PositiveIntegerField("rộng (px)")
    height = models.PositiveIntegerField("cao (px)")
    renditions = models.JSONField("ảnh thu nhỏ", default=dict, blank=True)
    alt = models.CharField("mô tả ảnh (alt)", max_length=300, blank=True)
    alt_folded = models.CharField(max_length=300, blank=True, editable=False)
    uploaded_by = staff_member_field("người tải lên")
    created_at = models.DateTimeField("tải lên lúc", auto_now_add=True)

    objects = BodyImageQuerySet.as_manager()

    class Meta:
        verbose_name = "ảnh trong bài"
        verbose_name_plural = "ảnh trong bài"
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return self.alt or self.name

    def save(self, *args, **kwargs):
        self.alt = text.squash_spaces(self.alt).replace("\n", " ")
        self.alt_folded = text.fold(self.alt).lower()
        super().save(*args, **kwargs)

    @property
    def url(self):
        return default_storage.url(self.default_name)

    @property
    def thumb_url(self):
        name = self.renditions.get(str(images.THUMB_WIDTH)) or self.default_name
        return default_storage.url(name)


class ArticleImport(models.Model):
    """Where an imported article came from (news.importing): its stable source key makes a
    second import update it instead of adding it again."""

    article = models.OneToOneField(
        Article, verbose_name="bài viết", on_delete=models.CASCADE, related_name="import_record"
    )
    # The old address, the WordPress guid or a hash of title and date (news.importing.items).
    source_key = models.CharField("khoá nguồn", max_length=255, unique=True)
    source_format = models.CharField("định dạng nguồn", max_length=10)
    source_name = models.CharField("tệp nguồn", max_length=500)
    source_url = models.CharField("địa chỉ cũ", max_length=1000, blank=True)
    encoding = models.CharField("bảng mã gốc", max_length=20, blank=True)
    content_hash = models.CharField(max_length=64, editable=False)
    # The old portal's count at the last import: a later import adds only what it counted since.
    legacy_view_count = models.PositiveBigIntegerField("lượt xem trên cổng cũ", default=0)
    imported_at = models.DateTimeField("nhập lúc", auto_now_add=True)
    updated_at = models.DateTimeField("nhập lại lúc", auto_now=True)

    class Meta:
        verbose_name = "bài nhập từ cổng cũ"
        verbose_name_plural = "bài nhập từ cổng cũ"
        ordering = ["-imported_at", "-id"]

    def __str__(self):
        return self.source_name


# --- Search --------------------------------------------------------------------------------------

SEARCH_ABBREVIATIONS_CACHE = Key("news:search-abbreviations", version=1, timeout=3600)


class SearchAbbreviationQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)


class SearchAbbreviation(models.Model):
    """An abbreviation and its full form, which the site search treats as one ("HĐND" and
    "Hội đồng nhân dân"); editors extend the list in the admin."""

    short_form = models.CharField("viết tắt", max_length=40, help_text="Ví dụ: HĐND")
    full_form = models.CharField(
        "viết đầy đủ", max_length=200, help_text="Ví dụ: Hội đồng nhân dân"
    )
    is_active = models.BooleanField("đang dùng", default=True)
    short_folded = models.CharField(max_length=40, editable=False)
    full_folded = models.CharField(max_length=200, editable=False)

    objects = SearchAbbreviationQuerySet.as_manager()

    class Meta:
        verbose_name = "từ viết tắt (tìm kiếm)"
        verbose_name_plural = "từ viết tắt (tìm kiếm)"
        ordering = ["short_form", "full_form"]
        constraints = [
            models.UniqueConstraint(
                fields=["short_folded", "full_folded"],
                name="news_search_abbreviation_unique",
                violation_error_message="Cặp viết tắt và viết đầy đủ này đã có.",
            )
        ]

    def __str__(self):
        return f"{self.short_form} = {self.full_form}"

    def save(self, *args, **kwargs):
        self.short_form = text.squash_spaces(self.short_form)
        self.full_form = text.squash_spaces(self.full_form)
        self.short_folded = search_words.fold(self.short_form)
        self.full_folded = search_words.fold(self.full_form)
        super().save(*args, **kwargs)

    def clean(self):
        self.short_form = text.squash_spaces(self.short_form)
        self.full_form = text.squash_spaces(self.full_form)
        short, full = search_words.fold(self.short_form), search_words.fold(self.full_form)
        self.short_folded, self.full_folded = short, full
        if not short or not full:
            raise ValidationError("Cần cả dạng viết tắt và dạng đầy đủ, có ít nhất một chữ.")
        if short == full:
            raise ValidationError("Dạng viết tắt và dạng đầy đủ phải khác nhau.")
        # The folded columns are not on the admin form, so the constraint is checked here.
        others = SearchAbbreviation.objects.exclude(pk=self.pk)
        if others.filter(short_folded=short, full_folded=full).exists():
            raise ValidationError("Cặp viết tắt và viết đầy đủ này đã có.")


class SearchWord(models.Model):
    """A word of the archive, for "Có phải bạn muốn tìm" suggestions: its folded form, the
    spelling readers see, and in how many saved texts it appeared."""

    folded = models.CharField(max_length=60)
    display = models.CharField(max_length=60, unique=True)
    frequency = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "từ trong kho bài"
        verbose_name_plural = "từ trong kho bài"
        indexes = [models.Index(fields=["folded", "-frequency"], name="news_searchword_folded")]

    def __str__(self):
        return self.display


# --- Topics, related articles, daily views, spoken articles --------------------------------------


class Topic(TagBase):
    """A topic ("Chủ đề") editors tag articles with; its page is /chu-de/<slug>/."""

    class Meta:
        verbose_name = "chủ đề"
        verbose_name_plural = "chủ đề"
        ordering = ["name"]

    def save(self, *args, **kwargs):
        self.name = " ".join(text.squash_spaces(self.name).split())[:100]
        super().save(*args, **kwargs)

    def slugify(self, tag, i=None):
        slug = text.slugify(tag, max_length=90) or "chu-de"
        return f"{slug}-{i}" if i is not None else slug

    def get_absolute_url(self):
        return reverse("news:topic", kwargs={"slug": self.slug})


class TaggedArticle(TaggedItemBase):
    """One topic of one article; typed foreign keys, so a topic's articles are one index walk."""

    content_object = models.ForeignKey(
        Article, verbose_name="bài viết", on_delete=models.CASCADE, related_name="tagged_items"
    )
    tag = models.ForeignKey(
        Topic, verbose_name="chủ đề", on_delete=models.CASCADE, related_name="tagged_articles"
    )

    class Meta:
        verbose_name = "chủ đề của bài"
        verbose_name_plural = "chủ đề của bài"
        constraints = [
            models.UniqueConstraint(
                fields=["content_object", "tag"], name="news_tagged_article_once"
            ),
        ]
        indexes = [models.Index(fields=["tag", "content_object"], name="news_tagged_tag_art")]


class RelatedArticle(models.Model):
    """ "Bài liên quan", worked out on save (news.related) and read in one query."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="related_rows")
    related = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="related_of")
    score = models.FloatField()

    class Meta:
        verbose_name = "bài liên quan"
        verbose_name_plural = "bài liên quan"
        constraints = [
            models.UniqueConstraint(fields=["article", "related"], name="news_related_once"),
        ]
        indexes = [models.Index(fields=["article", "-score"], name="news_related_art_score")]

    def __str__(self):
        return f"{self.article_id} → {self.related_id}"


class ArticleDailyViews(models.Model):
    """Views of one article on one local day, kept by news.view_counter with the total."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="daily_views")
    day = models.DateField()
    views = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "lượt xem theo ngày"
        verbose_name_plural = "lượt xem theo ngày"
        constraints = [
            models.UniqueConstraint(fields=["article", "day"], name="news_daily_views_once"),
        ]
        # "Most read since day D" reads only that period's rows, never the archive.
        indexes = [models.Index(fields=["day", "article", "views"], name="news_daily_day_art")]

    def __str__(self):
        return f"{self.article_id} {self.day}: {self.views}"


class ArticleAudio(models.Model):
    """The spoken version of an article ("Nghe bài"), made in the background (news.audio)."""

    article = models.OneToOneField(Article, on_delete=models.CASCADE, related_name="audio")
    file = models.CharField("tệp", max_length=255, blank=True)
    # Hash of the text read aloud and the article's updated_at it was made from.
    text_hash = models.CharField(max_length=64, blank=True)
    source_updated_at = models.DateTimeField()
    duration_seconds = models.PositiveIntegerField(default=0)
    size_bytes = models.PositiveIntegerField(default=0)
    error = models.CharField("lỗi", max_length=300, blank=True)
    made_at = models.DateTimeField("tạo lúc", auto_now=True)

    class Meta:
        verbose_name = "bản đọc bài"
        verbose_name_plural = "bản đọc bài"

    def __str__(self):
        return self.file or self.error

    @property
    def url(self):
        return default_storage.url(self.file) if self.file else ""
