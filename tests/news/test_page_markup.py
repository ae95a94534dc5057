"""Markup the HTML checker would refuse, caught without it: <time datetime> values, the deferred
captcha picture, heading levels on list pages."""

import re

import pytest
from django.utils import timezone

from tests.news.factories import ArticleFactory, CategoryFactory, uploaded_image

pytestmark = pytest.mark.django_db

DATETIME = re.compile(r'<time[^>]* datetime="([^"]*)"')
VALID = re.compile(r"\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d(\.\d{1,3})?)?[+-]\d\d:\d\d)?")


def test_time_elements_carry_at_most_three_fraction_digits(client):
    category = CategoryFactory(slug="tin-ky-hop")
    article = ArticleFactory(category=category)
    ArticleFactory(category=category)
    # Saved times carry microseconds, which HTML's date-time strings do not allow.
    assert article.published_at.microsecond or timezone.now().microsecond
    for url in ("/", category.get_absolute_url(), article.get_absolute_url()):
        values = DATETIME.findall(client.get(url).content.decode())
        assert values, url
        for value in values:
            assert VALID.fullmatch(value), (url, value)


def test_deferred_captcha_picture_has_a_src_before_the_captcha_is_drawn(client):
    article = ArticleFactory()
    page = client.get(article.get_absolute_url()).content.decode()
    (img,) = re.findall(r"<img[^>]*data-comments-captcha-image[^>]*>", page)
    assert 'src="/static/img/captcha-blank.svg"' in img and " hidden" in img


def test_category_and_month_lists_do_not_skip_from_h1_to_h3(client):
    category = CategoryFactory(slug="tin-ky-hop")
    article = ArticleFactory(category=category)
    month = timezone.localtime(article.published_at)
    for url in (category.get_absolute_url(), f"/luu-tru/{month.year}/{month.month}/"):
        page = client.get(url).content.decode()
        main = page.split('<main id="noi-dung"')[1].split("</main>")[0]
        levels = [int(n) for n in re.findall(r"<h([1-6])", main)]
        assert levels[0] == 1, url
        assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False)), (url, levels)


def test_every_picture_on_home_category_and_article_reserves_its_box(client, media_root):
    category = CategoryFactory(slug="tin-ky-hop")
    article = ArticleFactory(
        category=category, cover_image=uploaded_image(size=(1600, 900)), cover_alt="Hội trường"
    )
    ArticleFactory(category=category, cover_image=uploaded_image(size=(900, 600)), cover_alt="Ảnh")
    for url in ("/", category.get_absolute_url(), article.get_absolute_url()):
        page = client.get(url).content.decode()
        pictures = re.findall(r"<img\b[^>]*>", page)
        assert len(pictures) >= 2, url
        for img in pictures:
            assert re.search(r' width="\d+"', img) and re.search(r' height="\d+"', img), (url, img)
