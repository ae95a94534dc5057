"""Absolute links: the configured public address, or in development the request's own."""

import re

import pytest
from django.urls import reverse

from portal import site_url
from tests.news.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def canonical(body):
    return re.search(r'<link rel="canonical" href="([^"]+)">', body).group(1)


def test_without_a_public_address_links_use_the_port_the_page_was_asked_on(client, settings):
    settings.SITE_URL = ""
    article = ArticleFactory()
    body = client.get(article.get_absolute_url(), HTTP_HOST="127.0.0.1:8001").content.decode()
    assert canonical(body) == f"http://127.0.0.1:8001{article.get_absolute_url()}"
    feed = client.get(reverse("news:feed"), HTTP_HOST="localhost:8001").content.decode()
    assert f"http://localhost:8001{article.get_absolute_url()}" in feed
    robots = client.get("/robots.txt", HTTP_HOST="localhost:8001").content.decode()
    assert "Sitemap: http://localhost:8001/sitemap.xml" in robots


def test_a_public_address_wins_over_the_host_the_request_names(client, settings):
    settings.SITE_URL = "https://hdnd.minhgiang.example.vn"
    article = ArticleFactory()
    body = client.get(article.get_absolute_url(), HTTP_HOST="127.0.0.1:8001").content.decode()
    assert canonical(body) == f"https://hdnd.minhgiang.example.vn{article.get_absolute_url()}"


def test_the_request_address_is_forgotten_after_the_request(client, settings):
    settings.SITE_URL = ""
    client.get("/", HTTP_HOST="localhost:8001")
    assert site_url.base() == site_url.FALLBACK
