import time

import pytest
from django.urls import reverse

from comments.forms import sign_started
from tests.news.factories import ArticleFactory

VALID = {
    "name": "Trần Văn Bình",
    "phone": "0912 345 678",
    "title": "Góp ý về đèn đường tổ 5",
    "content": "Đèn đường ở tổ 5 phường Hòa Bình đã hỏng hơn một tháng nay, mong sớm sửa.",
}


def form_data(**changes):
    """A valid submission: captcha answered in test mode, form shown a minute ago."""
    data = {
        **VALID,
        "captcha_0": "khong-co-ma",
        "captcha_1": "PASSED",
        "website": "",
        "started": sign_started(time.time() - 60),
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


@pytest.fixture
def article(db):
    return ArticleFactory(title="Kỳ họp thứ 5 HĐND thành phố Minh Giang")


@pytest.fixture
def form_url(article):
    return reverse("comments:form", args=[article.pk])


@pytest.fixture
def post_comment(client, form_url):
    """Post the form (as a page, or as JSON like comments.js) with changes to the valid data."""

    def post(as_json=False, url=None, **changes):
        headers = {"Accept": "application/json", "X-Requested-With": "XMLHttpRequest"}
        headers = headers if as_json else {}
        return client.post(url or form_url, form_data(**changes), headers=headers)

    return post
