"""The events list, year archive and event page, as a reader sees them."""

import json
import re
from datetime import date

import pytest
from django.utils import translation
from django.utils.formats import date_format

from events.models import EventKind, EventStatus, EventTag
from tests.conftest import LANGUAGE_CODES
from tests.events.factories import SUMMIT, SUMMIT_TITLES, EventFactory, TimedEventFactory
from tests.factories import UserFactory, staff_user

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fixed_today")]


def titles(html):
    return re.findall(r'class="event-item__title"><a href="[^"]+">([^<]+)</a>', html)


def test_index_lists_upcoming_events_in_order_and_links_past_years(client):
    EventFactory(title_en="Past summit", slug="past", start_date=date(2029, 5, 1))
    EventFactory(title_en="Later forum", slug="later", start_date=date(2030, 6, 1))
    EventFactory(title_en="Sooner workshop", slug="sooner", start_date=date(2030, 3, 5))
    EventFactory(title_en="Draft meeting", slug="draft", published=False)

    html = client.get("/en/events/").content.decode()

    assert titles(html) == ["Sooner workshop", "Later forum"]
    assert '<a href="/en/events/2029/">2029</a>' in html
    assert '<a href="/en/events/2030/">2030</a>' in html
    assert "Draft meeting" not in html
    assert 'href="/en/events/2030/03/"' in html


def test_index_in_each_language_shows_that_languages_text(client, language):
    EventFactory(slug="summit", **SUMMIT_TITLES)
    expected = SUMMIT[language]
    response = client.get(f"/{language}/events/")
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<a href="/{language}/events/summit/">{expected}</a>' in html
    direction = "rtl" if language == "ar" else "ltr"
    assert f'dir="{direction}"' in html.split(">", 2)[1]


def test_a_missing_translation_is_marked_as_english(client):
    EventFactory(title_en="Only in English", slug="english-only")
    html = client.get("/ru/events/").content.decode()
    assert '<span lang="en" dir="ltr">Only in English</span>' in html


def test_feeds_are_advertised_on_the_events_pages(client):
    EventFactory(slug="advertised")
    for url in ["/es/events/", "/es/events/2030/", "/es/events/2030/03/", "/es/events/advertised/"]:
        html = client.get(url).content.decode()
        assert (
            '<link rel="alternate" type="application/rss+xml" title="' in html
            and 'href="/es/events/rss/">' in html
        ), url
        assert 'type="text/calendar"' in html and 'href="/es/events/feed.ics">' in html, url


@pytest.mark.parametrize(
    "query, expected",
    [
        ("kind=summit", ["Kampala summit"]),
        ("country=UG", ["Kampala summit"]),
        ("country=ug", ["Kampala summit"]),
        ("tag=privacy", ["Geneva workshop"]),
        ("tag=no-such-tag", []),
        ("kind=summit&country=CH", []),
        ("", ["Geneva workshop", "Kampala summit"]),
    ],
)
def test_filters_by_kind_country_and_tag(client, query, expected):
    EventFactory(
        title_en="Kampala summit", slug="kampala", kind=EventKind.SUMMIT, country="UG",
        start_date=date(2030, 4, 1),
    )  # fmt: skip
    EventFactory(
        title_en="Geneva workshop", slug="geneva", kind=EventKind.WORKSHOP, country="CH",
        start_date=date(2030, 3, 20), tags=["privacy"],
    )  # fmt: skip
    response = client.get(f"/en/events/?{query}")
    assert response.status_code == 200
    assert titles(response.content.decode()) == expected


def test_filter_form_offers_only_countries_and_tags_in_use(client):
    EventFactory(slug="ug", country="UG", tags=["privacy"])
    html = client.get("/fr/events/").content.decode()
    assert '<option value="UG">Ouganda</option>' in html
    assert '<option value="CH">' not in html
    assert '<option value="privacy">privacy</option>' in html


@pytest.mark.parametrize(
    "query",
    [
        "kind=party",
        "country=XX",
        "country=Switzerland",
        "tag=%3Cscript%3E",
        "tag=" + "a" * 500,
        "country=%F0%9F%98%80",
    ],
)
@pytest.mark.parametrize("url", ["/en/events/", "/en/events/2030/", "/en/events/2030/03/"])
def test_garbage_filters_are_a_400_with_the_error_shown(client, url, query):
    EventFactory(slug="some-event")
    response = client.get(f"{url}?{query}")
    assert response.status_code == 400
    assert "This filter does not exist" in response.content.decode()


@pytest.mark.parametrize(
    "url",
    [
        "/en/events/0000/",
        "/en/events/1200/",
        "/en/events/9999/",
        "/en/events/2030/00/",
        "/en/events/2030/13/",
        "/en/events/2030/1/",
        "/en/events/2030/001/",
        "/en/events/99999/01/",
        "/en/events/2030/02/30/",
        "/en/events/no-such-event/",
        "/en/events/no-such-event.ics",
        "/en/events/-/",
        "/en/events/a.b/",
        "/en/events/draft/",
        "/en/events/draft.ics",
        "/en/events/2031/",
        "/en/events/?page=999",
        "/en/events/?page=abc",
        "/xx/events/",
    ],
)
def test_impossible_or_unknown_paths_are_404(client, url):
    EventFactory(slug="draft", published=False)
    EventFactory(slug="published")
    assert client.get(url).status_code == 404


def test_year_archive_groups_events_by_month_with_links_to_the_grid(client):
    EventFactory(
        title_en="Spring", slug="spring", start_date=date(2030, 4, 22), end_date=date(2030, 4, 26)
    )
    EventFactory(
        title_en="Winter", slug="winter", start_date=date(2029, 12, 30), end_date=date(2030, 1, 2)
    )
    EventFactory(title_en="Other year", slug="other", start_date=date(2028, 1, 1))
    html = client.get("/en/events/2030/").content.decode()
    assert titles(html) == ["Winter", "Spring"]
    assert '<h2 id="month-1"><a href="/en/events/2030/01/">January 2030</a></h2>' in html
    assert '<h2 id="month-4"><a href="/en/events/2030/04/">April 2030</a></h2>' in html
    assert 'rel="prev" href="/en/events/2029/"' in html
    assert "Other year" not in html


def test_event_page_shows_time_in_the_events_zone_with_its_offset(client):
    TimedEventFactory(title_en="Council meeting", slug="council")
    html = client.get("/en/events/council/").content.decode()
    assert (
        '<time datetime="2030-02-21T14:00+01:00">Thursday, Feb. 21, 2030, 14:00</time> – '
        '<time datetime="2030-02-21T17:00+01:00">17:00</time> '
        '<span class="time-zone" dir="ltr">CET (UTC+1)</span>'
    ) in html
    assert "Local time at the event (Europe/Zurich)." in html


# A zone's letters in summer time, or its offset where the zone has no letters.
@pytest.mark.parametrize(
    ("zone", "label"),
    [
        ("Europe/Zurich", "CEST (UTC+2)"),
        ("Asia/Dubai", '<span class="time-zone" dir="ltr">(UTC+4)</span>'),
        ("Asia/Kolkata", "IST (UTC+5:30)"),
    ],
)
def test_summer_time_and_zones_without_letters_are_labelled_by_offset(client, zone, label):
    TimedEventFactory(
        slug="july", zone=zone, local_start=(2030, 7, 1, 9), local_end=(2030, 7, 1, 10)
    )
    assert label in client.get("/en/events/july/").content.decode()


def test_event_page_in_each_language_dates_in_that_language(client, language):
    EventFactory(slug="days", start_date=date(2030, 4, 22), end_date=date(2030, 4, 26))
    html = client.get(f"/{language}/events/days/").content.decode()
    with translation.override(language):
        first, last = (
            date_format(day, "DATE_FORMAT") for day in (date(2030, 4, 22), date(2030, 4, 26))
        )
    assert first in html and last in html
    assert {"en": "April", "fr": "avril", "es": "abril", "ru": "апреля"}.get(language, "") in html
    assert '<time datetime="2030-04-22">' in html and '<time datetime="2030-04-26">' in html


@pytest.mark.parametrize(
    "status, note",
    [
        (EventStatus.POSTPONED, "This event has been postponed. New dates will be announced"),
        (EventStatus.CANCELLED, "This event has been cancelled."),
        (EventStatus.RESCHEDULED, "This event has been rescheduled"),
        (EventStatus.MOVED_ONLINE, "This event has moved online"),
    ],
)
def test_status_is_shown_prominently(client, status, note):
    event = EventFactory(slug="changed", status=status)
    html = client.get("/en/events/changed/").content.decode()
    h1_position = html.index("<h1>")
    note_position = html.index('class="event-status-note')
    assert note_position > h1_position and note_position < html.index("<dl")
    assert note in html
    assert f"<strong>{event.get_status_display()}</strong>" in html
    listing = client.get("/en/events/2030/").content.decode()
    assert event.get_status_display() in listing


def test_event_page_offers_add_to_calendar_and_json_ld(client):
    TimedEventFactory(slug="council", title_en="Council meeting", venue_en="Room 1")
    html = client.get("/en/events/council/").content.decode()
    assert (
        '<a class="button" href="/en/events/council.ics" type="text/calendar">Add to calendar</a>'
        in html
    )
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    data = json.loads(block)
    assert data["@type"] == "Event"
    assert data["name"] == "Council meeting"
    assert data["startDate"] == "2030-02-21T14:00:00+01:00"
    assert data["endDate"] == "2030-02-21T17:00:00+01:00"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["location"]["address"] == {
        "@type": "PostalAddress",
        "addressLocality": "Geneva",
        "addressCountry": "CH",
    }
    assert data["url"] == "http://testserver/en/events/council/"
    # No other inline script: the Content-Security-Policy allows none.
    assert html.count("<script") == 2
    assert '<script src="/static/js/event-local-time.' in html


def test_json_ld_cannot_close_its_script_element(client):
    EventFactory(slug="sneaky", title_en="</script><script>alert(1)</script>")
    html = client.get("/en/events/sneaky/").content.decode()
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert json.loads(block)["name"] == "</script><script>alert(1)</script>"
    assert "<script>alert" not in html


def test_all_day_json_ld_uses_dates_and_online_events_a_virtual_location(client):
    EventFactory(
        slug="online",
        start_date=date(2030, 4, 22),
        end_date=date(2030, 4, 26),
        status=EventStatus.MOVED_ONLINE,
        online_url="https://meet.example.org/x",
    )
    html = client.get("/en/events/online/").content.decode()
    data = json.loads(re.search(r'ld\+json">(.*?)</script>', html, re.S).group(1))
    assert (data["startDate"], data["endDate"]) == ("2030-04-22", "2030-04-26")
    assert data["location"] == {"@type": "VirtualLocation", "url": "https://meet.example.org/x"}
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["eventStatus"] == "https://schema.org/EventMovedOnline"


def test_anonymous_pages_do_not_touch_the_session(client):
    EventFactory(slug="public")
    for url in ["/en/events/", "/en/events/2030/", "/en/events/2030/03/", "/en/events/public/"]:
        response = client.get(url)
        assert "Cookie" not in response.get("Vary", ""), url
        assert not response.cookies, url


def test_staff_preview_a_draft_but_the_public_does_not(client):
    EventFactory(slug="draft", title_en="Draft meeting", published=False)
    assert client.get("/en/events/draft/preview/").status_code == 404
    client.force_login(UserFactory(username="staff", is_staff=True))
    assert client.get("/en/events/draft/preview/").status_code == 404
    client.force_login(staff_user("editor", "events", ["publish_event"]))
    response = client.get("/en/events/draft/preview/")
    assert response.status_code == 200
    assert "Preview — not public." in response.content.decode()
    assert "no-store" in response["Cache-Control"]
    # The public address stays the same for everyone, editors included.
    assert client.get("/en/events/draft/").status_code == 404
    assert client.get("/en/events/draft.ics").status_code == 404


def test_home_page_shows_upcoming_events(client):
    EventFactory(title_en="Soon", slug="soon", start_date=date(2030, 3, 4))
    EventFactory(title_en="Gone", slug="gone", start_date=date(2029, 3, 4))
    html = client.get("/en/").content.decode()
    assert '<h2 id="home-events-heading">Upcoming events</h2>' in html
    assert '<a href="/en/events/soon/">Soon</a>' in html
    assert "Gone" not in html


def test_every_page_has_exactly_one_h1(client):
    EventFactory(slug="one")
    for code in LANGUAGE_CODES:
        for url in ["events/", "events/2030/", "events/2030/03/", "events/one/"]:
            html = client.get(f"/{code}/{url}").content.decode()
            assert html.count("<h1") == 1, (code, url)


def test_sitemap_sections_list_published_events_and_years(rf):
    from django.contrib.sites.requests import RequestSite

    from events.sitemaps import EventPagesSitemap, EventSitemap

    site = RequestSite(rf.get("/"))

    EventFactory(slug="public", start_date=date(2029, 5, 1))
    EventFactory(slug="draft", published=False)
    with translation.override("en"):
        urls = [entry["location"] for entry in EventSitemap().get_urls(site=site)]
        pages = [entry["location"] for entry in EventPagesSitemap().get_urls(site=site)]
    assert "https://testserver/fr/events/public/" in urls
    assert not any("draft" in url for url in urls)
    assert len(urls) == 6
    assert "https://testserver/ar/events/2029/" in pages
    assert "https://testserver/zh-hans/events/" in pages


def test_a_tag_with_a_non_latin_slug_filters(client):
    EventFactory(title_en="Tagged", slug="tagged", start_date=date(2030, 3, 20), tags=["隐私"])
    slug = EventTag.objects.get(name_en="隐私").slug
    response = client.get("/en/events/", {"tag": slug})
    assert response.status_code == 200
    assert titles(response.content.decode()) == ["Tagged"]
