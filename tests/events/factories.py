import zoneinfo
from datetime import date, datetime

import factory
from django.utils.text import slugify
from modeltranslation.utils import build_localized_fieldname

from events.models import Event, EventKind, EventStatus, EventTag
from tests.factories import ModelFactory, related

GENEVA = "Europe/Zurich"


def at(year, month, day, hour=0, minute=0, zone=GENEVA):
    """An aware datetime at a wall-clock time in ``zone``."""
    return datetime(year, month, day, hour, minute, tzinfo=zoneinfo.ZoneInfo(zone))


# An event title in each of the six languages, and as EventFactory's fields.
SUMMIT = {
    "en": "Summit", "fr": "Sommet", "ar": "قمة", "zh-hans": "峰会", "ru": "Саммит", "es": "Cumbre"
}  # fmt: skip
SUMMIT_TITLES = {build_localized_fieldname("title", code): title for code, title in SUMMIT.items()}


class EventFactory(ModelFactory):
    """A published all-day event (explicit dates: they must agree with each other)."""

    class Meta:
        model = Event

    title_en = factory.Sequence(lambda n: f"Event {n}")
    slug = factory.Sequence(lambda n: f"event-{n}")
    summary_en = "A meeting on child online protection."
    kind = EventKind.MEETING
    status = EventStatus.SCHEDULED
    start_date = date(2030, 3, 10)
    end_date = factory.SelfAttribute("start_date")
    city_en = "Geneva"
    country = "CH"
    published = True

    # tags=["privacy"]: tags by English name, created (English only) if new.
    tags = related("tags", lambda name: event_tag(name))


class TimedEventFactory(EventFactory):
    """A published timed event, 14:00 to 17:00 in Geneva on 21 February 2030 (CET).

    ``zone`` is the event's time zone, named once: ``local_start`` and ``local_end``
    (year, month, day, hour[, minute]) are wall-clock times there."""

    class Params:
        zone = GENEVA
        local_start = (2030, 2, 21, 14, 0)
        local_end = (2030, 2, 21, 17, 0)

    start_date = None
    end_date = None
    starts_at = factory.LazyAttribute(lambda event: at(*event.local_start, zone=event.zone))
    ends_at = factory.LazyAttribute(lambda event: at(*event.local_end, zone=event.zone))
    time_zone = factory.SelfAttribute("zone")


class OrganiserFactory(ModelFactory):
    """A published partner, as an organiser of events (the partners app has its own)."""

    class Meta:
        model = "partners.Partner"

    name = factory.Sequence(lambda n: f"Organisation {n}")
    slug = factory.Sequence(lambda n: f"organisation-{n}")
    kind = "civil-society"
    published = True


def event_tag(name, **names):
    """The tag with English ``name`` (created if new), with other languages' ``names``;
    a name without ASCII letters keeps a Unicode slug."""
    tag, _created = EventTag.objects.get_or_create(
        slug=slugify(name) or slugify(name, allow_unicode=True),
        defaults={"name": name, "name_en": name, **names},
    )
    return tag


def event_form(fields, **overrides):
    """The event admin form as a browser posts it: empty dates, times, place and tags,
    a scheduled status, then ``fields`` and ``overrides``."""
    return {
        "status": "EventScheduled",
        "start_date": "",
        "end_date": "",
        "starts_at_0": "",
        "starts_at_1": "",
        "ends_at_0": "",
        "ends_at_1": "",
        "time_zone": "",
        "country": "",
        "online_url": "",
        "tags": [],
        **fields,
        **overrides,
    }
