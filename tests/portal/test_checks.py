from django.test import override_settings

from portal.checks import cache_is_shared, client_address_behind_proxy

LOCAL = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
REDIS = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:6379/0",
    }
}


@override_settings(CACHES=LOCAL)
def test_deploy_check_warns_that_a_local_memory_cache_is_not_shared_between_processes():
    warnings = cache_is_shared(None)
    assert [w.id for w in warnings] == ["portal.W001"]
    assert "--workers 1 --threads" in warnings[0].hint


@override_settings(CACHES=REDIS)
def test_deploy_check_is_quiet_with_a_shared_cache():
    assert cache_is_shared(None) == []


@override_settings(
    SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https"), TRUSTED_PROXY_COUNT=0
)
def test_deploy_check_warns_when_behind_a_proxy_without_trusting_it_for_addresses():
    assert [w.id for w in client_address_behind_proxy(None)] == ["portal.W002"]


@override_settings(
    SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https"), TRUSTED_PROXY_COUNT=1
)
def test_deploy_check_is_quiet_when_the_proxy_is_trusted():
    assert client_address_behind_proxy(None) == []


@override_settings(SECURE_PROXY_SSL_HEADER=None, TRUSTED_PROXY_COUNT=0)
def test_deploy_check_is_quiet_without_a_proxy():
    assert client_address_behind_proxy(None) == []
