from django.contrib import admin, messages
from django.db.models import Case, IntegerField, Value, When
from django.utils.html import format_html

from . import moderation
from .models import BannedWord, Comment


class FlaggedFilter(admin.SimpleListFilter):
    title = "từ bị cấm"
    parameter_name = "co_tu_cam"

    def lookups(self, request, model_admin):
        return [("co", "Có từ bị cấm"), ("khong", "Không có")]

    def queryset(self, request, queryset):
        if self.value() == "co":
            return queryset.exclude(flagged_words="")
        if self.value() == "khong":
            return queryset.filter(flagged_words="")
        return queryset


@admin.register(Comment)
class CommentAdmin(admin.ModelAdmin):
    """The moderation queue: pending comments first, newest first within each group."""

    list_display = ["title", "name", "article", "created_at", "status", "flag", "has_reply"]
    list_display_links = ["title"]
    list_filter = ["status", FlaggedFilter, ("article", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["title", "content", "name", "phone", "article__title"]
    list_select_related = ["article"]
    list_per_page = 50
    date_hierarchy = "created_at"
    actions = ["approve_selected", "reject_selected", "mark_spam_selected"]
    readonly_fields = [
        "article",
        "name",
        "phone",
        "title",
        "content",
        "flagged_words",
        "created_at",
        "sender",
        "user_agent",
        "moderated_at",
        "moderated_by",
        "replied_at",
        "replied_by",
    ]
    fieldsets = [
        (
            "Bình luận của bạn đọc",
            {"fields": ["article", "title", "content", "name", "phone", "created_at"]},
        ),
        ("Kiểm duyệt", {"fields": ["status", "flagged_words", "moderated_at", "moderated_by"]}),
        (
            "Trả lời của Ban biên tập",
            {"fields": ["reply", "replied_at", "replied_by"]},
        ),
        (
            "Thông tin kỹ thuật",
            {"fields": ["sender", "user_agent"], "classes": ["collapse"]},
        ),
    ]

    def get_ordering(self, request):
        pending_first = Case(
            When(status=Comment.Status.PENDING, then=Value(0)),
            default=Value(1),
            output_field=IntegerField(),
        )
        return [pending_first.asc(), "-created_at", "-id"]

    def has_add_permission(self, request):
        return False  # comments come from readers

    def view_on_site(self, obj):
        return obj.get_absolute_url() if obj.is_public else None

    @admin.display(description="từ bị cấm", ordering="flagged_words")
    def flag(self, obj):
        return format_html("⚠ {}", obj.flagged_words) if obj.flagged_words else "–"

    @admin.display(description="đã trả lời", boolean=True)
    def has_reply(self, obj):
        return bool(obj.reply)

    @admin.display(description="mã người gửi")
    def sender(self, obj):
        # A prefix is enough to see that two comments came from one address.
        return obj.address_hash[:12] or "–"

    def save_model(self, request, obj, form, change):
        if change:
            previous = Comment.objects.filter(pk=obj.pk).values("status", "reply").first() or {}
            moderation.record_status_change(obj, previous.get("status"), request.user)
            moderation.record_reply(obj, previous.get("reply", ""), request.user)
        super().save_model(request, obj, form, change)

    def _moderate(self, request, queryset, action, done):
        count = action(queryset, request.user)
        self.message_user(request, f"Đã {done} {count} bình luận.", messages.SUCCESS)

    @admin.action(description="Duyệt các bình luận đã chọn", permissions=["change"])
    def approve_selected(self, request, queryset):
        self._moderate(request, queryset, moderation.approve, "duyệt")

    @admin.action(description="Từ chối các bình luận đã chọn", permissions=["change"])
    def reject_selected(self, request, queryset):
        self._moderate(request, queryset, moderation.reject, "từ chối")

    @admin.action(description="Đánh dấu là thư rác", permissions=["change"])
    def mark_spam_selected(self, request, queryset):
        self._moderate(request, queryset, moderation.mark_spam, "đánh dấu thư rác")


@admin.register(BannedWord)
class BannedWordAdmin(admin.ModelAdmin):
    list_display = ["word", "created_at"]
    search_fields = ["word"]
