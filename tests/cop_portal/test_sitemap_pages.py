"""Sitemap sections split into files of ``PortalSitemap.limit`` URLs (``?p=2`` and on),
each file read from its own items; the index counts and asks one latest date."""

from urllib.parse import urlsplit
from xml.etree import ElementTree

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cop_portal.sitemaps import PortalSitemap
from news.models import NewsItem
from news.sitemaps import NewsSitemap
from tests.news.factories import PAST, NewsItemFactory

pytestmark = pytest.mark.django_db

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def xml(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return ElementTree.fromstring(response.content)


def index_paths(client):
    return [
        urlsplit(loc.text).path
        + (f"?{urlsplit(loc.text).query}" if urlsplit(loc.text).query else "")
        for loc in xml(client, "/sitemap.xml").findall("sm:sitemap/sm:loc", NS)
    ]


def locations(client, path):
    return [loc.text for loc in xml(client, path).findall("sm:url/sm:loc", NS)]


def news_pages(client):
    return [path for path in index_paths(client) if path.startswith("/sitemap-news.xml")]


@pytest.fixture(autouse=True)
def built_every_time(settings):
    """Each request builds the sitemap (the page cache would keep the first answer)."""
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture
def seven_items():
    return NewsItemFactory.create_batch(7)


def test_a_section_within_the_limit_is_one_file(client, seven_items):
    assert PortalSitemap.limit >= 7 * 6
    assert news_pages(client) == ["/sitemap-news.xml"]
    assert len(locations(client, "/sitemap-news.xml")) == 7 * 6


@pytest.mark.parametrize("limit", [12, 10])  # whole items per file, and items cut across two
def test_the_index_lists_every_file_of_a_longer_section(client, seven_items, monkeypatch, limit):
    whole = locations(client, "/sitemap-news.xml")
    monkeypatch.setattr(PortalSitemap, "limit", limit)
    pages = -(-7 * 6 // limit)
    assert news_pages(client) == ["/sitemap-news.xml"] + [
        f"/sitemap-news.xml?p={number}" for number in range(2, pages + 1)
    ]
    files = [locations(client, path) for path in news_pages(client)]
    assert [len(urls) for urls in files[:-1]] == [limit] * (pages - 1)
    # The files together are the whole section in its order: nothing skipped or repeated.
    assert [url for urls in files for url in urls] == whole
    assert client.get(f"/sitemap-news.xml?p={pages + 1}").status_code == 404


@pytest.mark.parametrize("page", ["bad", "0", "-1", "1.5", "999", "", "1e3", "9" * 30])
def test_pages_that_are_not_there_answer_404(client, seven_items, monkeypatch, page):
    monkeypatch.setattr(PortalSitemap, "limit", 12)
    assert client.get(f"/sitemap-news.xml?p={page}").status_code == 404


def test_the_first_page_of_an_empty_section_is_an_empty_file(client):
    assert NewsItem.objects.count() == 0
    assert locations(client, "/sitemap-news.xml") == []
    assert client.get("/sitemap-news.xml?p=2").status_code == 404


def test_a_file_reads_only_its_items(client, monkeypatch):
    """One query for the file whatever the section's size, and no more items than the
    file lists."""
    monkeypatch.setattr(PortalSitemap, "limit", 12)
    counts = []
    for batch in (5, 45):
        NewsItemFactory.create_batch(batch)
        client.get("/sitemap-news.xml?p=2")  # warm-up
        with CaptureQueriesContext(connection) as queries:
            assert len(locations(client, "/sitemap-news.xml?p=2")) == 12
        counts.append(len(queries))
        (sql,) = [query["sql"] for query in queries.captured_queries]
        assert "LIMIT 2 OFFSET 2" in sql
    assert counts == [1, 1]


def test_the_index_costs_the_same_with_more_items(client, monkeypatch):
    monkeypatch.setattr(PortalSitemap, "limit", 12)
    counts = []
    for batch in (5, 45):
        NewsItemFactory.create_batch(batch)
        client.get("/sitemap.xml")
        with CaptureQueriesContext(connection) as queries:
            client.get("/sitemap.xml")
        counts.append(len(queries))
    assert counts[0] == counts[1]
    assert len(news_pages(client)) == 50 * 6 // 12


def test_the_index_gives_a_section_the_latest_date_of_its_items(client, seven_items):
    """The latest of publication and change, as each item's own <lastmod> says, asked of
    the database in one value."""

    def section_date():
        index = xml(client, "/sitemap.xml")
        for entry in index.findall("sm:sitemap", NS):
            if urlsplit(entry.find("sm:loc", NS).text).path == "/sitemap-news.xml":
                return entry.find("sm:lastmod", NS).text
        raise AssertionError("no news section")

    NewsItem.objects.update(updated_at=PAST)
    newest = max(item.published_at for item in seven_items)
    assert section_date() == newest.isoformat()
    NewsItem.objects.filter(pk=seven_items[2].pk).update(updated_at=PAST.replace(year=2024))
    assert section_date() == PAST.replace(year=2024).isoformat()
    sitemap = NewsSitemap()
    assert section_date() == max(sitemap.lastmod(item) for item in sitemap.items()).isoformat()
