import json
import subprocess
import sys

import pytest
from django.db import OperationalError
from django.test import RequestFactory

from cop_portal.errors import server_error
from cop_portal.middleware import DatabaseUnavailableMiddleware

pytestmark = pytest.mark.django_db


def test_healthz_ok(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert json.loads(response.content) == {"database": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_reports_a_dead_database(client, monkeypatch):
    def refuse(*args, **kwargs):
        raise OperationalError("could not connect to server")

    monkeypatch.setattr("django.db.backends.base.base.BaseDatabaseWrapper.cursor", refuse)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content) == {"database": "unavailable"}


@pytest.mark.usefixtures("collected_static")  # the page names static files
def test_database_outage_gives_a_localised_503():
    request = RequestFactory().get("/fr/anything/")
    response = DatabaseUnavailableMiddleware(lambda r: None).process_exception(
        request, OperationalError("server closed the connection unexpectedly")
    )
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    content = response.content.decode()
    assert '<html lang="fr" dir="ltr">' in content
    assert "Temporairement indisponible" in content


def test_other_exceptions_are_left_alone():
    request = RequestFactory().get("/en/")
    middleware = DatabaseUnavailableMiddleware(lambda r: None)
    assert middleware.process_exception(request, ValueError("bug")) is None


@pytest.mark.usefixtures("collected_static")  # the page names static files
def test_500_page_renders_without_the_database(django_assert_num_queries):
    request = RequestFactory().get("/ar/events/")
    with django_assert_num_queries(0):
        response = server_error(request)
    assert response.status_code == 500
    content = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in content
    assert "حدث خطأ ما" in content


def _import_settings(env):
    """Import the settings in a fresh interpreter with exactly ``env``."""
    return subprocess.run(
        [sys.executable, "-c", "import cop_portal.settings"],
        env={"PATH": "/usr/bin:/bin", **env},
        capture_output=True,
        text=True,
    )


@pytest.mark.parametrize(
    "env",
    [
        {},
        {"DJANGO_DEBUG": "false"},
        {"DJANGO_SECRET_KEY": "django-insecure-cop-portal-development-only"},
        {"DJANGO_SECRET_KEY": "django-insecure-something-else-entirely-abcdefghijklmnop"},
    ],
)
def test_settings_refuse_missing_or_development_secret_with_debug_off(env):
    result = _import_settings(env)
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_settings_accept_development_key_with_debug_on():
    assert _import_settings({"DJANGO_DEBUG": "true"}).returncode == 0


def test_settings_accept_a_real_key_with_debug_off():
    result = _import_settings({"DJANGO_SECRET_KEY": "k3y-" + "x8Pq2" * 12})
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    "url",
    ["/fr/partners/?q=%00", "/fr/partners/%00/", "/fr/help/?country=%00", "/fr/news/?page=%00"],
)
def test_a_nul_in_the_address_is_a_localised_400(client, url):
    response = client.get(url)
    assert response.status_code == 400
    content = response.content.decode()
    assert '<html lang="fr" dir="ltr">' in content
    assert "<h1>Requête incorrecte</h1>" in content


def test_a_nul_in_a_search_query_is_a_localised_400_not_an_error(client):
    # Other control characters give a normal results page (tests/cop_portal/test_search_page.py).
    response = client.get("/ar/search/", {"q": "protection\x00"})
    assert response.status_code == 400
    assert '<html lang="ar" dir="rtl">' in response.content.decode()
