import pytest
from django.urls import reverse

from tests.comments.factories import form_data
from tests.news.factories import ArticleFactory


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
