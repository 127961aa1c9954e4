"""A change to a page rebuilds the pages that show it (that page in each language, the
site map) and no other: the footer links to the pages without reading them."""

import pytest

from cop_portal.page_cache import prime_versions
from cop_portal.pages.models import Page
from tests.pages.helpers import page

pytestmark = pytest.mark.django_db

SHOWN = ["/en/about/", "/fr/about/", "/en/sitemap/"]
NOT_SHOWN = ["/en/", "/en/privacy/", "/ar/join/", "/en/news/", "/en/guidelines/", "/en/search/"]


@pytest.fixture
def cached(client, settings):
    settings.PAGE_CACHE_SECONDS = 300
    prime_versions()
    for url in SHOWN + NOT_SHOWN:
        assert client.get(url).status_code == 200, url
        assert client.get(url)["X-Cache"] == "hit", url


def x_cache(client, urls):
    return {url: client.get(url)["X-Cache"] for url in urls}


def test_an_edit_rebuilds_the_page_and_the_site_map_only(client, committed, cached):
    about = page("about")
    with committed():
        about.title_en = "A renamed about page"
        about.title_fr = "Une page renommée"
        about.save()

    assert x_cache(client, NOT_SHOWN) == dict.fromkeys(NOT_SHOWN, "hit")
    assert x_cache(client, SHOWN) == dict.fromkeys(SHOWN, "miss")
    assert "<h1>A renamed about page</h1>" in client.get("/en/about/").content.decode()
    assert "<h1>Une page renommée</h1>" in client.get("/fr/about/").content.decode()
    assert ">A renamed about page</a>" in client.get("/en/sitemap/").content.decode()


def test_taking_a_page_off_line_is_served_at_once(client, committed, cached):
    with committed():
        for obj in Page.objects.filter(key="about"):
            obj.published = False
            obj.save()

    assert client.get("/en/about/").status_code == 404
    assert client.get("/fr/about/").status_code == 404
    assert 'href="/en/about/">About the Child' not in client.get("/en/sitemap/").content.decode()
    assert x_cache(client, NOT_SHOWN) == dict.fromkeys(NOT_SHOWN, "hit")


def test_a_change_elsewhere_leaves_the_pages_cached(client, committed, cached):
    from tests.news.factories import NewsItemFactory

    with committed():
        NewsItemFactory(title_en="Fresh news")

    assert x_cache(client, ["/en/about/", "/fr/about/", "/en/privacy/"]) == dict.fromkeys(
        ["/en/about/", "/fr/about/", "/en/privacy/"], "hit"
    )
