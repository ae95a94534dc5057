"""Factories for comment tests."""

import factory

from comments.models import BannedWord, Comment
from tests.news.factories import ArticleFactory


class CommentFactory(factory.django.DjangoModelFactory):
    """An approved comment (visible to readers); use status=… for the other states."""

    class Meta:
        model = Comment

    article = factory.SubFactory(ArticleFactory)
    name = "Nguyễn Thị Lan"
    phone = "0912345678"
    title = factory.Sequence(lambda n: f"Góp ý số {n} về đường Bến Sông")
    content = "Đường Bến Sông hay bị ngập mỗi khi mưa lớn, mong thành phố sớm khắc phục."
    status = Comment.Status.APPROVED
    address_hash = "a" * 64
    user_agent = "Mozilla/5.0 (thử nghiệm)"


class BannedWordFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = BannedWord
        django_get_or_create = ("word",)

    word = "cá độ"
