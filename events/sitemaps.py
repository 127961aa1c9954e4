"""Sitemap sections for the events pages (wired into /sitemap.xml by the search issue)."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from events.models import Event


class EventSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = False

    def items(self):
        return Event.objects.published().order_by("pk")

    def lastmod(self, event):
        return event.updated_at


class EventPagesSitemap(Sitemap):
    """The list and a year archive per year with events (month grids are reached from
    them; listing every month would only add empty pages)."""

    i18n = True
    alternates = True

    def items(self):
        years = Event.objects.published().dates("first_day", "year")
        return [("events:index", {})] + [("events:year", {"year": day.year}) for day in years]

    def location(self, item):
        name, kwargs = item
        return reverse(name, kwargs=kwargs)
