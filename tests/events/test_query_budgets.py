"""Lists, the grid and the feeds cost the same number of queries with 3 or 30 events."""

import itertools
from datetime import date, timedelta

import pytest

from tests.events.factories import EventFactory, TimedEventFactory, at

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fixed_today")]

counter = itertools.count()


def make_events(n):
    """Half all-day, half timed, tagged, in March 2030 and after."""
    for _ in range(n):
        number = next(counter)
        day = date(2030, 3, 2) + timedelta(days=number % 28)
        if number % 2:
            EventFactory(
                slug=f"all-day-{number}",
                start_date=day,
                end_date=day + timedelta(days=2),
                tags=["privacy", f"tag-{number}"],
            )
        else:
            TimedEventFactory(
                slug=f"timed-{number}",
                starts_at=at(day.year, day.month, day.day, 14),
                ends_at=at(day.year, day.month, day.day, 16),
                tags=["privacy"],
            )


@pytest.mark.parametrize(
    "url, budget",
    [
        ("/en/events/", 6),
        ("/en/events/?kind=meeting&country=CH&tag=privacy", 6),
        ("/en/events/2030/", 6),
        ("/en/events/2030/03/", 4),
        ("/ar/events/2030/03/", 4),
        ("/en/events/feed.ics", 2),
        ("/en/events/rss/", 3),
    ],
)
def test_query_budget(query_budget, url, budget):
    query_budget(url, make=make_events, budget=budget)
