"""The contact form's rate limits against a real Redis (as every app instance shares
it in production): counted atomically, and every counter has a time limit. Skipped
without Redis at 127.0.0.1:6379 (DB 6)."""

import threading

import pytest
from django.test import RequestFactory

from cop_portal.contact.spam import over_rate_limit
from tests.redis_cache import use_redis_cache

REDIS_URL = "redis://127.0.0.1:6379/6"


@pytest.fixture
def redis_cache(settings):
    yield from use_redis_cache(settings, REDIS_URL)


def test_concurrent_messages_are_all_counted(redis_cache, settings):
    settings.CONTACT_RATE_LIMIT_PER_ADDRESS = 5
    settings.CONTACT_RATE_LIMIT_PER_EMAIL = 1000
    request = RequestFactory().post("/en/contact/", REMOTE_ADDR="192.0.2.10")
    outcomes = []

    def send(number):
        outcomes.append(over_rate_limit(request, f"sender{number}@example.org"))

    threads = [threading.Thread(target=send, args=(number,)) for number in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == [False] * 5 + [True] * 15
    keys = redis_cache.keys("cop:1:contact:rate:*")
    # One for the client address, one per e-mail address of a message let through (a
    # message refused for its client address is not counted against its e-mail).
    assert len(keys) == 6
    window = settings.CONTACT_RATE_WINDOW_SECONDS
    assert all(0 < redis_cache.ttl(key) <= window for key in keys)
