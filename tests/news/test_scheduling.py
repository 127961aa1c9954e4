"""A scheduled item appears by itself at its time, everywhere at once, with no job."""

import datetime

import feedparser
import pytest
import time_machine

from news.sitemaps import NewsSitemap
from tests.news.factories import NewsItemFactory

pytestmark = pytest.mark.django_db

# Safer Internet Day 2031, 08:00 in Geneva.
PUBLISH_AT = datetime.datetime(2031, 2, 11, 7, 0, tzinfo=datetime.UTC)


def what_the_public_sees(client, slug):
    rss = feedparser.parse(client.get("/fr/news/rss/").content)
    atom = feedparser.parse(client.get("/fr/news/tag/awareness/atom/").content)
    return {
        "detail": client.get(f"/fr/news/{slug}/").status_code,
        "tag page": client.get("/fr/news/tag/awareness/").status_code,
        "index": "Journée pour un Internet plus sûr" in client.get("/fr/news/").content.decode(),
        "home": "Journée pour un Internet plus sûr" in client.get("/fr/").content.decode(),
        "year": client.get("/fr/news/2031/").status_code,
        "rss": [entry.title for entry in rss.entries],
        "tag atom": [entry.title for entry in atom.entries],
        "sitemap": [item.slug for item in NewsSitemap().items()],
    }


def test_scheduled_item_is_invisible_before_and_visible_after(client):
    with time_machine.travel(datetime.datetime(2031, 2, 1, tzinfo=datetime.UTC), tick=False):
        item = NewsItemFactory(
            slug="safer-internet-day-2031",
            title_fr="Journée pour un Internet plus sûr",
            summary_fr="Résumé",
            published_at=PUBLISH_AT,
            tags=["awareness"],
        )

    with time_machine.travel(PUBLISH_AT - datetime.timedelta(seconds=1), tick=False):
        assert what_the_public_sees(client, item.slug) == {
            "detail": 404,
            "tag page": 404,
            "index": False,
            "home": False,
            "year": 404,
            "rss": [],
            "tag atom": [],
            "sitemap": [],
        }

    with time_machine.travel(PUBLISH_AT, tick=False):
        assert what_the_public_sees(client, item.slug) == {
            "detail": 200,
            "tag page": 200,
            "index": True,
            "home": True,
            "year": 200,
            "rss": ["Journée pour un Internet plus sûr"],
            "tag atom": ["Journée pour un Internet plus sûr"],
            "sitemap": [item.slug],
        }
