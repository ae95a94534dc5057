"""Staff screens for delegates, committees, constituencies, questions in session and the work
schedule, for the records clerks ("Văn thư") and editors. Dates and times are typed the
Vietnamese way (05/12/2026, 08:00); searches ignore tone marks."""

from django import forms
from django.contrib import admin
from django.utils.html import format_html

from news import images
from portal import text
from portal.formats import format_datetime

from . import portraits
from .admin import FoldedSearchMixin, VietnameseDatesMixin
from .models import (
    Commitment,
    Committee,
    CommitteeMembership,
    Constituency,
    Delegate,
    DelegateGroup,
    Event,
    Membership,
    Position,
    Question,
    Ward,
)


@admin.register(Position, DelegateGroup)
class PeopleListAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "order"]
    list_editable = ["order"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Committee)
class CommitteeAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "order"]
    list_editable = ["order"]
    list_filter = ["kind"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


class WardInline(admin.TabularInline):
    model = Ward
    extra = 3
    fields = ["kind", "name"]


@admin.register(Constituency)
class ConstituencyAdmin(admin.ModelAdmin):
    list_display = ["name_column", "term", "seats", "ward_list"]
    list_filter = ["term"]
    list_select_related = ["term"]
    inlines = [WardInline]
    fields = ["term", "number", "seats"]

    @admin.display(description="đơn vị bầu cử", ordering="number")
    def name_column(self, obj):
        return obj.name

    @admin.display(description="phường, xã")
    def ward_list(self, obj):
        return ", ".join(w.full_name for w in obj.wards.all())

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("wards")


@admin.register(Ward)
class WardAdmin(admin.ModelAdmin):
    list_display = ["full_name", "constituency"]
    list_filter = ["kind", "constituency__term"]
    list_select_related = ["constituency__term"]
    search_fields = ["name_folded"]
    search_help_text = "Tìm theo tên, có dấu hoặc không dấu."

    def get_search_results(self, request, queryset, search_term):
        folded = " ".join(text.fold(search_term).lower().split())
        return (queryset.filter(name_folded__contains=folded) if folded else queryset), False


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 1
    fields = ["term", "constituency", "delegate_group", "position", "is_full_time"]


class CommitteeMembershipInline(admin.TabularInline):
    model = CommitteeMembership
    extra = 1
    fields = ["term", "committee", "role"]


class DelegateForm(forms.ModelForm):
    portrait = images.ImageUploadField(
        label="ảnh chân dung",
        required=False,
        help_text=Delegate._meta.get_field("portrait").help_text,
    )

    class Meta:
        model = Delegate
        fields = [
            "full_name",
            "portrait",
            "birth_year",
            "workplace",
            "biography",
            "office_phone",
            "office_email",
            "office_address",
            "order",
            "is_published",
            "articles",
        ]

    def _post_clean(self):
        super()._post_clean()
        # Stored while the form can still say what went wrong (a full or read-only storage).
        if not self.errors:
            try:
                portraits.prepare(self.instance)
            except images.StorageError as exc:
                self.add_error("portrait", exc.message)


@admin.register(Delegate)
class DelegateAdmin(FoldedSearchMixin, admin.ModelAdmin):
    form = DelegateForm
    list_display = ["portrait_column", "full_name", "workplace", "order", "is_published"]
    list_display_links = ["full_name"]
    list_editable = ["order"]
    list_filter = ["is_published", "memberships__term", "committee_memberships__committee"]
    search_fields = ["full_name"]
    search_help_text = "Tìm theo họ tên, có dấu hoặc không dấu."
    autocomplete_fields = ["articles"]
    inlines = [MembershipInline, CommitteeMembershipInline]
    fieldsets = [
        (None, {"fields": ["full_name", "portrait", "birth_year", "workplace", "biography"]}),
        (
            "Liên hệ công vụ (công khai)",
            {
                "fields": ["office_phone", "office_email", "office_address"],
                "description": "Chỉ thông tin liên hệ của cơ quan, không ghi số điện thoại "
                "hay địa chỉ riêng của đại biểu.",
            },
        ),
        ("Hiển thị", {"fields": ["order", "is_published"]}),
        ("Bài viết liên quan", {"fields": ["articles"]}),
    ]

    @admin.display(description="ảnh")
    def portrait_column(self, obj):
        card = obj.portrait_card
        if not card:
            return "—"
        return format_html('<img src="{}" alt="" width="48" loading="lazy">', card["src"])


class CommitmentInline(VietnameseDatesMixin, admin.StackedInline):
    model = Commitment
    extra = 1
    fields = [("text", "due_on"), ("status", "order"), "result"]


class QuestionForm(forms.ModelForm):
    class Meta:
        model = Question
        fields = [
            "session",
            "asked_on",
            "order",
            "delegate",
            "respondent",
            "agency",
            "sector",
            "question",
            "answer_summary",
            "is_published",
            "video_url",
            "video_start",
            "documents",
        ]
        widgets = {
            "question": forms.Textarea(attrs={"rows": 4}),
            "answer_summary": forms.Textarea(attrs={"rows": 5}),
        }


@admin.register(Question)
class QuestionAdmin(VietnameseDatesMixin, FoldedSearchMixin, admin.ModelAdmin):
    form = QuestionForm
    list_display = ["question_column", "delegate", "agency", "session", "status"]
    list_filter = ["session", "status", "agency", "sector", "is_published"]
    list_select_related = ["delegate", "agency", "session__term"]
    search_fields = ["respondent"]
    search_help_text = "Tìm theo nội dung, đại biểu, người trả lời, có dấu hoặc không dấu."
    autocomplete_fields = ["delegate", "session", "documents"]
    readonly_fields = ["status"]
    inlines = [CommitmentInline]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "session",
                    ("asked_on", "order"),
                    "delegate",
                    ("respondent", "agency"),
                    "sector",
                    "question",
                    "answer_summary",
                    "status",
                    "is_published",
                ]
            },
        ),
        ("Video", {"fields": [("video_url", "video_start")]}),
        ("Văn bản liên quan", {"fields": ["documents"]}),
    ]

    @admin.display(description="nội dung chất vấn")
    def question_column(self, obj):
        return obj.question[:140]

    def get_queryset(self, request):
        return super().get_queryset(request).defer("search_folded")

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "video_url":
            kwargs["assume_scheme"] = "https"  # video addresses are https only
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # The answer may have come with the commitments: the status follows both.
        form.instance.save()


@admin.register(Event)
class EventAdmin(VietnameseDatesMixin, admin.ModelAdmin):
    list_display = ["when", "title", "kind", "place", "is_public"]
    list_filter = ["kind", "is_public", "session"]
    list_select_related = ["session__term"]
    search_fields = ["title", "place", "host"]
    date_hierarchy = "starts_at"
    autocomplete_fields = ["participants", "session"]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "title",
                    "kind",
                    ("starts_at", "ends_at"),
                    "place",
                    "host",
                    "participants",
                    "other_participants",
                    "session",
                    "note",
                    "is_public",
                ]
            },
        ),
    ]

    @admin.display(description="thời gian", ordering="starts_at")
    def when(self, obj):
        return format_datetime(obj.starts_at)
