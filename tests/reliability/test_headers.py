"""The security headers on every page, and no cookie for anonymous visitors.

Every page the crawl reaches in six languages (feeds and error pages included), the
404 page, and the admin's login and index pages. The same check runs against the
portal under gunicorn over HTTPS in test_live_portal.py, with HSTS and Secure
cookies.
"""

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from tests.reliability import report
from tests.reliability.headers import header_problems

pytestmark = pytest.mark.django_db


def test_every_page_type_has_the_security_headers(client, demo_portal, site):
    """A page of every pattern in every language (all crawled pages: test_live_portal)."""
    checked = 0
    for path in sorted(set(site.paths())):
        response = client.get(path)
        assert header_problems(response.headers) == [], path
        checked += 1
        if response.status_code == 200 and "html" in response.get("Content-Type", ""):
            # Cached per URL for anonymous visitors: no cookie, no Vary on it. A page with
            # a form (the contact form) is never stored and sets the CSRF cookie only.
            if "no-store" in response.get("Cache-Control", ""):
                assert set(response.cookies) <= {settings.CSRF_COOKIE_NAME}, path
                assert "private" in response["Cache-Control"], path
                continue
            assert not response.cookies, f"{path} sets {list(response.cookies)}"
            vary = [v.strip().lower() for v in response.get("Vary", "").split(",")]
            assert "cookie" not in vary, f"{path} varies on the cookie"
    report.record("headers", pages_checked=checked)


@pytest.mark.parametrize("path", ["/en/no-such-page/", "/ar/no-such-page/", "/no-such-page"])
def test_error_pages_have_the_security_headers(client, demo_portal, path):
    response = client.get(path)
    assert response.status_code == 404
    assert header_problems(response.headers) == []


def test_admin_pages_have_the_security_headers(demo_portal):
    client = Client()
    response = client.get(reverse("admin:login"))
    assert header_problems(response.headers) == []
    client.force_login(demo_portal.superuser)
    for name in ("admin:index", "admin:auth_user_changelist"):
        response = client.get(reverse(name))
        assert response.status_code == 200
        assert header_problems(response.headers) == []
