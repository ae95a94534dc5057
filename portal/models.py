"""Small information widgets that council staff keep up to date for the sidebar, and the
field every app uses to record which staff member did something."""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from simple_history.models import HistoricalRecords

from portal import text


def staff_member_field(verbose_name):
    """Who did it: kept when the account is deleted (set to empty), never a reverse accessor."""
    return models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=verbose_name,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )


class PublishedQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)


class GoldPriceBoardQuerySet(PublishedQuerySet):
    def current(self):
        """The one board readers see: the most recently updated published one."""
        return self.published().order_by("-updated_at", "-id")[:1]


class GoldPriceBoard(models.Model):
    """A Loại / Mua / Bán table; the time it was last saved is the time of its prices."""

    title = models.CharField("tiêu đề", max_length=120, default="Giá vàng")
    unit = models.CharField(
        "đơn vị tính",
        max_length=60,
        default="nghìn đồng/lượng",
        help_text="Ví dụ: nghìn đồng/lượng, nghìn đồng/chỉ.",
    )
    source = models.CharField(
        "nguồn giá",
        max_length=200,
        blank=True,
        help_text="Ví dụ: Theo niêm yết của Công ty Vàng bạc Minh Giang.",
    )
    is_published = models.BooleanField("đang hiển thị", default=True)
    updated_at = models.DateTimeField(
        "cập nhật lúc",
        auto_now=True,
        help_text="Tự ghi mỗi khi lưu bảng giá. Bảng giá quá cũ sẽ tự ẩn khỏi trang.",
    )

    objects = GoldPriceBoardQuerySet.as_manager()
    history = HistoricalRecords(
        verbose_name="phiên bản bảng giá vàng", verbose_name_plural="phiên bản bảng giá vàng"
    )

    class Meta:
        verbose_name = "bảng giá vàng"
        verbose_name_plural = "bảng giá vàng"
        ordering = ["-updated_at", "-id"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.title = text.squash_spaces(self.title)
        self.unit = text.squash_spaces(self.unit)
        self.source = text.squash_spaces(self.source)
        super().save(*args, **kwargs)


class GoldPrice(models.Model):
    board = models.ForeignKey(
        GoldPriceBoard, verbose_name="bảng giá", on_delete=models.CASCADE, related_name="prices"
    )
    kind = models.CharField("loại vàng", max_length=100)
    buy = models.PositiveIntegerField("giá mua vào")
    sell = models.PositiveIntegerField("giá bán ra")
    order = models.PositiveSmallIntegerField("thứ tự", default=0)

    history = HistoricalRecords(
        verbose_name="phiên bản giá vàng", verbose_name_plural="phiên bản giá vàng"
    )

    class Meta:
        verbose_name = "giá vàng"
        verbose_name_plural = "giá vàng"
        ordering = ["order", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["board", "kind"],
                name="portal_goldprice_unique_kind",
                violation_error_message="Loại vàng này đã có trong bảng giá.",
            ),
            models.CheckConstraint(
                condition=Q(sell__gte=F("buy")),
                name="portal_goldprice_sell_gte_buy",
                violation_error_message="Giá bán ra không được thấp hơn giá mua vào.",
            ),
        ]

    def __str__(self):
        return self.kind

    def save(self, *args, **kwargs):
        self.kind = text.squash_spaces(self.kind)
        super().save(*args, **kwargs)


class WeatherReport(models.Model):
    place = models.CharField("địa điểm", max_length=120, unique=True)
    temperature = models.DecimalField(
        "nhiệt độ (°C)",
        max_digits=4,
        decimal_places=1,
        validators=[MinValueValidator(Decimal("-30")), MaxValueValidator(Decimal("50"))],
    )
    humidity = models.PositiveSmallIntegerField(
        "độ ẩm (%)", validators=[MinValueValidator(0), MaxValueValidator(100)]
    )
    description = models.CharField(
        "mô tả", max_length=120, help_text="Ví dụ: Nhiều mây, có mưa rào vài nơi."
    )
    order = models.PositiveSmallIntegerField("thứ tự", default=0)
    is_published = models.BooleanField("đang hiển thị", default=True)
    updated_at = models.DateTimeField(
        "cập nhật lúc",
        auto_now=True,
        help_text="Tự ghi mỗi khi lưu. Bản tin quá cũ sẽ tự ẩn khỏi trang.",
    )

    objects = PublishedQuerySet.as_manager()
    history = HistoricalRecords(
        verbose_name="phiên bản bản tin thời tiết",
        verbose_name_plural="phiên bản bản tin thời tiết",
    )

    class Meta:
        verbose_name = "bản tin thời tiết"
        verbose_name_plural = "bản tin thời tiết"
        ordering = ["order", "place"]
        constraints = [
            models.CheckConstraint(
                condition=Q(humidity__lte=100),
                name="portal_weather_humidity_lte_100",
                violation_error_message="Độ ẩm phải từ 0 đến 100%.",
            ),
        ]

    def __str__(self):
        return self.place

    def save(self, *args, **kwargs):
        self.place = text.squash_spaces(self.place)
        self.description = text.squash_spaces(self.description)
        super().save(*args, **kwargs)
