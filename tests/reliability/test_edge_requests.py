"""Forged Host and forwarding headers, and paths that name another host, in process.

With debug off (as in production) and on: the debug error pages render differently,
and a fault hidden by one shows in the other. The same values go over HTTP to the
production-settings server in test_live_portal.py (``make reliability``).
"""

import json

import pytest
from django.test import Client

from tests.reliability import report
from tests.reliability.edge import (
    EVIL,
    FORGED_HOSTS,
    FORWARDED_HEADERS,
    ODD_OWN_HOSTS,
    evil_addresses,
    path_info,
    path_shapes,
)

pytestmark = pytest.mark.django_db

DEBUG = pytest.mark.parametrize("debug", [False, True], ids=["debug-off", "debug-on"])


def representative_paths(site):
    """One page of each kind (English), the feeds, the sitemap, the admin, /healthz."""
    paths = sorted({page.path for page in site.pages if page.path.startswith("/en/")})
    return paths + ["/", "/healthz", "/sitemap.xml", "/robots.txt", "/admin/", "/admin/login/"]


def wsgi_get(client, raw_path, **headers):
    """GET with the PATH_INFO and QUERY_STRING a WSGI server makes of ``raw_path``."""
    _path, _mark, query = raw_path.partition("?")
    return client.request(
        REQUEST_METHOD="GET", PATH_INFO=path_info(raw_path), QUERY_STRING=query, **headers
    )


def body_of(response):
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode(errors="replace")
    return response.content.decode(errors="replace")


def assert_safe(response, what, own_host="testserver"):
    assert response.status_code < 500, f"{what}: {response.status_code}"
    leaving = evil_addresses(body_of(response), own_host, response.get("Location"))
    assert leaving == [], f"{what} links to the attacker's host: {leaving[:5]}"


@DEBUG
def test_an_unknown_host_is_a_400_everywhere(settings, demo_portal, site, debug):
    settings.DEBUG = debug
    client = Client(raise_request_exception=False)
    paths = representative_paths(site)
    for host in FORGED_HOSTS:
        for path in paths[:: max(1, len(paths) // 12)] + ["/healthz", "/en/news/rss/"]:
            response = client.get(path, HTTP_HOST=host)
            report.count("edge (in-process)", f"forged Host, debug {'on' if debug else 'off'}")
            assert response.status_code == 400, (host, path, response.status_code)
            assert_safe(response, f"Host {host!r} {path}")
            assert "cache" not in response.get("X-Cache", "")


def test_odd_spellings_of_our_own_host_stay_home(client, site):
    for host in ODD_OWN_HOSTS:
        for path in representative_paths(site):
            response = client.get(path, HTTP_HOST=host)
            assert response.status_code < 500, (host, path)
            leaving = evil_addresses(body_of(response), host, response.get("Location"))
            assert leaving == [], (host, path, leaving)


@pytest.mark.parametrize("language", ["ar", "fr", "zh-hans"])
def test_the_400_for_an_unknown_host_is_the_localised_error_page(client, language):
    response = client.get(f"/{language}/news/", HTTP_HOST=EVIL)
    assert response.status_code == 400
    content = response.content.decode()
    expected = {"ar": ("ar", "rtl"), "fr": ("fr", "ltr"), "zh-hans": ("zh-Hans", "ltr")}
    lang, direction = expected[language]
    assert f'<html lang="{lang}" dir="{direction}">' in content
    heading = {"ar": "طلب غير صالح", "fr": "Requête incorrecte", "zh-hans": "请求无效"}
    assert f"<h1>{heading[language]}</h1>" in content
    assert f'href="/{language}/"' in content
    assert EVIL not in content


def test_an_unknown_host_is_neither_served_from_nor_stored_in_the_page_cache(client):
    assert client.get("/en/").status_code == 200
    assert client.get("/en/")["X-Cache"] == "hit"
    response = client.get("/en/", HTTP_HOST=EVIL)
    assert response.status_code == 400
    assert "X-Cache" not in response


@pytest.mark.parametrize("host", ["10.0.3.7", "10.0.3.7:8000", "[fd00::7]:8000", "127.0.0.1"])
def test_healthz_answers_a_probe_by_ip_address(client, settings, host):
    settings.ALLOWED_HOSTS = ["portal.example.org"]
    response = client.get("/healthz", HTTP_HOST=host)
    assert response.status_code == 200
    assert json.loads(response.content) == {"database": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_answers_a_configured_probe_host_only(client, settings):
    settings.ALLOWED_HOSTS = ["portal.example.org"]
    settings.HEALTHZ_HOSTS = ["app1", ".probe.internal"]
    assert client.get("/healthz", HTTP_HOST="app1:8000").status_code == 200
    assert client.get("/healthz", HTTP_HOST="node-3.probe.internal").status_code == 200
    assert client.get("/healthz", HTTP_HOST=EVIL).status_code == 400


@pytest.mark.parametrize("path", ["/en/", "/admin/", "/sitemap.xml", "/en/news/rss/", "/"])
def test_a_probe_host_reaches_nothing_but_healthz(client, settings, path):
    settings.ALLOWED_HOSTS = ["portal.example.org"]
    settings.HEALTHZ_HOSTS = ["app1"]
    for host in ["10.0.3.7", "10.0.3.7:8000", "app1"]:
        response = client.get(path, HTTP_HOST=host)
        assert response.status_code == 400, (host, path)
    assert client.post("/healthz", HTTP_HOST="10.0.3.7").status_code == 400


@DEBUG
def test_forwarding_headers_never_lead_elsewhere(settings, demo_portal, site, debug):
    settings.DEBUG = debug
    client = Client(raise_request_exception=False)
    paths = representative_paths(site)
    for name, value in FORWARDED_HEADERS:
        header = "HTTP_" + name.upper().replace("-", "_")
        for path in paths:
            response = client.get(path, **{header: value})
            report.count("edge (in-process)", "forwarding and oversized headers")
            assert_safe(response, f"{name}: {value[:40]!r} {path}")


@DEBUG
def test_paths_that_name_another_host_never_link_there(settings, demo_portal, debug):
    settings.DEBUG = debug
    client = Client(raise_request_exception=False)
    for raw_path in path_shapes():
        response = wsgi_get(client, raw_path)
        report.count("edge (in-process)", f"path shapes, debug {'on' if debug else 'off'}")
        assert_safe(response, repr(raw_path))


@pytest.mark.parametrize(
    "path", ["//evil.example/en/", "/\\evil.example/en/", "/\t/evil.example/en/"]
)
def test_the_404_for_such_a_path_links_to_the_portal_only(client, path):
    response = client.request(REQUEST_METHOD="GET", PATH_INFO=path)
    assert response.status_code == 404
    content = response.content.decode()
    assert 'rel="canonical"' not in content
    assert "hreflang=" not in content.split("<body>")[0]
    assert 'property="og:url"' not in content
    # The language bar offers each language's home page instead.
    for code in ["ar", "zh-hans", "en", "fr", "ru", "es"]:
        assert f'href="/{code}/"' in content
    assert EVIL not in content


def test_a_real_page_keeps_its_canonical_and_alternates(client):
    content = client.get("/fr/news/").content.decode()
    assert '<link rel="canonical" href="http://testserver/fr/news/">' in content
    assert '<link rel="alternate" hreflang="ar" href="http://testserver/ar/news/">' in content
    assert '<meta property="og:url" content="http://testserver/fr/news/">' in content


def test_a_forged_host_fills_no_error_log(client, caplog):
    """Anyone can send one: the request line records the 400, nothing logs an error."""
    import logging

    with caplog.at_level(logging.INFO):
        response = client.get("/en/news/", HTTP_HOST=EVIL)
    assert response.status_code == 400
    assert [r for r in caplog.records if r.levelno >= logging.WARNING] == []
    (line,) = [r for r in caplog.records if r.name == "cop_portal.requests"]
    assert (line.status, line.cache) == (400, "bypass")
