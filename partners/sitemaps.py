"""Sitemap sections for the partner pages (listed in /sitemap.xml by cop_portal)."""

from django.db.models.functions import Coalesce
from django.urls import reverse

from cop_portal.sitemaps import PortalSitemap
from partners.models import Partner


class PartnerSitemap(PortalSitemap):
    """Published partners' profiles."""

    latest_lastmod_expression = Coalesce("profile_updated_at", "created_at")

    def items(self):
        return Partner.objects.published().order_by("pk")

    def lastmod(self, partner):
        return partner.profile_updated_at or partner.created_at


class PartnerPagesSitemap(PortalSitemap):
    def items(self):
        return ["partners:index", "partners:help"]

    def location(self, name):
        return reverse(name)
