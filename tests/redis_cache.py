"""The default cache on a real Redis database, for tests of what the portal writes there
(skipped when no Redis listens at 127.0.0.1:6379). Each test module takes a database of
its own, so modules on different test processes never empty each other's."""

import pytest
from django.core.cache import caches


def use_redis_cache(settings, url):
    """A fixture's body: yields a redis client on ``url`` (emptied before and after),
    with ``settings.CACHES["default"]`` on it as production configures it."""
    redis = pytest.importorskip("redis")
    client = redis.Redis.from_url(url, socket_connect_timeout=1)
    try:
        client.ping()
    except redis.exceptions.ConnectionError:
        pytest.skip("no Redis at 127.0.0.1:6379")
    client.flushdb()
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "cop",
        }
    }
    yield client
    caches["default"].close()
    client.flushdb()
