"""/sitemap.xml, its sections and /robots.txt."""

from urllib.parse import urlsplit
from xml.etree import ElementTree

import pytest
from django.conf import settings
from django.utils import translation

from cop_portal.context_processors import _navigation
from cop_portal.languages import PORTAL_LANGUAGES
from cop_portal.sitemaps import portal_sitemaps

pytestmark = pytest.mark.django_db

NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
}
HREFLANGS = {language.hreflang for language in PORTAL_LANGUAGES}


def get_xml(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "application/xml"
    return ElementTree.fromstring(response.content)


def sitemap_urls(client):
    """Every <url> of every section the index lists, as (loc, {hreflang: href})."""
    index = get_xml(client, "/sitemap.xml")
    assert index.tag == f"{{{NS['sm']}}}sitemapindex"
    urls = []
    for loc in index.findall("sm:sitemap/sm:loc", NS):
        section = get_xml(
            client,
            urlsplit(loc.text).path
            + (f"?{urlsplit(loc.text).query}" if urlsplit(loc.text).query else ""),
        )
        assert section.tag == f"{{{NS['sm']}}}urlset"
        for url in section.findall("sm:url", NS):
            alternates = {
                link.get("hreflang"): link.get("href")
                for link in url.findall("xhtml:link", NS)
                if link.get("rel") == "alternate"
            }
            urls.append((url.find("sm:loc", NS).text, alternates))
    return urls


def test_index_lists_every_section(client):
    index = get_xml(client, "/sitemap.xml")
    locations = [loc.text for loc in index.findall("sm:sitemap/sm:loc", NS)]
    assert locations[0] == "http://testserver/sitemap-home.xml"
    assert [urlsplit(loc).path for loc in locations] == [
        f"/sitemap-{section}.xml" for section in portal_sitemaps()
    ]


def test_every_page_in_every_language_with_complete_alternates(client):
    urls = sitemap_urls(client)
    locations = [loc for loc, _alternates in urls]
    assert len(locations) == len(set(locations))
    pages = {}
    for loc, alternates in urls:
        language = urlsplit(loc).path.split("/")[1]
        page = urlsplit(loc).path.split("/", 2)[2]
        pages.setdefault(page, {})[language] = (loc, alternates)
    assert "" in pages  # the home page
    for page, languages in pages.items():
        assert sorted(languages) == sorted(code for code, _name in settings.LANGUAGES), page
        for _loc, alternates in languages.values():
            assert set(alternates) == HREFLANGS | {"x-default"}
            assert alternates["x-default"] == alternates["en"]
            # The alternates are exactly the page's own entries, reciprocally.
            assert sorted(alternates[lang.hreflang] for lang in PORTAL_LANGUAGES) == sorted(
                loc for loc, _alternates in languages.values()
            )


def test_home_and_every_main_page_are_listed(client):
    paths = {urlsplit(loc).path for loc, _alternates in sitemap_urls(client)}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            main_pages = [item["url"] for item in _navigation("/")]
        assert f"/{code}/" in paths
        # Each app lists its own index page, the one the main navigation links.
        for url in main_pages:
            assert url in paths or url == f"/{code}/search/"
    # Search results are for people, not for crawlers.
    assert not any("/search/" in path for path in paths)


def test_every_listed_page_answers(client):
    for loc, _alternates in sitemap_urls(client):
        assert client.get(urlsplit(loc).path).status_code == 200, loc


def test_sitemap_uses_the_request_scheme(client):
    index = get_xml(client, "/sitemap.xml")
    assert index.find("sm:sitemap/sm:loc", NS).text.startswith("http://testserver/")
    response = client.get("/sitemap-home.xml", HTTP_X_FORWARDED_PROTO="https", secure=True)
    assert b"<loc>https://testserver/en/</loc>" in response.content


@pytest.mark.parametrize(
    "url", ["/sitemap-nothing.xml", "/sitemap-home.xml?p=2", "/sitemap-home.xml?p=x"]
)
def test_unknown_sections_and_pages_are_404(client, url):
    assert client.get(url).status_code == 404


def test_robots_txt(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[:2] == ["User-agent: *", "Disallow: /admin/"]
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    for code, _name in settings.LANGUAGES:
        assert f"Disallow: /{code}/search/" in lines
    # Nothing public is kept out.
    assert not any(line in {"Disallow: /", "Disallow: /en/"} for line in lines)
