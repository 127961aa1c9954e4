"""Fixtures of the reliability suite.

In-process (Django test client, part of ``make test``): the demo content is loaded
once for the whole package inside a transaction that is rolled back at the end, and
the site is crawled once to find a page of every URL pattern.

Live (``make reliability``, or COP_RELIABILITY_LIVE=1): the portal under gunicorn with
production settings on its own PostgreSQL and Redis (tests/reliability/services.py).
"""

import os
from dataclasses import dataclass, field
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction
from django.test import Client, override_settings

from partners.permissions import partner_for_user
from tests.discovery import client_fetcher
from tests.reliability import report
from tests.reliability.discovery import crawl
from tests.reliability.roles import EDITORS, REPRESENTATIVES, role_group

LIVE = os.environ.get("COP_RELIABILITY_LIVE", "").lower() in {"1", "true", "yes"}


def pytest_collection_modifyitems(config, items):
    if LIVE:
        return
    skip = pytest.mark.skip(
        reason="starts its own PostgreSQL, Redis and gunicorn: run `make reliability`"
    )
    for item in items:
        if "live" in item.keywords:
            item.add_marker(skip)


@dataclass
class DemoPortal:
    media_root: object
    superuser: object
    editor: object = None
    representatives: list = field(default_factory=list)
    skip_reasons: dict = field(default_factory=dict)


@pytest.fixture(scope="package")
def demo_media_root(tmp_path_factory):
    return tmp_path_factory.mktemp("demo-media")


@pytest.fixture(autouse=True)
def media_root(settings, demo_media_root):
    """The demo's uploads stay readable by every test of the package."""
    settings.MEDIA_ROOT = demo_media_root
    return demo_media_root


def _role_users():
    User = get_user_model()
    superuser = User.objects.filter(is_superuser=True, is_active=True).order_by("pk").first()
    editor, representatives, reasons = None, [], {}
    editors = role_group(EDITORS)
    if editors is None:
        reasons["editor"] = f'no group "{EDITORS}" yet (it comes with the news app)'
    else:
        editor, _ = User.objects.get_or_create(
            username="reliability-editor", defaults={"email": "editor@example.org"}
        )
        editor.is_staff = True
        editor.save()
        editor.groups.add(editors)
    group = role_group(REPRESENTATIVES)
    if group is None:
        reasons["representative"] = (
            f'no group "{REPRESENTATIVES}" yet (it comes with the partners/news apps)'
        )
    else:
        for user in group.user_set.filter(is_active=True).order_by("pk"):
            if partner_for_user(user) is not None:
                representatives.append(user)
        if not representatives:
            reasons["representative"] = (
                f'no active member of "{REPRESENTATIVES}" represents a partner in the demo'
            )
    return superuser, editor, representatives, reasons


@pytest.fixture(scope="package")
def demo_portal(django_db_setup, django_db_blocker, demo_media_root, collected_static):
    """The demo content of every app, loaded once, rolled back after the package."""
    with override_settings(MEDIA_ROOT=demo_media_root), django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            call_command("load_demo", stdout=StringIO())
            superuser, editor, representatives, reasons = _role_users()
        except BaseException:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
            raise
    yield DemoPortal(demo_media_root, superuser, editor, representatives, reasons)
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        atomic.__exit__(None, None, None)


@pytest.fixture(scope="package")
def site(demo_portal, django_db_blocker):
    """A crawl of the demo portal as an anonymous visitor, six languages."""
    with override_settings(MEDIA_ROOT=demo_portal.media_root), django_db_blocker.unblock():
        found = crawl(client_fetcher(Client()), "testserver")
    report.record(
        "discovery (in-process)",
        pages_crawled=len(found.pages),
        url_patterns_reached=len(found.by_pattern),
    )
    return found
