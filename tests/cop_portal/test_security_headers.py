"""The security headers baseline on every page the crawl finds (tests/discovery.py).

The pages are those of the demo portal under gunicorn (``demo_portal``), one per URL
pattern and language, plus every URL in the sitemap once there is one. Each page is
fetched twice, so a freshly built page and the page cache's copy are both checked. HSTS
is checked on a second server in production settings (HTTPS on), reached as the load
balancer does: plain HTTP with ``X-Forwarded-Proto: https``.
"""

import http.client
import re

import pytest
from django.conf import settings

from tests.portal_server import PortalServer

STRICT_REFERRER_POLICIES = {
    "no-referrer",
    "same-origin",
    "strict-origin",
    "strict-origin-when-cross-origin",
}
HSTS = "max-age=31536000; includeSubDomains; preload"


def get(server, path, **headers):
    connection = http.client.HTTPConnection(server.host, server.port, timeout=30)
    try:
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        response.body = response.read()
        return response
    finally:
        connection.close()


@pytest.fixture(scope="module")
def demo_paths(demo_discovery):
    assert demo_discovery.broken == [], "internal links that do not answer"
    paths = [page.path for page in demo_discovery.pages] + demo_discovery.sitemap_paths
    return list(dict.fromkeys(paths))


@pytest.fixture(scope="module")
def demo_responses(demo_portal, demo_paths):
    """Every page fetched twice: as freshly built, then from the page cache."""
    return {path: (get(demo_portal, path), get(demo_portal, path)) for path in demo_paths}


@pytest.fixture(scope="module")
def https_portal(demo_portal, tmp_path_factory):
    """The same portal and database in production settings: HTTPS redirect and HSTS on."""
    log = tmp_path_factory.mktemp("https-portal") / "gunicorn.log"
    with PortalServer(
        demo_portal.database_url,
        settings.STATIC_ROOT,
        log,
        DJANGO_HTTPS="true",
        DJANGO_ALLOWED_HOSTS="portal.example.org,127.0.0.1",
        GUNICORN_WORKERS=1,
    ) as server:
        yield server


def parse_csp(header):
    directives = {}
    for directive in filter(str.strip, (header or "").split(";")):
        name, *values = directive.split()
        directives[name.lower()] = values
    return directives


def header_problems(response):
    problems = []
    csp = parse_csp(response.getheader("Content-Security-Policy"))
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
        if response.getheader(name) != value:
            problems.append(f"{name}: {response.getheader(name)!r}")
    if response.getheader("Referrer-Policy") not in STRICT_REFERRER_POLICIES:
        problems.append(f"Referrer-Policy: {response.getheader('Referrer-Policy')!r}")
    return problems


def test_the_crawl_finds_the_home_page_in_every_language(demo_paths):
    for code, _name in settings.LANGUAGES:
        assert f"/{code}/" in demo_paths


def test_every_page_sends_the_security_headers(demo_responses):
    failures = {}
    for path, responses in demo_responses.items():
        for attempt, response in zip(("first", "repeat"), responses, strict=True):
            problems = header_problems(response)
            if response.status != 200:
                problems.append(f"status {response.status}")
            if problems:
                failures[f"{path} ({attempt})"] = problems
    assert failures == {}


def test_production_redirects_to_https_and_sends_hsts_on_every_page(https_portal, demo_paths):
    failures = {}
    for path in demo_paths:
        plain = get(https_portal, path, Host="portal.example.org")
        if (
            plain.status != 301
            or plain.getheader("Location") != f"https://portal.example.org{path}"
        ):
            failures[f"{path} over http"] = (plain.status, plain.getheader("Location"))
        secure = get(
            https_portal, path, Host="portal.example.org", **{"X-Forwarded-Proto": "https"}
        )
        problems = header_problems(secure)
        if secure.status != 200:
            problems.append(f"status {secure.status}")
        if secure.getheader("Strict-Transport-Security") != HSTS:
            problems.append(f"HSTS {secure.getheader('Strict-Transport-Security')!r}")
        if problems:
            failures[f"{path} over https"] = problems
    assert failures == {}


def test_the_health_check_stays_reachable_over_plain_http(https_portal):
    """The load balancer probes /healthz without TLS."""
    response = get(https_portal, "/healthz", Host="portal.example.org")
    assert response.status == 200


def test_anonymous_pages_set_no_cookie_and_do_not_vary_on_it(demo_responses):
    """What makes them cacheable per URL; only a page with a POST form may need a CSRF
    cookie (and is then not cached). Both the freshly built page and the cached one."""
    failures = {}
    for path, responses in demo_responses.items():
        for response in responses:
            if re.search(rb"<form[^>]*method=[\"']?post", response.body, re.IGNORECASE):
                continue
            vary = response.getheader("Vary") or ""
            if response.getheader("Set-Cookie") or "cookie" in vary.lower():
                failures[path] = (response.getheader("Set-Cookie"), vary)
    assert failures == {}
