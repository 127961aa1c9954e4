"""The events calendar offered both as a subscription (``webcal://``) and as a file to
download (``https://``), in each language, on every page that offers it."""

import re

import pytest
from django.utils import translation
from django.utils.translation import gettext

from tests.events.factories import EventFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fixed_today")]


def subscription_link(html):
    found = re.search(r'<a class="calendar-subscribe" href="([^"]+)">([^<]+)</a>', html)
    assert found, "no calendar subscription link"
    return found.groups()


def download_link(html):
    found = re.search(r'<a href="([^"]+)" type="text/calendar" download>([^<]+)</a>', html)
    assert found, "no calendar download link"
    return found.groups()


def test_the_events_page_offers_the_subscription_and_the_download(client, language):
    response = client.get(f"/{language}/events/")
    assert response.status_code == 200
    html = response.content.decode()
    with translation.override(language):
        subscribe, download = (
            gettext("Subscribe in your calendar app"),
            gettext("Download the calendar file"),
        )
    assert subscription_link(html) == (f"webcal://testserver/{language}/events/feed.ics", subscribe)
    assert download_link(html) == (f"/{language}/events/feed.ics", download)


def test_both_addresses_reach_the_calendar_in_the_pages_language(client, language):
    EventFactory(slug="summit", title_en="Summit", title_fr="Sommet")
    html = client.get(f"/{language}/events/").content.decode()
    webcal, _label = subscription_link(html)
    path = webcal.removeprefix("webcal://testserver")
    assert path == download_link(html)[0]
    calendar = client.get(path)
    assert calendar.status_code == 200
    assert calendar["Content-Type"].startswith("text/calendar")
    assert ("SUMMARY;LANGUAGE=fr:Sommet" if language == "fr" else "Summit") in (
        calendar.content.decode()
    )


def test_the_subscription_keeps_the_host_and_drops_only_the_scheme(client):
    html = client.get("/en/events/", secure=True, HTTP_HOST="localhost:8443").content.decode()
    assert subscription_link(html)[0] == "webcal://localhost:8443/en/events/feed.ics"


@pytest.mark.parametrize("path", ["events/2030/", "events/2030/03/"])
def test_the_calendar_pages_offer_it_too(client, path):
    EventFactory(slug="summit")
    html = client.get(f"/ar/{path}").content.decode()
    assert subscription_link(html)[0] == "webcal://testserver/ar/events/feed.ics"
    assert download_link(html)[0] == "/ar/events/feed.ics"
