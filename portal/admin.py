from django import forms
from django.contrib import admin, messages
from django.contrib.admin.models import LogEntry
from django.db.models import Subquery
from django.utils import timezone
from django.utils.html import format_html

from portal.form_fields import (
    CommaDecimalField,
    GroupedIntegerField,
    LabelledInlineFormSet,
    VietnameseNumberInput,
)
from portal.formats import format_datetime_short, format_decimal

from . import cache, widgets
from .models import GoldPrice, GoldPriceBoard, WeatherReport
from .revisions import RevisionAdmin


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


class GoldPriceForm(forms.ModelForm):
    # Prices are typed and shown with dots between thousands: "149.200".
    buy = GroupedIntegerField(label="giá mua vào", min_value=0)
    sell = GroupedIntegerField(label="giá bán ra", min_value=0)

    class Meta:
        model = GoldPrice
        fields = ["kind", "buy", "sell", "order"]


class GoldPriceInline(admin.TabularInline):
    model = GoldPrice
    form = GoldPriceForm
    formset = LabelledInlineFormSet
    fields = ["kind", "buy", "sell", "order"]
    extra = 0
    min_num = 1


@admin.register(GoldPriceBoard)
class GoldPriceBoardAdmin(FreshnessMixin, RevisionAdmin):
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
class WeatherReportAdmin(FreshnessMixin, RevisionAdmin):
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

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "temperature":
            # "29,5" with a comma, as the site shows it; narrow, so the list fits a laptop.
            return db_field.formfield(
                form_class=CommaDecimalField,
                widget=VietnameseNumberInput(
                    {"size": 5}, formatter=lambda value: format_decimal(value, 1)
                ),
                **kwargs,
            )
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def get_changelist_form(self, request, **kwargs):
        # Narrow inputs, so every column of the list fits a laptop screen.
        kwargs.setdefault(
            "widgets",
            {
                "humidity": forms.NumberInput(attrs={"style": "width: 4em"}),
                "description": forms.TextInput(attrs={"size": 24}),
            },
        )
        return super().get_changelist_form(request, **kwargs)


@admin.register(LogEntry)
class AuditTrailAdmin(admin.ModelAdmin):
    """The audit trail ("Nhật ký thao tác"): every admin edit and every decision (publishing,
    returning, hiding, moderating; portal.audit), filtered by person and date. Read-only."""

    list_display = ["action_time_shown", "user", "object_link", "what", "message"]
    list_display_links = None
    list_filter = [
        ("user", admin.RelatedOnlyFieldListFilter),
        "action_time",
        ("content_type", admin.RelatedOnlyFieldListFilter),
    ]
    date_hierarchy = "action_time"
    search_fields = ["object_repr", "change_message", "user__username"]
    list_select_related = ["user", "content_type"]
    list_per_page = 50

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description="thời điểm", ordering="action_time")
    def action_time_shown(self, entry):
        return format_datetime_short(entry.action_time)

    @admin.display(description="mục")
    def object_link(self, entry):
        url = entry.get_admin_url() if entry.content_type_id else ""
        if url and not entry.is_deletion():
            return format_html('<a href="{}">{}</a>', url, entry.object_repr)
        return entry.object_repr

    @admin.display(description="loại")
    def what(self, entry):
        return str(entry.content_type.name) if entry.content_type_id else "—"

    @admin.display(description="thao tác")
    def message(self, entry):
        if entry.is_addition():
            return "Thêm mới"
        if entry.is_deletion():
            return "Xoá"
        return entry.get_change_message() or "Sửa"
