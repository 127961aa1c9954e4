"""The anonymous page cache: a visitor without a session gets a page built once per URL,
until a committed save or a scheduled change of a content model it read (see
page_dependencies.py); while one request rebuilds it, the others get the previous page.

docs/quality.md ("Anonymous page cache") says what is cached, what never is, and when a
page is built again.
"""

import hashlib
import time
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import DisallowedHost
from django.db import transaction
from django.db.models.signals import pre_save
from django.http import QueryDict
from django.urls import reverse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date, parse_http_date_safe

from cop_portal.contributions import content_app_labels
from cop_portal.page_dependencies import (
    SCHEDULE_PREFIX,
    VERSION_KEY_PREFIX,
    bump,
    changed_labels,
    current_versions,
    group_versions,
    groups_of,
    is_group,
    linked_groups,
    recording,
    version_keys,
)

PAGE_KEY_PREFIX = "page-cache:entry:"
LOCK_KEY_PREFIX = "page-cache:building:"
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
# How often a request with no page to serve looks whether another one has built it.
LOCK_WAIT_STEP_SECONDS = 0.05


def _cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def content_changed(sender, **kwargs):
    """Signal receiver (pre_save, post_save, pre_delete and m2m_changed): a model of a
    content app was saved, deleted or re-linked. Its version, and those of the groups of
    its objects the change touches, change when the transaction commits (a rolled-back
    save changes nothing). The groups are found while the links still stand: before a
    save for the foreign keys it may change, after it for the others (the links a save
    adds or removes later are many-to-many changes of their own)."""
    if sender._meta.app_label not in content_app_labels():
        return
    instance, action = kwargs["instance"], kwargs.get("action")
    if kwargs.get("signal") is pre_save:
        if instance.pk is None or kwargs.get("raw"):
            return  # nothing stored yet to leave
        groups = groups_of(instance, foreign_keys_only=True)
    elif action is None:  # a save, or a delete about to happen
        groups = groups_of(instance)
    elif action in ("post_add", "post_remove"):
        groups = linked_groups(sender, instance, kwargs["pk_set"])
    elif action == "pre_clear":
        groups = linked_groups(sender, instance, None)
    else:
        return  # the other half of a many-to-many change, or a clear already counted
    labels = changed_labels(sender)
    transaction.on_commit(lambda: bump(_cache(), labels, groups), using=kwargs.get("using"))


def prime_versions():
    """Make the content models' versions, as the first request after a cold start does."""
    cache = _cache()
    return current_versions(cache, cache.get_many(list(version_keys())))


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


def mark_public(response, last_modified):
    """The headers that let browsers, CDNs and feed readers keep an anonymous page and
    ask again cheaply: ``Cache-Control``, a strong ``ETag`` of the content and
    ``Last-Modified`` (Unix time), when what the page shows last changed."""
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
    response["Last-Modified"] = http_date(int(last_modified))


def last_modified(depends, versions, built_at):
    """The latest change among the models (and groups) a page read; for a page that read
    none, the moment it was built."""
    changes = (versions[key].changed_at for key in depends if not key.startswith(SCHEDULE_PREFIX))
    return max(changes, default=built_at)


def is_fresh(entry, versions):
    """Was the stored page built from the current version of every model and group it
    read, and has no scheduled change of a model it narrowed to groups come since?"""
    depends, _response = entry
    now = time.time()
    for key, token in depends.items():
        if key.startswith(SCHEDULE_PREFIX):
            if token is not None and token <= now:
                return False
        elif key not in versions or versions[key].token != token:
            return False
    return True


# ``{page key: its groups}`` as last stored or read in this process: their versions are
# read with the page, in the same round trip. Bounded: cleared when it grows past this.
_known_groups = {}
KNOWN_GROUPS_LIMIT = 20_000


def known_groups(key, entry):
    """Remember the groups of the page stored under ``key``."""
    groups = tuple(group for group in entry[0] if is_group(group))
    if _known_groups.get(key) != groups:
        if len(_known_groups) >= KNOWN_GROUPS_LIMIT:
            _known_groups.clear()
        _known_groups[key] = groups


def with_group_versions(cache, versions, entry, found):
    """``versions`` and those of the groups the stored page depends on: from ``found``
    (read with the page) when this process knew them, else in one more read."""
    groups = [key for key in entry[0] if is_group(key)]
    if not groups:
        return versions
    keys = [VERSION_KEY_PREFIX + group for group in groups]
    missing = [key for key in keys if key not in found]
    if missing:
        found = {**found, **cache.get_many(missing)}
    read = {group: found[key] for group, key in zip(groups, keys, strict=True) if key in found}
    return {**versions, **read}


def narrowed_depends(cache, narrowed, versions):
    """``{group: Version}`` for the groups a page narrowed its models to, or None if one
    of those models changed since ``versions`` were read (each change of a group changes
    its model's version in the same write: page_dependencies.bump)."""
    labels = [VERSION_KEY_PREFIX + label for label in narrowed]
    now = cache.get_many(labels)
    if any(now.get(VERSION_KEY_PREFIX + label) != versions[label] for label in narrowed):
        return None
    return group_versions(cache, set().union(*narrowed.values()))


def serve(request, entry, state):
    response = entry[1]
    response["X-Cache"] = state
    return answer_conditional(request, response)


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
    database query and no template rendering. ``X-Cache`` says ``hit``, ``miss`` or
    ``stale`` (the previous page, while another request rebuilds it or after a rebuild
    failed). Pages it may not share leave ``private, no-store``.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not may_use_cache(request):
            return mark_private(self.get_response(request))
        drop_tracking_parameters(request)
        if settings.PAGE_CACHE_SECONDS <= 0:
            return self.get_response(request)
        try:
            key = page_key(request)
        except DisallowedHost:
            key = None
        if key is None:
            # Neither served from nor stored to the cache: Django's host check answers
            # (outside the except block, so its log line carries no chained traceback).
            return self.get_response(request)

        cache = _cache()
        # The page, every model's version and the versions of the groups it had in one
        # round trip; read before building, so a page built while a save commits is
        # stored under the versions before it.
        groups = [VERSION_KEY_PREFIX + group for group in _known_groups.get(key, ())]
        found = cache.get_many([key, *version_keys(), *groups])
        versions = current_versions(cache, found)
        entry = found.get(key)
        if entry is not None:
            known_groups(key, entry)
            if is_fresh(entry, with_group_versions(cache, versions, entry, found)):
                return serve(request, entry, "hit")
        lock = LOCK_KEY_PREFIX + key.removeprefix(PAGE_KEY_PREFIX)
        locked = bool(cache.add(lock, "building", settings.PAGE_CACHE_LOCK_SECONDS))
        if not locked:
            if entry is not None:
                return serve(request, entry, "stale")
            entry = self.wait_for_builder(cache, key, lock)
            if entry is not None:
                return serve(request, entry, "hit")
        try:
            response = self.build(request, cache, key, versions)
        finally:
            if locked:
                cache.delete(lock)
        if entry is not None and response.status_code >= 500:
            return serve(request, entry, "stale")  # a later request tries again
        return response

    def wait_for_builder(self, cache, key, lock):
        """The page another request is building, once stored; None if it stored none
        or took too long (this request then builds it too)."""
        for _step in range(int(settings.PAGE_CACHE_COLD_WAIT_SECONDS / LOCK_WAIT_STEP_SECONDS)):
            found = cache.get_many([key, lock])
            if key in found:
                return found[key]
            if lock not in found:
                return None
            time.sleep(LOCK_WAIT_STEP_SECONDS)
        return None

    def build(self, request, cache, key, versions):
        """The page from the view, stored with the versions of the models it read."""
        built_at = time.time()
        with recording() as reads:
            response = self.get_response(request)
            storable = may_store(response)
            if storable:
                # One piece: a feed is written in hundreds of small chunks, and a
                # response is sent to the client chunk by chunk, one write each.
                response.content = response.content
        if not storable:
            if response.cookies or response.has_header("Vary"):
                mark_private(response)
            return response
        depends = {
            label: versions[label].token for label in reads.labels if label not in reads.narrowed
        }
        if reads.narrowed:
            groups = narrowed_depends(cache, reads.narrowed, versions)
            if groups is None:
                # A model it narrowed changed while the page was built: the page may show
                # it before the change, under the group's version after it. Not stored.
                response["X-Cache"] = "miss"
                return response
            versions = {**versions, **groups}
            depends.update({group: version.token for group, version in groups.items()})
            for label in reads.narrowed:
                depends[SCHEDULE_PREFIX + label] = versions[label].next_change_at
        mark_public(response, last_modified(depends, versions, built_at))
        cache.set(key, (depends, response), settings.PAGE_CACHE_SECONDS)
        known_groups(key, (depends, response))
        response["X-Cache"] = "miss"
        return answer_conditional(request, response)
