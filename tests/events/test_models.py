"""The Event model: what the database refuses, and what it derives."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from events.models import Event, EventStatus
from tests.events.factories import EventFactory, TimedEventFactory, at

pytestmark = pytest.mark.django_db


def test_a_timed_event_without_a_time_zone_is_refused_by_the_database():
    event = TimedEventFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Event.objects.filter(pk=event.pk).update(time_zone="")


def test_an_end_before_the_start_is_refused_by_the_database():
    event = EventFactory(start_date=date(2030, 3, 10), end_date=date(2030, 3, 12))
    with pytest.raises(IntegrityError), transaction.atomic():
        Event.objects.filter(pk=event.pk).update(end_date=date(2030, 3, 9))
    timed = TimedEventFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Event.objects.filter(pk=timed.pk).update(ends_at=at(2030, 2, 21, 13, 0))


def test_dates_and_times_together_are_refused_by_the_database():
    event = EventFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Event.objects.filter(pk=event.pk).update(
            starts_at=at(2030, 3, 10, 9), ends_at=at(2030, 3, 10, 10), time_zone="Europe/Zurich"
        )


def test_neither_dates_nor_times_is_refused_by_the_database():
    event = EventFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Event.objects.filter(pk=event.pk).update(start_date=None, end_date=None)


def test_an_unknown_status_is_refused_by_the_database():
    event = EventFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Event.objects.filter(pk=event.pk).update(status="EventMaybe")


def test_full_clean_reports_the_constraints_as_form_errors():
    event = EventFactory.build(end_date=date(2030, 3, 1), start_date=date(2030, 3, 5))
    with pytest.raises(ValidationError) as error:
        event.full_clean(exclude=["first_day", "last_day"])
    assert "end_date" in error.value.message_dict


@pytest.mark.parametrize("slug", ["rss", "feed", "2014", "12", "RSS"])
def test_slugs_that_would_hide_calendar_pages_are_refused(slug):
    event = EventFactory.build(slug=slug)
    with pytest.raises(ValidationError) as error:
        event.full_clean(exclude=["first_day", "last_day"])
    assert "slug" in error.value.message_dict


@pytest.mark.parametrize("zone", ["Mars/Olympus", "Europe/../../etc/passwd", "CET CEST", "x" * 64])
def test_unknown_time_zones_are_refused(zone):
    event = TimedEventFactory.build(time_zone=zone)
    with pytest.raises(ValidationError) as error:
        event.full_clean(exclude=["first_day", "last_day"])
    assert "time_zone" in error.value.message_dict


def test_a_known_time_zone_is_accepted():
    event = TimedEventFactory.build(time_zone="Africa/Kampala", slug="kampala-day")
    event.full_clean(exclude=["first_day", "last_day"])


def test_local_days_follow_the_event_zone_not_utc():
    # 23:30 in Geneva on 14 March is 22:30 UTC the same day; 00:30 on 15 March in Geneva
    # is still 14 March in UTC.
    late = TimedEventFactory(
        starts_at=at(2030, 3, 14, 23, 30), ends_at=at(2030, 3, 14, 23, 59), slug="late"
    )
    after_midnight = TimedEventFactory(
        starts_at=at(2030, 3, 15, 0, 30), ends_at=at(2030, 3, 15, 1, 30), slug="after-midnight"
    )
    assert (late.first_day, late.last_day) == (date(2030, 3, 14), date(2030, 3, 14))
    assert (after_midnight.first_day, after_midnight.last_day) == (
        date(2030, 3, 15),
        date(2030, 3, 15),
    )
    # Auckland is UTC+13 in March: 08:00 local on 15 March is 14 March in UTC.
    auckland = TimedEventFactory(
        slug="auckland",
        zone="Pacific/Auckland",
        local_start=(2030, 3, 15, 8),
        local_end=(2030, 3, 15, 9),
    )
    assert auckland.first_day == date(2030, 3, 15)


def test_an_event_ending_at_midnight_does_not_take_the_next_day():
    event = TimedEventFactory(starts_at=at(2030, 3, 14, 20), ends_at=at(2030, 3, 15, 0))
    assert event.days() == [date(2030, 3, 14)]


def test_multi_day_events_list_every_day():
    event = EventFactory(start_date=date(2030, 4, 29), end_date=date(2030, 5, 2))
    assert event.days() == [
        date(2030, 4, 29),
        date(2030, 4, 30),
        date(2030, 5, 1),
        date(2030, 5, 2),
    ]


def test_sequence_grows_when_the_schedule_status_or_place_changes():
    event = TimedEventFactory()
    assert event.sequence == 0
    event = Event.objects.get(pk=event.pk)
    event.summary_en = "A new summary only."
    event.save()
    assert Event.objects.get(pk=event.pk).sequence == 0

    event = Event.objects.get(pk=event.pk)
    event.ends_at = at(2030, 2, 21, 18, 0)
    event.save()
    assert Event.objects.get(pk=event.pk).sequence == 1

    event = Event.objects.get(pk=event.pk)
    event.status = EventStatus.CANCELLED
    event.save(update_fields=["status"])
    assert Event.objects.get(pk=event.pk).sequence == 2

    event = Event.objects.get(pk=event.pk)
    event.venue_fr = "Salle B"
    event.save()
    assert Event.objects.get(pk=event.pk).sequence == 3


def test_the_calendar_uid_never_changes():
    event = EventFactory()
    uid = event.ical_uid
    event = Event.objects.get(pk=event.pk)
    event.slug = "renamed"
    event.title_en = "Renamed"
    event.start_date = event.end_date = date(2031, 1, 1)
    event.save()
    assert Event.objects.get(pk=event.pk).ical_uid == uid
    assert uid.endswith("@cop-portal-events")


def test_upcoming_and_past_split_at_the_end_of_an_event(settings):
    import time_machine

    ongoing = EventFactory(start_date=date(2030, 3, 9), end_date=date(2030, 3, 11), slug="ongoing")
    over = EventFactory(start_date=date(2030, 3, 1), end_date=date(2030, 3, 9), slug="over")
    timed_over = TimedEventFactory(
        starts_at=at(2030, 3, 10, 8), ends_at=at(2030, 3, 10, 9), slug="timed-over"
    )
    timed_later = TimedEventFactory(
        starts_at=at(2030, 3, 10, 14), ends_at=at(2030, 3, 10, 15), slug="timed-later"
    )
    with time_machine.travel(at(2030, 3, 10, 12), tick=False):
        upcoming = set(Event.objects.upcoming().values_list("slug", flat=True))
        past = set(Event.objects.past().values_list("slug", flat=True))
    assert upcoming == {ongoing.slug, timed_later.slug}
    assert past == {over.slug, timed_over.slug}
