import csv

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils import timezone

from portal import cache
from portal.form_fields import LabelledInlineFormSet
from portal.formats import format_datetime_short, format_decimal, format_number
from portal.revisions import RevisionAdmin

from .models import Choice, Poll
from .results import tally

# Spreadsheet programs run a cell that starts with one of these as a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    """A CSV cell that Excel or LibreOffice will show as text, never evaluate."""
    value = "" if value is None else str(value)
    return "'" + value if value.startswith(FORMULA_PREFIXES) else value


class ChoiceInlineFormSet(LabelledInlineFormSet):
    def clean(self):
        # Before super().clean(): the admin's own check on deleted forms would otherwise answer
        # first, with a generic message listing ballot rows.
        if any(self.errors):
            return
        kept = 0
        for form in self.forms:
            if not getattr(form, "cleaned_data", None):
                continue
            if self.can_delete and self._should_delete_form(form):
                choice = form.instance
                votes = getattr(choice, "votes", None)
                if votes is None:
                    votes = choice.picks.count() if choice.pk else 0
                if votes:
                    raise ValidationError(
                        f"Không thể xóa phương án “{choice.text}” vì đã có "
                        f"{format_number(votes)} phiếu chọn. Nếu cần dừng cuộc bình chọn, hãy đặt "
                        "thời điểm kết thúc hoặc bỏ chọn “Công khai”."
                    )
                continue
            kept += 1
        super().clean()
        if kept < 2:
            raise ValidationError("Cuộc bình chọn cần ít nhất hai phương án.")
        poll = self.instance
        if poll.allows_multiple and poll.max_choices and poll.max_choices > kept:
            raise ValidationError(
                f"Số phương án tối đa ({poll.max_choices}) lớn hơn số phương án hiện có ({kept})."
            )


class ChoiceInline(admin.TabularInline):
    model = Choice
    formset = ChoiceInlineFormSet
    fields = ["text", "order", "vote_count"]
    readonly_fields = ["vote_count"]
    extra = 1
    min_num = 2

    @admin.display(description="Số phiếu")
    def vote_count(self, choice):
        return format_number(choice.vote_count) if choice.pk else "–"


class PollAdminForm(forms.ModelForm):
    class Meta:
        model = Poll
        fields = [
            "question",
            "description",
            "starts_at",
            "ends_at",
            "is_active",
            "allows_multiple",
            "max_choices",
            "results_visibility",
        ]

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk and self._tightens_rules(cleaned) and self.instance.ballots.exists():
            raise ValidationError(
                "Cuộc bình chọn đã có phiếu nên không thể đổi từ một sang nhiều phương án (hoặc "
                "ngược lại) hay giảm số phương án tối đa."
            )
        return cleaned

    def _tightens_rules(self, cleaned):
        """Whether ballots already cast could break the new rules (loosening is harmless)."""
        if "allows_multiple" in self.changed_data:
            return True
        if "max_choices" not in self.changed_data or not cleaned.get("allows_multiple"):
            return False
        old, new = self.initial.get("max_choices"), cleaned.get("max_choices")
        return new is not None and (old is None or new < old)


class PollStatusFilter(admin.SimpleListFilter):
    title = "tình trạng"
    parameter_name = "tinh_trang"

    def lookups(self, request, model_admin):
        return [
            ("open", "Đang diễn ra"),
            ("upcoming", "Sắp diễn ra"),
            ("closed", "Đã kết thúc"),
            ("hidden", "Đang ẩn"),
        ]

    def queryset(self, request, queryset):
        value = self.value()
        if value == "open":
            return queryset.open()
        if value == "upcoming":
            return queryset.upcoming()
        if value == "closed":
            return queryset.closed()
        if value == "hidden":
            return queryset.filter(is_active=False)
        return queryset


@admin.register(Poll)
class PollAdmin(RevisionAdmin):
    form = PollAdminForm
    inlines = [ChoiceInline]
    list_display = [
        "question",
        "status",
        "starts_at",
        "ends_at",
        "allows_multiple",
        "voter_total",
    ]
    list_display_links = ["question"]
    list_filter = [PollStatusFilter, "allows_multiple", "results_visibility"]
    search_fields = ["question"]
    date_hierarchy = "starts_at"
    actions = ["close_now"]
    readonly_fields = ["created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["question", "description"]}),
        ("Thời gian", {"fields": ["starts_at", "ends_at", "is_active"]}),
        ("Cách bình chọn", {"fields": ["allows_multiple", "max_choices", "results_visibility"]}),
        ("Lịch sử", {"fields": ["created_at", "updated_at"], "classes": ["collapse"]}),
    ]
    change_form_template = "admin/polls/poll/change_form.html"

    @admin.display(description="Tình trạng")
    def status(self, poll):
        return poll.status_label

    @admin.display(description="Số người bình chọn", ordering="voter_count")
    def voter_total(self, poll):
        return format_number(poll.voter_count)

    @admin.action(description="Kết thúc ngay các cuộc bình chọn đã chọn")
    def close_now(self, request, queryset):
        now = timezone.now()
        # Only polls still running: ending an ended poll again would move its end date.
        count = queryset.filter(starts_at__lt=now).exclude(ends_at__lte=now).update(ends_at=now)
        # update() sends no signals.
        cache.changed(Poll, queryset)
        self.message_user(
            request, f"Đã kết thúc {format_number(count)} cuộc bình chọn.", messages.SUCCESS
        )

    def get_urls(self):
        return [
            path(
                "<int:pk>/xuat-csv/",
                self.admin_site.admin_view(self.export_csv),
                name="polls_poll_export_csv",
            ),
            *super().get_urls(),
        ]

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        # The poll the change view already loaded: no second query for the results box.
        if obj is not None and obj.pk is not None:
            context["poll_results"] = tally(obj)
            context["poll_export_url"] = reverse(
                "admin:polls_poll_export_csv", kwargs={"pk": obj.pk}
            )
            context["poll_public_url"] = obj.get_results_url()
        return super().render_change_form(request, context, add, change, form_url, obj)

    def export_csv(self, request, pk):
        poll = get_object_or_404(Poll, pk=pk)
        if not self.has_view_permission(request, poll):
            raise PermissionDenied
        results = tally(poll)
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        filename = f"ket-qua-binh-chon-{poll.pk}.csv"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        # The byte-order mark tells Excel the file is UTF-8, so Vietnamese shows correctly.
        response.write("\ufeff")
        writer = csv.writer(response)
        writer.writerow(["Câu hỏi", spreadsheet_safe(poll.question)])
        writer.writerow(["Bắt đầu", format_datetime_short(poll.starts_at)])
        writer.writerow(["Kết thúc", format_datetime_short(poll.ends_at) or "Chưa định"])
        writer.writerow(["Tổng số người bình chọn", results.voters])
        writer.writerow([])
        writer.writerow(["Thứ tự", "Phương án", "Số phiếu", "Tỷ lệ (%)"])
        for number, row in enumerate(results.choices, start=1):
            writer.writerow(
                [number, spreadsheet_safe(row.text), row.votes, format_decimal(row.percent, 1)]
            )
        return response
