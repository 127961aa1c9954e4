"""Every admin URL, tried by people who must not get through.

- An anonymous visitor: every admin URL (from the admin registry and the admin's own
  URL patterns) redirects to the login page; a POST changes nothing.
- A partner representative (members of "Partner representatives"): another partner's
  objects, by GET and POST on their change, history and delete URLs and by the bulk
  delete action, and user management: each refused, nothing changed.
- An editor (members of "Editors"): user and group management, each refused.

The representative and editor parts skip, saying why, until the groups exist.
"""

import contextlib
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import serializers
from django.test import Client
from django.urls import NoReverseMatch, reverse
from django.utils import translation

from tests.reliability import report
from tests.reliability.admin_urls import OPEN_TO_VISITORS, all_admin_urls, model_admin_urls
from tests.reliability.forms import admin_change_form
from tests.reliability.roles import objects_of_other_partners, user_management_admins

pytestmark = pytest.mark.django_db


def snapshot(obj):
    """The object as stored, or None when it is gone. In one language: a translated
    field's own name reads the active language's column, and a request in a user's
    admin language leaves that language active in the test's thread."""
    fresh = type(obj)._base_manager.filter(pk=obj.pk).first()
    with translation.override(settings.LANGUAGE_CODE):
        return serializers.serialize("json", [fresh]) if fresh is not None else None


def assert_refused(response, url, who):
    """403/404, or a redirect elsewhere (login page, admin index): never the page."""
    report.count("access", f"refusals ({who})")
    assert response.status_code in (302, 403, 404), f"{who} got {response.status_code} for {url}"
    if response.status_code == 302:
        target = urlsplit(response["Location"]).path
        assert target != urlsplit(url).path, f"{who} was sent back to {url}"


def test_anonymous_visitors_are_sent_to_the_login_page(client, demo_portal):
    login = reverse("admin:login")
    urls = [url for url in all_admin_urls() if url.key not in OPEN_TO_VISITORS]
    assert urls, "no admin URL discovered"
    for url in urls:
        response = client.get(url.path)
        report.count("access", "refusals (anonymous)")
        assert response.status_code == 302, f"{url.path} answered {response.status_code}"
        assert urlsplit(response["Location"]).path == login, (url.path, response["Location"])
        assert "next=" in response["Location"]
    report.record("access", admin_urls_discovered=len(urls))


def test_anonymous_posts_change_nothing(client, demo_portal):
    for url in all_admin_urls():
        if url.view not in ("add", "change", "delete", "changelist") or url.model is None:
            continue
        count = url.model._base_manager.count()
        obj = url.model._base_manager.filter(pk=url.object_id).first() if url.object_id else None
        before = snapshot(obj) if obj else None
        data = {"post": "yes", "action": "delete_selected", "_selected_action": [url.object_id]}
        response = client.post(url.path, data)
        assert_refused(response, url.path, "anonymous")
        assert url.model._base_manager.count() == count, url.path
        if obj is not None:
            assert snapshot(obj) == before, url.path


def _change_form_as_superuser(superuser, path):
    client = Client()
    client.force_login(superuser)
    response = client.get(path)
    if response.status_code != 200:
        return None
    return admin_change_form(response.content.decode())


def _edited(form):
    """The form's fields with the first filled text field changed."""
    for name in form.text_inputs:
        value = form.value(name)
        if value and not name.startswith(("csrf", "_")) and "-" not in name:
            return form.with_value(name, value + " (changed by someone else)")
    return list(form.fields)


def _post_data(fields):
    data = {}
    for name, value in fields:
        data.setdefault(name, []).append(value)
    return data


def test_representatives_cannot_reach_other_partners_objects(demo_portal):
    if not demo_portal.representatives:
        pytest.skip(demo_portal.skip_reasons["representative"])
    tried = 0
    for representative in demo_portal.representatives:
        client = Client()
        client.force_login(representative)
        foreign = objects_of_other_partners(representative)
        assert foreign, f"no other partner's objects found for {representative}"
        for model_admin, obj in foreign:
            before = snapshot(obj)
            for url in model_admin_urls(type(obj), model_admin, obj):
                if url.view in ("changelist", "add"):
                    continue
                assert_refused(client.get(url.path), url.path, "representative")
                tried += 1
                if url.view == "change":
                    form = _change_form_as_superuser(demo_portal.superuser, url.path)
                    if form is not None:
                        response = client.post(url.path, _post_data(_edited(form)))
                        assert_refused(response, url.path, "representative")
                elif url.view == "delete":
                    assert_refused(
                        client.post(url.path, {"post": "yes"}), url.path, "representative"
                    )
                assert snapshot(obj) == before, f"{representative} changed {obj!r} via {url.path}"
            # The bulk delete action on the change list, with the other partner's id.
            changelist = reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_changelist")
            client.post(
                changelist,
                {"action": "delete_selected", "_selected_action": [obj.pk], "post": "yes"},
            )
            assert snapshot(obj) == before, f"{representative} bulk-deleted {obj!r}"
            # Nor does the object appear, linked, on any change list the representative sees.
            response = client.get(changelist)
            if response.status_code == 200:
                change = reverse(
                    f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk]
                )
                assert change not in response.content.decode(), (
                    f"{representative} sees {obj!r} listed on {changelist}"
                )
    report.record("access", representative_urls_tried=tried)


def _user_management_urls():
    urls = []
    for model, model_admin in user_management_admins():
        urls.extend(model_admin_urls(model, model_admin))
    urls = [url.path for url in urls]
    user_model = get_user_model()
    for user in user_model.objects.order_by("pk")[:1]:
        # A custom user admin may not have the password view.
        with contextlib.suppress(NoReverseMatch):
            urls.append(reverse("admin:auth_user_password_change", args=[user.pk]))
    urls.append(reverse("admin:app_list", args=["auth"]))
    return urls


@pytest.mark.parametrize("role", ["editor", "representative"])
def test_user_management_is_refused(demo_portal, role):
    users = [demo_portal.editor] if role == "editor" else demo_portal.representatives
    users = [user for user in users if user is not None]
    if not users:
        pytest.skip(demo_portal.skip_reasons[role])
    User = get_user_model()
    for user in users:
        client = Client()
        client.force_login(user)
        for path in _user_management_urls():
            assert_refused(client.get(path), path, role)
        # Creating an account, or promoting oneself, through a forged POST.
        users_before = User.objects.count()
        add = reverse("admin:auth_user_add")
        assert_refused(
            client.post(
                add,
                {
                    "username": "intruder",
                    "password1": "x8Pq2-x8Pq2-x8Pq2",
                    "password2": "x8Pq2-x8Pq2-x8Pq2",
                    "usable_password": "true",
                },
            ),
            add,
            role,
        )
        assert User.objects.count() == users_before
        own = reverse("admin:auth_user_change", args=[user.pk])
        assert_refused(
            client.post(
                own,
                {
                    "username": user.username,
                    "is_staff": "on",
                    "is_active": "on",
                    "is_superuser": "on",
                },
            ),
            own,
            role,
        )
        user.refresh_from_db()
        assert not user.is_superuser
        group_add = reverse("admin:auth_group_add")
        groups_before = Group.objects.count()
        assert_refused(client.post(group_add, {"name": "intruders"}), group_add, role)
        assert Group.objects.count() == groups_before
