"""Admin screens for the office's own pages, agency links and citizens' contact messages."""

from django.contrib import admin
from django.db import models
from django_ckeditor_5.widgets import CKEditor5Widget

from .models import ContactMessage, InstitutionalPage, RelatedAgency


@admin.register(InstitutionalPage)
class InstitutionalPageAdmin(admin.ModelAdmin):
    list_display = ["title", "language", "order", "is_published", "updated_at"]
    list_editable = ["order", "is_published"]
    list_filter = ["language", "is_published"]
    search_fields = ["title"]
    prepopulated_fields = {"slug": ["title"]}
    fields = ["title", "slug", "language", "summary", "body", "order", "is_published"]
    formfield_overrides = {
        models.TextField: {"widget": CKEditor5Widget(config_name="default")},
    }


@admin.register(RelatedAgency)
class RelatedAgencyAdmin(admin.ModelAdmin):
    list_display = ["name", "url", "order"]
    list_editable = ["order"]


@admin.register(ContactMessage)
class ContactMessageAdmin(admin.ModelAdmin):
    list_display = ["subject", "name", "created_at", "emailed_at", "is_handled"]
    list_filter = ["is_handled", ("emailed_at", admin.EmptyFieldListFilter)]
    search_fields = ["subject", "name", "email", "phone"]
    date_hierarchy = "created_at"
    readonly_fields = ["name", "email", "phone", "subject", "message", "created_at", "emailed_at"]
    fields = [*readonly_fields, "is_handled"]
    actions = ["mark_handled"]

    def has_add_permission(self, request):
        return False  # messages come from citizens only

    @admin.action(description="Đánh dấu đã xử lý")
    def mark_handled(self, request, queryset):
        queryset.update(is_handled=True)
