"""iCalendar and RSS, parsed back as calendar apps and feed readers would."""

import zoneinfo
from datetime import date, datetime, timedelta

import feedparser
import icalendar
import pytest
from django.core.cache import cache

from events.ical import vtimezone
from events.models import Event, EventStatus
from tests.events.factories import SUMMIT, SUMMIT_TITLES, EventFactory, TimedEventFactory, at

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fixed_today")]


def parse_ics(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def vevents(calendar):
    return {str(component["UID"]): component for component in calendar.walk("VEVENT")}


def test_one_timed_event_ics_has_every_field(client):
    event = TimedEventFactory(
        slug="council",
        title_en="Council meeting",
        title_fr="Réunion du Conseil",
        summary_en="Member States meet.",
        summary_fr="Les États Membres se réunissent.",
        description_fr="<p>Ordre du jour &amp; documents.</p>",
        venue_fr="Salle 1",
        city_fr="Genève",
    )
    response = client.get("/fr/events/council.ics")
    assert response["Content-Disposition"] == 'attachment; filename="council.ics"'
    calendar = parse_ics(response)
    assert calendar["VERSION"] == "2.0"
    assert calendar["METHOD"] == "PUBLISH"
    assert str(calendar["PRODID"]).startswith("-//COP Portal//")
    (component,) = calendar.walk("VEVENT")

    assert str(component["UID"]) == f"{event.uid}@cop-portal-events"
    assert component["SEQUENCE"] == 0
    assert component["DTSTAMP"].dt == event.updated_at
    # The event's own zone, with a VTIMEZONE that describes it.
    start, end = component["DTSTART"], component["DTEND"]
    assert start.params["TZID"] == "Europe/Zurich"
    assert start.dt == datetime(2030, 2, 21, 14, 0, tzinfo=zoneinfo.ZoneInfo("Europe/Zurich"))
    assert end.dt == datetime(2030, 2, 21, 17, 0, tzinfo=zoneinfo.ZoneInfo("Europe/Zurich"))
    assert [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")] == ["Europe/Zurich"]
    assert start.dt.utcoffset() == timedelta(hours=1)
    # Texts in the feed's language.
    assert str(component["SUMMARY"]) == "Réunion du Conseil"
    assert component["SUMMARY"].params["LANGUAGE"] == "fr"
    assert str(component["DESCRIPTION"]) == (
        "Les États Membres se réunissent.\n\nOrdre du jour & documents.\n\n"
        "http://testserver/fr/events/council/"
    )
    assert str(component["LOCATION"]) == "Salle 1, Genève, Suisse"
    assert str(component["URL"]) == "http://testserver/fr/events/council/"
    assert str(component["STATUS"]) == "CONFIRMED"


def test_all_day_events_are_dates_with_an_exclusive_end(client):
    EventFactory(slug="forum", start_date=date(2030, 4, 22), end_date=date(2030, 4, 26))
    EventFactory(slug="day", start_date=date(2030, 2, 11), end_date=date(2030, 2, 11))
    (forum,) = parse_ics(client.get("/en/events/forum.ics")).walk("VEVENT")
    assert forum["DTSTART"].dt == date(2030, 4, 22)
    assert not isinstance(forum["DTSTART"].dt, datetime)
    assert forum["DTSTART"].params["VALUE"] == "DATE"
    assert forum["DTEND"].dt == date(2030, 4, 27)
    (day,) = parse_ics(client.get("/en/events/day.ics")).walk("VEVENT")
    assert (day["DTSTART"].dt, day["DTEND"].dt) == (date(2030, 2, 11), date(2030, 2, 12))
    assert parse_ics(client.get("/en/events/day.ics")).walk("VTIMEZONE") == []


def test_cancelled_and_postponed_events_say_so(client):
    EventFactory(slug="off", title_en="Panel", status=EventStatus.CANCELLED)
    EventFactory(slug="later", title_en="Summit", status=EventStatus.POSTPONED)
    (off,) = parse_ics(client.get("/en/events/off.ics")).walk("VEVENT")
    (later,) = parse_ics(client.get("/en/events/later.ics")).walk("VEVENT")
    assert str(off["STATUS"]) == "CANCELLED"
    assert str(off["SUMMARY"]) == "Cancelled: Panel"
    assert str(later["STATUS"]) == "TENTATIVE"
    assert str(later["SUMMARY"]) == "Postponed: Summit"
    assert "New dates will be announced" in str(later["DESCRIPTION"])


def test_uid_is_stable_and_sequence_grows_when_the_event_changes(client, committed):
    event = TimedEventFactory(slug="council")
    first = parse_ics(client.get("/en/events/feed.ics"))
    uid = f"{event.uid}@cop-portal-events"
    assert vevents(first)[uid]["SEQUENCE"] == 0

    with committed():
        event = Event.objects.get(pk=event.pk)
        event.starts_at = at(2030, 2, 21, 15, 0)
        event.ends_at = at(2030, 2, 21, 18, 0)
        event.save()
        event = Event.objects.get(pk=event.pk)
        event.status = EventStatus.CANCELLED
        event.save()

    second = vevents(parse_ics(client.get("/en/events/feed.ics")))
    assert list(second) == [uid]
    assert second[uid]["SEQUENCE"] == 2
    assert second[uid]["DTSTART"].dt.hour == 15
    assert str(second[uid]["STATUS"]) == "CANCELLED"
    # The same event in another language's feed has the same identity.
    assert list(vevents(parse_ics(client.get("/ar/events/feed.ics")))) == [uid]


def test_subscription_holds_upcoming_and_last_years_events_only(client):
    EventFactory(slug="next-month", start_date=date(2030, 4, 1))
    EventFactory(slug="last-summer", start_date=date(2029, 7, 1))
    EventFactory(slug="long-ago", start_date=date(2027, 7, 1))
    EventFactory(slug="draft", start_date=date(2030, 4, 1), published=False)
    calendar = parse_ics(client.get("/en/events/feed.ics"))
    urls = sorted(str(component["URL"]) for component in calendar.walk("VEVENT"))
    assert urls == [
        "http://testserver/en/events/last-summer/",
        "http://testserver/en/events/next-month/",
    ]
    assert str(calendar["X-WR-CALNAME"]) == "Child Online Protection events"
    assert calendar["REFRESH-INTERVAL"].dt == timedelta(hours=6)


def test_feed_has_one_vtimezone_per_zone_used(client):
    TimedEventFactory(slug="geneva-1")
    TimedEventFactory(slug="geneva-2", starts_at=at(2030, 7, 1, 9), ends_at=at(2030, 7, 1, 10))
    TimedEventFactory(
        slug="kampala",
        zone="Africa/Kampala",
        local_start=(2030, 5, 1, 9),
        local_end=(2030, 5, 3, 16),
    )
    calendar = parse_ics(client.get("/en/events/feed.ics"))
    zones = sorted(str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE"))
    assert zones == ["Africa/Kampala", "Europe/Zurich"]
    summer = next(c for c in calendar.walk("VEVENT") if "geneva-2" in str(c["URL"]))
    # The VTIMEZONE gives calendar apps summer time: 09:00 CEST is 07:00 UTC.
    assert summer["DTSTART"].dt.astimezone(zoneinfo.ZoneInfo("UTC")).hour == 7


def test_feed_vtimezones_are_built_once_and_come_in_a_stable_order(client):
    """A VTIMEZONE costs tens of milliseconds to build: later requests reuse it. The
    same events give the same file, whatever order the zones were met in."""
    vtimezone.cache_clear()
    for slug, zone in (("manila", "Asia/Manila"), ("kampala", "Africa/Kampala")):
        TimedEventFactory(
            slug=slug, zone=zone, local_start=(2030, 5, 1, 9), local_end=(2030, 5, 1, 16)
        )
    first = client.get("/en/events/feed.ics").content
    cache.clear()  # built again, not served from the page cache
    second = client.get("/en/events/feed.ics").content
    assert vtimezone.cache_info().misses == 2
    assert vtimezone.cache_info().hits >= 2
    zones = [str(zone["TZID"]) for zone in icalendar.Calendar.from_ical(first).walk("VTIMEZONE")]
    assert zones == ["Africa/Kampala", "Asia/Manila"]
    without_stamps = [
        b"\n".join(line for line in body.splitlines() if not line.startswith(b"DTSTAMP"))
        for body in (first, second)
    ]
    assert without_stamps[0] == without_stamps[1]


def test_feed_text_follows_the_feed_language(client, language):
    EventFactory(slug="multi", **SUMMIT_TITLES)
    (component,) = parse_ics(client.get(f"/{language}/events/feed.ics")).walk("VEVENT")
    assert str(component["SUMMARY"]) == SUMMIT[language]
    hreflang = {"zh-hans": "zh-Hans"}.get(language, language)
    assert component["SUMMARY"].params["LANGUAGE"] == hreflang
    assert str(component["URL"]) == f"http://testserver/{language}/events/multi/"


def test_a_fallback_title_in_the_feed_is_marked_english(client):
    EventFactory(slug="english", title_en="Only English")
    (component,) = parse_ics(client.get("/ru/events/feed.ics")).walk("VEVENT")
    assert str(component["SUMMARY"]) == "Only English"
    assert component["SUMMARY"].params["LANGUAGE"] == "en"


def test_rss_is_valid_and_lists_upcoming_events(client, language):
    EventFactory(slug="past", title_en="Past", start_date=date(2029, 1, 1))
    EventFactory(slug="soon", title_en="Soon", start_date=date(2030, 3, 4))
    cancelled = TimedEventFactory(
        slug="off",
        title_en="Off",
        status=EventStatus.CANCELLED,
        starts_at=at(2030, 3, 2, 10),
        ends_at=at(2030, 3, 2, 11),
    )
    EventFactory(slug="draft", title_en="Draft", start_date=date(2030, 3, 4), published=False)

    response = client.get(f"/{language}/events/rss/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    feed = feedparser.parse(response.content)
    assert feed.bozo is False, feed.get("bozo_exception")
    assert feed.version == "rss20"
    hreflang = {"zh-hans": "zh-Hans"}.get(language, language)
    assert feed.feed.language == hreflang
    assert feed.feed.link == f"http://testserver/{language}/events/"
    assert [entry.link for entry in feed.entries] == [
        f"http://testserver/{language}/events/off/",
        f"http://testserver/{language}/events/soon/",
    ]
    first = feed.entries[0]
    assert first.id == f"urn:uuid:{cancelled.uid}"
    assert first.guidislink is False
    assert "Off" in first.title
    assert "UTC+1" in first.summary


def test_rss_item_identity_survives_edits(client, committed):
    event = EventFactory(slug="soon", start_date=date(2030, 3, 4))
    before = feedparser.parse(client.get("/en/events/rss/").content).entries[0].id
    event = Event.objects.get(pk=event.pk)
    event.title_en = "Renamed"
    event.start_date = event.end_date = date(2030, 3, 5)
    with committed():
        event.save()
    after = feedparser.parse(client.get("/en/events/rss/").content).entries[0]
    assert after.id == before
    assert after.title == "Renamed"
