"""When an event takes place, written for a reader in the active language.

Times are always shown in the event's own time zone with its abbreviation and UTC
offset ("14:00 CET (UTC+1)"): the reader compares with their own clock, and the page
adds their local time with JavaScript where it can. All-day events are floating dates.
"""

from datetime import timedelta

from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _


def utc_offset_label(local):
    """``UTC+1``, ``UTC+5:30``, ``UTC-3``, or ``UTC`` for an aware datetime."""
    offset = local.utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    hours, minutes = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}:{minutes:02d}" if minutes else f"UTC{sign}{hours}"


def zone_label(local):
    """``CET (UTC+1)``; just ``(UTC+4)`` where the zone has no letter abbreviation."""
    offset = utc_offset_label(local)
    abbreviation = local.tzname() or ""
    if not abbreviation or abbreviation[0] in "+-" or abbreviation in {"UTC", "GMT"}:
        return f"({offset})" if offset != "UTC" else "UTC"
    return f"{abbreviation} ({offset})"


def long_date(day, weekday=True):
    formatted = date_format(day, "DATE_FORMAT")
    if not weekday:
        return formatted
    return _("%(weekday)s, %(date)s") % {"weekday": date_format(day, "l"), "date": formatted}


def clock(local):
    """A 24-hour clock time: read the same way in every language of the portal."""
    return date_format(local, "H:i")


def _time_element(value, text):
    return format_html('<time datetime="{}">{}</time>', value, text)


def _range(start, end):
    # The pattern comes from our own catalogue; start and end are already escaped HTML.
    return mark_safe(_("%(start)s – %(end)s") % {"start": start, "end": end})


def _zone(local):
    return format_html('<span class="time-zone" dir="ltr">{}</span>', zone_label(local))


def event_when_html(event, weekday=True):
    """The event's date(s) and time(s) as HTML ``<time>`` elements, in its own zone."""
    if event.is_all_day:
        start = _time_element(
            event.start_date.isoformat(), long_date(event.start_date, weekday=weekday)
        )
        if event.end_date == event.start_date:
            return start
        end = _time_element(event.end_date.isoformat(), long_date(event.end_date, weekday=weekday))
        return _range(start, end)

    local_start, local_end = event.local_starts_at, event.local_ends_at
    start = _time_element(
        local_start.isoformat(timespec="minutes"),
        _("%(day)s, %(time)s")
        % {"day": long_date(local_start.date(), weekday=weekday), "time": clock(local_start)},
    )
    if local_end.date() == local_start.date():
        end = _time_element(local_end.isoformat(timespec="minutes"), clock(local_end))
        if zone_label(local_start) == zone_label(local_end):
            return format_html("{} {}", _range(start, end), _zone(local_end))
        return _range(
            format_html("{} {}", start, _zone(local_start)),
            format_html("{} {}", end, _zone(local_end)),
        )
    end = _time_element(
        local_end.isoformat(timespec="minutes"),
        _("%(day)s, %(time)s")
        % {"day": long_date(local_end.date(), weekday=weekday), "time": clock(local_end)},
    )
    return _range(
        format_html("{} {}", start, _zone(local_start)),
        format_html("{} {}", end, _zone(local_end)),
    )


def event_where_text(event):
    """Venue, city and country, or the online link, as one line of plain text."""
    parts = [value for value in (event.venue, event.city) if value]
    if event.country:
        parts.append(str(event.country.name))
    if event.is_online or (event.online_url and not parts):
        parts.append(_("Online"))
    return ", ".join(parts)
