"""Newsroom admin: categories, articles (with writer/editor roles) and old article addresses.

The workflow rules live in news/publishing.py; this admin shows them and calls it. A writer's
form offers only "Bản nháp"/"Chờ duyệt", the queryset hides other people's articles and published
ones are read-only for them, while save_model and the actions go through news/publishing.py, which
checks the roles again on the server.
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.views.main import ChangeList
from django.db.models import Count
from django.utils.html import format_html

from portal import text
from portal.formats import format_datetime

from . import images, publishing, search
from .models import Article, ArticleRedirect, Category, delete_unused_cover_files
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
class CategoryAdmin(admin.ModelAdmin):
    form = CategoryAdminForm
    list_display = ["name", "slug", "order", "is_active", "article_total"]
    list_display_links = ["name"]
    list_editable = ["order", "is_active"]
    list_filter = ["is_active"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}

    class Media:
        js = SLUG_JS
        css = {"all": ["css/news-admin.css"]}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_total=Count("articles"))

    @admin.display(description="số bài viết", ordering="article_total")
    def article_total(self, obj):
        return obj.article_total


class ArticleAdminForm(forms.ModelForm):
    # Set per request by ArticleAdmin.get_form.
    allowed_statuses = publishing.WRITER_STATUSES

    slug = forms.CharField(label="Đường dẫn", max_length=255, required=False, help_text=SLUG_HELP)

    class Meta:
        model = Article
        fields = [
            "title",
            "slug",
            "category",
            "sapo",
            "body",
            "cover_image",
            "cover_caption",
            "cover_alt",
            "byline",
            "source",
            "status",
            "published_at",
            "is_featured",
            "allow_comments",
        ]
        field_classes = {"cover_image": images.ImageUploadField}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        status = self.fields.get("status")
        allowed = self.allowed_statuses
        if status is not None and Article.Status.PUBLISHED not in allowed:
            status.choices = [(v, label) for v, label in Article.Status.choices if v in allowed]
            status.help_text = "Chọn “Chờ duyệt” để gửi bài cho biên tập viên."
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

    def clean_status(self):
        status = self.cleaned_data.get("status")
        if status not in self.allowed_statuses:
            raise forms.ValidationError(publishing.ONLY_EDITORS_PUBLISH)
        return status

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


class ArticleChangeList(ChangeList):
    """The list never shows the body; don't fetch fifty of them per page."""

    def get_queryset(self, request, exclude_parameters=None):
        queryset = super().get_queryset(request, exclude_parameters)
        return queryset.defer("body", "search_folded", "sapo", "cover_renditions")


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    form = ArticleAdminForm
    list_display = [
        "title",
        "category",
        "status_label",
        "published_at",
        "is_featured",
        "view_count",
        "author",
        "preview_link",
    ]
    list_display_links = ["title"]
    list_select_related = ["category", "created_by"]
    list_filter = [StatusFilter, "category", "is_featured"]
    date_hierarchy = "published_at"
    search_fields = ["title"]
    search_help_text = "Tìm theo tiêu đề, sapo hoặc nội dung; gõ có dấu hay không dấu đều được."
    list_per_page = 50
    show_full_result_count = False
    prepopulated_fields = {"slug": ["title"]}
    actions = ["publish_selected", "hide_selected", "submit_for_review"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "category", "sapo", "body"]}),
        ("Ảnh đại diện", {"fields": ["cover_image", "cover_caption", "cover_alt"]}),
        ("Tác giả và nguồn", {"fields": ["byline", "source"]}),
        (
            "Xuất bản",
            {
                "fields": [
                    "status",
                    "published_at",
                    "is_featured",
                    "allow_comments",
                    "preview_link",
                ]
            },
        ),
        (
            "Lịch sử",
            {
                "classes": ["collapse"],
                "fields": ["created_by", "created_at", "updated_by", "updated_at", "view_count"],
            },
        ),
    ]
    readonly_fields = [
        "preview_link",
        "created_by",
        "created_at",
        "updated_by",
        "updated_at",
        "view_count",
    ]

    class Media:
        js = SLUG_JS
        css = {"all": ["css/news-admin.css"]}

    def get_changelist(self, request, **kwargs):
        return ArticleChangeList

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

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not publishing.can_publish(request.user):
            fields += publishing.EDITOR_FIELDS
        return fields

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        form.allowed_statuses = publishing.allowed_statuses(request.user)
        return form

    def save_model(self, request, obj, form, change):
        publishing.save(obj, request.user)
        self._tell_when_readers_see_it(request, obj)

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
        if obj.is_scheduled:
            return "Hẹn giờ đăng"
        if obj.status == Article.Status.PUBLISHED and not obj.category.is_active:
            return "Đã đăng (chuyên mục đang ẩn)"
        return obj.get_status_display()

    @admin.display(description="người tạo", ordering="created_by__username")
    def author(self, obj):
        user = obj.created_by
        if user is None:
            return "—"
        return user.get_full_name() or user.get_username()

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


@admin.register(ArticleRedirect)
class ArticleRedirectAdmin(admin.ModelAdmin):
    """Old addresses kept for 301 redirects; created automatically when a slug changes."""

    list_display = ["old_slug", "article", "created_at"]
    list_select_related = ["article"]
    search_fields = ["old_slug", "article__title"]
    readonly_fields = ["old_slug", "article", "created_at"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
