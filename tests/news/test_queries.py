"""News pages and feeds cost the same number of queries with 3 and with 30 items."""

import pytest

from cop_portal.page_cache import prime_versions
from tests.news.factories import NewsItemFactory

pytestmark = pytest.mark.django_db


def make_tagged(n):
    for _ in range(n):
        NewsItemFactory(tags=["privacy", "mobile"])


@pytest.mark.parametrize(
    ("url", "budget"),
    [
        ("/en/news/", 4),  # count, page of items, their tags, the years
        ("/fr/news/?page=1", 4),
        ("/ar/news/tag/privacy/", 5),  # tag, its public use, count, items, tags
        ("/en/news/2020/", 5),  # as the index, and whether the year has any
        ("/zh-hans/news/rss/", 2),  # items, their tags
        ("/ru/news/atom/", 2),
        ("/es/news/tag/privacy/rss/", 4),  # tag, its public use, items, tags
        ("/en/news/tag/privacy/atom/", 4),
        # The whole home page (every app's section); news adds one query to it.
        ("/en/", 8),
    ],
)
def test_query_budget(query_budget, url, budget):
    query_budget(url, make=make_tagged, budget=budget)


def test_detail_query_budget(client, django_assert_max_num_queries):
    item = NewsItemFactory(tags=["privacy"])
    NewsItemFactory.create_batch(10, tags=["privacy"])
    prime_versions()  # the page cache's versions are made once, not per page
    with django_assert_max_num_queries(5):  # item, its tags, partners, events, related news
        assert client.get(f"/en/news/{item.slug}/").status_code == 200


def test_home_section_costs_one_query(django_assert_num_queries, rf):
    from django.apps import apps

    NewsItemFactory.create_batch(5, tags=["privacy"])
    with django_assert_num_queries(1):
        section = apps.get_app_config("news").home_section(rf.get("/en/"))
    assert len(section["news_items"]) == 3
