"""Staff screens for the council's records, used by the records clerks ("Văn thư") and editors.

Files are checked in the form (council.files.inspect) before anything is saved, so a refused
file leaves no document, no row and no stored file behind; the admin's change view runs in one
transaction. Search in these lists ignores tone marks like the public register.
"""

from django import forms
from django.conf import settings
from django.contrib import admin
from django.contrib.admin.widgets import AdminDateWidget
from django.core.files.uploadedfile import UploadedFile
from django.db import models, transaction
from django.urls import path
from django.utils.html import format_html

from portal import text
from portal.formats import format_date

from . import amendments, files, imports
from .models import (
    AgendaItem,
    Document,
    DocumentChange,
    DocumentFile,
    DocumentKind,
    IssuingBody,
    Sector,
    Session,
    Term,
)

# Dates are typed day first: 05/12/2026 is the fifth of December (Django's defaults would read
# it as May 12). ISO dates from the calendar widget are accepted too.
DATE_INPUT_FORMATS = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d"]


class VietnameseDatesMixin:
    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if isinstance(db_field, models.DateField) and not isinstance(
            db_field, models.DateTimeField
        ):
            kwargs["form_class"] = forms.DateField
            kwargs["widget"] = AdminDateWidget(format="%d/%m/%Y")
            field = db_field.formfield(**kwargs)
            field.input_formats = DATE_INPUT_FORMATS
            field.help_text = field.help_text or "Ngày/tháng/năm, ví dụ: 05/12/2026."
            return field
        return super().formfield_for_dbfield(db_field, request, **kwargs)


class FoldedSearchMixin:
    """Admin search (and autocomplete) on the tone-folded search column: "nghi quyet 15"."""

    def get_search_results(self, request, queryset, search_term):
        words = text.fold(search_term).split()
        if not words:
            return queryset, False
        for word in words[:10]:
            queryset = queryset.filter(search_folded__contains=word)
        return queryset, False


@admin.register(DocumentKind)
class DocumentKindAdmin(admin.ModelAdmin):
    list_display = ["name", "abbreviation", "is_legal_act", "order"]
    list_editable = ["order"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Sector, IssuingBody)
class NamedListAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "order"]
    list_editable = ["order"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


class DocumentFileForm(forms.ModelForm):
    class Meta:
        model = DocumentFile
        fields = ["file", "original_name", "order"]
        labels = {"original_name": "tên tệp khi tải về"}
        help_texts = {"original_name": "Để trống để dùng tên của tệp tải lên."}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[
            "file"
        ].help_text = (
            f"{files.ALLOWED_TEXT}, tối đa {files.human_size(settings.COUNCIL_FILE_MAX_BYTES)}."
        )
        self.inspected = None

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        # A new upload is checked; a file already stored was checked when it came.
        if isinstance(upload, UploadedFile):
            self.inspected = files.inspect(upload)
        return upload

    def clean_original_name(self):
        name = self.cleaned_data.get("original_name")
        return files.clean_name(name) if name else ""

    def save(self, commit=True):
        replaced = None
        if self.inspected is not None and self.instance.pk:
            replaced = DocumentFile.objects.filter(pk=self.instance.pk).first()
        instance = super().save(commit=False)
        if replaced is not None and replaced.file.name != instance.file.name:
            # The old file goes once the new one is saved for good.
            transaction.on_commit(replaced.remove_stored)
        if self.inspected is not None:
            chosen = self.cleaned_data.get("original_name")
            upload = self.cleaned_data["file"]
            instance.take(upload, self.inspected)
            if chosen:
                instance.original_name = chosen
        if instance.original_name and files.extension(instance.original_name) != instance.file_type:
            instance.original_name = f"{instance.original_name}.{instance.file_type}"
        if commit:
            instance.save()
        return instance


class DocumentFileInline(admin.TabularInline):
    model = DocumentFile
    form = DocumentFileForm
    extra = 1
    fields = ["file", "original_name", "order", "details"]
    readonly_fields = ["details"]

    @admin.display(description="thông tin tệp")
    def details(self, obj):
        if not obj.pk:
            return "—"
        parts = [obj.type_label, obj.size_label]
        if obj.page_count:
            parts.append(f"{obj.page_count} trang")
        warning = " ⚠ có JavaScript, chỉ cho tải về" if obj.has_scripts else ""
        return format_html(
            '<a href="{}">{}</a>{}', obj.get_absolute_url(), ", ".join(parts), warning
        )


class DocumentChangeInline(admin.TabularInline):
    model = DocumentChange
    fk_name = "source"
    extra = 0
    autocomplete_fields = ["target"]
    verbose_name = "văn bản mà văn bản này thay thế / sửa đổi"
    verbose_name_plural = "văn bản mà văn bản này thay thế / sửa đổi"


@admin.register(Document)
class DocumentAdmin(VietnameseDatesMixin, FoldedSearchMixin, admin.ModelAdmin):
    list_display = ["title_column", "issued_column", "issuing_body", "status", "is_published"]
    list_filter = ["kind", "year", "status", "issuing_body", "sector", "is_published"]
    list_select_related = ["kind", "issuing_body"]
    search_fields = ["number"]  # replaced by the folded search (FoldedSearchMixin)
    search_help_text = "Tìm theo số, ký hiệu hoặc trích yếu, có dấu hoặc không dấu."
    autocomplete_fields = ["session", "articles"]
    inlines = [DocumentFileInline, DocumentChangeInline]
    date_hierarchy = "issued_on"
    list_per_page = 50
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "kind",
                    "number",
                    "issuing_body",
                    ("issued_on", "effective_on"),
                    ("signer", "signer_position"),
                    "sector",
                    "summary",
                    "status",
                    "session",
                    "is_published",
                ]
            },
        ),
        ("Bài viết liên quan", {"fields": ["articles"]}),
    ]
    change_list_template = "admin/council/document/change_list.html"

    @admin.display(description="văn bản", ordering="number_key")
    def title_column(self, obj):
        return format_html("{}<br><small>{}</small>", obj.title, obj.summary[:140])

    @admin.display(description="ngày ban hành", ordering="issued_on")
    def issued_column(self, obj):
        return format_date(obj.issued_on)

    def get_queryset(self, request):
        return super().get_queryset(request).defer("search_folded")

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        obj.updated_by = request.user
        self._old_targets = (
            set(obj.changes_made.values_list("target_id", flat=True)) if obj.pk else set()
        )
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        document = form.instance
        document.refresh_search_text()
        targets = set(document.changes_made.values_list("target_id", flat=True))
        amendments.refresh_statuses(targets | getattr(self, "_old_targets", set()))

    def get_urls(self):
        return [
            path(
                "nhap-tu-tep/",
                self.admin_site.admin_view(self.import_view),
                name="council_document_import",
            ),
            *super().get_urls(),
        ]

    def import_view(self, request):
        return imports.admin_import_view(self, request)


class AgendaItemInline(VietnameseDatesMixin, admin.TabularInline):
    model = AgendaItem
    extra = 1
    fields = ["day", "starts_at", "order", "title", "presenter", "documents"]
    autocomplete_fields = ["documents"]


@admin.register(Session)
class SessionAdmin(VietnameseDatesMixin, FoldedSearchMixin, admin.ModelAdmin):
    list_display = ["__str__", "kind", "dates", "status_column"]
    list_filter = ["term", "kind"]
    list_select_related = ["term"]
    search_fields = ["place"]
    search_help_text = "Tìm theo “kỳ họp thứ mười hai” hoặc “kỳ họp 12”."
    autocomplete_fields = ["articles", "news_category"]
    inlines = [AgendaItemInline]
    fields = [
        "term",
        "number",
        "kind",
        ("starts_on", "ends_on"),
        "place",
        "summary",
        "video_url",
        "news_category",
        "articles",
    ]

    @admin.display(description="thời gian", ordering="starts_on")
    def dates(self, obj):
        return f"{format_date(obj.starts_on)} – {format_date(obj.ends_on)}"

    @admin.display(description="tình trạng")
    def status_column(self, obj):
        return obj.status_label


@admin.register(Term)
class TermAdmin(admin.ModelAdmin):
    list_display = ["name", "years"]
    prepopulated_fields = {"slug": ["name"]}

    @admin.display(description="nhiệm kỳ")
    def years(self, obj):
        return obj.years


# Staff screens in their own modules: delegates, questions in session and the work schedule;
# voters' petitions; the office's own pages, agency links and contact messages.
from . import office_admin, people_admin, petition_admin  # noqa: E402, F401
