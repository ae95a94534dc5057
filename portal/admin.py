from django import forms
from django.contrib import admin, messages
from django.db.models import Subquery
from django.utils import timezone

from portal.formats import format_datetime_short

from . import cache, widgets
from .models import GoldPrice, GoldPriceBoard, WeatherReport


class FreshnessMixin:
    """A column and an action that tell staff whether readers still see a widget's data."""

    widget_kind = ""

    @admin.display(description="Cập nhật lúc", ordering="updated_at")
    def updated(self, obj):
        return format_datetime_short(obj.updated_at)

    @admin.display(description="Trên trang")
    def shown_on_site(self, obj):
        if not obj.is_published:
            return "Đang tắt"
        if getattr(obj, "current_pk", obj.pk) != obj.pk:
            return "Không hiển thị: trang đang dùng bảng giá cập nhật gần hơn"
        if widgets.is_fresh(obj.updated_at, self.widget_kind):
            return "Đang hiển thị"
        hours = widgets.max_age(self.widget_kind).total_seconds() / 3600
        return f"Đã ẩn: quá {hours:g} giờ chưa cập nhật"

    @admin.action(description="Xác nhận số liệu vẫn đúng (ghi thời gian cập nhật là bây giờ)")
    def confirm_still_current(self, request, queryset):
        count = queryset.update(updated_at=timezone.now())
        # update() sends no signals.
        cache.changed(queryset.model, queryset)
        self.message_user(
            request, f"Đã ghi thời gian cập nhật mới cho {count} mục.", messages.SUCCESS
        )


class GoldPriceInline(admin.TabularInline):
    model = GoldPrice
    fields = ["kind", "buy", "sell", "order"]
    extra = 0
    min_num = 1


@admin.register(GoldPriceBoard)
class GoldPriceBoardAdmin(FreshnessMixin, admin.ModelAdmin):
    widget_kind = "gold"
    list_display = ["title", "unit", "updated", "shown_on_site"]
    list_filter = ["is_published"]
    fields = ["title", "unit", "source", "is_published", "updated_at"]
    readonly_fields = ["updated_at"]
    inlines = [GoldPriceInline]
    actions = ["confirm_still_current"]

    def get_queryset(self, request):
        # Only the newest published board is shown on the site; say so beside the others.
        current = GoldPriceBoard.objects.current().values("pk")
        return super().get_queryset(request).annotate(current_pk=Subquery(current))

    def get_changeform_initial_data(self, request):
        return {"title": "Giá vàng", "unit": "nghìn đồng/lượng"}


@admin.register(WeatherReport)
class WeatherReportAdmin(FreshnessMixin, admin.ModelAdmin):
    widget_kind = "weather"
    list_display = [
        "place",
        "temperature",
        "humidity",
        "description",
        "updated",
        "shown_on_site",
    ]
    # The clerk updates every place from the list in one save.
    list_editable = ["temperature", "humidity", "description"]
    fields = [
        "place",
        "temperature",
        "humidity",
        "description",
        "order",
        "is_published",
        "updated_at",
    ]
    readonly_fields = ["updated_at"]
    actions = ["confirm_still_current"]

    def get_changelist_form(self, request, **kwargs):
        # Narrow inputs, so every column of the list fits a laptop screen.
        kwargs.setdefault(
            "widgets",
            {
                "temperature": forms.NumberInput(attrs={"step": "0.1", "style": "width: 5em"}),
                "humidity": forms.NumberInput(attrs={"style": "width: 4em"}),
                "description": forms.TextInput(attrs={"size": 24}),
            },
        )
        return super().get_changelist_form(request, **kwargs)
