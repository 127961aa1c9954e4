from django.urls import reverse

from cop_portal.pages.models import Page
from cop_portal.sitemaps import PortalSitemap


class PageSitemap(PortalSitemap):
    """The published editorial pages, in each of the portal's languages."""

    changefreq = "monthly"
    latest_lastmod_expression = "updated_at"

    def items(self):
        return Page.objects.published().in_key_order()

    def lastmod(self, page):
        return page.updated_at


class SiteMapPageSitemap(PortalSitemap):
    """The HTML site map (``sitemap/``)."""

    def items(self):
        return ["pages:sitemap"]

    def location(self, name):
        return reverse(name)
