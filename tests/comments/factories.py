"""Factories for comment tests: comments, banned words and a valid submission of the form."""

import time

import factory

from comments.models import BannedWord, Comment
from portal.form_protection import sign_started
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


VALID = {
    "name": "Trần Văn Bình",
    "phone": "0912 345 678",
    "title": "Góp ý về đèn đường tổ 5",
    "content": "Đèn đường ở tổ 5 phường Hòa Bình đã hỏng hơn một tháng nay, mong sớm sửa.",
}


# The captcha key of form_data; its start note is tied to it.
CAPTCHA_KEY = "khong-co-ma"


def form_data(**changes):
    """A valid submission: captcha answered in test mode, form shown a minute ago."""
    data = {
        **VALID,
        "captcha_0": CAPTCHA_KEY,
        "captcha_1": "PASSED",
        "website": "",
        "started": sign_started(CAPTCHA_KEY, time.time() - 60),
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}
