"""iCalendar (RFC 5545) for one event and for the subscription feed, with icalendar.

Calendar apps keep an event by its UID and replace their copy when SEQUENCE grows, so
both come from the database and never from the URL or the language. Texts are in the
feed's language (the URL prefix), marked with a LANGUAGE parameter when a text falls
back to English.
"""

import functools
from datetime import date, timedelta

import icalendar
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from cop_portal.addresses import absolute_url
from cop_portal.languages import portal_language
from cop_portal.rich_text import plain_text
from cop_portal.translated_fields import translated_value
from events.models import EventStatus
from events.schedule import event_where_text

PRODUCT_ID = "-//COP Portal//Events calendar//EN"
# How often subscribers' apps should fetch the feed again.
REFRESH_INTERVAL = timedelta(hours=6)

# RFC 5545 knows only three statuses for an event.
ICAL_STATUS = {
    EventStatus.SCHEDULED: "CONFIRMED",
    EventStatus.RESCHEDULED: "CONFIRMED",
    EventStatus.MOVED_ONLINE: "CONFIRMED",
    EventStatus.POSTPONED: "TENTATIVE",
    EventStatus.CANCELLED: "CANCELLED",
}


def _text(event, field):
    """``(text, language tag)`` for a translated field in the active language."""
    value, language = translated_value(event, field)
    return value, portal_language(language or get_language()).hreflang


def event_summary(event):
    """The title, prefixed with the status when the event will not happen as planned."""
    title, language = _text(event, "title")
    if event.status in (EventStatus.POSTPONED, EventStatus.CANCELLED, EventStatus.MOVED_ONLINE):
        title = _("%(status)s: %(title)s") % {"status": event.get_status_display(), "title": title}
    return title, language


def event_component(event, request):
    component = icalendar.Event()
    component.add("uid", event.ical_uid)
    component.add("sequence", event.sequence)
    component.add("dtstamp", event.updated_at)
    component.add("created", event.created_at)
    component.add("last-modified", event.updated_at)

    if event.is_all_day:
        # All-day events are dates, and DTEND is the day after the last day (exclusive).
        component.add("dtstart", event.start_date)
        component.add("dtend", event.end_date + timedelta(days=1))
    else:
        # The event's own zone, described by a VTIMEZONE the calendar adds.
        component.add("dtstart", event.local_starts_at)
        component.add("dtend", event.local_ends_at)

    summary, summary_language = event_summary(event)
    component.add("summary", summary, parameters={"LANGUAGE": summary_language})
    description_parts = []
    summary_text, description_language = _text(event, "summary")
    if summary_text:
        description_parts.append(summary_text)
    if event.status_note:
        description_parts.append(str(event.status_note))
    organisers = [partner.name for partner in event.organisers.all()]
    if organisers:
        description_parts.append(_("Organisers: %(names)s") % {"names": ", ".join(organisers)})
    body, _body_language = translated_value(event, "description")
    if body:
        description_parts.append(plain_text(body))
    url = absolute_url(request, event.get_absolute_url())
    description_parts.append(url)
    component.add(
        "description", "\n\n".join(description_parts), parameters={"LANGUAGE": description_language}
    )
    where = event_where_text(event)
    if event.online_url and (event.is_online or not where):
        where = f"{where} ({event.online_url})" if where else event.online_url
    if where:
        component.add("location", where)
    component.add("url", url)
    component.add("status", ICAL_STATUS[event.status])
    component.add("categories", [event.get_kind_display()])
    component.add("class", "PUBLIC")
    component.add("transp", "TRANSPARENT" if event.is_all_day else "OPAQUE")
    return component


def build_calendar(events, request, *, name, description=""):
    """A VCALENDAR of ``events`` with the VTIMEZONEs their times need."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("name", name)
    calendar.add("x-wr-calname", name)
    if description:
        calendar.add("description", description)
        calendar.add("x-wr-caldesc", description)
    calendar.add("refresh-interval", REFRESH_INTERVAL, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", icalendar.vDuration(REFRESH_INTERVAL))
    calendar.add("url", absolute_url(request, request.path))
    days = []
    for event in events:
        calendar.add_component(event_component(event, request))
        days += [event.first_day, event.last_day]
    if days:
        # Transitions only around the events' own years keep the VTIMEZONEs short; in
        # a stable order, so the same events always give the same file.
        first_year, last_year = min(days).year - 1, max(days).year + 1
        zones = []
        for tzid in sorted(calendar.get_missing_tzids()):
            try:
                zones.append(vtimezone(tzid, first_year, last_year))
            except ValueError:  # a zone the zone database does not know: left out
                continue
        calendar.subcomponents[0:0] = zones
    return calendar


@functools.lru_cache(maxsize=512)
def vtimezone(tzid, first_year, last_year):
    """The VTIMEZONE of ``tzid`` from 1 January ``first_year`` to 31 December
    ``last_year``. icalendar builds one by walking the zone's offsets, about 20 ms each
    (four fifths of an uncached calendar feed), and asks callers to cache them: keyed by
    whole years, requests share them. Never changed after it is built."""
    return icalendar.Timezone.from_tzid(
        tzid, first_date=date(first_year, 1, 1), last_date=date(last_year, 12, 31)
    )
