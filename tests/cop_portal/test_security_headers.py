"""The security headers baseline on every page the crawl finds (tests/discovery.py).

The pages come from a crawl of the demo content with the test client, plus every URL in
the sitemap once there is one. Each page is fetched twice, so the headers are checked on
a freshly built page and on the copy the page cache serves.
"""

import json
import os
import secrets
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import Client

from tests.discovery import client_fetcher, discover

pytestmark = pytest.mark.django_db

REPO = Path(__file__).resolve().parents[2]
STRICT_REFERRER_POLICIES = {
    "no-referrer",
    "same-origin",
    "strict-origin",
    "strict-origin-when-cross-origin",
}
PRODUCTION_SECURITY_SETTINGS = (
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_SSL_REDIRECT",
    "SECURE_PROXY_SSL_HEADER",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
)


@pytest.fixture
def demo_pages(client):
    call_command("load_demo", stdout=StringIO())
    discovery = discover(client_fetcher(client), "testserver")
    assert discovery.broken == []
    paths = [page.path for page in discovery.pages] + discovery.sitemap_paths
    return list(dict.fromkeys(paths))


def parse_csp(header):
    directives = {}
    for directive in header.split(";"):
        name, *values = directive.split()
        directives[name.lower()] = values
    return directives


def header_problems(response):
    problems = []
    csp = parse_csp(response.get("Content-Security-Policy", ""))
    for kind in ("script-src", "style-src"):
        sources = csp.get(kind, csp.get("default-src"))
        if sources is None:
            problems.append(f"no {kind} or default-src")
        elif "'unsafe-inline'" in sources or "'unsafe-eval'" in sources:
            problems.append(f"{kind} allows {sources}")
    if csp.get("frame-ancestors") != ["'none'"]:
        problems.append(f"frame-ancestors {csp.get('frame-ancestors')}")
    if csp.get("form-action") != ["'self'"]:
        problems.append(f"form-action {csp.get('form-action')}")
    if csp.get("object-src") != ["'none'"]:
        problems.append(f"object-src {csp.get('object-src')}")
    expected = {
        "X-Content-Type-Options": "nosniff",
        "Cross-Origin-Opener-Policy": "same-origin",
        "Cross-Origin-Resource-Policy": "same-origin",
        "X-Frame-Options": "DENY",
    }
    for name, value in expected.items():
        if response.get(name) != value:
            problems.append(f"{name}: {response.get(name)!r}")
    if response.get("Referrer-Policy") not in STRICT_REFERRER_POLICIES:
        problems.append(f"Referrer-Policy: {response.get('Referrer-Policy')!r}")
    return problems


def test_the_crawl_finds_the_home_page_in_every_language(demo_pages):
    for code in ("ar", "zh-hans", "en", "fr", "ru", "es"):
        assert f"/{code}/" in demo_pages


def test_every_page_sends_the_security_headers(client, demo_pages):
    failures = {}
    for path in demo_pages:
        for attempt in ("built", "cached"):
            response = client.get(path)
            assert response.status_code == 200, path
            problems = header_problems(response)
            if problems:
                failures[f"{path} ({attempt})"] = problems
    assert failures == {}


def production_settings():
    """The security settings as production computes them (debug off, no overrides)."""
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("DJANGO_", "PYTEST")) and name != "DATABASE_URL"
    }
    env["DJANGO_SECRET_KEY"] = secrets.token_urlsafe(50)
    env["DJANGO_SETTINGS_MODULE"] = "cop_portal.settings"
    names = repr(PRODUCTION_SECURITY_SETTINGS)
    code = (
        "import json; from django.conf import settings; "
        f"print(json.dumps({{name: getattr(settings, name) for name in {names}}}))"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(completed.stdout)


def test_production_settings_turn_on_https_and_hsts():
    production = production_settings()
    assert production["SECURE_HSTS_SECONDS"] >= 31536000
    assert production["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True
    assert production["SECURE_HSTS_PRELOAD"] is True
    assert production["SECURE_SSL_REDIRECT"] is True
    assert production["SESSION_COOKIE_SECURE"] is True
    assert production["CSRF_COOKIE_SECURE"] is True


def test_every_page_sends_hsts_with_production_settings(settings, demo_pages):
    for name, value in production_settings().items():
        setattr(settings, name, tuple(value) if isinstance(value, list) else value)
    client = Client()  # SecurityMiddleware reads its settings when the stack is built
    failures = {}
    for path in demo_pages:
        plain = client.get(path)
        if plain.status_code != 301 or plain["Location"] != f"https://testserver{path}":
            failures[f"{path} over http"] = (plain.status_code, plain.get("Location"))
        secure = client.get(path, secure=True)
        hsts = secure.get("Strict-Transport-Security")
        if secure.status_code != 200 or hsts != "max-age=31536000; includeSubDomains; preload":
            failures[f"{path} over https"] = (secure.status_code, hsts)
        if header_problems(secure):
            failures[f"{path} headers"] = header_problems(secure)
    assert failures == {}
