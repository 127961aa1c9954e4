"""The month calendar: a real table, in the reader's language and week, events on their
own local days."""

import re
from datetime import date

import pytest
from django.utils import translation
from django.utils.dates import WEEKDAYS
from django.utils.formats import date_format
from django.utils.html import strip_tags

from tests.events.factories import EventFactory, TimedEventFactory, at

pytestmark = pytest.mark.django_db


def cell(html, day):
    """The contents of the grid cell for ``day`` (a date)."""
    match = re.search(
        rf'<td class="day--[a-z]+">\s*<span class="day-number" aria-hidden="true">\d+</span>\s*'
        rf'<time class="day-label" datetime="{day.isoformat()}">(.*?)</td>',
        html,
        re.S,
    )
    assert match, f"no cell for {day}"
    return match.group(1)


def event_titles(cell_html):
    """The titles linked in a cell, without the time and any "(in English)" note."""
    titles = []
    for link in re.findall(r'<a href="[^"]+">(.*?)</a>', cell_html, re.S):
        link = re.sub(r'<span class="event-(time|continues)"[^>]*>.*?</span>', "", link)
        link = re.sub(r"<small.*?</small>", "", link)
        titles.append(strip_tags(link).strip())
    return titles


def test_grid_is_a_table_with_caption_and_weekday_column_headers(client):
    html = client.get("/en/events/2030/03/").content.decode()
    assert "<caption>March 2030</caption>" in html
    headers = re.findall(r'<th scope="col"><abbr title="([^"]+)">([^<]+)</abbr></th>', html)
    assert headers == [
        ("Sunday", "Sun"),
        ("Monday", "Mon"),
        ("Tuesday", "Tue"),
        ("Wednesday", "Wed"),
        ("Thursday", "Thu"),
        ("Friday", "Fri"),
        ("Saturday", "Sat"),
    ]
    # 1 March 2030 is a Friday: five empty cells of February before it.
    first_row = html.split("<tbody>")[1].split("</tr>")[0]
    assert first_row.count('<td class="day--outside"></td>') == 5
    assert html.count('<time class="day-label"') == 31


FIRST_WEEKDAY = {
    "ar": "الأحد",
    "zh-hans": "星期一",
    "en": "Sunday",
    "fr": "lundi",
    "ru": "Понедельник",
    "es": "lunes",
}


def test_week_starts_on_the_readers_first_day_with_localised_names(client, language):
    html = client.get(f"/{language}/events/2030/03/").content.decode()
    headers = re.findall(r'<th scope="col"><abbr title="([^"]+)">', html)
    with translation.override(language):
        caption = date_format(date(2030, 3, 1), "YEAR_MONTH_FORMAT")
        all_names = [str(WEEKDAYS[index]) for index in range(7)]
    assert headers[0] == FIRST_WEEKDAY[language]
    assert sorted(headers) == sorted(all_names)
    assert f"<caption>{caption}</caption>" in html
    assert "<h1>" in html and caption in html.split("<h1>")[1].split("</h1>")[0]


def test_multi_day_events_appear_on_each_of_their_days_across_a_month_end(client, language):
    EventFactory(
        title_en="Forum", slug="forum", start_date=date(2030, 4, 29), end_date=date(2030, 5, 2)
    )
    april = client.get(f"/{language}/events/2030/04/").content.decode()
    may = client.get(f"/{language}/events/2030/05/").content.decode()
    for html, days in ((april, (29, 30)), (may, (1, 2))):
        month = 4 if html is april else 5
        for day in days:
            assert "Forum" in cell(html, date(2030, month, day)), (month, day)
    assert "Forum" not in cell(april, date(2030, 4, 28))
    assert "Forum" not in cell(may, date(2030, 5, 3))
    # Only the first day says when it starts; the others say it continues.
    assert '<span class="event-continues">' in cell(may, date(2030, 5, 1))
    assert '<span class="event-continues">' not in cell(april, date(2030, 4, 29))


def test_an_event_is_on_its_own_local_date_not_the_utc_one(client, language):
    # 23:30 in Geneva on 31 March (21:30 UTC): 31 March.
    TimedEventFactory(
        title_en="Late in Geneva",
        slug="late-geneva",
        starts_at=at(2030, 3, 31, 23, 30),
        ends_at=at(2030, 3, 31, 23, 45),
    )
    # 00:30 in Geneva on 1 April is 22:30 UTC on 31 March: 1 April.
    TimedEventFactory(
        title_en="Early in Geneva",
        slug="early-geneva",
        starts_at=at(2030, 4, 1, 0, 30),
        ends_at=at(2030, 4, 1, 1, 30),
    )
    # 23:30 in New York on 31 March is 03:30 UTC on 1 April: 31 March.
    TimedEventFactory(
        title_en="Late in New York",
        slug="late-new-york",
        zone="America/New_York",
        local_start=(2030, 3, 31, 23, 30),
        local_end=(2030, 3, 31, 23, 55),
    )
    march = client.get(f"/{language}/events/2030/03/").content.decode()
    april = client.get(f"/{language}/events/2030/04/").content.decode()
    assert event_titles(cell(march, date(2030, 3, 31))) == ["Late in Geneva", "Late in New York"]
    assert event_titles(cell(april, date(2030, 4, 1))) == ["Early in Geneva"]
    assert "Early in Geneva" not in march
    assert "Late in" not in april
    # The time shown is the local one.
    assert '<span class="event-time" dir="ltr">23:30</span>' in cell(march, date(2030, 3, 31))
    assert '<span class="event-time" dir="ltr">00:30</span>' in cell(april, date(2030, 4, 1))


def test_events_in_a_day_are_ordered_all_day_first_then_by_time(client):
    TimedEventFactory(
        title_en="Afternoon",
        slug="afternoon",
        starts_at=at(2030, 3, 5, 15),
        ends_at=at(2030, 3, 5, 16),
    )
    TimedEventFactory(
        title_en="Morning", slug="morning", starts_at=at(2030, 3, 5, 9), ends_at=at(2030, 3, 5, 10)
    )
    EventFactory(title_en="All day", slug="all-day", start_date=date(2030, 3, 5))
    html = client.get("/en/events/2030/03/").content.decode()
    assert event_titles(cell(html, date(2030, 3, 5))) == ["All day", "Morning", "Afternoon"]


def test_each_day_carries_its_full_date_for_screen_readers_and_phones(client, language):
    html = client.get(f"/{language}/events/2030/02/").content.decode()
    with translation.override(language):
        weekday = date_format(date(2030, 2, 28), "l")
        full = date_format(date(2030, 2, 28), "DATE_FORMAT")
    label = cell(html, date(2030, 2, 28)).split("</time>")[0]
    assert weekday in label and full in label
    # February 2030 has 28 days; no 29th.
    assert 'datetime="2030-02-29"' not in html


def test_leap_year_february_has_29_days(client):
    html = client.get("/en/events/2032/02/").content.decode()
    assert html.count('<time class="day-label"') == 29


def test_previous_and_next_month_cross_the_year(client):
    html = client.get("/en/events/2030/01/").content.decode()
    assert 'rel="prev" href="/en/events/2029/12/"' in html
    assert 'rel="next" href="/en/events/2030/02/"' in html
    december = client.get("/en/events/2030/12/").content.decode()
    assert 'rel="next" href="/en/events/2031/01/"' in december


def test_navigation_keeps_the_filters(client):
    html = client.get("/en/events/2030/01/?kind=summit").content.decode()
    assert 'rel="prev" href="/en/events/2029/12/?kind=summit"' in html


def test_an_empty_month_says_so(client):
    html = client.get("/en/events/2030/08/").content.decode()
    assert "No events this month." in html


def test_unpublished_events_stay_off_the_grid(client):
    EventFactory(title_en="Secret", slug="secret", start_date=date(2030, 3, 5), published=False)
    assert "Secret" not in client.get("/en/events/2030/03/").content.decode()


def test_cancelled_events_are_labelled_in_the_grid(client):
    EventFactory(
        title_en="Called off",
        slug="called-off",
        start_date=date(2030, 3, 5),
        status="EventCancelled",
    )
    day = cell(client.get("/en/events/2030/03/").content.decode(), date(2030, 3, 5))
    assert 'class="event--cancelled"' in day
    assert '<span class="event-status event-status--eventcancelled">Cancelled</span>' in day
