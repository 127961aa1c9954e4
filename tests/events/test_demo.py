"""The demo events: the reference page's events, and future ones around load day."""

from datetime import date

import pytest
import time_machine
from django.conf import settings
from django.db import transaction
from modeltranslation.utils import build_localized_fieldname

from events import demo
from events.models import Event, EventStatus
from tests.events.factories import OrganiserFactory, at

pytestmark = pytest.mark.django_db


class Recorder:
    def __init__(self):
        self.steps = []

    def step(self, message):
        self.steps.append(message)


def load_events_demo():
    with time_machine.travel(at(2030, 3, 1, 12), tick=False):
        return demo.load(Recorder())


@pytest.fixture
def loaded():
    """The events demo alone, for a test that changes what it loaded."""
    return load_events_demo()


@pytest.fixture(scope="class")
def loaded_once(django_db_setup, django_db_blocker):
    """The events demo alone (without the partners), loaded once for the tests of a class
    that only read it, and rolled back after them."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield load_events_demo()
        transaction.set_rollback(True)


class TestTheLoadedDemo:
    """Tests that only read the events demo: it is loaded once for all of them."""

    @pytest.fixture
    def loaded(self, loaded_once):
        return loaded_once

    def test_reference_events_have_their_real_dates_and_places(self, loaded):
        kampala = Event.objects.get(slug="africa-cop-summit-kampala")
        assert kampala.status == EventStatus.POSTPONED
        assert (kampala.city_en, kampala.country.code) == ("Kampala", "UG")
        assert (kampala.start_date, kampala.end_date) == (date(2013, 6, 26), date(2013, 6, 28))
        wsis = Event.objects.get(slug="wsis-forum-2013")
        assert (wsis.start_date, wsis.end_date) == (date(2013, 5, 13), date(2013, 5, 17))
        geneva_meetings = Event.objects.filter(slug__startswith="council-working-group-cop-20")
        assert sorted(event.start_date for event in geneva_meetings) == [
            date(2012, 6, 19),
            date(2013, 2, 1),
            date(2013, 10, 19),
            date(2014, 2, 21),
        ]
        assert Event.objects.get(slug="safer-internet-day-2014").start_date == date(2014, 2, 11)
        bynd = Event.objects.get(slug="bynd-2013-global-youth-summit")
        assert (bynd.start_date, bynd.end_date, bynd.country.code) == (
            date(2013, 9, 9),
            date(2013, 9, 11),
            "CR",
        )
        assert (
            Event.objects.filter(start_date__year__lte=2014).count()
            == len(demo.REFERENCE_EVENTS)
            == 19
        )

    def test_every_demo_text_is_in_all_six_languages(self, loaded):
        for event in Event.objects.all():
            for code, _name in settings.LANGUAGES:
                for field in ("title", "summary", "city", "venue", "description"):
                    if field in ("title", "summary") or getattr(event, f"{field}_en"):
                        text = getattr(event, build_localized_fieldname(field, code))
                        assert text, (event.slug, field, code)

    def test_future_events_cover_the_cases(self, loaded):
        with time_machine.travel(at(2030, 3, 1, 12), tick=False):
            upcoming = list(Event.objects.published().upcoming())
        assert len(upcoming) == 5
        zones = {event.time_zone for event in upcoming if not event.is_all_day}
        assert len(zones) >= 3
        assert any(event.is_all_day for event in upcoming)
        assert any(event.last_day > event.first_day for event in upcoming)
        assert any(event.is_online for event in upcoming)
        assert any(event.status == EventStatus.CANCELLED for event in upcoming)
        assert Event.objects.get(slug="safer-internet-day-2031").start_date == date(2031, 2, 11)

    def test_without_partners_the_proposals_are_skipped(self, loaded):
        assert not Event.objects.filter(proposed_by__isnull=False).exists()
        # The one unpublished event is the editors' draft.
        assert list(Event.objects.filter(published=False).values_list("slug", flat=True)) == [
            "webinar-parental-controls-together"
        ]


def test_loading_again_changes_nothing(loaded):
    before = {event.slug: (event.uid, event.sequence) for event in Event.objects.all()}
    with time_machine.travel(at(2030, 3, 1, 12), tick=False):
        demo.load(Recorder())
    after = {event.slug: (event.uid, event.sequence) for event in Event.objects.all()}
    assert after == before


def test_safer_internet_day_is_the_second_tuesday_of_february():
    assert demo.second_tuesday_of_february(2014) == date(2014, 2, 11)
    assert demo.second_tuesday_of_february(2026) == date(2026, 2, 10)
    assert demo.next_safer_internet_day(date(2026, 2, 11)) == date(2027, 2, 9)


def test_partners_organise_and_propose_when_the_partner_demo_is_there():
    for slug in ("insafe", "gsma", "child-helpline-international", "iwf"):
        OrganiserFactory(slug=slug, name=slug.upper())
    with time_machine.travel(at(2030, 3, 1, 12), tick=False):
        demo.load(Recorder())
    day = Event.objects.get(slug="safer-internet-day-2014")
    assert sorted(partner.slug for partner in day.organisers.all()) == ["insafe"]
    assert [p.slug for p in Event.objects.get(slug="safer-internet-day-2031").organisers.all()] == [
        "insafe"
    ]
    proposals = Event.objects.filter(proposed_by__isnull=False).order_by("slug")
    assert [(event.proposed_by.slug, event.published) for event in proposals] == [
        ("child-helpline-international", False),
        ("iwf", False),
    ]
