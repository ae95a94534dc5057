"""Django's RedisCache, without its two costs per call that a page-cache hit cannot afford.

- Django's client builds a new `redis.Redis` object for every call (its response-callback
  table is filled anew each time, a third of a millisecond); here one client per connection
  pool is kept and reused. A client is safe to share: each command takes a connection from the
  pool, and the pool starts afresh after a fork.
- Keys are not checked for memcached's limits: every key the portal makes is short ASCII or a
  hash, and Redis takes any key.

Used by the city recipe through `portal.cache_backends.resilient.ResilientCache`.
"""

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient


class _ReusedClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = _ReusedClient

    def make_and_validate_key(self, key, version=None):
        return self.make_key(key, version=version)
