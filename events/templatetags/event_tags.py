"""Template tags for the events pages: when an event is, in its own time zone."""

from django import template

from events.schedule import clock, event_when_html

register = template.Library()


@register.simple_tag
def event_when(event, weekday=True):
    """Dates and times as ``<time>`` elements, e.g. "21 Feb 2014, 14:00 – 17:00 CET (UTC+1)"."""
    return event_when_html(event, weekday=weekday)


@register.filter
def event_clock(event):
    """The local start time ("14:00") of a timed event, empty for an all-day one."""
    return "" if event.is_all_day else clock(event.local_starts_at)
