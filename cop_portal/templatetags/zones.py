"""``{{ moment|in_zones }}`` in admin templates: a date-time that names its zone, e.g.
"Feb. 9, 2027, 08:00 Geneva (07:00 UTC)" (cop_portal/time_zones.py)."""

from django import template

from cop_portal import time_zones

register = template.Library()


@register.filter
def in_zones(value):
    return time_zones.in_zones(value)
