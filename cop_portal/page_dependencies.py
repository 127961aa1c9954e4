"""What a cached page depends on: the content models it read while it was built, and
each model's *version* in the cache.

A model's version changes when a save, delete or many-to-many change of it commits, and
by itself at the next scheduled change its app announces. docs/quality.md ("Anonymous
page cache") says how the page cache uses them.
"""

import hashlib
import re
import time
import uuid
from contextlib import contextmanager
from functools import cache as once
from typing import NamedTuple

from django.apps import apps
from django.db import DatabaseError, connection, transaction

from cop_portal.contributions import PortalAppConfig, content_app_labels

VERSION_KEY_PREFIX = "page-cache:version:"
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


@contextmanager
def recording():
    """Collect the labels of the content models whose tables the queries run inside
    the block name (a set, filled as they run)."""
    labels = set()
    tables = _labels_by_table()

    def record(execute, sql, params, many, context):
        for word in set(SQL_WORD.findall(sql)).intersection(tables):
            labels.update(tables[word])
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        yield labels


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
    """Versions for ``{label: (token, changed_at)}``, as ``{cache key: Version}``: one
    question per app about its next scheduled change."""
    next_change = {app_label: _next_change(app_label) for app_label in set(map(_app, changes))}
    return {
        VERSION_KEY_PREFIX + label: Version(token, changed_at, next_change[_app(label)])
        for label, (token, changed_at) in changes.items()
    }


def bump(cache, labels):
    """The content of ``labels`` changed now: pages that read them are out of date."""
    now = time.time()
    # No time limit: a version must never be evicted before the pages built with it.
    cache.set_many(_versions({label: (uuid.uuid4().hex, now) for label in labels}), timeout=None)


def _successor(version):
    """The token after a scheduled change: the same in every process that sees it."""
    return hashlib.sha256(f"{version.token}@{version.next_change_at}".encode()).hexdigest()[:32]


def current_versions(cache, found):
    """``{label: Version}`` of every content model, from ``found`` (a ``get_many`` of
    ``version_keys()`` and more). A missing version is made (at a cold start); one whose
    scheduled change has come is followed by the version of that moment."""
    keys = version_keys()
    missing = [label for key, label in keys.items() if key not in found]
    if missing:
        now = time.time()
        made = _versions({label: (uuid.uuid4().hex, now) for label in missing})
        for key, version in made.items():
            cache.add(key, version, timeout=None)
        found.update(cache.get_many(list(made)))  # another process may have been first
        for key, version in made.items():
            found.setdefault(key, version)
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
