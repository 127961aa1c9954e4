"""Sitemap sections for the partner pages (wired into /sitemap.xml by the search issue)."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from partners.models import Partner


class PartnerSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = False

    def items(self):
        return Partner.objects.visible().order_by("pk")

    def lastmod(self, partner):
        return partner.profile_updated_at or partner.created_at


class PartnerPagesSitemap(Sitemap):
    i18n = True
    alternates = True

    def items(self):
        return ["partners:index", "partners:help"]

    def location(self, name):
        return reverse(name)
