"""Staff screens for voters' petitions: the list of citizens' questions waiting, the petition
form, and the decisions ("Tiếp nhận và công bố", "Công bố kèm trả lời…", "Đóng kèm lý do…"),
the last two through a page that asks for the answer or the reason (council.petition_decisions).

The sender's phone and e-mail are shown to staff here, read-only, and nowhere else.
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.core.exceptions import ValidationError
from django.db import models
from django.template.response import TemplateResponse
from django.utils import timezone

from portal import text
from portal.formats import format_date

from . import numbers, petition_decisions
from .admin import DATE_INPUT_FORMATS, NamedListAdmin, VietnameseDatesMixin
from .models import Document
from .petitions import Agency, Petition

admin.site.register(Agency, NamedListAdmin)

SHOWN_ON_DECISION_PAGE = 200


class AnswerForm(forms.Form):
    answer = forms.CharField(
        label="Nội dung trả lời",
        widget=forms.Textarea(attrs={"rows": 8, "cols": 80}),
        error_messages={"required": "Hãy nhập nội dung trả lời."},
    )
    status = forms.ChoiceField(
        label="Tình trạng sau khi trả lời",
        choices=[(s.value, s.label) for s in Petition.ANSWERED_STATUSES],
        initial=Petition.Status.ANSWERED,
        widget=forms.RadioSelect,
    )
    document_number = forms.CharField(
        label="Số, ký hiệu văn bản trả lời",
        required=False,
        max_length=numbers.MAX_LENGTH,
        help_text=f"Không bắt buộc. Văn bản đã có trong mục Văn bản, ví dụ: {numbers.EXAMPLE}.",
    )
    answered_on = forms.DateField(
        label="Ngày trả lời",
        required=False,
        input_formats=DATE_INPUT_FORMATS,
        error_messages={"invalid": "Ngày không hợp lệ. Hãy viết ngày/tháng/năm, ví dụ 05/12/2026."},
        help_text="Ngày/tháng/năm, ví dụ 05/12/2026. Để trống: hôm nay.",
    )

    def clean_answer(self):
        answer = text.squash_spaces(self.cleaned_data["answer"])
        if not answer:
            raise ValidationError("Hãy nhập nội dung trả lời.")
        return answer

    def clean_document_number(self):
        typed = text.squash_spaces(self.cleaned_data["document_number"])
        if not typed:
            return None
        document = (
            Document.objects.filter(number_key=numbers.number_key(typed))
            .order_by("-issued_on", "-id")
            .first()
        )
        if document is None:
            raise ValidationError(f"Không có văn bản số “{typed}” trong mục Văn bản.")
        return document

    def clean_answered_on(self):
        day = self.cleaned_data["answered_on"]
        if day and day > timezone.localdate():
            raise ValidationError("Ngày trả lời không thể sau hôm nay.")
        return day


class CloseForm(forms.Form):
    reason = forms.CharField(
        label="Lý do đóng",
        widget=forms.Textarea(attrs={"rows": 5, "cols": 80}),
        help_text="Người gửi đọc được lý do khi tra cứu bằng mã; bạn đọc khác không thấy.",
        error_messages={"required": "Hãy ghi lý do đóng."},
    )

    def clean_reason(self):
        reason = text.squash_spaces(self.cleaned_data["reason"])
        if not reason:
            raise ValidationError("Hãy ghi lý do đóng.")
        return reason


@admin.register(Petition)
class PetitionAdmin(VietnameseDatesMixin, admin.ModelAdmin):
    list_display = ["code", "title", "kind", "origin", "status", "raised_column", "sender_name"]
    list_filter = ["status", "origin", "kind", "sector", "agency", "year"]
    list_select_related = ["sector", "agency"]
    search_fields = ["code", "title", "summary", "sender_name", "meeting_name"]
    search_help_text = "Tìm theo mã, tiêu đề, nội dung, người gửi hoặc hội nghị."
    autocomplete_fields = ["session", "answer_document"]
    readonly_fields = [
        "code",
        "sender_phone",
        "sender_email",
        "created_at",
        "decided_at",
        "decided_by",
    ]
    date_hierarchy = "raised_on"
    list_per_page = 50
    actions = ["accept_selected", "answer_selected", "close_selected"]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "code",
                    "kind",
                    "title",
                    "summary",
                    ("origin", "raised_on"),
                    "session",
                    ("meeting_name", "meeting_on"),
                    "sector",
                    "agency",
                ]
            },
        ),
        (
            "Trả lời, giải quyết",
            {
                "fields": [
                    "status",
                    "answer",
                    "answer_document",
                    ("answered_on", "resolved_on"),
                    "close_reason",
                    ("decided_at", "decided_by"),
                ]
            },
        ),
        (
            "Người gửi (số điện thoại, e-mail không bao giờ công khai)",
            {
                "fields": [
                    "sender_name",
                    "sender_area",
                    "sender_phone",
                    "sender_email",
                    "created_at",
                ]
            },
        ),
    ]
    formfield_overrides = {models.TextField: {"widget": forms.Textarea(attrs={"rows": 5})}}

    @admin.display(description="ngày tiếp nhận", ordering="raised_on")
    def raised_column(self, obj):
        return format_date(obj.raised_on)

    def save_model(self, request, obj, form, change):
        if "status" in form.changed_data and obj.status != Petition.Status.SUBMITTED:
            obj.decided_at = timezone.now()
            obj.decided_by = request.user
        super().save_model(request, obj, form, change)

    @admin.action(description="Tiếp nhận và công bố (chưa có trả lời)")
    def accept_selected(self, request, queryset):
        count = petition_decisions.accept(list(queryset), request.user)
        self.message_user(
            request, f"Đã tiếp nhận và công bố {count} câu hỏi, kiến nghị.", messages.SUCCESS
        )

    @admin.action(description="Công bố kèm trả lời…")
    def answer_selected(self, request, queryset):
        form = AnswerForm(request.POST if "apply" in request.POST else None)
        if form.is_bound and form.is_valid():
            count = petition_decisions.answer(
                list(queryset),
                request.user,
                answer_text=form.cleaned_data["answer"],
                status=form.cleaned_data["status"],
                document=form.cleaned_data["document_number"],
                answered_on=form.cleaned_data["answered_on"],
            )
            self.message_user(
                request, f"Đã công bố kèm trả lời {count} kiến nghị.", messages.SUCCESS
            )
            return None
        return self._decision_page(
            request, queryset, form, "answer_selected", "Công bố kèm trả lời"
        )

    @admin.action(description="Đóng kèm lý do…")
    def close_selected(self, request, queryset):
        form = CloseForm(request.POST if "apply" in request.POST else None)
        if form.is_bound and form.is_valid():
            count = petition_decisions.close(
                list(queryset), request.user, reason=form.cleaned_data["reason"]
            )
            self.message_user(request, f"Đã đóng {count} câu hỏi, kiến nghị.", messages.SUCCESS)
            return None
        return self._decision_page(request, queryset, form, "close_selected", "Đóng kèm lý do")

    def _decision_page(self, request, queryset, form, action, title):
        context = {
            **self.admin_site.each_context(request),
            "title": title,
            "opts": self.model._meta,
            "petitions": list(queryset.order_by("-raised_on", "-id")[:SHOWN_ON_DECISION_PAGE]),
            "selected_ids": list(queryset.values_list("pk", flat=True)),
            "form": form,
            "action": action,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        }
        status = 400 if form.is_bound else 200
        return TemplateResponse(
            request, "admin/council/petition/decide.html", context, status=status
        )
