"""Factories for news tests, shared by the staff-side and reader-side test modules."""

import datetime
import io

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from news.models import Article, Category
from news.permissions import EDITOR_GROUP, WRITER_GROUP


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"nguoidung{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.org")
    first_name = "Lan"
    last_name = "Nguyễn Thị"
    password = factory.django.Password("mat-khau-thu-nghiem")


class StaffUserFactory(UserFactory):
    """A staff member with no group: may log in to the admin but do nothing there."""

    username = factory.Sequence(lambda n: f"nhanvien{n}")
    is_staff = True


class SuperUserFactory(StaffUserFactory):
    username = factory.Sequence(lambda n: f"quantri{n}")
    is_superuser = True


def _member_of(group_name):
    """A post-generation hook putting the created user into a staff group."""

    @factory.post_generation
    def join_group(self, create, extracted, **kwargs):
        if create:
            self.groups.add(Group.objects.get_or_create(name=group_name)[0])

    return join_group


class WriterFactory(StaffUserFactory):
    """A "Phóng viên": drafts and submits their own articles."""

    username = factory.Sequence(lambda n: f"phongvien{n}")
    join_group = _member_of(WRITER_GROUP)


class EditorFactory(StaffUserFactory):
    """A "Biên tập viên": edits everything, publishes and hides."""

    username = factory.Sequence(lambda n: f"bientap{n}")
    join_group = _member_of(EDITOR_GROUP)


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Chuyên mục {n}")
    slug = factory.Sequence(lambda n: f"chuyen-muc-{n}")
    order = factory.Sequence(lambda n: n)
    description = ""
    is_active = True


class ArticleFactory(factory.django.DjangoModelFactory):
    """A published article with a publication time in the past, visible to readers."""

    class Meta:
        model = Article

    title = factory.Sequence(lambda n: f"Kỳ họp thứ {n} Hội đồng nhân dân thành phố Minh Giang")
    slug = factory.Sequence(lambda n: f"ky-hop-thu-{n}-hdnd-thanh-pho-minh-giang")
    category = factory.SubFactory(CategoryFactory)
    sapo = "Sáng nay, Hội đồng nhân dân thành phố khai mạc kỳ họp thường lệ."
    body = "<p>Các đại biểu thảo luận về kế hoạch phát triển kinh tế – xã hội năm tới.</p>"
    byline = "Tin, ảnh: Minh Anh"
    source = ""
    cover_image = ""
    # A cover always comes with its description, as the admin requires.
    cover_alt = factory.LazyAttribute(
        lambda o: "Quang cảnh hội trường kỳ họp" if o.cover_image else ""
    )
    status = Article.Status.PUBLISHED
    published_at = factory.Sequence(
        lambda n: timezone.now() - datetime.timedelta(hours=1, minutes=n)
    )

    class Params:
        draft = factory.Trait(status=Article.Status.DRAFT, published_at=None)
        review = factory.Trait(status=Article.Status.REVIEW, published_at=None)
        hidden = factory.Trait(status=Article.Status.HIDDEN)
        scheduled = factory.Trait(
            published_at=factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=1))
        )


def image_bytes(fmt="JPEG", size=(1600, 900), color=(30, 90, 160), mode="RGB", **save_kwargs):
    """Encode a plain Pillow image; save_kwargs go to Image.save (exif=…, etc.)."""
    buffer = io.BytesIO()
    Image.new(mode, size, color).save(buffer, fmt, **save_kwargs)
    return buffer.getvalue()


def uploaded_image(name="anh.jpg", fmt="JPEG", size=(1600, 900), **kwargs):
    content_type = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}.get(
        fmt, "image/gif"
    )
    return SimpleUploadedFile(name, image_bytes(fmt, size, **kwargs), content_type=content_type)
