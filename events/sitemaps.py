"""Sitemap sections for the events pages (listed in /sitemap.xml by cop_portal)."""

from django.urls import reverse

from cop_portal.sitemaps import PortalSitemap
from events.models import Event


class EventSitemap(PortalSitemap):
    """Every published event, past and upcoming."""

    latest_lastmod_expression = "updated_at"

    def items(self):
        return Event.objects.published().order_by("pk")

    def lastmod(self, event):
        return event.updated_at


class EventPagesSitemap(PortalSitemap):
    """The list and a year archive per year with events (month grids are reached from
    them; listing every month would only add empty pages)."""

    def items(self):
        years = Event.objects.published().dates("first_day", "year")
        return [("events:index", {})] + [("events:year", {"year": day.year}) for day in years]

    def location(self, item):
        name, kwargs = item
        return reverse(name, kwargs=kwargs)
