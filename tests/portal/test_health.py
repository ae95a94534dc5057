"""Liveness and readiness endpoints: what they check, what they reveal, how they are served."""

import json
import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.core.files.storage import default_storage
from health_check import checks

from portal.cache_backends import resilient

from .cache_faults import refused_redis_settings

LIVENESS = "/suc-khoe/"
READINESS = "/suc-khoe/san-sang/"


def _production_setting(name):
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.prod",
        "DJANGO_SECRET_KEY": "x" * 50,
        "DJANGO_ALLOWED_HOSTS": "example.org",
        "PORTAL_SITE_URL": "https://example.org",
    }
    code = "import django, json; django.setup(); from django.conf import settings; "
    code += f"print(json.dumps(settings.{name}))"
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


@pytest.fixture(autouse=True)
def _fresh_breakers():
    resilient.reset_breakers()
    yield
    resilient.reset_breakers()


def test_liveness_answers_without_the_database(client):
    # No django_db mark: a query would raise here.
    response = client.get(LIVENESS)
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


@pytest.mark.django_db
def test_readiness_checks_database_media_and_cache(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(1):
        response = client.get(READINESS)
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "media": "ok", "cache": "ok"},
    }


@pytest.mark.django_db
def test_readiness_reports_the_cache_degraded_and_the_node_still_ready(client, settings):
    settings.CACHES = refused_redis_settings()
    response = client.get(READINESS)
    assert response.status_code == 200
    assert response.json() == {
        "status": "degraded",
        "checks": {"database": "ok", "media": "ok", "cache": "degraded"},
    }


@pytest.mark.django_db
def test_readiness_fails_when_media_cannot_be_written_and_says_no_more(
    client, monkeypatch, settings
):
    def refuse(name, content, max_length=None):
        raise PermissionError(13, "Permission denied", f"{settings.MEDIA_ROOT}/{name}")

    monkeypatch.setattr(default_storage, "save", refuse)
    response = client.get(READINESS)
    assert response.status_code == 503
    assert response.json() == {
        "status": "unavailable",
        "checks": {"database": "ok", "media": "unavailable", "cache": "ok"},
    }
    assert str(settings.MEDIA_ROOT) not in response.content.decode()


@pytest.mark.django_db
def test_readiness_fails_when_the_database_does_not_answer(client, monkeypatch):
    def unreachable(self):
        raise checks.ServiceUnavailable("connection to server at 10.1.2.3 failed")

    monkeypatch.setattr(checks.Database, "run", unreachable)
    response = client.get(READINESS)
    assert response.status_code == 503
    assert response.json()["checks"]["database"] == "unavailable"
    assert "10.1.2.3" not in response.content.decode()


@pytest.mark.parametrize("url", [LIVENESS, READINESS])
@pytest.mark.django_db
def test_health_answers_are_never_cached_nor_indexed_and_reveal_nothing(client, url):
    response = client.get(url + "?format=openmetrics&debug=1", HTTP_ACCEPT="text/html")
    assert response["Content-Type"] == "application/json"
    assert "no-cache" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert "Set-Cookie" not in response.headers and not response.cookies
    body = json.dumps(response.json())
    for leak in ("Django", "Python", "health_check", "/", "version", "redis", "sqlite"):
        assert leak not in body


@pytest.mark.parametrize("url", [LIVENESS, READINESS])
def test_health_endpoints_refuse_posts(client, url):
    assert client.post(url).status_code == 405


@pytest.mark.django_db
def test_robots_keep_crawlers_away_from_health(client):
    assert "Disallow: /suc-khoe/" in client.get("/robots.txt").content.decode()


@pytest.mark.django_db
def test_health_probes_over_plain_http_are_not_redirected_to_https(client, settings):
    production = _production_setting("SECURE_REDIRECT_EXEMPT")
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_REDIRECT_EXEMPT = production
    assert client.get("/").status_code == 301
    assert client.get(LIVENESS).status_code == 200
    assert client.get(READINESS).status_code == 200
