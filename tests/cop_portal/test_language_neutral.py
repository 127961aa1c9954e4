"""The sitemap and robots.txt are the same in every language: one cached copy each."""

import pytest

from tests.news.factories import NewsItemFactory

pytestmark = pytest.mark.django_db

NEUTRAL = ["/sitemap.xml", "/sitemap-news.xml", "/robots.txt"]


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300


@pytest.mark.parametrize("path", NEUTRAL)
def test_stored_once_whatever_the_visitors_language(client, path):
    first = client.get(path, HTTP_ACCEPT_LANGUAGE="ar")
    assert first.status_code == 200
    assert not first.has_header("Vary")
    assert not first.has_header("Content-Language")
    assert "public" in first["Cache-Control"]
    assert first["X-Cache"] == "miss"
    again = client.get(path, HTTP_ACCEPT_LANGUAGE="zh-hans")
    assert again["X-Cache"] == "hit"
    assert again.content == first.content


def test_a_published_item_is_in_the_stored_sitemap_after_its_commit(client, committed):
    client.get("/sitemap-news.xml")
    with committed():
        item = NewsItemFactory()
    response = client.get("/sitemap-news.xml")
    assert response["X-Cache"] == "miss"
    assert item.get_absolute_url()[3:] in response.content.decode()


@pytest.mark.parametrize("path", ["/sitemap-nope.xml", "/sitemap-news.xml?p=99"])
def test_a_missing_sitemap_page_keeps_varying_on_language(client, path):
    """The 404 page is in the visitor's language."""
    response = client.get(path, HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 404
    assert "Accept-Language" in response["Vary"]
    assert "X-Cache" not in response


def test_language_pages_still_say_their_language(client):
    response = client.get("/fr/news/")
    assert response["Content-Language"] == "fr"
