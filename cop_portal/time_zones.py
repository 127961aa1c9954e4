"""Date-times in the admin, said with their zones: "9 Feb 2027, 08:00 Geneva (07:00 UTC)".

The portal stores instants in UTC. Its office is in Geneva: the admin shows and reads
times in Geneva time unless an editor chooses another zone for a time they type
(``SCHEDULING_ZONES``). Events keep their own zone. Zones are named by their city, in
the admin's language (Geneva through our catalogues, the others from the Unicode CLDR
through Babel), and dates follow Django's format for that language.
"""

import datetime
import zoneinfo

from babel.dates import get_timezone, get_timezone_location
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import get_language, gettext, to_locale
from django.utils.translation import gettext_lazy as _

# Geneva keeps Swiss time; the IANA zone for Switzerland is named after Zurich.
OFFICE_ZONE = zoneinfo.ZoneInfo("Europe/Zurich")
UTC = datetime.UTC

# Zones an editor may type a publication time in (the office's first).
SCHEDULING_ZONES = (
    "Europe/Zurich",
    "UTC",
    "Europe/London",
    "Africa/Nairobi",
    "Africa/Lagos",
    "Asia/Dubai",
    "Asia/Kolkata",
    "Asia/Bangkok",
    "Asia/Shanghai",
    "Australia/Sydney",
    "America/New_York",
    "America/Sao_Paulo",
)
ZONE_NAMES = {"Europe/Zurich": _("Geneva"), "UTC": _("UTC")}


def _key(zone):
    return getattr(zone, "key", None) or str(zone)


def zone_name(zone):
    """The zone's city in the active language ("Genève", "New York", "UTC")."""
    key = _key(zone)
    if key in ZONE_NAMES:
        return str(ZONE_NAMES[key])
    try:
        return get_timezone_location(
            get_timezone(key), locale=to_locale(get_language() or "en"), return_city=True
        )
    except (LookupError, ValueError):
        return key


def scheduling_zone_choices():
    return [(key, zone_name(zoneinfo.ZoneInfo(key))) for key in SCHEDULING_ZONES]


def _day_and_time(value):
    return date_format(value, "DATE_FORMAT"), value.strftime("%H:%M")


def in_zones(value, zone=None):
    """``value`` (an aware instant) in ``zone`` (the active one by default) and in UTC."""
    if value is None:
        return "—"
    zone = zone or timezone.get_current_timezone()
    local = timezone.localtime(value, zone)
    day, time = _day_and_time(local)
    utc = timezone.localtime(value, UTC)
    if _key(zone) == "UTC":
        return gettext("%(date)s, %(time)s UTC") % {"date": day, "time": time}
    utc_day, utc_time = _day_and_time(utc)
    return gettext("%(date)s, %(time)s %(zone)s (%(utc)s UTC)") % {
        "date": day,
        "time": time,
        "zone": zone_name(zone),
        "utc": utc_time if utc_day == day else f"{utc_day}, {utc_time}",
    }


def zoned_display(model, field_name):
    """A ModelAdmin column or read-only field: a date-time field of ``model`` in zones."""

    def display(model_admin, obj):
        return in_zones(getattr(obj, field_name))

    display.__name__ = field_name
    display.short_description = model._meta.get_field(field_name).verbose_name
    display.admin_order_field = field_name
    return display


def wall_clock_in_zone(value, zone):
    """A typed time (read by Django in the active zone) placed in ``zone`` instead, and
    whether that wall-clock time exists there (not in a clock change's gap)."""
    wall_clock = timezone.make_naive(value) if timezone.is_aware(value) else value
    local = wall_clock.replace(tzinfo=zone)
    exists = local.astimezone(UTC).astimezone(zone).replace(tzinfo=None) == wall_clock
    return local, exists
