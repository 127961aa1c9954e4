"""Form posts without a CSRF token are refused (403), whoever sends them.

Every public URL pattern, every POST form found on a public page, the admin login,
and, for a logged-in administrator, every admin add and change form: a POST with no
token, or with a token from another session, answers 403 and changes nothing. No
view is exempt from the check.
"""

import pytest
from django.contrib import admin
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from tests.reliability import report
from tests.reliability.admin_urls import model_admin_urls
from tests.reliability.discovery import LANGUAGE_CODES, public_patterns, url_patterns

pytestmark = pytest.mark.django_db

# Views allowed to take POSTs without a token, with the reason. None so far.
CSRF_EXEMPT_ALLOWED = {}


def csrf_client():
    return Client(enforce_csrf_checks=True)


def assert_forbidden(response, path):
    report.count("csrf", "posts without a token refused")
    assert response.status_code == 403, f"POST {path} without a token: {response.status_code}"


def test_no_view_is_exempt_from_csrf():
    exempt = [
        pattern.key
        for pattern in url_patterns()
        if getattr(pattern.callback, "csrf_exempt", False)
        and pattern.key not in CSRF_EXEMPT_ALLOWED
    ]
    assert exempt == []


def test_posts_to_public_pages_without_a_token_are_refused(demo_portal, site):
    client = csrf_client()
    paths = []
    for pattern in public_patterns():
        for language in LANGUAGE_CODES[:: 5 if pattern.localized else 6]:
            page = site.sample(pattern.key, language)
            if page is not None:
                paths.append(page.path)
            elif not pattern.parameters:
                paths.append(pattern.build({}, language))
    paths += [action for _page, action in site.post_forms]
    for path in paths:
        assert_forbidden(client.post(path, {"q": "x", "name": "x", "email": "a@b.c"}), path)


def test_admin_login_without_a_token_is_refused(demo_portal):
    client = csrf_client()
    path = reverse("admin:login")
    response = client.post(path, {"username": "admin", "password": "anything"})
    assert_forbidden(response, path)
    assert "sessionid" not in response.cookies


def test_admin_forms_without_a_token_are_refused(demo_portal):
    client = csrf_client()
    client.force_login(demo_portal.superuser)
    for model, model_admin in admin.site._registry.items():
        for url in model_admin_urls(model, model_admin):
            if url.view not in ("add", "change", "delete", "changelist"):
                continue
            count = model._base_manager.count()
            data = {"post": "yes", "action": "delete_selected"}
            if url.object_id is not None:
                data["_selected_action"] = [url.object_id]
            assert_forbidden(client.post(url.path, data), url.path)
            assert model._base_manager.count() == count, url.path


def test_a_token_from_another_session_is_refused(demo_portal):
    other = Client(enforce_csrf_checks=True)
    other.get(reverse("admin:login"))
    foreign_token = other.cookies["csrftoken"].value
    client = csrf_client()
    client.force_login(demo_portal.superuser)
    path = reverse("admin:auth_group_add")
    count = Group.objects.count()
    response = client.post(path, {"name": "forged", "csrfmiddlewaretoken": foreign_token})
    assert_forbidden(response, path)
    assert Group.objects.count() == count
