"""Factories for news tests: categories, articles and the images staff upload."""

import datetime
import io

import factory
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from news.models import Article, Category


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
