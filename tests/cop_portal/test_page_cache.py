"""The anonymous page cache (cop_portal/page_cache.py): hits, misses, bypass, invalidation."""

import datetime as dt
import threading

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.test import Client
from taggit.models import Tag, TaggedItem

from cop_portal.page_cache import (
    LOCK_KEY_PREFIX,
    PAGE_KEY_PREFIX,
    AnonymousPageCacheMiddleware,
    page_key,
    prime_versions,
)
from tests.cop_portal.page_cache_urls import tag_names

pytestmark = pytest.mark.django_db

TAGS = "/en/cache-test/tags/"


@pytest.fixture(autouse=True)
def cache_test_urls(settings):
    settings.ROOT_URLCONF = "tests.cop_portal.page_cache_urls"
    settings.PAGE_CACHE_SECONDS = 300


@pytest.fixture
def editor_client():
    user = get_user_model().objects.create_user("editor", password="a long editor password")
    client = Client()
    client.force_login(user)
    return client


def test_anonymous_page_is_built_once_then_served_from_the_cache(client, django_assert_num_queries):
    Tag.objects.create(name="privacy", slug="privacy")
    # The models' versions are made once after a cold start (news asks for its next
    # scheduled item), not for each page.
    prime_versions()
    with django_assert_num_queries(1):
        first = client.get(TAGS)
    with django_assert_num_queries(0):
        second = client.get(TAGS)
    assert first.content == second.content == b"tags: privacy"
    assert (first["X-Cache"], second["X-Cache"]) == ("miss", "hit")


def test_cached_home_page_keeps_its_headers_and_sets_no_cookie(client):
    first = client.get("/en/")
    second = client.get("/en/")
    assert (first["X-Cache"], second["X-Cache"]) == ("miss", "hit")
    assert second.content == first.content
    assert "<h1>Keeping children safe online, together</h1>" in second.content.decode()
    for response in (first, second):
        assert response.cookies == {}
        assert not response.has_header("Vary")
        assert response["Content-Language"] == "en"
        assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Cross-Origin-Resource-Policy"] == "same-origin"


def test_a_page_written_in_pieces_is_stored_and_served_in_one_piece(client):
    """A feed is written in hundreds of small writes; the WSGI server sends each piece
    of a response with its own write, so the cache keeps it as one."""
    first = client.get("/en/cache-test/pieces/")
    second = client.get("/en/cache-test/pieces/")
    assert (first["X-Cache"], second["X-Cache"]) == ("miss", "hit")
    expected = "".join(f"<item>{number}</item>" for number in range(200)).encode()
    assert first.content == second.content == expected
    assert list(second) == [expected]


def test_each_url_has_its_own_entry(client):
    Tag.objects.create(name="privacy", slug="privacy")
    client.get(TAGS)
    assert client.get("/fr/cache-test/tags/")["X-Cache"] == "miss"
    assert client.get(TAGS + "?page=2")["X-Cache"] == "miss"
    assert client.get(TAGS, HTTP_HOST="localhost")["X-Cache"] == "miss"
    assert client.get(TAGS)["X-Cache"] == "hit"


def test_head_is_answered_from_the_page_cached_by_get(client, django_assert_num_queries):
    client.get(TAGS)
    with django_assert_num_queries(0):
        response = client.head(TAGS)
    assert response.status_code == 200
    assert response["X-Cache"] == "hit"


def test_a_logged_in_editor_is_never_served_from_the_cache(client, editor_client):
    tag = Tag.objects.create(name="privacy", slug="privacy")
    assert client.get(TAGS).content == b"tags: privacy"
    # QuerySet.update() sends no signal: the anonymous page stays as cached...
    Tag.objects.filter(pk=tag.pk).update(name="safety")
    assert client.get(TAGS).content == b"tags: privacy"
    # ...but the editor sees the database.
    response = editor_client.get(TAGS)
    assert response.content == b"tags: safety"
    assert not response.has_header("X-Cache")


def test_a_logged_in_editors_page_is_never_stored(client, editor_client):
    Tag.objects.create(name="privacy", slug="privacy")
    editor_client.get(TAGS)
    assert client.get(TAGS)["X-Cache"] == "miss"


def test_saving_content_shows_on_the_next_anonymous_request(
    client, committed, django_assert_num_queries
):
    Tag.objects.create(name="privacy", slug="privacy")
    client.get(TAGS)
    with committed():
        Tag.objects.create(name="bullying", slug="bullying")
    with django_assert_num_queries(1):
        response = client.get(TAGS)
    assert response.content == b"tags: bullying, privacy"
    assert response["X-Cache"] == "miss"
    assert client.get(TAGS)["X-Cache"] == "hit"


def test_deleting_content_invalidates(client, committed):
    Tag.objects.create(name="privacy", slug="privacy")
    bullying = Tag.objects.create(name="bullying", slug="bullying")
    client.get(TAGS)
    with committed():
        bullying.delete()
    assert client.get(TAGS).content == b"tags: privacy"


def test_tagging_invalidates(client, committed):
    tag = Tag.objects.create(name="privacy", slug="privacy")
    client.get(TAGS + "?with=items")
    user = get_user_model().objects.create_user("someone")
    client.get(TAGS + "?with=items")
    with committed():
        TaggedItem.objects.create(
            tag=tag, content_type=ContentType.objects.get_for_model(user), object_id=user.pk
        )
    assert client.get(TAGS + "?with=items").content == b"tags: privacy (1)"
    assert client.get(TAGS)["X-Cache"] == "miss"


def test_saves_outside_the_content_apps_do_not_invalidate(client):
    client.get(TAGS)
    # Logins write sessions and users; they must not empty the page cache.
    get_user_model().objects.create_user("someone")
    assert client.get(TAGS)["X-Cache"] == "hit"


def test_a_page_built_during_a_save_is_not_served_after_it(rf, committed):
    def build_page(request):
        response = HttpResponse(f"built before the save: {Tag.objects.count()} tags")
        Tag.objects.create(name="bullying", slug="bullying")  # an editor saves meanwhile
        return response

    with committed():
        AnonymousPageCacheMiddleware(build_page)(rf.get(TAGS))
    later = AnonymousPageCacheMiddleware(lambda request: HttpResponse("built after"))
    assert later(rf.get(TAGS)).content == b"built after"


def test_pages_expire_after_the_time_limit(client, settings):
    settings.PAGE_CACHE_SECONDS = 60
    with time_machine.travel(dt.datetime(2025, 3, 1, 12, 0, tzinfo=dt.UTC), tick=False):
        client.get(TAGS)
        assert client.get(TAGS)["X-Cache"] == "hit"
    with time_machine.travel(dt.datetime(2025, 3, 1, 12, 1, 1, tzinfo=dt.UTC), tick=False):
        assert client.get(TAGS)["X-Cache"] == "miss"


@pytest.mark.parametrize(
    "url",
    [
        "/en/cache-test/cookie/",
        "/en/cache-test/session/",
        "/en/cache-test/private/",
        "/en/cache-test/vary/",
        "/en/cache-test/created/",
        "/en/no-such-page/",
        "/admin/login/",
    ],
)
def test_responses_that_are_not_the_same_for_everyone_are_not_stored(client, url):
    first = client.get(url)
    second = client.get(url)
    assert not first.has_header("X-Cache")
    assert not second.has_header("X-Cache")


def test_session_page_varies_on_cookie_and_is_not_stored(client):
    response = client.get("/en/cache-test/session/")
    assert "Cookie" in response["Vary"]
    assert not response.has_header("X-Cache")


def test_posts_are_never_answered_from_the_cache(client):
    client.get(TAGS)
    response = client.post(TAGS)
    assert not response.has_header("X-Cache")


def test_a_pending_message_cookie_bypasses_the_cache(client):
    client.get(TAGS)
    client.cookies["messages"] = "pending"
    assert not client.get(TAGS).has_header("X-Cache")


def test_admin_pages_are_never_cached_even_for_anonymous_visitors(client):
    client.get("/admin/login/")
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert not response.has_header("X-Cache")


def test_zero_seconds_turns_the_cache_off(client, settings, django_assert_num_queries):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(TAGS)
    with django_assert_num_queries(1):
        response = client.get(TAGS)
    assert not response.has_header("X-Cache")


def test_without_a_working_cache_pages_are_served_uncached(client, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    Tag.objects.create(name="privacy", slug="privacy")
    assert client.get(TAGS).content == b"tags: privacy"
    assert client.get(TAGS).content == b"tags: privacy"


QUERY = "/en/cache-test/query/"


def test_a_shared_link_gets_the_entry_of_the_clean_url(client):
    shared = client.get(f"{QUERY}?utm_source=x&topic=games&fbclid=y&page=2&UTM_Medium=social")
    clean = client.get(f"{QUERY}?topic=games&page=2")
    reordered = client.get(f"{QUERY}?page=2&topic=games")
    assert (shared["X-Cache"], clean["X-Cache"], reordered["X-Cache"]) == ("miss", "hit", "hit")
    # The view never saw the tracking parameters: the page's links do not carry them.
    expected = b"[('topic', ['games']), ('page', ['2'])] /en/cache-test/query/?topic=games&page=2"
    assert shared.content == clean.content == reordered.content == expected


def test_a_parameter_the_page_reads_has_its_own_entry(client):
    client.get(f"{QUERY}?topic=games")
    assert client.get(f"{QUERY}?topic=privacy")["X-Cache"] == "miss"
    # The values of one parameter keep their order: it may mean something to the page.
    client.get(f"{QUERY}?tag=b&tag=a")
    response = client.get(f"{QUERY}?tag=a&tag=b")
    assert response["X-Cache"] == "miss"
    assert response.content.startswith(b"[('tag', ['a', 'b'])]")


def test_logged_in_visitors_send_the_tracking_parameters_to_the_view(editor_client):
    response = editor_client.get(f"{QUERY}?utm_source=x")
    assert response.content == b"[('utm_source', ['x'])] /en/cache-test/query/?utm_source=x"


def test_an_anonymous_page_tells_browsers_and_shared_caches_how_long_to_keep_it(client):
    for response in (client.get(TAGS), client.get(TAGS)):
        cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
        assert cache_control == {
            "public",
            "max-age=60",
            "s-maxage=60",
            "stale-while-revalidate=60",
            "stale-if-error=86400",
        }
        assert response["ETag"].startswith('"') and len(response["ETag"]) == 34
        assert response.has_header("Last-Modified")


def test_an_unchanged_page_answers_304_without_a_query(client, django_assert_num_queries):
    Tag.objects.create(name="privacy", slug="privacy")
    first = client.get(TAGS)
    with django_assert_num_queries(0):
        by_etag = client.get(TAGS, HTTP_IF_NONE_MATCH=first["ETag"])
        by_date = client.get(TAGS, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert (by_etag.status_code, by_date.status_code) == (304, 304)
    assert by_etag.content == b""
    assert by_etag["ETag"] == first["ETag"]
    assert "public" in by_etag["Cache-Control"]


def test_a_changed_page_answers_200_to_the_old_etag(client, committed):
    Tag.objects.create(name="privacy", slug="privacy")
    first = client.get(TAGS)
    with committed():
        Tag.objects.create(name="bullying", slug="bullying")
    again = client.get(TAGS, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 200
    assert again.content == b"tags: bullying, privacy"
    assert again["ETag"] != first["ETag"]


def test_last_modified_is_when_the_content_last_changed(client, committed):
    morning = dt.datetime(2027, 2, 9, 7, 0, tzinfo=dt.UTC)
    with time_machine.travel(morning, tick=False), committed():
        Tag.objects.create(name="privacy", slug="privacy")
    with time_machine.travel(dt.datetime(2027, 2, 9, 9, 30, tzinfo=dt.UTC), tick=False):
        response = client.get(TAGS)
    assert response["Last-Modified"] == "Tue, 09 Feb 2027 07:00:00 GMT"


@pytest.mark.parametrize(
    "url", ["/en/cache-test/cookie/", "/en/cache-test/session/", "/en/cache-test/vary/"]
)
def test_a_page_not_the_same_for_everyone_is_private(client, url):
    assert "no-store" in client.get(url)["Cache-Control"]
    assert "private" in client.get(url)["Cache-Control"]


def test_logged_in_admin_and_posted_pages_are_private(client, editor_client):
    for response in (
        editor_client.get(TAGS),
        client.get("/admin/login/"),
        client.get("/admin/password_reset/"),
        client.post(TAGS),
    ):
        cache_control = response["Cache-Control"]
        assert "private" in cache_control and "no-store" in cache_control, cache_control
        assert "public" not in cache_control


class Rebuild:
    """A view for the middleware that counts its builds and, when told to, holds each
    build until ``release`` is set (as a slow database would)."""

    def __init__(self, content=b"fresh", status=200, hold=False):
        self.content, self.status, self.builds = content, status, 0
        self.building, self.release = threading.Event(), threading.Event()
        if not hold:
            self.release.set()

    def __call__(self, request):
        self.builds += 1
        self.building.set()
        assert self.release.wait(timeout=10)
        return HttpResponse(self.content, status=self.status)


def cached_then_out_of_date(rf, committed):
    """A page stored from the tags, then a tag saved: the page is out of date."""
    middleware = AnonymousPageCacheMiddleware(lambda request: tag_names(request))
    assert middleware(rf.get(TAGS))["X-Cache"] == "miss"
    with committed():
        Tag.objects.create(name="bullying", slug="bullying")


def in_thread(function):
    results = []
    thread = threading.Thread(target=lambda: results.append(function()))
    thread.start()
    return thread, results


def test_readers_get_the_previous_page_while_one_request_rebuilds_it(rf, committed):
    cached_then_out_of_date(rf, committed)
    rebuild = Rebuild(hold=True)
    middleware = AnonymousPageCacheMiddleware(rebuild)
    builder, built = in_thread(lambda: middleware(rf.get(TAGS)))
    assert rebuild.building.wait(timeout=10)
    # Meanwhile every other reader gets the previous page at once, and builds nothing.
    for _reader in range(3):
        response = middleware(rf.get(TAGS))
        assert (response["X-Cache"], response.content) == ("stale", b"tags: ")
    rebuild.release.set()
    builder.join()
    assert (built[0]["X-Cache"], built[0].content) == ("miss", b"fresh")
    assert rebuild.builds == 1
    # The fresh page replaces the previous one.
    response = middleware(rf.get(TAGS))
    assert (response["X-Cache"], response.content) == ("hit", b"fresh")


def test_with_no_page_at_all_concurrent_requests_wait_for_the_one_building_it(rf):
    rebuild = Rebuild(hold=True)
    middleware = AnonymousPageCacheMiddleware(rebuild)
    builder, built = in_thread(lambda: middleware(rf.get(TAGS)))
    assert rebuild.building.wait(timeout=10)
    waiter, waited = in_thread(lambda: middleware(rf.get(TAGS)))
    rebuild.release.set()
    builder.join()
    waiter.join()
    assert (built[0]["X-Cache"], waited[0]["X-Cache"]) == ("miss", "hit")
    assert waited[0].content == b"fresh"
    assert rebuild.builds == 1


def test_a_request_does_not_wait_for_a_builder_that_takes_too_long(rf, settings):
    settings.PAGE_CACHE_COLD_WAIT_SECONDS = 0
    page_cache_lock = LOCK_KEY_PREFIX + page_key(rf.get(TAGS)).removeprefix(PAGE_KEY_PREFIX)
    cache.add(page_cache_lock, "building")  # another request is (still) building it
    response = AnonymousPageCacheMiddleware(Rebuild())(rf.get(TAGS))
    assert (response["X-Cache"], response.content) == ("miss", b"fresh")
    assert cache.get(page_cache_lock) == "building"  # not this request's lock to release


@pytest.mark.parametrize("status", [500, 503])
def test_a_failing_rebuild_keeps_the_previous_page_and_is_tried_again(rf, committed, status):
    cached_then_out_of_date(rf, committed)
    failing = AnonymousPageCacheMiddleware(Rebuild(b"database down", status=status))
    response = failing(rf.get(TAGS))
    assert (response.status_code, response["X-Cache"]) == (200, "stale")
    assert response.content == b"tags: "
    working = AnonymousPageCacheMiddleware(Rebuild())
    assert working(rf.get(TAGS)).content == b"fresh"
    assert working(rf.get(TAGS))["X-Cache"] == "hit"


def test_a_failing_page_with_nothing_to_fall_back_on_is_the_failure(rf):
    response = AnonymousPageCacheMiddleware(Rebuild(b"database down", status=503))(rf.get(TAGS))
    assert (response.status_code, response.content) == (503, b"database down")


def test_a_rolled_back_save_leaves_the_page_cached(client, committed):
    Tag.objects.create(name="privacy", slug="privacy")
    client.get(TAGS)
    with committed(), transaction.atomic():
        Tag.objects.create(name="bullying", slug="bullying")
        transaction.set_rollback(True)
    response = client.get(TAGS)
    assert (response["X-Cache"], response.content) == ("hit", b"tags: privacy")


def test_a_save_is_not_visible_to_the_cache_before_it_commits(
    client, django_capture_on_commit_callbacks
):
    Tag.objects.create(name="privacy", slug="privacy")
    client.get(TAGS)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        Tag.objects.create(name="bullying", slug="bullying")
    assert client.get(TAGS)["X-Cache"] == "hit"
    for callback in callbacks:  # the commit
        callback()
    assert client.get(TAGS).content == b"tags: bullying, privacy"


def test_a_scheduled_news_item_ends_the_pages_that_read_news_when_it_goes_public(
    client, committed, settings
):
    from tests.news.factories import NewsItemFactory

    settings.PAGE_CACHE_SECONDS = 86400
    now = dt.datetime(2027, 5, 1, 8, 0, tzinfo=dt.UTC)
    with time_machine.travel(now, tick=False):
        with committed():
            NewsItemFactory(title_en="Soon", published_at=now + dt.timedelta(hours=2))
        assert "Soon" not in client.get("/en/news/").content.decode()
        assert client.get("/en/news/")["X-Cache"] == "hit"
        client.get(TAGS)
    with time_machine.travel(now + dt.timedelta(hours=2, seconds=1), tick=False):
        response = client.get("/en/news/")
        assert response["X-Cache"] == "miss"
        assert "Soon" in response.content.decode()
        assert response["Last-Modified"] == "Sat, 01 May 2027 10:00:00 GMT"
        # A page that read no news stays as it was.
        assert client.get(TAGS)["X-Cache"] == "hit"
