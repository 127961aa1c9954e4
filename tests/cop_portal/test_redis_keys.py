"""What must stay in Redis has no time limit; everything else has one.

docker-compose.yml runs Redis with a memory limit and ``volatile-lru``: at the limit it
evicts only keys with a time limit. Against a real Redis (DB 5 of 127.0.0.1:6379),
this checks which keys the portal writes without one (only the page cache's model
versions, which must stay) and that pages and cached sessions have one. Skipped without Redis.
"""

import re
from pathlib import Path

import pytest
from django.conf import settings

from cop_portal.page_cache import PAGE_KEY_PREFIX
from cop_portal.page_dependencies import VERSION_KEY_PREFIX, version_keys
from tests.factories import UserFactory
from tests.redis_cache import use_redis_cache

pytestmark = pytest.mark.django_db

REDIS_URL = "redis://127.0.0.1:6379/5"


@pytest.fixture
def redis_cache(settings):
    yield from use_redis_cache(settings, REDIS_URL)


def ttls(client):
    return {key.decode(): client.ttl(key) for key in client.keys("*")}


def test_only_the_page_cache_versions_have_no_time_limit(client, redis_cache):
    editor = UserFactory(username="redis-editor", is_staff=True, is_superuser=True)
    client.get("/en/")  # a page: cached
    assert client.get("/en/")["X-Cache"] == "hit"
    client.force_login(editor)  # a session: cached copy of the database row
    client.get("/admin/")

    found = ttls(redis_cache)
    versions = sorted(f"cop:1:{key}" for key in version_keys())
    pages = [key for key in found if key.startswith(f"cop:1:{PAGE_KEY_PREFIX}")]
    sessions = [key for key in found if "django.contrib.sessions.cached_db" in key]
    # No time limit: never evicted under volatile-lru.
    assert all(found[key] == -1 for key in versions)
    assert all(key.startswith(f"cop:1:{VERSION_KEY_PREFIX}") for key in versions)
    assert len(pages) == 1 and 0 < found[pages[0]] <= settings.PAGE_CACHE_SECONDS
    assert len(sessions) == 1 and 0 < found[sessions[0]] <= settings.SESSION_COOKIE_AGE
    assert sorted(key for key, ttl in found.items() if ttl == -1) == versions


def test_compose_limits_redis_memory_and_evicts_only_keys_with_a_time_limit():
    compose = (Path(settings.BASE_DIR) / "docker-compose.yml").read_text()
    redis_service = re.search(r"\n  redis:\n(?:    .*\n|      .*\n)+", compose).group()
    assert re.search(r"--maxmemory\n\s+- 256mb\n", redis_service)
    assert re.search(r"--maxmemory-policy\n\s+- volatile-lru\n", redis_service)
