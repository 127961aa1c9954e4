"""django-axes on the admin login: locked out after AXES_FAILURE_LIMIT failures."""

import pytest
from axes.models import AccessAttempt
from django.conf import settings

from tests.factories import UserFactory
from tests.partners.factories import PartnerFactory, make_representative

pytestmark = pytest.mark.django_db


def login(client, username, password):
    return client.post(
        "/admin/login/?next=/admin/",
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR="203.0.113.7",
    )


def test_login_works_before_any_failure(client):
    user = make_representative(PartnerFactory(), username="alpha-rep")
    user.set_password("the-right-passphrase-42")
    user.save()
    response = login(client, "alpha-rep", "the-right-passphrase-42")
    assert response.status_code == 302
    assert response.url == "/admin/"


def test_admin_login_locks_out_after_the_failure_limit(client):
    user = UserFactory(username="staffer", is_staff=True)
    user.set_password("the-right-passphrase-42")
    user.save()
    limit = settings.AXES_FAILURE_LIMIT
    assert limit >= 3
    for _attempt in range(limit - 1):
        response = login(client, "staffer", "wrong")
        assert response.status_code == 200
        assert "Please enter the correct username and password" in response.content.decode()
    # The limit-th failure locks the account for this address...
    assert login(client, "staffer", "wrong").status_code == 429
    # ...and then even the right password is refused.
    response = login(client, "staffer", "the-right-passphrase-42")
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302  # still sent to the login page
    # Counted in the database, so every app instance sees it.
    attempt = AccessAttempt.objects.get(username="staffer")
    assert attempt.failures_since_start >= limit


def test_lockout_is_per_user_and_address(client):
    for name in ("one", "two"):
        user = UserFactory(username=name, is_staff=True)
        user.set_password("the-right-passphrase-42")
        user.save()
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        login(client, "one", "wrong")
    assert login(client, "one", "the-right-passphrase-42").status_code == 429
    assert login(client, "two", "the-right-passphrase-42").status_code == 302
