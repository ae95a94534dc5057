"""The circuit breaker around the shared cache (portal.cache_backends.resilient): failures are
simulated (refused connection, a server that never answers, a backend that raises) and a real
redis-server is stopped, started and frozen on a loopback port."""

import logging
import socket

import pytest
from django.core.cache import cache, caches
from django.core.cache.backends.locmem import LocMemCache
from django.urls import reverse

from news.models import Article
from polls.models import Ballot
from portal import cache as portal_cache
from portal.cache_backends import resilient
from portal.ratelimit import RateLimit
from portal.settings.base import cache_config
from tests.news.factories import ArticleFactory
from tests.polls.factories import PollFactory, choices_of
from tests.polls.votes import vote

from .cache_faults import (
    REDIS_PORT,
    SILENT_PORT,
    redis_process,
    refused_redis_settings,
    resilient_settings,
)

BROWSER = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36"


FAILING_METHODS = {"get", "set", "add", "delete", "get_many", "delete_many", "incr", "has_key"}


class FlakyCache(LocMemCache):
    """Local memory that fails like an unreachable Redis while `down` is set."""

    down = False

    def __getattribute__(self, name):
        if type(self).down and name in FAILING_METHODS:
            raise ConnectionError("connection refused")
        return super().__getattribute__(name)


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


@pytest.fixture(autouse=True)
def _fresh_breakers():
    resilient.reset_breakers()
    FlakyCache.down = False
    yield
    resilient.reset_breakers()
    FlakyCache.down = False


@pytest.fixture
def flaky(settings):
    settings.CACHES = resilient_settings(
        "flaky", "tests.portal.test_resilient_cache.FlakyCache", failure_seconds=30
    )
    clock = Clock()
    cache.breaker.clock = clock
    return clock


@pytest.fixture
def refused(settings):
    settings.CACHES = refused_redis_settings()


@pytest.fixture
def silent(settings):
    """Redis settings pointing at a server that accepts connections and never answers."""
    server = socket.socket()
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", SILENT_PORT))
    server.listen(16)
    settings.CACHES = resilient_settings(
        f"redis://127.0.0.1:{SILENT_PORT}/0",
        "portal.cache_backends.redis.RedisCache",
        socket_connect_timeout=0.2,
        socket_timeout=0.2,
    )
    yield
    server.close()


def cache_warnings(caplog):
    return [r for r in caplog.records if r.name == "portal.cache"]


def test_settings_wrap_redis_in_the_breaker_with_timeouts_from_the_environment(monkeypatch):
    monkeypatch.setenv("REDIS_CONNECT_TIMEOUT", "0.1")
    monkeypatch.setenv("REDIS_SOCKET_TIMEOUT", "0.3")
    monkeypatch.setenv("CACHE_FAILURE_SECONDS", "12")
    config = cache_config("redis://127.0.0.1:6379/0", key_prefix="hdnd")["default"]
    assert config["BACKEND"] == "portal.cache_backends.resilient.ResilientCache"
    assert config["OPTIONS"]["BACKEND"] == "portal.cache_backends.redis.RedisCache"
    assert config["OPTIONS"]["FAILURE_SECONDS"] == 12
    assert config["OPTIONS"]["OPTIONS"] == {"socket_connect_timeout": 0.1, "socket_timeout": 0.3}
    assert cache_config("", key_prefix="hdnd")["default"]["BACKEND"].endswith("LocMemCache")


def test_a_refused_connection_answers_like_a_miss_and_logs_one_line(refused, caplog):
    caplog.set_level(logging.WARNING, logger="portal.cache")
    for _ in range(50):
        assert cache.get("menu", "default") == "default"
        assert cache.get_many(["a", "b"]) == {}
        assert cache.add("seen", 1) is False
        assert cache.incr("throttle") == 1
        cache.set("menu", [1, 2])
        cache.delete("menu")
    warnings = cache_warnings(caplog)
    assert len(warnings) == 1
    assert "unavailable" in warnings[0].getMessage()
    assert "ConnectionError" in warnings[0].getMessage()
    assert warnings[0].exc_info is None
    assert cache.breaker.skipped >= 299  # only the first call waited on the socket


def test_a_server_that_never_answers_opens_the_breaker_after_one_timeout(silent, caplog):
    caplog.set_level(logging.WARNING, logger="portal.cache")
    for _ in range(20):
        assert cache.get("menu") is None
    (warning,) = cache_warnings(caplog)
    assert "TimeoutError" in warning.getMessage()
    assert cache.breaker.skipped == 19


def test_the_breaker_tries_again_after_the_cool_down_and_logs_the_recovery(flaky, caplog):
    caplog.set_level(logging.WARNING, logger="portal.cache")
    cache.set("menu", "cached")
    FlakyCache.down = True
    assert cache.get("menu") is None
    FlakyCache.down = False
    flaky.now += 29
    assert cache.get("menu") is None  # still cooling down: the cache is not asked
    flaky.now += 2
    assert cache.get("menu") == "cached"
    messages = [r.getMessage() for r in cache_warnings(caplog)]
    assert len(messages) == 2
    assert "back after 31.0 s" in messages[1]
    assert cache.is_available


def test_a_failed_probe_keeps_the_breaker_open_without_another_log_line(flaky, caplog):
    caplog.set_level(logging.WARNING, logger="portal.cache")
    FlakyCache.down = True
    cache.get("a")
    for _ in range(3):
        flaky.now += 31
        cache.get("a")
    assert len(cache_warnings(caplog)) == 1
    assert not cache.is_available


def test_keys_written_while_away_are_forgotten_when_the_cache_is_back(flaky):
    cache.set("navigation", "old menu")
    cache.set("throttle", 3)
    FlakyCache.down = True
    cache.delete("navigation")  # e.g. staff renamed a category during the outage
    cache.incr("throttle")
    FlakyCache.down = False
    flaky.now += 31
    assert cache.get("unrelated") is None  # the probe that closes the breaker
    assert cache.get("navigation") is None
    assert cache.get("throttle") is None


def test_keys_only_added_while_away_are_kept_so_no_reader_is_counted_twice(flaky):
    cache.add("view:42:reader", 1)
    FlakyCache.down = True
    assert cache.add("view:42:reader", 1) is False
    FlakyCache.down = False
    flaky.now += 31
    assert cache.add("view:42:reader", 1) is False


@pytest.mark.django_db
def test_a_tag_touched_while_away_makes_its_entries_stale_once_back(flaky):
    computed = []

    def compute():
        computed.append(1)
        return len(computed)

    assert portal_cache.remember("page", ["article:1"], compute) == 1
    assert portal_cache.remember("page", ["article:1"], compute) == 1
    FlakyCache.down = True
    portal_cache.touch("article:1")  # the edit's invalidation cannot reach the cache
    assert portal_cache.remember("page", ["article:1"], compute) == 2  # drawn fresh meanwhile
    FlakyCache.down = False
    flaky.now += 31
    assert portal_cache.remember("page", ["article:1"], compute) == 3


def test_one_breaker_is_shared_by_every_thread_of_the_process(flaky):
    import threading

    seen = []
    thread = threading.Thread(target=lambda: seen.append(caches["default"].breaker))
    thread.start()
    thread.join(timeout=5)
    assert seen == [cache.breaker]


@pytest.mark.django_db
def test_pages_are_served_from_the_database_while_redis_refuses(refused, client, caplog):
    caplog.set_level(logging.WARNING)
    article = ArticleFactory()
    PollFactory()
    for url in ("/", article.get_absolute_url(), article.category.get_absolute_url()):
        response = client.get(url)
        assert response.status_code == 200
        assert article.title in response.content.decode()
    assert [r.name for r in caplog.records if r.levelno >= logging.WARNING] == ["portal.cache"]


@pytest.mark.django_db
def test_views_are_not_counted_rather_than_counted_twice_while_redis_refuses(refused, client):
    article = ArticleFactory()
    url = reverse("news:article_view_beacon", args=[article.pk])
    for _ in range(3):
        assert client.post(url, HTTP_USER_AGENT=BROWSER).status_code == 204
    assert Article.objects.get(pk=article.pk).view_count == 0


@pytest.mark.django_db
def test_votes_are_taken_once_per_voter_while_the_throttle_cannot_count(refused, client):
    poll = PollFactory()
    choice = choices_of(poll)[0]
    assert vote(client, poll, choice).status_code == 303
    assert vote(client, poll, choice).status_code == 409  # the cookie and the database say so
    assert Ballot.objects.filter(poll=poll).count() == 1


def test_a_real_redis_stopped_and_started_again(settings, tmp_path, caplog):
    caplog.set_level(logging.WARNING, logger="portal.cache")
    server = redis_process(REDIS_PORT, tmp_path)
    server.start()
    try:
        settings.CACHES = resilient_settings(
            server.url,
            "portal.cache_backends.redis.RedisCache",
            failure_seconds=0,  # probe on every call, so the restart is noticed at once
            socket_connect_timeout=0.25,
            socket_timeout=0.5,
        )
        cache.set("menu", "cached")
        assert cache.get("menu") == "cached"
        server.stop()
        assert cache.get("menu", "miss") == "miss"
        assert cache.add("seen", 1) is False
        assert not cache.is_available
        server.start()  # an empty Redis, like one restarted without persistence
        assert cache.add("seen", 1) is True
        assert cache.get("seen") == 1
        messages = [r.getMessage() for r in cache_warnings(caplog)]
        assert len(messages) == 2
        assert "unavailable" in messages[0] and "back after" in messages[1]
    finally:
        server.stop()


def test_a_real_redis_frozen_costs_one_socket_timeout_then_nothing(settings, tmp_path, caplog):
    caplog.set_level(logging.WARNING, logger="portal.cache")
    server = redis_process(REDIS_PORT, tmp_path)
    server.start()
    try:
        settings.CACHES = resilient_settings(
            server.url,
            "portal.cache_backends.redis.RedisCache",
            failure_seconds=30,
            socket_connect_timeout=0.25,
            socket_timeout=0.25,
        )
        cache.set("menu", "cached")
        server.freeze()
        for _ in range(10):
            assert cache.get("menu") is None
        (warning,) = cache_warnings(caplog)
        assert "TimeoutError" in warning.getMessage()
        assert cache.breaker.skipped == 9
        server.thaw()
        cache.breaker.retry_at = 0  # the cool-down is over
        assert cache.get("menu") == "cached"
    finally:
        server.stop()


def test_rate_limits_let_requests_through_while_they_cannot_count(refused):
    limit = RateLimit("comments", limit=1, window=600)
    for _ in range(5):
        assert not limit.is_limited("reader")
        limit.give_back(limit.hit("reader"))
        limit.hit("reader")


def test_the_redis_backend_keeps_one_client_per_connection_pool():
    """Django's client builds a redis.Redis object for every call; a page-cache hit cannot
    afford that, so one is kept per pool (no server is needed to see it)."""
    from portal.cache_backends.redis import RedisCache

    backend = RedisCache("redis://127.0.0.1:6379/0", {"KEY_PREFIX": "hdnd"})
    client = backend._cache.get_client()
    assert backend._cache.get_client(write=True) is client
    assert backend.make_and_validate_key("portal:page:v2:abc") == "hdnd:1:portal:page:v2:abc"
