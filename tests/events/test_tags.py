"""Event tags have names in six languages (events.EventTag): the event page, the
calendar's tag filter, the RSS categories, the admin, and the migration from taggit."""

from datetime import date

import feedparser
import pytest

from events.models import Event
from tests.events.factories import EventFactory, event_tag
from tests.factories import PRIVACY_NAMES, privacy_name

pytestmark = pytest.mark.django_db


@pytest.fixture
def tagged_event():
    event_tag("privacy", **PRIVACY_NAMES)
    return EventFactory(slug="tagged", start_date=date(2030, 3, 20), tags=["privacy", "hotlines"])


def test_event_page_names_its_tags_in_the_readers_language(client, language, tagged_event):
    page = client.get(f"/{language}/events/tagged/").content.decode()
    assert f'<a href="/{language}/events/?tag=privacy">{privacy_name(language)}</a>' in page
    # No name in this language yet: English, marked as such.
    if language != "en":
        assert f'<a href="/{language}/events/?tag=hotlines"><span lang="en" dir="ltr">' in page


def test_calendar_filter_offers_tags_in_the_readers_language(client, tagged_event):
    page = client.get("/ru/events/").content.decode()
    assert '<option value="privacy">конфиденциальность</option>' in page
    filtered = client.get("/ru/events/", {"tag": "privacy"})
    assert filtered.status_code == 200
    assert 'href="/ru/events/tagged/"' in filtered.content.decode()


def test_rss_categories_are_in_the_feeds_language(client, tagged_event):
    feed = feedparser.parse(client.get("/es/events/rss/").content)
    assert not feed.bozo, feed.bozo_exception
    assert "privacidad" in [tag.term for tag in feed.entries[0].tags]


def test_tags_come_in_slug_order_also_when_prefetched():
    """Pages and feeds list an event's tags in one order, whatever the database's
    physical order (a restored copy must serve the same feed)."""
    event = EventFactory(slug="ordered", tags=["youth", "africa", "parents"])
    prefetched = Event.objects.with_related().get(pk=event.pk)
    assert [tag.slug for tag in prefetched.tags.all()] == ["africa", "parents", "youth"]
    assert [tag.slug for tag in event.tags.all()] == ["africa", "parents", "youth"]
