"""Newsroom admin: categories, articles (with writer/editor roles) and old article addresses.

The workflow rules live in news/publishing.py; this admin shows them and calls it. The article
form has no status dropdown: its buttons are the newsroom's decisions by role (writer "Lưu nháp" /
"Gửi duyệt"; editor "Đăng ngay" / "Hẹn giờ đăng" / "Trả lại" / "Gỡ bài"), the queryset hides
other people's articles and published ones are read-only for writers, while save_model and the
actions go through news/publishing.py, which checks the roles again on the server.
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.views.main import ChangeList
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.http import JsonResponse
from django.urls import path
from django.utils import timezone
from django.utils.html import format_html

from portal import text
from portal.formats import format_datetime, format_datetime_short
from portal.legacy_encoding import TCVN3, VNI
from portal.revisions import RevisionAdmin

from . import images, publishing, related, search, uploads
from .models import (
    Article,
    ArticleImport,
    ArticleRedirect,
    BodyImage,
    Category,
    SearchAbbreviation,
    Topic,
    delete_unused_cover_files,
)
from .sanitize import count_images_without_alt

# The name of CKEditor 5's alt text button in its Vietnamese translation (translations/vi.js).
ALT_TEXT_BUTTON = "Đổi chữ alt của ảnh"

# Django's URLify drops Vietnamese letters; this folds them first (see the file).
SLUG_JS = ["admin/js/urlify.js", "js/news-admin-slug.js"]
SLUG_HELP = "Chỉ gồm chữ không dấu, số và dấu gạch ngang. Để trống để tạo tự động từ tiêu đề."


class CategoryAdminForm(forms.ModelForm):
    slug = forms.CharField(label="Đường dẫn", max_length=140, required=False, help_text=SLUG_HELP)

    class Meta:
        model = Category
        fields = ["name", "slug", "order", "description", "is_active"]

    def clean_slug(self):
        value = self.cleaned_data.get("slug") or self.cleaned_data.get("name") or ""
        return text.slugify(value, max_length=140)


@admin.register(Category)
class CategoryAdmin(RevisionAdmin):
    form = CategoryAdminForm
    list_display = ["name", "slug", "order", "is_active", "article_total"]
    list_display_links = ["name"]
    list_editable = ["order", "is_active"]
    list_filter = ["is_active"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}

    class Media:
        js = SLUG_JS
        css = {"all": ["css/news-admin.css", "css/admin-lists.css"]}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_total=Count("articles"))

    @admin.display(description="số bài viết", ordering="article_total")
    def article_total(self, obj):
        return obj.article_total


# Pictures the media library offers at once; the search narrows them.
MEDIA_LIBRARY_SIZE = 24

# The name of the change form's workflow buttons; the value is a publishing action.
WORKFLOW_FIELD = "_workflow"


class ArticleAdminForm(forms.ModelForm):
    # Set per request by ArticleAdmin.get_form: the buttons the user may press.
    allowed_actions = dict(publishing.WRITER_ACTIONS)

    slug = forms.CharField(label="Đường dẫn", max_length=255, required=False, help_text=SLUG_HELP)
    return_note = forms.CharField(
        label="Lý do trả lại",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Ghi khi bấm “Trả lại”: phóng viên đọc lý do này trên trang sửa bài và trong "
        "thư báo.",
    )

    class Meta:
        model = Article
        fields = [
            "title",
            "slug",
            "category",
            "sapo",
            "body",
            "tags",
            "cover_image",
            "cover_caption",
            "cover_alt",
            "byline",
            "source",
            "published_at",
            "expires_at",
            "is_featured",
            "allow_comments",
        ]
        field_classes = {"cover_image": images.ImageUploadField}
        help_texts = {
            "published_at": "Ngày/tháng/năm và giờ:phút, ví dụ 05/12/2026 08:00. Bấm “Hẹn giờ "
            "đăng” để bài tự hiện lúc đó; “Đăng ngay” đăng ngay bây giờ.",
            "expires_at": "Không bắt buộc. Đến giờ này bài tự rời khỏi trang.",
            "is_featured": "Đưa bài lên vị trí tin nổi bật của trang chủ.",
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "category" in self.fields:
            category = self.fields["category"]
            category.queryset = Category.objects.order_by("-is_active", "order")
            # A clerk must see that articles filed under a hidden category stay off the site.
            category.label_from_instance = lambda c: (
                c.name if c.is_active else f"{c.name} (đang ẩn, bạn đọc không thấy)"
            )
        if "cover_alt" in self.fields:
            self.fields["cover_alt"].help_text = (
                "Bắt buộc khi có ảnh đại diện: tả ngắn gọn những gì trong ảnh cho người khiếm thị, "
                "ví dụ “Đại biểu biểu quyết tại phiên bế mạc kỳ họp”."
            )

    def clean_slug(self):
        value = self.cleaned_data.get("slug") or self.cleaned_data.get("title") or ""
        return self.instance.unique_slug(value)

    def clean_body(self):
        body = self.cleaned_data.get("body") or ""
        missing = count_images_without_alt(body)
        if missing:
            raise forms.ValidationError(
                f"{missing} ảnh trong nội dung chưa có mô tả (alt). "
                f"Chọn ảnh và bấm nút “{ALT_TEXT_BUTTON}” để thêm.",
                code="image_without_alt",
            )
        return body

    @property
    def workflow_action(self):
        return self.data.get(WORKFLOW_FIELD, "") if self.is_bound else ""

    def clean(self):
        cleaned = super().clean()
        action = self.workflow_action
        if action and action not in self.allowed_actions:
            raise ValidationError(publishing.ONLY_EDITORS_PUBLISH)
        published_at = cleaned.get("published_at", self.instance.published_at)
        if action == "publish":
            published_at = timezone.now()
        if action == "schedule":
            if "published_at" in self.errors:
                return cleaned
            if published_at is None:
                self.add_error("published_at", publishing.SCHEDULE_NEEDS_TIME)
            elif published_at <= timezone.now():
                self.add_error("published_at", publishing.SCHEDULE_IN_FUTURE)
        if action == "return" and not text.squash_spaces(cleaned.get("return_note") or ""):
            self.add_error("return_note", publishing.RETURN_NEEDS_REASON)
        expires_at = cleaned.get("expires_at", self.instance.expires_at)
        checkable = "expires_at" in self.fields and "expires_at" not in self.errors
        if checkable and expires_at and published_at and expires_at <= published_at:
            self.add_error("expires_at", publishing.EXPIRY_AFTER_PUBLISH)
        return cleaned

    def _post_clean(self):
        super()._post_clean()
        # Store a new cover while the form can still say what went wrong and keep what was
        # typed; a full or read-only storage would otherwise fail the save with a 500.
        if not self.errors:
            try:
                self.instance.store_new_cover()
            except images.StorageError as exc:
                self.add_error("cover_image", exc.message)


class StatusFilter(admin.SimpleListFilter):
    """Status, with scheduled articles told apart from those already visible."""

    title = "trạng thái"
    parameter_name = "trang_thai"

    def lookups(self, request, model_admin):
        return [*Article.Status.choices, ("scheduled", "Hẹn giờ đăng")]

    def queryset(self, request, queryset):
        value = self.value()
        if value == "scheduled":
            return queryset.scheduled()
        if value in Article.Status.values:
            return queryset.filter(status=value)
        return queryset


class ImportedFilter(admin.SimpleListFilter):
    """Articles brought over from the old portal (news.importing)."""

    title = "nguồn bài"
    parameter_name = "nhap"

    def lookups(self, request, model_admin):
        return [("cu", "Nhập từ cổng cũ"), ("moi", "Viết trên cổng này")]

    def queryset(self, request, queryset):
        if self.value() == "cu":
            return queryset.filter(import_record__isnull=False)
        if self.value() == "moi":
            return queryset.filter(import_record__isnull=True)
        return queryset


class ArticleChangeList(ChangeList):
    """The list never shows the body; don't fetch fifty of them per page."""

    def get_queryset(self, request, exclude_parameters=None):
        queryset = super().get_queryset(request, exclude_parameters)
        return queryset.defer("body", "search_folded", "sapo", "cover_renditions")


@admin.register(Article)
class ArticleAdmin(RevisionAdmin):
    form = ArticleAdminForm
    change_form_template = "admin/news/article/change_form.html"
    list_display = [
        "title",
        "category",
        "status_label",
        "published_at",
        "featured_mark",
        "view_count",
        "author",
        "preview_link",
    ]
    list_display_links = ["title"]
    list_select_related = ["category", "created_by"]
    list_filter = [StatusFilter, "category", "is_featured", ImportedFilter]
    date_hierarchy = "published_at"
    search_fields = ["title"]
    search_help_text = "Tìm theo tiêu đề, sapo hoặc nội dung; gõ có dấu hay không dấu đều được."
    list_per_page = 50
    show_full_result_count = False
    prepopulated_fields = {"slug": ["title"]}
    actions = ["publish_selected", "hide_selected", "submit_for_review"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "category", "sapo", "body", "tags"]}),
        ("Ảnh đại diện", {"fields": ["cover_image", "cover_caption", "cover_alt"]}),
        ("Tác giả và nguồn", {"fields": ["byline", "source"]}),
        (
            "Xuất bản",
            {
                "fields": [
                    "status_label",
                    "return_reason_shown",
                    "published_at",
                    "expires_at",
                    "is_featured",
                    "allow_comments",
                    "return_note",
                    "preview_link",
                ]
            },
        ),
        (
            "Lịch sử",
            {
                "classes": ["collapse"],
                "fields": [
                    "created_by",
                    "created_at",
                    "updated_by",
                    "updated_at",
                    "view_count",
                    "import_mark",
                ],
            },
        ),
    ]
    readonly_fields = [
        "preview_link",
        "status_label",
        "return_reason_shown",
        "created_by",
        "created_at",
        "updated_by",
        "updated_at",
        "view_count",
        "import_mark",
    ]

    class Media:
        js = [*SLUG_JS, "js/news-media-library.js"]
        css = {"all": ["css/news-admin.css", "css/admin-lists.css"]}

    def get_changelist(self, request, **kwargs):
        return ArticleChangeList

    # --- the editor's small media library ----------------------------------------------------

    def get_urls(self):
        library = path(
            "thu-vien-anh/",
            self.admin_site.admin_view(self.media_library_view),
            name="news_article_media_library",
        )
        return [library, *super().get_urls()]

    def media_library_view(self, request):
        """Pictures already uploaded, newest first, found by their alt text (JSON)."""
        if not uploads.may_upload(request.user):
            return JsonResponse({"error": "Bạn không có quyền dùng thư viện ảnh."}, status=403)
        query = text.squash_spaces(request.GET.get("q", ""))[:100]
        found = BodyImage.objects.matching_alt(query)[:MEDIA_LIBRARY_SIZE]
        return JsonResponse(
            {
                "images": [
                    {
                        "url": image.url,
                        "thumb": image.thumb_url,
                        "alt": image.alt,
                        "width": image.width,
                        "height": image.height,
                    }
                    for image in found
                ]
            }
        )

    # --- who sees and changes what -----------------------------------------------------------

    def get_queryset(self, request):
        match = getattr(request, "resolver_match", None)
        if match is not None and match.url_name == "autocomplete":
            # Other screens link published articles (a council document's "bài viết liên
            # quan"): whoever may view articles picks among those readers can already see.
            return super().get_queryset(request).published()
        return super().get_queryset(request).editable_by(request.user)

    def has_change_permission(self, request, obj=None):
        if not super().has_change_permission(request, obj):
            return False
        return obj is None or publishing.can_edit(request.user, obj)

    def has_delete_permission(self, request, obj=None):
        if not super().has_delete_permission(request, obj):
            return False
        return obj is None or publishing.can_publish(request.user)

    def has_publish_permission(self, request):
        return publishing.can_publish(request.user)

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        actions = dict(publishing.actions_for(request.user, obj))
        # Writers neither time nor feature articles: no fields, no hints they cannot use.
        hidden = set() if publishing.can_publish(request.user) else {*publishing.EDITOR_FIELDS}
        if "return" not in actions:
            hidden.add("return_note")
        if obj is None or not obj.return_reason:
            hidden.add("return_reason_shown")
        return [
            (name, {**options, "fields": [f for f in options["fields"] if f not in hidden]})
            for name, options in fieldsets
        ]

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        form.allowed_actions = dict(publishing.actions_for(request.user, obj))
        return form

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        context["workflow_field"] = WORKFLOW_FIELD
        context["workflow_actions"] = publishing.actions_for(request.user, obj)
        context["is_editor"] = publishing.can_publish(request.user)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def save_model(self, request, obj, form, change):
        action = form.workflow_action
        publishing.save(obj, request.user)
        publishing.apply(
            obj,
            request.user,
            action,
            at=form.cleaned_data.get("published_at"),
            reason=form.cleaned_data.get("return_note", ""),
        )
        done = {
            "submit": "Đã gửi bài cho biên tập viên duyệt.",
            "return": "Đã trả bài lại cho phóng viên kèm lý do.",
            "unpublish": "Đã gỡ bài khỏi trang.",
            "publish": "Đã đăng bài.",
            "draft": "Đã lưu bản nháp.",
        }.get(action)
        if done:
            self.message_user(request, done, messages.SUCCESS)
        self._tell_about_legacy_text(request, obj)
        self._tell_when_readers_see_it(request, obj)

    def _tell_about_legacy_text(self, request, obj):
        """Text pasted from a TCVN3 or VNI document was converted on save: say where."""
        converted = getattr(obj, "legacy_conversions", None)
        if not converted:
            return
        names = {TCVN3: "TCVN3 (ABC)", VNI: "VNI-Windows"}
        labels = ", ".join(
            f"“{obj._meta.get_field(field).verbose_name}” ({names.get(encoding, encoding)})"
            for field, encoding in converted.items()
        )
        self.message_user(
            request,
            f"Đã chuyển chữ gõ bằng bảng mã cũ sang Unicode ở: {labels}. "
            "Hãy xem lại bài trước khi đăng.",
            messages.WARNING,
        )

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # The topics are saved now: "Bài liên quan" is worked out once, here, not per reader.
        related.refresh(form.instance)

    def _tell_when_readers_see_it(self, request, obj):
        """A published article that readers cannot open yet deserves a word to the clerk."""
        if obj.is_scheduled:
            when = format_datetime(obj.published_at)
            self.message_user(request, f"Bài sẽ hiện với bạn đọc lúc {when}.", messages.INFO)
        elif obj.status == Article.Status.PUBLISHED and not obj.category.is_active:
            self.message_user(
                request,
                f"Chuyên mục “{obj.category.name}” đang ẩn, nên bạn đọc chưa thấy bài này.",
                messages.WARNING,
            )

    def delete_queryset(self, request, queryset):
        files = set()
        for article in queryset.select_related(None).only("cover_image", "cover_renditions"):
            files |= article.cover_files()
        super().delete_queryset(request, queryset)
        delete_unused_cover_files(files)

    def view_on_site(self, obj):
        return obj.get_absolute_url() if obj.is_public else None

    # --- search: accent-insensitive, over title and text ------------------------------------

    def get_search_results(self, request, queryset, search_term):
        query = search.parse_query(search_term)
        if not query.is_searchable:
            return queryset, False
        return search.matching(queryset, query), False

    # --- list columns ------------------------------------------------------------------------

    @admin.display(description="trạng thái", ordering="status")
    def status_label(self, obj):
        if obj is None or obj.pk is None:
            return "Bản nháp mới"
        if obj.is_scheduled:
            return f"Hẹn giờ đăng ({format_datetime_short(obj.published_at)})"
        if obj.is_expired:
            return "Đã hết hạn"
        if obj.status == Article.Status.PUBLISHED and not obj.category.is_active:
            return "Đã đăng (chuyên mục đang ẩn)"
        return obj.get_status_display()

    @admin.display(description="lý do trả lại")
    def return_reason_shown(self, obj):
        if obj is None or not obj.return_reason:
            return "—"
        return format_html('<strong class="return-reason">{}</strong>', obj.return_reason)

    @admin.display(description="tin nổi bật", ordering="is_featured")
    def featured_mark(self, obj):
        # A red ✖ for "not featured" read as an error; say it in words instead.
        return "★ Nổi bật" if obj.is_featured else ""

    @admin.display(description="người tạo", ordering="created_by__username")
    def author(self, obj):
        user = obj.created_by
        if user is None:
            return "—"
        return user.get_full_name() or user.get_username()

    @admin.display(description="nhập từ cổng cũ")
    def import_mark(self, obj):
        record = ArticleImport.objects.filter(article=obj).first() if obj and obj.pk else None
        if record is None:
            return "—"
        address = f"; địa chỉ cũ: {record.source_url}" if record.source_url else ""
        return (
            f"{record.source_name} ({record.source_format}), nhập lúc "
            f"{format_datetime_short(record.imported_at)}, lần cuối "
            f"{format_datetime_short(record.updated_at)}{address}"
        )

    @admin.display(description="xem trước")
    def preview_link(self, obj):
        if obj is None or obj.pk is None:
            return "—"
        url = obj.get_preview_url()
        return format_html('<a href="{}" target="_blank" rel="noopener">Xem trước</a>', url)

    # --- actions -----------------------------------------------------------------------------

    @admin.action(description="Đăng bài", permissions=["publish"])
    def publish_selected(self, request, queryset):
        # permissions=["publish"]: Django offers and runs it only for has_publish_permission.
        count = publishing.publish_all(queryset, request.user)
        scheduled = queryset.scheduled().count()
        message = f"Đã đăng {count} bài viết."
        if scheduled:
            message += f" {scheduled} bài có thời gian đăng trong tương lai sẽ hiện khi đến giờ."
        self.message_user(request, message, messages.SUCCESS)

    @admin.action(description="Ẩn bài", permissions=["publish"])
    def hide_selected(self, request, queryset):
        count = publishing.hide_all(queryset, request.user)
        self.message_user(request, f"Đã ẩn {count} bài viết.", messages.SUCCESS)

    @admin.action(description="Gửi duyệt", permissions=["change"])
    def submit_for_review(self, request, queryset):
        count = publishing.submit_all(queryset, request.user)
        skipped = queryset.count() - count
        message = f"Đã gửi duyệt {count} bài viết."
        if skipped:
            message += f" Bỏ qua {skipped} bài không phải bản nháp."
        self.message_user(request, message, messages.SUCCESS if count else messages.WARNING)


class RedirectKindFilter(admin.SimpleListFilter):
    title = "loại địa chỉ"
    parameter_name = "loai"

    def lookups(self, request, model_admin):
        return [("doi", "Đường dẫn đã đổi"), ("cu", "Địa chỉ trên cổng cũ")]

    def queryset(self, request, queryset):
        if self.value() == "doi":
            return queryset.filter(old_slug__isnull=False)
        if self.value() == "cu":
            return queryset.filter(old_url__isnull=False)
        return queryset


@admin.register(ArticleRedirect)
class ArticleRedirectAdmin(admin.ModelAdmin):
    """Old addresses kept for 301 redirects: slugs changed here, created automatically, and
    addresses of the replaced portal, added by `manage.py import_articles`."""

    list_display = ["old_address", "article", "created_at"]
    list_select_related = ["article"]
    list_filter = [RedirectKindFilter]
    search_fields = ["old_slug", "old_url", "article__title"]
    readonly_fields = ["old_slug", "old_url", "article", "created_at"]

    @admin.display(description="địa chỉ cũ", ordering="old_slug")
    def old_address(self, obj):
        return obj.old_url or f"/tin-tuc/{obj.old_slug}/"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(ArticleImport)
class ArticleImportAdmin(admin.ModelAdmin):
    """What each imported article came from; written by `manage.py import_articles` only."""

    list_display = ["article", "source_format", "source_name", "encoding", "imported_at"]
    list_select_related = ["article"]
    list_filter = ["source_format", "encoding"]
    search_fields = ["source_name", "source_url", "article__title"]
    readonly_fields = [f.name for f in ArticleImport._meta.fields if f.name != "content_hash"]
    exclude = ["content_hash"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(SearchAbbreviation)
class SearchAbbreviationAdmin(admin.ModelAdmin):
    """The abbreviations the site search treats as their full forms (news.search)."""

    list_display = ("short_form", "full_form", "is_active")
    list_editable = ("is_active",)
    list_filter = ("is_active",)
    search_fields = ("short_form", "full_form")
    fields = ("short_form", "full_form", "is_active")


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    readonly_fields = ["slug"]
    fields = ["name", "slug"]
