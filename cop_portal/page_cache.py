"""The anonymous page cache: a visitor without a session gets a page built once per URL,
until a save in a content app or a scheduled change starts a new generation.

docs/quality.md ("Anonymous page cache") says what is cached, what never is, and when a
page is built again.
"""

import hashlib
import time
import uuid
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import DisallowedHost
from django.db import DatabaseError, transaction
from django.http import QueryDict
from django.urls import reverse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date, parse_http_date_safe

from cop_portal.contributions import content_app_labels, portal_apps

GENERATION_KEY = "page-cache:generation"
PAGE_KEY_PREFIX = "page-cache:page:"
# A pending flash message is shown once, to its reader: never from or into the cache.
BYPASS_COOKIES = ("messages",)
UNCACHEABLE_CACHE_CONTROL = ("private", "no-cache", "no-store")
# Query parameters that say where a link was shared, which no page reads: they are
# dropped before the view runs, so a shared link is served the entry of the clean URL.
TRACKING_PARAMETERS = frozenset(
    {"fbclid", "gclid", "gbraid", "wbraid", "dclid", "msclkid", "yclid", "twclid", "igshid"}
    | {"mc_cid", "mc_eid", "_ga", "_gl", "ref_src"}
)
TRACKING_PREFIXES = ("utm_",)


def _cache():
    return caches[settings.PAGE_CACHE_ALIAS]


# While the database cannot say when the next scheduled change is, ask again soon.
RETRY_SCHEDULE_SECONDS = 30


def _next_scheduled_change():
    """Unix time of the earliest announced change that comes without a save, or None."""
    try:
        # In a savepoint: on PostgreSQL a failed query (a table a migration has not
        # created yet, a lost connection) would otherwise abort the caller's transaction.
        with transaction.atomic():
            moments = [
                moment
                for config in portal_apps()
                if (moment := config.next_scheduled_change()) is not None
            ]
    except DatabaseError:
        return time.time() + RETRY_SCHEDULE_SECONDS
    return min(moments).timestamp() if moments else None


def _expired(generation):
    if len(generation) < 3:
        return True  # written before generations had a start time
    ends_at = generation[1]
    return ends_at is not None and time.time() >= ends_at


def _generation():
    return (uuid.uuid4().hex, _next_scheduled_change(), time.time())


def new_generation():
    """Start a new cache generation: every page cached before it is built again.

    A generation is ``(id, ends_at, started_at)``: it also ends by itself at the next
    scheduled change. No page built in it can have changed before ``started_at``, its
    pages' ``Last-Modified``.
    """
    generation = _generation()
    _cache().set(GENERATION_KEY, generation, timeout=None)
    return generation


def current_generation():
    cache = _cache()
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, _generation(), timeout=None)
        generation = cache.get(GENERATION_KEY)
    elif _expired(generation):
        generation = new_generation()
    return generation


def content_changed(sender, **kwargs):
    """Signal receiver: a model of a content app was saved, deleted or re-linked."""
    if sender._meta.app_label not in content_app_labels():
        return
    action = kwargs.get("action")
    if action is not None and not action.startswith("post_"):
        return  # m2m_changed fires before and after; the "post_" half is enough.
    new_generation()


def is_tracking_parameter(name):
    name = name.lower()
    return name in TRACKING_PARAMETERS or name.startswith(TRACKING_PREFIXES)


def drop_tracking_parameters(request):
    """Remove the tracking parameters from the request's query, so that neither the view
    nor the cache key sees them (nor the page's own links, which repeat the query)."""
    query = request.META.get("QUERY_STRING", "")
    pairs = parse_qsl(query, keep_blank_values=True)
    kept = [pair for pair in pairs if not is_tracking_parameter(pair[0])]
    if kept != pairs:
        request.META["QUERY_STRING"] = urlencode(kept)
        request.GET = QueryDict(request.META["QUERY_STRING"])


def page_key(request):
    """The cache key of the request's URL, its parameters in the order of their names
    (the values of one name keep theirs: they may mean something to the page); raises
    DisallowedHost for a Host the portal does not serve (Django then answers 400)."""
    pairs = parse_qsl(request.META.get("QUERY_STRING", ""), keep_blank_values=True)
    query = urlencode(sorted(pairs, key=lambda pair: pair[0]))
    url = f"{request.scheme}://{request.get_host()}{request.path}?{query}"
    return PAGE_KEY_PREFIX + hashlib.sha256(url.encode()).hexdigest()


def may_use_cache(request):
    """May this request be answered from the cache (and its answer stored)?"""
    if request.method not in ("GET", "HEAD"):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False
    if any(name in request.COOKIES for name in BYPASS_COOKIES):
        return False
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    return not request.path.startswith(reverse("admin:index"))


def may_store(response):
    """Is this response the same for every anonymous visitor of its URL?"""
    if response.status_code != 200 or response.streaming:
        return False
    if response.cookies or response.has_header("Vary"):
        return False
    cache_control = response.get("Cache-Control", "").lower()
    return not any(word in cache_control for word in UNCACHEABLE_CACHE_CONTROL)


def mark_private(response):
    """Never stored by a browser or a shared cache: admin, logged-in and form pages."""
    patch_cache_control(response, private=True, no_store=True)
    return response


def mark_public(response, generation):
    """The headers that let browsers, CDNs and feed readers keep an anonymous page and
    ask again cheaply: ``Cache-Control``, a strong ``ETag`` of the content and
    ``Last-Modified``: the start of the generation, when the content last changed."""
    patch_cache_control(
        response,
        public=True,
        max_age=settings.PAGE_CACHE_BROWSER_SECONDS,
        s_maxage=settings.PAGE_CACHE_SHARED_SECONDS,
        stale_while_revalidate=settings.PAGE_CACHE_SHARED_SECONDS,
        stale_if_error=settings.PAGE_CACHE_STALE_IF_ERROR_SECONDS,
    )
    response["ETag"] = f'"{hashlib.sha256(response.content).hexdigest()[:32]}"'
    # Not a feed's own date (its newest item's): an older item may have been edited since.
    response["Last-Modified"] = http_date(int(generation[2]))


def answer_conditional(request, response):
    """``304 Not Modified`` when the request's ``If-None-Match`` or ``If-Modified-Since``
    still holds for the stored page, else the page."""
    return get_conditional_response(
        request,
        etag=response.get("ETag"),
        last_modified=parse_http_date_safe(response.get("Last-Modified", "")),
        response=response,
    )


class AnonymousPageCacheMiddleware:
    """Serve and store anonymous GET/HEAD pages per full URL (see the module docstring).

    Sits after the security-header middleware, so cached and fresh pages leave with the
    same headers, and before the session, locale and CSRF middleware, so a hit costs no
    database query and no template rendering. ``X-Cache`` says ``hit`` or ``miss``.
    Pages it may not share leave ``private, no-store``.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not may_use_cache(request):
            return mark_private(self.get_response(request))
        drop_tracking_parameters(request)
        seconds = settings.PAGE_CACHE_SECONDS
        if seconds <= 0:
            return self.get_response(request)

        cache = _cache()
        try:
            key = page_key(request)
        except DisallowedHost:
            key = None
        if key is None:
            # Neither served from nor stored to the cache: Django's host check answers
            # (outside the except block, so its log line carries no chained traceback).
            return self.get_response(request)
        found = cache.get_many([GENERATION_KEY, key])
        generation = found.get(GENERATION_KEY)
        if generation is not None and _expired(generation):
            generation = new_generation()
        entry = found.get(key)
        if generation is not None and entry is not None and entry[0] == generation:
            response = entry[1]
            response["X-Cache"] = "hit"
            return answer_conditional(request, response)

        if generation is None:
            generation = current_generation()
        response = self.get_response(request)
        if generation is not None and may_store(response):
            # One piece: a feed is written in hundreds of small chunks, and a response
            # is sent to the client chunk by chunk, one write each, on every hit.
            response.content = response.content
            mark_public(response, generation)
            cache.set(key, (generation, response), seconds)
            response["X-Cache"] = "miss"
            return answer_conditional(request, response)
        if response.cookies or response.has_header("Vary"):
            mark_private(response)
        return response
