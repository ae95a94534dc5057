import datetime
from pathlib import Path

import django_ckeditor_5
import pytest
from django.contrib.admin.sites import site
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from news.admin import ALT_TEXT_BUTTON, ArticleAdmin
from news.models import NAVIGATION_CACHE, Article, ArticleRedirect, Category
from tests.factories import EditorFactory, SuperUserFactory, WriterFactory
from tests.news.admin_helpers import (
    ADD_URL,
    CHANGELIST_URL,
    action_data,
    article_form_data,
    change_url,
)
from tests.news.factories import ArticleFactory, CategoryFactory, uploaded_image
from tests.news.media import stored_files
from tests.news.test_images import png_declaring

pytestmark = pytest.mark.django_db

CATEGORY_ADD_URL = "/quan-tri/news/category/add/"
CATEGORY_LIST_URL = "/quan-tri/news/category/"


@pytest.fixture
def editor_client(client):
    client.force_login(EditorFactory())
    return client


# --- changelist ------------------------------------------------------------------------------


@pytest.fixture
def many_articles():
    categories = CategoryFactory.create_batch(8)
    writers = WriterFactory.create_batch(4)
    now = timezone.now()
    Article.objects.bulk_create(
        Article(
            title=f"Bài số {n}",
            slug=f"bai-so-{n}",
            category=categories[n % 8],
            created_by=writers[n % 4],
            status=[Article.Status.PUBLISHED, Article.Status.DRAFT, Article.Status.REVIEW][n % 3],
            published_at=now - datetime.timedelta(hours=n),
            view_count=n,
        )
        for n in range(400)
    )
    return writers


def test_changelist_with_hundreds_of_articles_runs_a_fixed_number_of_queries(
    editor_client, many_articles, django_assert_max_num_queries
):
    # session, user, permissions (2), category filter, count, page, menu, date hierarchy (2)
    with django_assert_max_num_queries(10):
        response = editor_client.get(CHANGELIST_URL)
    assert response.status_code == 200
    assert response.content.decode().count('class="action-select"') == 50


def test_filtered_and_searched_changelist_stays_within_the_budget(
    editor_client, many_articles, django_assert_max_num_queries
):
    category = Category.objects.first()
    with django_assert_max_num_queries(12):
        response = editor_client.get(
            CHANGELIST_URL,
            {"trang_thai": "published", "category__id__exact": category.pk, "q": "bai so"},
        )
    assert response.status_code == 200


def test_writer_changelist_shows_only_their_articles_within_the_budget(
    client, many_articles, django_assert_max_num_queries
):
    writer = many_articles[0]
    client.force_login(writer)
    with django_assert_max_num_queries(12):
        response = client.get(CHANGELIST_URL)
    assert response.context["cl"].result_count == 100


def test_changelist_search_ignores_tone_marks_and_case(editor_client):
    ArticleFactory(title="Kỳ họp thứ Mười HĐND thành phố")
    # The factory's sapo speaks of "Hội đồng nhân dân", which HĐND also finds: left out here.
    ArticleFactory(title="Giám sát đất đai", sapo="", body="<p>Đoàn làm việc tại Thạch Thất.</p>")
    ArticleFactory(title="Tiếp xúc cử tri", sapo="")
    found = editor_client.get(CHANGELIST_URL, {"q": "ky hop HDND"}).context["cl"].result_list
    assert [a.title for a in found] == ["Kỳ họp thứ Mười HĐND thành phố"]
    found = editor_client.get(CHANGELIST_URL, {"q": "thach that"}).context["cl"].result_list
    assert [a.title for a in found] == ["Giám sát đất đai"]


def test_status_filter_separates_scheduled_articles(editor_client):
    ArticleFactory(title="Đã lên trang")
    ArticleFactory(title="Sẽ lên trang", scheduled=True)
    found = editor_client.get(CHANGELIST_URL, {"trang_thai": "scheduled"}).context["cl"]
    assert [a.title for a in found.result_list] == ["Sẽ lên trang"]


def test_changelist_has_status_category_filters_and_date_hierarchy(editor_client):
    ArticleFactory.create_batch(2)
    page = editor_client.get(CHANGELIST_URL).content.decode()
    assert "trang_thai=review" in page
    assert "category__id__exact=" in page
    assert "published_at__year=" in page


def test_preview_link_points_at_the_reader_preview_once_the_article_is_saved():
    article = ArticleFactory(draft=True)
    admin = ArticleAdmin(Article, site)
    url = reverse("news:article_preview", kwargs={"pk": article.pk})
    assert f'href="{url}"' in admin.preview_link(article)
    assert admin.preview_link(Article()) == "—"
    assert admin.preview_link(None) == "—"


def test_view_on_site_only_for_articles_readers_can_see():
    admin = ArticleAdmin(Article, site)
    public = ArticleFactory()
    assert admin.view_on_site(public) == public.get_absolute_url()
    assert admin.view_on_site(ArticleFactory(draft=True)) is None
    assert admin.view_on_site(ArticleFactory(scheduled=True)) is None


# --- article form ----------------------------------------------------------------------------


def test_add_page_loads_the_vietnamese_editor_and_slug_helper(editor_client):
    page = editor_client.get(ADD_URL).content.decode()
    assert "django_ckeditor_5/dist/translations/vi.js" in page
    assert "js/news-admin-slug.js" in page
    assert page.index("admin/js/urlify.js") < page.index("js/news-admin-slug.js")


def test_blank_slug_is_made_from_the_title_with_d_folded(editor_client):
    category = CategoryFactory()
    data = article_form_data(category=category, title="Đại biểu HĐND Đà Nẵng tiếp xúc cử tri")
    assert editor_client.post(ADD_URL, data).status_code == 302
    assert Article.objects.get().slug == "dai-bieu-hdnd-da-nang-tiep-xuc-cu-tri"


def test_colliding_slug_gets_a_number(editor_client):
    category = CategoryFactory()
    ArticleFactory(slug="ky-hop-thu-muoi")
    ArticleFactory(slug="ky-hop-thu-muoi-2")
    data = article_form_data(category=category, title="Kỳ họp thứ Mười", slug="ky-hop-thu-muoi")
    assert editor_client.post(ADD_URL, data).status_code == 302
    assert Article.objects.filter(title="Kỳ họp thứ Mười").get().slug == "ky-hop-thu-muoi-3"


def test_typed_slug_is_normalized(editor_client):
    category = CategoryFactory()
    data = article_form_data(category=category, slug="Phiên Chất Vấn  Đầu Năm")
    editor_client.post(ADD_URL, data)
    assert Article.objects.get().slug == "phien-chat-van-dau-nam"


def test_changing_the_slug_in_the_admin_keeps_the_old_address(editor_client):
    article = ArticleFactory(slug="ten-cu")
    editor_client.post(change_url(article), article_form_data(article, slug="ten-moi"))
    article.refresh_from_db()
    assert article.slug == "ten-moi"
    assert ArticleRedirect.objects.get(old_slug="ten-cu").article == article


def test_created_by_updated_by_and_view_count_are_not_editable(editor_client):
    writer = WriterFactory()
    article = ArticleFactory(created_by=writer, view_count=1957)
    form = editor_client.get(change_url(article)).context["adminform"].form
    assert not {"created_by", "updated_by", "view_count"} & set(form.fields)
    editor_client.post(
        change_url(article), article_form_data(article, view_count="0", created_by="")
    )
    article.refresh_from_db()
    assert article.created_by == writer
    assert article.view_count == 1957


def test_cover_bomb_uploaded_in_the_admin_is_refused_with_a_message(editor_client, media_root):
    category = CategoryFactory()
    data = article_form_data(category=category, title="Bài có ảnh bom")
    data["cover_image"] = SimpleUploadedFile("bom.png", png_declaring(20000, 20000))
    response = editor_client.post(ADD_URL, data)
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors["cover_image"]
    assert errors[0].startswith("Ảnh quá lớn")
    assert not Article.objects.exists()
    assert stored_files(media_root) == []


def test_svg_cover_is_refused_in_the_admin(editor_client, media_root):
    data = article_form_data(category=CategoryFactory())
    data["cover_image"] = SimpleUploadedFile(
        "logo.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>"
    )
    response = editor_client.post(ADD_URL, data)
    assert "không phải là ảnh hợp lệ" in response.context["adminform"].form.errors["cover_image"][0]
    assert stored_files(media_root) == []


def test_cover_uploaded_in_the_admin_is_cleaned_and_gets_renditions(editor_client, media_root):
    data = article_form_data(category=CategoryFactory(), cover_alt="Hội trường")
    data["cover_image"] = uploaded_image("IMG_0001.JPG", size=(1800, 1200))
    assert editor_client.post(ADD_URL, data).status_code == 302
    article = Article.objects.get()
    assert article.cover_image.name.startswith("articles/")
    assert "IMG_0001" not in article.cover_image.name
    assert len(stored_files(media_root)) == 7  # the original and six renditions
    assert article.cover_srcset.count("w,") == 5


# --- alt text --------------------------------------------------------------------------------

COVER_ALT_MESSAGE = "Hãy mô tả ảnh đại diện cho người khiếm thị (alt)."


def form_errors(response):
    return response.context["adminform"].form.errors


def test_the_alt_button_named_in_messages_is_the_one_ckeditor_shows_in_vietnamese():
    translations = (
        Path(django_ckeditor_5.__file__).parent / "static/django_ckeditor_5/dist/translations/vi.js"
    ).read_text(encoding="utf-8")
    assert f'"Change image text alternative":"{ALT_TEXT_BUTTON}"' in translations


@pytest.mark.parametrize("alt", ["", "   "])
def test_cover_without_a_description_is_refused_and_the_typed_fields_are_kept(
    editor_client, media_root, alt
):
    data = article_form_data(
        category=CategoryFactory(),
        title="Bế mạc kỳ họp thứ Mười",
        cover_caption="Quang cảnh phiên bế mạc",
        cover_alt=alt,
    )
    data["cover_image"] = uploaded_image()
    response = editor_client.post(ADD_URL, data)
    assert response.status_code == 200
    assert form_errors(response)["cover_alt"] == [COVER_ALT_MESSAGE]
    page = response.content.decode()
    assert 'value="Bế mạc kỳ họp thứ Mười"' in page
    assert 'value="Quang cảnh phiên bế mạc"' in page
    assert not Article.objects.exists()
    assert stored_files(media_root) == []


def test_cover_field_tells_staff_the_description_is_required(editor_client):
    page = editor_client.get(ADD_URL).content.decode()
    assert "Bắt buộc khi có ảnh đại diện" in page


def test_older_article_with_a_cover_needs_a_description_before_it_is_saved_again(
    editor_client, media_root
):
    article = ArticleFactory(cover_image=uploaded_image())
    Article.objects.filter(pk=article.pk).update(cover_alt="")
    response = editor_client.post(change_url(article), article_form_data(article, cover_alt=""))
    assert form_errors(response)["cover_alt"] == [COVER_ALT_MESSAGE]
    data = article_form_data(article, cover_alt="Đại biểu biểu quyết")
    assert editor_client.post(change_url(article), data).status_code == 302
    article.refresh_from_db()
    assert article.cover_alt == "Đại biểu biểu quyết"


def test_article_without_a_cover_needs_no_description(editor_client):
    data = article_form_data(category=CategoryFactory(), cover_alt="")
    assert editor_client.post(ADD_URL, data).status_code == 302


def test_model_validation_names_the_cover_alt_field():
    article = ArticleFactory.build(cover_image="articles/2026/11/a.jpg", cover_alt=" ")
    with pytest.raises(ValidationError) as raised:
        article.clean()
    assert raised.value.message_dict == {"cover_alt": [COVER_ALT_MESSAGE]}


def test_body_pictures_without_a_description_are_refused_with_how_many(editor_client):
    body = (
        '<p>Mở đầu</p><figure class="image"><img src="/media/articles/a.jpg"></figure>'
        '<figure class="image"><img src="/media/articles/b.jpg" alt=""></figure>'
        '<figure class="image"><img src="/media/articles/c.jpg" alt="Đại biểu phát biểu"></figure>'
    )
    data = article_form_data(category=CategoryFactory(), title="Bài có ảnh", body=body)
    response = editor_client.post(ADD_URL, data)
    assert response.status_code == 200
    assert form_errors(response)["body"] == [
        "2 ảnh trong nội dung chưa có mô tả (alt). "
        "Chọn ảnh và bấm nút “Đổi chữ alt của ảnh” để thêm."
    ]
    # The text goes back to the editor as it was typed.
    assert escape(body) in response.content.decode()
    assert not Article.objects.exists()


def test_body_pictures_with_descriptions_are_accepted(editor_client):
    body = '<figure class="image"><img src="/media/articles/a.jpg" alt="Hội trường"></figure>'
    data = article_form_data(category=CategoryFactory(), body=body)
    assert editor_client.post(ADD_URL, data).status_code == 302
    assert 'alt="Hội trường"' in Article.objects.get().body


# --- categories ------------------------------------------------------------------------------


def test_category_slug_is_filled_server_side_from_the_name(editor_client):
    response = editor_client.post(
        CATEGORY_ADD_URL,
        {"name": "Hoạt động Đoàn đại biểu", "slug": "", "order": "3", "is_active": "on"},
    )
    assert response.status_code == 302
    assert Category.objects.get().slug == "hoat-dong-doan-dai-bieu"


def test_duplicate_category_slug_gets_a_vietnamese_error(editor_client):
    CategoryFactory(slug="ky-hop")
    response = editor_client.post(
        CATEGORY_ADD_URL, {"name": "Kỳ họp", "slug": "ky-hop", "order": "1", "is_active": "on"}
    )
    assert response.status_code == 200
    assert "đã tồn tại" in str(response.context["adminform"].form.errors["slug"])


def test_saving_a_category_in_the_admin_clears_the_cached_menu(editor_client):
    category = CategoryFactory(name="Giám sát", slug="giam-sat")
    NAVIGATION_CACHE.set([{"name": "cũ", "slug": "cu"}])
    editor_client.post(
        f"/quan-tri/news/category/{category.pk}/change/",
        {"name": "Giám sát", "slug": "giam-sat", "order": "1"},  # unchecks is_active
    )
    assert NAVIGATION_CACHE.get() is None
    menu = editor_client.get("/").context["nav_categories"]
    assert "giam-sat" not in [c["slug"] for c in menu]


def test_list_editable_order_change_clears_the_cached_menu(editor_client):
    first = CategoryFactory(order=1)
    second = CategoryFactory(order=2)
    NAVIGATION_CACHE.set(["cũ"])
    response = editor_client.post(
        CATEGORY_LIST_URL,
        {
            "form-TOTAL_FORMS": "2",
            "form-INITIAL_FORMS": "2",
            "form-0-id": first.pk,
            "form-0-order": "5",
            "form-0-is_active": "on",
            "form-1-id": second.pk,
            "form-1-order": "1",
            "form-1-is_active": "on",
            "_save": "Lưu",
        },
    )
    assert response.status_code == 302
    assert NAVIGATION_CACHE.get() is None
    first.refresh_from_db()
    assert first.order == 5


def test_bulk_delete_of_categories_clears_the_cached_menu(editor_client):
    empty = CategoryFactory()
    NAVIGATION_CACHE.set(["cũ"])
    editor_client.post(CATEGORY_LIST_URL, {**action_data("delete_selected", empty), "post": "yes"})
    assert not Category.objects.filter(pk=empty.pk).exists()
    assert NAVIGATION_CACHE.get() is None


def test_category_with_articles_cannot_be_deleted(editor_client):
    article = ArticleFactory()
    response = editor_client.post(
        f"/quan-tri/news/category/{article.category_id}/delete/", {"post": "yes"}
    )
    assert response.status_code == 200  # Django lists the protected articles instead
    assert Category.objects.filter(pk=article.category_id).exists()


def test_category_changelist_counts_articles_in_one_query(client, django_assert_max_num_queries):
    client.force_login(SuperUserFactory())
    for category in CategoryFactory.create_batch(10):
        ArticleFactory.create_batch(2, category=category)
    with django_assert_max_num_queries(8):
        response = client.get(CATEGORY_LIST_URL)
    assert response.status_code == 200
