"""The page discovery that the quality gates run over (tests/discovery.py)."""

from tests.discovery import Fetched, classify, discover, in_language, links_in

HOME = """<html><body>
<a href="/en/">home</a> <a href="#main">skip</a> <a href="mailto:someone@example.org">mail</a>
<a href="https://example.org/elsewhere/">elsewhere</a> <a href="//example.org/x">protocol</a>
<a href="http://testserver/fr/?page=2">absolute</a> <a href="relative/">relative</a>
<link rel="stylesheet" href="/static/css/portal.css"><link rel="alternate" href="/ar/">
<form method="get" action="/en/"><input name="q"></form><form method="post" action="/en/post/">
</form></body></html>"""

SITEMAP_INDEX = """<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://portal.example.org/sitemap-pages.xml</loc></sitemap>
</sitemapindex>"""

SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>https://portal.example.org/ru/</loc></url>
<url><loc>https://portal.example.org/es/?page=2</loc></url>
</urlset>"""


def fake_site(pages):
    fetched = []

    def fetch(path):
        fetched.append(path)
        if path in pages:
            content_type, text = pages[path]
            return Fetched(200, content_type, text)
        return Fetched(404, "text/html", "not found")

    fetch.fetched = fetched
    return fetch


def test_links_in_keeps_internal_links_only():
    assert links_in(HOME, "/en/", "testserver") == [
        "/en/",
        "/en/",
        "/fr/?page=2",
        "/en/relative/",
        "/ar/",
        "/en/",
    ]


def test_classify_gives_language_and_route():
    assert classify("/fr/") == ("fr", "", "home")
    assert classify("/zh-hans/?page=3") == ("zh-hans", "", "home")
    assert classify("/admin/") is None
    assert classify("/static/css/portal.css") is None
    assert classify("/en/no-such-page/") is None


def test_in_language_swaps_only_the_prefix():
    assert in_language("/en/news/some-item/?tag=x", "ar") == "/ar/news/some-item/?tag=x"
    assert in_language("/zh-hans/", "es") == "/es/"


def test_discover_keeps_one_page_per_pattern_and_language():
    html = ("text/html; charset=utf-8", HOME)
    fetch = fake_site({f"/{code}/": html for code in ("ar", "zh-hans", "en", "fr", "ru", "es")})
    discovery = discover(fetch, "testserver")
    assert sorted(page.path for page in discovery.pages) == sorted(
        ["/ar/", "/zh-hans/", "/en/", "/fr/", "/ru/", "/es/"]
    )
    assert {page.kind for page in discovery.pages} == {"home"}
    assert [page.path for page in discovery.kinds()] == ["/en/"]
    # /en/relative/ does not resolve, so it is never fetched; /fr/?page=2 is a home page.
    assert "/en/relative/" not in fetch.fetched
    assert "/fr/?page=2" not in fetch.fetched
    assert discovery.sitemap_paths == []


def test_discover_reads_the_sitemap_and_its_index():
    html = ("text/html; charset=utf-8", "<p>no links</p>")
    fetch = fake_site(
        {
            "/sitemap.xml": ("application/xml", SITEMAP_INDEX),
            "/sitemap-pages.xml": ("application/xml", SITEMAP),
            "/en/": html,
            "/ru/": html,
            "/es/?page=2": html,
        }
    )
    discovery = discover(fetch, "testserver", languages=["en", "ru", "es"])
    assert discovery.sitemap_paths == ["/ru/", "/es/?page=2"]
    assert sorted(page.path for page in discovery.pages) == ["/en/", "/es/?page=2", "/ru/"]
    # /es/ is linked from nowhere but tried as a home page: it is reported broken.
    assert discovery.broken == [("/es/", 404)]


def test_discover_does_without_a_sitemap():
    fetch = fake_site({"/en/": ("text/html", '<a href="/fr/">Français</a>')})
    discovery = discover(fetch, "testserver", languages=["en", "fr"])
    assert [page.path for page in discovery.pages] == ["/en/"]
    assert discovery.sitemap_paths == []
    assert discovery.broken == [("/fr/", 404)]
