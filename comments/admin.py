"""The moderation queue: the office's daily chore, so the best screen of the admin.

Each row shows the comment itself (first lines, all of it on expand), its status, why to look
twice (⚠ banned words, links, impersonation), the article and its age, with "Duyệt" / "Từ chối" /
"Thư rác" buttons and a reply box that work without reloading the page
(static/js/comments-moderation.js posts to the two views below) and with the keyboard. Without
JavaScript the buttons are hidden and the bulk actions and the change page still work.
"""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Case, IntegerField, Value, When
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.timesince import timesince

from portal import text

from . import moderation
from .models import BannedWord, Comment

# Characters of the comment shown before "Xem toàn bộ".
EXCERPT_LENGTH = 220
POST_ONLY = "Chỉ nhận yêu cầu gửi bằng phương thức POST."


class FlaggedFilter(admin.SimpleListFilter):
    title = "cảnh báo"
    parameter_name = "co_tu_cam"

    def lookups(self, request, model_admin):
        return [
            ("co", "Có từ bị cấm"),
            ("mao-danh", "Có thể mạo danh"),
            ("khong", "Không có cảnh báo"),
        ]

    def queryset(self, request, queryset):
        if self.value() == "co":
            return queryset.exclude(flagged_words="")
        if self.value() == "mao-danh":
            return queryset.exclude(warnings="")
        if self.value() == "khong":
            return queryset.filter(flagged_words="", warnings="")
        return queryset


@admin.register(Comment)
class CommentAdmin(admin.ModelAdmin):
    """The moderation queue: pending comments first, newest first within each group."""

    list_display = ["comment", "status_badge", "flag", "article_link", "age", "decision"]
    list_display_links = None
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
        "warnings",
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
        (
            "Kiểm duyệt",
            {"fields": ["status", "flagged_words", "warnings", "moderated_at", "moderated_by"]},
        ),
        (
            "Trả lời của Ban biên tập",
            {"fields": ["reply", "replied_at", "replied_by"]},
        ),
        (
            "Thông tin kỹ thuật",
            {"fields": ["sender", "user_agent"], "classes": ["collapse"]},
        ),
    ]

    class Media:
        js = ["js/comments-moderation.js"]
        css = {"all": ["css/comments-moderation.css", "css/admin-lists.css"]}

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

    # --- the queue's columns ------------------------------------------------------------------

    @admin.display(description="bình luận")
    def comment(self, obj):
        content = obj.content
        excerpt = content if len(content) <= EXCERPT_LENGTH else content[:EXCERPT_LENGTH] + "…"
        change_url = reverse("admin:comments_comment_change", args=[obj.pk])
        full = ""
        if excerpt != content:
            full = format_html(
                '<details class="comment-full"><summary>Xem toàn bộ</summary>'
                '<p class="comment-text">{}</p></details>',
                content,
            )
        return format_html(
            '<a class="comment-title" href="{}">{}</a>'
            '<span class="comment-sender">{}</span>'
            '<p class="comment-text comment-excerpt">{}</p>{}{}',
            change_url,
            obj.title,
            obj.name,
            excerpt,
            full,
            self._reply_box(obj),
        )

    def _reply_box(self, obj):
        url = reverse("admin:comments_comment_reply", args=[obj.pk])
        field_id = f"tra-loi-{obj.pk}"
        summary = "Sửa trả lời" if obj.reply else "Trả lời"
        return format_html(
            '<details class="comment-reply"{}><summary>{}</summary>'
            '<div class="reply-form" data-url="{}">'
            '<label for="{}">Trả lời của Ban biên tập</label>'
            '<textarea id="{}" rows="3">{}</textarea>'
            '<button type="button" class="button reply-send">Gửi trả lời</button>'
            "</div></details>",
            " open" if obj.reply else "",
            summary,
            url,
            field_id,
            field_id,
            obj.reply,
        )

    @admin.display(description="trạng thái", ordering="status")
    def status_badge(self, obj):
        return format_html(
            '<span class="comment-status status-{}" data-status-for="{}">{}</span>',
            obj.status,
            obj.pk,
            obj.get_status_display(),
        )

    @admin.display(description="cảnh báo")
    def flag(self, obj):
        found = moderation.flags(obj)
        if not found:
            return "–"
        return format_html(
            '<ul class="comment-flags">{}</ul>',
            format_html_join("", "<li>⚠ {}</li>", ((item,) for item in found)),
        )

    @admin.display(description="bài viết", ordering="article__title")
    def article_link(self, obj):
        url = reverse("admin:news_article_change", args=[obj.article_id])
        return format_html('<a href="{}">{}</a>', url, obj.article.title)

    @admin.display(description="gửi", ordering="created_at")
    def age(self, obj):
        # "2 giờ trước" (Django's Vietnamese), with the exact time for a tooltip and readers.
        local = timezone.localtime(obj.created_at)
        return format_html(
            '<time datetime="{}" title="{}">{} trước</time>',
            local.isoformat(),
            local.strftime("%d/%m/%Y %H:%M"),
            timesince(obj.created_at).split(",")[0],
        )

    @admin.display(description="quyết định")
    def decision(self, obj):
        url = reverse("admin:comments_comment_decide", args=[obj.pk])
        buttons = [
            ("approve", "Duyệt", Comment.Status.APPROVED),
            ("reject", "Từ chối", Comment.Status.REJECTED),
            ("spam", "Thư rác", Comment.Status.SPAM),
        ]
        return format_html(
            '<div class="decision-buttons" role="group" aria-label="Quyết định cho “{}”" '
            'data-url="{}">{}</div>',
            obj.title,
            url,
            format_html_join(
                "",
                '<button type="button" class="button decide decide-{}" value="{}"'
                ' aria-pressed="{}">{}</button>',
                (
                    (action, action, "true" if obj.status == status else "false", label)
                    for action, label, status in buttons
                ),
            ),
        )

    # --- the two views behind the row buttons ---------------------------------------------------

    def get_urls(self):
        own = [
            path(
                "<int:pk>/kiem-duyet/",
                self.admin_site.admin_view(self.decide_view),
                name="comments_comment_decide",
            ),
            path(
                "<int:pk>/tra-loi/",
                self.admin_site.admin_view(self.reply_view),
                name="comments_comment_reply",
            ),
        ]
        return own + super().get_urls()

    def _comment_for_change(self, request, pk):
        comment = get_object_or_404(Comment.objects.select_related("article"), pk=pk)
        if not self.has_change_permission(request, comment):
            raise PermissionDenied
        return comment

    def decide_view(self, request, pk):
        if request.method != "POST":
            return JsonResponse(
                {"error": "Chỉ nhận yêu cầu gửi bằng phương thức POST."}, status=405
            )
        comment = self._comment_for_change(request, pk)
        action = request.POST.get("decision", "")
        if action not in moderation.DECISIONS:
            return JsonResponse({"error": "Quyết định không hợp lệ."}, status=400)
        moderation.decide(comment, action, request.user)
        label = comment.get_status_display()
        return JsonResponse(
            {
                "status": comment.status,
                "label": label,
                "message": f"“{comment.title}”: {label.lower()}.",
            }
        )

    def reply_view(self, request, pk):
        if request.method != "POST":
            return JsonResponse(
                {"error": "Chỉ nhận yêu cầu gửi bằng phương thức POST."}, status=405
            )
        comment = self._comment_for_change(request, pk)
        answer = text.squash_spaces(request.POST.get("reply", ""))
        limit = Comment._meta.get_field("reply").max_length or 5000
        if len(answer) > limit:
            return JsonResponse({"error": f"Trả lời dài quá {limit} ký tự."}, status=400)
        moderation.reply(comment, answer, request.user)
        message = "Đã lưu trả lời." if comment.reply else "Đã xoá trả lời."
        return JsonResponse({"reply": comment.reply, "message": message})

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
