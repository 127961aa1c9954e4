"""What a cached page depends on: the content models it read while it was built, and
each model's *version* in the cache.

A model's version changes when a save, delete or many-to-many change of it commits, and
by itself at the next scheduled change its app announces. A page that shows only some
objects of a model (a partner's page shows that partner, and the news about it) says so
with ``page_shows_only()``, and depends on the versions of those *groups* of objects instead of the
whole model's. docs/quality.md ("Anonymous page cache") says how the page cache uses them.
"""

import hashlib
import re
import time
import uuid
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache as once
from typing import NamedTuple

from django.apps import apps
from django.core.exceptions import ImproperlyConfigured
from django.db import DatabaseError, connection, transaction

from cop_portal.contributions import PortalAppConfig, content_app_labels, portal_apps

VERSION_KEY_PREFIX = "page-cache:version:"
# A page narrowed to groups of a model's objects still ends at that app's next scheduled
# change: ``depends[SCHEDULE_PREFIX + label]`` is that moment (Unix time) or None.
SCHEDULE_PREFIX = "@schedule:"
# While the database cannot say when the next scheduled change is, ask again soon.
RETRY_SCHEDULE_SECONDS = 30
SQL_WORD = re.compile(r"\w+")


class Version(NamedTuple):
    token: str
    changed_at: float  # Unix time of the change: a page's Last-Modified
    next_change_at: float | None  # the app's next scheduled change: the version ends then


def _labels(model):
    """The models a row of ``model``'s table stands for: a many-to-many table counts as
    the two models it links."""
    if model._meta.auto_created:
        linked = (field.related_model for field in model._meta.fields if field.is_relation)
        return frozenset(linked_model._meta.label_lower for linked_model in linked)
    return frozenset({model._meta.concrete_model._meta.label_lower})


@once
def _labels_by_table():
    """``{table name: model labels}`` for every table of the content apps."""
    return {
        model._meta.db_table: _labels(model)
        for app_label in content_app_labels()
        for model in apps.get_app_config(app_label).get_models(include_auto_created=True)
    }


@once
def version_keys():
    """``{cache key: model label}`` for every content model."""
    labels = frozenset().union(*_labels_by_table().values())
    return {VERSION_KEY_PREFIX + label: label for label in sorted(labels)}


def changed_labels(model):
    """The labels whose version a change to ``model``'s rows changes (its parents'
    tables are written too)."""
    parents = model._meta.concrete_model._meta.get_parent_list()
    return _labels(model).union(*(_labels(parent) for parent in parents))


def group_key(label, path, value):
    """The name of a group of ``label``'s objects: those whose ``path`` (a field or a
    reverse relation, or ``pk``) is ``value``, e.g. ``news.newsitem[partners=12]``."""
    return f"{label}[{path}={value}]"


def is_group(key):
    return key.endswith("]")


@once
def group_paths():
    """``{model label: paths}``: the groups of objects pages may depend on, as the apps
    declare them (``PortalAppConfig.page_groups``)."""
    paths = {}
    for config in portal_apps():
        for model_name, model_paths in config.page_groups.items():
            model = config.get_model(model_name)
            for path in model_paths:
                if path != "pk":
                    model._meta.get_field(path)  # a misspelt path fails here, loudly
            paths[model._meta.label_lower] = tuple(model_paths)
    return paths


class Reads:
    """What a page read while it was built: the content models its queries named, and
    the groups it narrowed some of them to (``{model label: {group key}}``)."""

    def __init__(self):
        self.labels = set()
        self.narrowed = {}


_reads = ContextVar("page_cache_reads", default=None)


@contextmanager
def recording():
    """Collect what the queries run inside the block read (a ``Reads``, filled as they
    run), and the groups ``page_shows_only()`` declares meanwhile."""
    reads = Reads()
    tables = _labels_by_table()

    def record(execute, sql, params, many, context):
        for word in set(SQL_WORD.findall(sql)).intersection(tables):
            reads.labels.update(tables[word])
        return execute(sql, params, many, context)

    token = _reads.set(reads)
    try:
        with connection.execute_wrapper(record):
            yield reads
    finally:
        _reads.reset(token)


def page_shows_only(model, **lookup):
    """Say that the page being built shows ``model``'s objects only through ``lookup``
    (one ``path=value``, a path its app lists in ``page_groups``): the page then depends
    on that group's version, not on every save of the model. Every read of the model on
    the page must be about that group (or another one the page names): a partner's page
    shows ``page_shows_only(NewsItem, partners=partner.pk)`` and no other news. Outside a page
    build for the cache it does nothing."""
    ((path, value),) = lookup.items()
    label = model._meta.label_lower
    if path not in group_paths().get(label, ()):
        raise ImproperlyConfigured(f"{label} has no page group {path!r} (page_groups)")
    reads = _reads.get()
    if reads is not None:
        reads.narrowed.setdefault(label, set()).add(group_key(label, path, value))


def _is_installed(model):
    """Is ``model`` the app's own class, not a migration's historical copy of it (whose
    relations are those of its migration, and whose saves change no group)?"""
    try:
        return apps.get_model(model._meta.label_lower) is model
    except LookupError:
        return False


def groups_of(obj, foreign_keys_only=False):
    """The groups ``obj`` belongs to as the database has it now (one query per path of
    its model; with ``foreign_keys_only``, per path that is a foreign key of its own)."""
    model = type(obj)._meta.concrete_model
    label = model._meta.label_lower
    keys = set()
    if not _is_installed(model):
        return keys
    for path in group_paths().get(label, ()):
        if path == "pk":
            keys.add(group_key(label, "pk", obj.pk))
            continue
        if foreign_keys_only and not model._meta.get_field(path).many_to_one:
            continue
        values = model._default_manager.filter(pk=obj.pk).values_list(path, flat=True)
        keys.update(group_key(label, path, value) for value in values if value is not None)
    return keys


def _through(field):
    """The table of a many-to-many relation (either side of it), or None."""
    if not field.many_to_many:
        return None
    return getattr(field, "through", None) or field.remote_field.through


def linked_groups(through, instance, pk_set):
    """The groups a many-to-many change between ``instance`` and the objects ``pk_set``
    (in the ``through`` table) changes; ``pk_set`` None means all of its links."""
    keys = set()
    for label, paths in group_paths().items():
        model = apps.get_model(label)
        for path in paths:
            if path == "pk" or _through(model._meta.get_field(path)) is not through:
                continue
            if not isinstance(instance, model):
                keys.add(group_key(label, path, instance.pk))
            elif pk_set is None:
                keys.update(key for key in groups_of(instance) if f"[{path}=" in key)
            else:
                keys.update(group_key(label, path, value) for value in pk_set)
    return keys


def _next_change(app_label):
    """Unix time of the app's next announced change that comes without a save, or None."""
    config = apps.get_app_config(app_label)
    if not isinstance(config, PortalAppConfig):
        return None
    try:
        # In a savepoint: on PostgreSQL a failed query (a table a migration has not
        # created yet, a lost connection) would otherwise abort the caller's transaction.
        with transaction.atomic():
            moment = config.next_scheduled_change()
    except DatabaseError:
        return time.time() + RETRY_SCHEDULE_SECONDS
    return moment.timestamp() if moment is not None else None


def _app(label):
    return label.partition(".")[0]


def _versions(changes):
    """Versions for ``{label or group: (token, changed_at)}``, as ``{cache key: Version}``:
    one question per app about its next scheduled change (a group's version has none:
    a page narrowed to groups keeps its model's scheduled change apart)."""
    apps_asked = {_app(key) for key in changes if not is_group(key)}
    next_change = {app_label: _next_change(app_label) for app_label in apps_asked}
    return {
        VERSION_KEY_PREFIX + key: Version(
            token, changed_at, None if is_group(key) else next_change[_app(key)]
        )
        for key, (token, changed_at) in changes.items()
    }


def _make_missing(cache, found, missing):
    """Make a first version for each of the labels or groups ``missing`` from ``found``
    (a ``get_many`` result, completed in place); another process may have been first."""
    if not missing:
        return
    now = time.time()
    made = _versions({key: (uuid.uuid4().hex, now) for key in missing})
    for key, version in made.items():
        cache.add(key, version, timeout=None)
    found.update(cache.get_many(list(made)))
    for key, version in made.items():
        found.setdefault(key, version)


def group_versions(cache, groups):
    """``{group: Version}``, a missing one made now (a page reads it before it first
    changes)."""
    keys = {VERSION_KEY_PREFIX + group: group for group in groups}
    found = cache.get_many(list(keys))
    missing = [group for key, group in keys.items() if key not in found]
    _make_missing(cache, found, missing)
    return {group: found[key] for key, group in keys.items()}


def bump(cache, labels, groups=()):
    """The content of ``labels`` (and of the ``groups`` of their objects) changed now:
    pages that read them are out of date. One write, so that no page sees a group's new
    version with its model's old one."""
    now = time.time()
    changes = {key: (uuid.uuid4().hex, now) for key in (*labels, *groups)}
    # No time limit: a version must never be evicted before the pages built with it.
    cache.set_many(_versions(changes), timeout=None)


def _successor(version):
    """The token after a scheduled change: the same in every process that sees it."""
    return hashlib.sha256(f"{version.token}@{version.next_change_at}".encode()).hexdigest()[:32]


def current_versions(cache, found):
    """``{label: Version}`` of every content model, from ``found`` (a ``get_many`` of
    ``version_keys()`` and more). A missing version is made (at a cold start); one whose
    scheduled change has come is followed by the version of that moment."""
    keys = version_keys()
    missing = [label for key, label in keys.items() if key not in found]
    _make_missing(cache, found, missing)
    now = time.time()
    ended = {
        label: found[key]
        for key, label in keys.items()
        if found[key].next_change_at is not None and found[key].next_change_at <= now
    }
    if ended:
        renewed = _versions(
            {label: (_successor(old), old.next_change_at) for label, old in ended.items()}
        )
        cache.set_many(renewed, timeout=None)
        found.update(renewed)
    return {label: found[key] for key, label in keys.items()}
