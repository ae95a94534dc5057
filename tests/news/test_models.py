import datetime
import unicodedata

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db.models import F
from django.utils import timezone

from news.models import NAVIGATION_CACHE, Article, ArticleRedirect, Category
from tests.factories import EditorFactory, StaffUserFactory, UserFactory, WriterFactory
from tests.news.factories import ArticleFactory, CategoryFactory, image_bytes, uploaded_image

pytestmark = pytest.mark.django_db


def titles(queryset):
    return [a.title for a in queryset]


# --- factories -------------------------------------------------------------------------------


def test_article_factory_builds_a_public_article_and_role_factories_join_groups():
    article = ArticleFactory()
    assert article.is_public
    assert article.published_at < timezone.now()
    assert WriterFactory().groups.get().name == "Phóng viên"
    assert EditorFactory().groups.get().name == "Biên tập viên"


# --- querysets -------------------------------------------------------------------------------


def test_published_hides_drafts_reviews_hidden_and_scheduled_articles():
    ArticleFactory(title="Công khai")
    ArticleFactory(title="Nháp", draft=True)
    ArticleFactory(title="Chờ duyệt", review=True)
    ArticleFactory(title="Đã ẩn", hidden=True)
    ArticleFactory(title="Hẹn giờ", scheduled=True)
    assert titles(Article.objects.published()) == ["Công khai"]


def test_scheduled_article_appears_once_its_time_comes():
    article = ArticleFactory(scheduled=True)
    later = article.published_at + datetime.timedelta(seconds=1)
    assert Article.objects.published(now=later).get() == article


def test_read_vocabulary_orders_and_filters():
    now = timezone.now()
    hidden_category = CategoryFactory(is_active=False)
    old = ArticleFactory(title="Cũ", published_at=now - datetime.timedelta(days=2), view_count=9)
    new = ArticleFactory(title="Mới", published_at=now - datetime.timedelta(hours=1), view_count=1)
    ArticleFactory(title="Ẩn mục", category=hidden_category, is_featured=True)
    assert titles(Article.objects.filter(pk__in=[old.pk, new.pk]).newest_first()) == ["Mới", "Cũ"]
    assert titles(Article.objects.filter(pk__in=[old.pk, new.pk]).most_viewed()) == ["Cũ", "Mới"]
    assert titles(Article.objects.featured()) == ["Ẩn mục"]
    assert "Ẩn mục" not in titles(Article.objects.in_active_category())


def test_visible_to_shows_unpublished_articles_only_to_the_newsroom():
    writer = WriterFactory()
    ArticleFactory(title="Công khai")
    ArticleFactory(title="Nháp của tôi", draft=True, created_by=writer)
    ArticleFactory(title="Nháp của người khác", review=True, created_by=WriterFactory())
    ArticleFactory(title="Hẹn giờ", scheduled=True)
    assert titles(Article.objects.visible_to(AnonymousUser())) == ["Công khai"]
    assert titles(Article.objects.visible_to(UserFactory())) == ["Công khai"]
    assert titles(Article.objects.visible_to(StaffUserFactory())) == ["Công khai"]
    # The admin's rule: writers their own articles in any state, editors all.
    assert sorted(titles(Article.objects.visible_to(writer))) == ["Công khai", "Nháp của tôi"]
    assert len(Article.objects.visible_to(EditorFactory())) == 4
    inactive = EditorFactory(is_active=False)
    assert titles(Article.objects.visible_to(inactive)) == ["Công khai"]


def test_editable_by_limits_writers_to_their_own_articles():
    writer = WriterFactory()
    ArticleFactory(title="Của tôi", created_by=writer)
    ArticleFactory(title="Của người khác", created_by=WriterFactory())
    assert titles(Article.objects.editable_by(writer)) == ["Của tôi"]
    assert len(Article.objects.editable_by(EditorFactory())) == 2


# --- text cleaning ---------------------------------------------------------------------------


def test_text_fields_are_stored_nfc_without_invisible_characters():
    decomposed = unicodedata.normalize("NFD", "Hội đồng nhân dân")
    article = ArticleFactory(title=f"  {decomposed}\u200b  ", sapo=f"{decomposed}\u00a0 mới")
    article.refresh_from_db()
    assert article.title == "Hội đồng nhân dân"
    assert article.sapo == "Hội đồng nhân dân mới"


def test_search_folded_is_built_from_body_text_not_markup():
    article = ArticleFactory(
        title="Kỳ họp",
        sapo="Tóm tắt",
        body='<p>Hội <strong>đồng</strong></p><p>Thạch&nbsp;Thất</p><figure class="image">'
        '<img src="/media/a.jpg" alt="ảnh"></figure><p>a &lt;b&gt; c</p>',
    )
    assert article.title_folded == "ky hop"
    assert "hoi dong" in article.search_folded
    assert "thach that" in article.search_folded
    assert "a <b> c" in article.search_folded
    for markup in ("strong", "figure", "class", "/media/", "&nbsp;", "<p>"):
        assert markup not in article.search_folded


# --- slugs and redirects ---------------------------------------------------------------------


def test_blank_slug_comes_from_the_title_and_collisions_get_numbers():
    first = ArticleFactory(title="Đà Nẵng: tiếp xúc cử tri", slug="")
    second = ArticleFactory(title="Đà Nẵng – tiếp xúc cử tri!", slug="")
    third = ArticleFactory(title="Đà Nẵng tiếp xúc cử tri", slug="")
    assert first.slug == "da-nang-tiep-xuc-cu-tri"
    assert second.slug == "da-nang-tiep-xuc-cu-tri-2"
    assert third.slug == "da-nang-tiep-xuc-cu-tri-3"


def test_saving_again_keeps_the_articles_own_slug():
    article = ArticleFactory(slug="giu-nguyen")
    article.save()
    assert article.slug == "giu-nguyen"


def test_title_without_letters_still_gets_a_slug():
    assert ArticleFactory(title="!!! ???", slug="").slug == "bai-viet"


def test_changing_the_slug_records_the_old_one():
    article = ArticleFactory(slug="dia-chi-cu")
    article.slug = "dia-chi-moi"
    article.save()
    article.slug = "dia-chi-moi-nhat"
    article.save()
    assert dict(ArticleRedirect.objects.values_list("old_slug", "article")) == {
        "dia-chi-cu": article.pk,
        "dia-chi-moi": article.pk,
    }


def test_going_back_to_an_old_slug_removes_its_redirect():
    article = ArticleFactory(slug="a")
    article.slug = "b"
    article.save()
    article.slug = "a"
    article.save()
    assert list(ArticleRedirect.objects.values_list("old_slug", flat=True)) == ["b"]


def test_a_new_article_taking_an_old_slug_removes_the_redirect():
    moved = ArticleFactory(slug="ten-cu")
    moved.slug = "ten-moi"
    moved.save()
    newcomer = ArticleFactory(slug="ten-cu")
    assert newcomer.slug == "ten-cu"
    assert not ArticleRedirect.objects.filter(old_slug="ten-cu").exists()


def test_redirects_go_with_their_article():
    article = ArticleFactory(slug="x")
    article.slug = "y"
    article.save()
    article.delete()
    assert not ArticleRedirect.objects.exists()


# --- saving ----------------------------------------------------------------------------------


def test_saving_an_edited_article_does_not_overwrite_views_counted_meanwhile():
    article = ArticleFactory(view_count=10)
    Article.objects.filter(pk=article.pk).update(view_count=F("view_count") + 5)
    article.title = "Sửa tiêu đề"
    article.save()
    article.refresh_from_db()
    assert article.view_count == 15
    assert article.title == "Sửa tiêu đề"


def test_status_only_save_runs_the_update_and_its_revision(django_assert_num_queries):
    article = ArticleFactory(review=True)
    article.status = Article.Status.PUBLISHED
    with django_assert_num_queries(2):
        article.save(update_fields=["status"])


# --- cover renditions ------------------------------------------------------------------------


@pytest.mark.usefixtures("media_root")
def test_article_factory_describes_the_cover_it_is_given():
    assert ArticleFactory().cover_alt == ""
    article = ArticleFactory(cover_image=uploaded_image())
    assert article.cover_alt
    article.full_clean()


@pytest.mark.usefixtures("media_root")
def test_share_url_is_the_original_cover_not_a_rendition():
    assert ArticleFactory().cover_share_url == ""
    article = ArticleFactory(cover_image=uploaded_image(size=(2400, 1350)))
    assert article.cover_share_url == f"/media/{article.cover_image.name}"
    assert article.cover_share_url.endswith(".jpg") and article.cover_full_url.endswith(".webp")


@pytest.mark.usefixtures("media_root")
def test_cover_properties_are_empty_without_a_cover():
    article = ArticleFactory()
    assert article.cover_thumb_url == article.cover_card_url == article.cover_full_url == ""
    assert article.cover_srcset == ""
    assert article.cover_width is None


@pytest.mark.usefixtures("media_root")
def test_cover_renditions_are_made_on_save_and_exposed_as_urls():
    article = ArticleFactory(cover_image=uploaded_image(size=(2400, 1350)))
    stem = "/media/" + article.cover_image.name.rsplit(".", 1)[0]
    assert article.cover_thumb_url == f"{stem}-320.webp"
    assert article.cover_card_url == f"{stem}-640.webp"
    assert article.cover_full_url == f"{stem}-1200.webp"
    assert article.cover_srcset == (
        f"{stem}-320.webp 320w, {stem}-480.webp 480w, {stem}-640.webp 640w, "
        f"{stem}-800.webp 800w, {stem}-960.webp 960w, {stem}-1200.webp 1200w"
    )
    assert (article.cover_width, article.cover_height) == (2400, 1350)
    for width in (320, 480, 640, 800, 960, 1200):
        assert default_storage.exists(article.cover_renditions["files"][str(width)])


@pytest.mark.usefixtures("media_root")
def test_small_cover_falls_back_to_the_original_for_missing_sizes():
    article = ArticleFactory(cover_image=uploaded_image("nho.png", fmt="PNG", size=(500, 300)))
    original = article.cover_image.url
    assert article.cover_thumb_url.endswith("-320.webp")
    assert article.cover_card_url == article.cover_full_url == original
    stem = original.rsplit(".", 1)[0]
    assert article.cover_srcset == (
        f"{article.cover_thumb_url} 320w, {stem}-480.webp 480w, {original} 500w"
    )


@pytest.mark.usefixtures("media_root")
def test_replacing_the_cover_rebuilds_renditions():
    article = ArticleFactory(cover_image=uploaded_image(size=(1000, 500)))
    first = article.cover_card_url
    article.cover_image = uploaded_image(size=(900, 450))
    article.save()
    assert article.cover_card_url != first
    assert article.cover_renditions["source"] == article.cover_image.name


@pytest.mark.usefixtures("media_root")
def test_a_stored_cover_assigned_by_name_gets_renditions_on_save():
    name = default_storage.save("demo/bia.jpg", ContentFile(image_bytes("JPEG", (800, 600))))
    article = ArticleFactory()
    article.cover_image = name
    article.save()
    assert article.cover_thumb_url.endswith("demo/bia-320.webp")
    assert article.cover_card_url.endswith("demo/bia-640.webp")


@pytest.mark.usefixtures("media_root")
def test_stale_or_missing_renditions_fall_back_to_the_original():
    article = ArticleFactory(cover_image=uploaded_image(size=(1000, 500)))
    Article.objects.filter(pk=article.pk).update(cover_image="articles/khac.jpg")
    article.refresh_from_db()
    assert article.cover_full_url == "/media/articles/khac.jpg"
    assert article.cover_srcset == ""
    article.save()  # the file does not exist: no crash, and no renditions
    assert article.cover_thumb_url == "/media/articles/khac.jpg"


@pytest.mark.usefixtures("media_root")
def test_removing_the_cover_clears_renditions():
    article = ArticleFactory(cover_image=uploaded_image(size=(1000, 500)))
    article.cover_image = None
    article.save()
    assert article.cover_renditions == {}
    assert article.cover_full_url == ""


# --- categories ------------------------------------------------------------------------------


def test_category_slug_comes_from_the_name_and_typed_slugs_are_normalized():
    assert Category.objects.create(name="Tiếp xúc cử tri").slug == "tiep-xuc-cu-tri"
    assert Category.objects.create(name="X", slug="Giám Sát").slug == "giam-sat"


def test_category_changes_clear_the_cached_menu():
    category = CategoryFactory()
    NAVIGATION_CACHE.set(["cũ"])
    category.is_active = False
    category.save()
    assert NAVIGATION_CACHE.get() is None
    NAVIGATION_CACHE.set(["cũ"])
    category.delete()
    assert NAVIGATION_CACHE.get() is None
