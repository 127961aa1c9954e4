"""Demo events: the initiative's events of 2012 to 2014 with their real dates and places,
and a few future events placed relative to the day the demo is loaded, in several time
zones. The texts are in events/demo.toml; the days and times of the future events are
here, since they depend on that day.

Idempotent: events are updated in place by slug. Future events keep their slugs, so
loading the demo again on another day moves them (and their calendar SEQUENCE grows,
as it would for a real change of date).
"""

import zoneinfo
from datetime import date, datetime, time, timedelta

from django.utils import timezone, translation

from cop_portal import demo_data
from cop_portal.demo_data import filled, save_tag, translated
from events.models import Event, EventKind, EventStatus, EventTag
from partners.models import Partner

TRANSLATED = ("title", "summary", "description", "venue", "city")
DATA = demo_data.read("events")
# The events of the reference page, newest first as it lists them.
REFERENCE_EVENTS = DATA["reference_event"]


def second_tuesday_of_february(year):
    first = date(year, 2, 1)
    first_tuesday = first + timedelta(days=(1 - first.weekday()) % 7)
    return first_tuesday + timedelta(days=7)


def next_safer_internet_day(today):
    day = second_tuesday_of_february(today.year)
    return day if day >= today else second_tuesday_of_february(today.year + 1)


def local(day, hour, minute, zone_name):
    """An aware datetime at a wall-clock time in an IANA zone."""
    return datetime.combine(day, time(hour, minute), tzinfo=zoneinfo.ZoneInfo(zone_name))


def next_weekday(day):
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def all_day(first, last=None):
    """The fields of an event that lasts whole days (a floating date, no time zone)."""
    return {"start_date": first, "end_date": last or first}


def timed(starts_at, ends_at):
    """The fields of an event with times, kept in UTC with the zone they were given in."""
    utc = zoneinfo.ZoneInfo("UTC")
    return {
        "starts_at": starts_at.astimezone(utc),
        "ends_at": ends_at.astimezone(utc),
        "time_zone": starts_at.tzinfo.key,
    }


def upcoming_dates(today):
    """When each upcoming event (by its slug in events/demo.toml) takes place: several
    time zones, all-day, multi-day, online, cancelled."""
    council_day = next_weekday(today + timedelta(days=30))
    webinar_day = today + timedelta(days=12)
    panel_day = today + timedelta(days=20)
    workshop_day = next_weekday(today + timedelta(days=40))
    return {
        # All-day, a single day, worldwide: a floating date.
        "safer-internet-day-{year}": all_day(next_safer_internet_day(today)),
        # Timed, in Geneva's zone.
        "council-working-group-cop-next": timed(
            local(council_day, 10, 0, "Europe/Zurich"),
            local(council_day, 17, 0, "Europe/Zurich"),
        ),
        # Online only, timed in Mexico City's zone.
        "webinar-talking-with-children-about-grooming": timed(
            local(webinar_day, 16, 0, "America/Mexico_City"),
            local(webinar_day, 17, 0, "America/Mexico_City"),
        ),
        # Cancelled, timed in Kuala Lumpur's zone.
        "youth-panel-online-reputation": timed(
            local(panel_day, 19, 0, "Asia/Kuala_Lumpur"),
            local(panel_day, 20, 30, "Asia/Kuala_Lumpur"),
        ),
        # Several days, timed in Kampala's zone.
        "regional-workshop-cop-strategies-kampala": timed(
            local(workshop_day, 9, 0, "Africa/Kampala"),
            local(workshop_day + timedelta(days=2), 16, 0, "Africa/Kampala"),
        ),
    }


def proposal_dates(today):
    """When the two events proposed by partners' representatives would take place."""
    exchange_day = today + timedelta(days=25)
    return {
        "helpline-exchange-online-abuse-reports": timed(
            local(exchange_day, 15, 0, "Europe/Amsterdam"),
            local(exchange_day, 16, 30, "Europe/Amsterdam"),
        ),
        "hotline-open-day-assessing-reports": all_day(today + timedelta(days=50)),
    }


def draft_dates(today):
    """When the editors' draft event would take place."""
    draft_day = today + timedelta(days=45)
    return {
        "webinar-parental-controls-together": timed(
            local(draft_day, 18, 0, "Europe/Zurich"), local(draft_day, 19, 0, "Europe/Zurich")
        ),
    }


def future_events(today):
    """The upcoming events' records, each with its dates, ``{year}`` filled in."""
    dates = upcoming_dates(today)
    year = next_safer_internet_day(today).year
    return [(filled(record, year=year), dates[record["slug"]]) for record in DATA["upcoming_event"]]


def proposals(today):
    """Events proposed by partners and not yet published, each with its dates.

    Written by the partners in English (one also in French): editors translate before
    they publish, and the admin shows what is missing.
    """
    dates = proposal_dates(today)
    return [(record, dates[record["slug"]]) for record in DATA["proposal"]]


def save_event(record, dates, **extra):
    """Create or update one demo event from its record; returns (event, created)."""
    defaults = {
        **extra,
        "kind": EventKind(record["kind"]),
        "status": EventStatus(record.get("status", EventStatus.SCHEDULED)),
        "country": record.get("country", ""),
        "online_url": record.get("online_url", ""),
        "published": extra.get("published", True),
        "start_date": None,
        "end_date": None,
        "starts_at": None,
        "ends_at": None,
        "time_zone": "",
        **dates,
        **translated(record, *TRANSLATED),
    }
    with translation.override("en"):
        event, created = Event.objects.update_or_create(slug=record["slug"], defaults=defaults)
    event.tags.set([save_tag(EventTag, name) for name in record.get("tags", [])])
    return event, created


def load(command):
    today = timezone.localdate()
    reference = [
        (record, all_day(record["start_date"], record["end_date"])) for record in REFERENCE_EVENTS
    ]
    future = future_events(today)
    partners = {partner.slug: partner for partner in Partner.objects.all()}
    created_count = 0
    for record, dates in reference + future:
        event, created = save_event(record, dates)
        created_count += created
        # Organisers from the partner directory, where the facts are known.
        organisers = [partners[slug] for slug in record.get("organisers", []) if slug in partners]
        event.organisers.set(organisers)
        command.step(
            f"{'created' if created else 'updated'} event '{event.slug}' "
            f"({event.first_day.isoformat()}, {event.get_status_display()}"
            + (f", organised by {', '.join(p.slug for p in organisers)}" if organisers else "")
            + ")"
        )
    command.step(
        f"{len(reference) + len(future)} events ({created_count} new): {len(reference)} from "
        f"the reference page, {len(future)} upcoming"
    )
    drafts = draft_dates(today)
    for record in DATA["draft_event"]:
        event, created = save_event(record, drafts[record["slug"]], published=False)
        command.step(
            f"{'created' if created else 'updated'} draft event '{event.slug}' "
            f"(unpublished; preview at {event.get_preview_url()})"
        )
    for record, dates in proposals(today):
        partner = partners.get(record["proposed_by"])
        if partner is None:
            command.step(
                f"skipped proposal '{record['slug']}': no partner '{record['proposed_by']}'"
            )
            continue
        event, created = save_event(record, dates, published=False, proposed_by=partner)
        event.organisers.set([partner])
        command.step(
            f"{'created' if created else 'updated'} unpublished proposal '{event.slug}' "
            f"by {partner.slug}"
        )
    return []
