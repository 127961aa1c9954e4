"""Sitemap sections for the guidance pages (listed in /sitemap.xml by cop_portal)."""

from django.urls import reverse

from cop_portal.sitemaps import PortalSitemap
from guidelines.models import Audience, GuidelineSet, Publication, Topic


class AudienceSitemap(PortalSitemap):
    def items(self):
        return Audience.objects.order_by("position")


class GuidelineSetSitemap(PortalSitemap):
    """Published guideline sets (their sections are parts of the set's page)."""

    def items(self):
        return GuidelineSet.objects.published().select_related("audience").order_by("pk")

    def lastmod(self, guideline_set):
        return guideline_set.edition_date


class GuidelinePagesSitemap(PortalSitemap):
    def items(self):
        return ["guidelines:index", "guidelines:topics", "guidelines:publications"]

    def location(self, name):
        return reverse(name)


class TopicSitemap(PortalSitemap):
    def items(self):
        return Topic.objects.order_by("slug")


class PublicationSitemap(PortalSitemap):
    """Published entries of the library (publications and videos)."""

    def items(self):
        return Publication.objects.published().order_by("pk")

    def lastmod(self, publication):
        return publication.updated_at
