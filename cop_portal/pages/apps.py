from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from cop_portal import contributions


class PagesConfig(contributions.PortalAppConfig):
    """About, privacy, accessibility and joining: the editorial pages (cop_portal/pages/)."""

    name = "cop_portal.pages"
    label = "pages"
    verbose_name = _("Editorial pages")
    # Each page shows itself only (the footer links to them without reading them).
    page_groups = {"page": ("pk",)}

    def search_sources(self):
        """The published pages, by title, summary and body."""
        return [
            self.published_search_source("Page", text={"summary": "B", "body": "C"}, describe=None)
        ]

    def sitemaps(self):
        from cop_portal.pages.sitemaps import PageSitemap, SiteMapPageSitemap

        return {"pages": PageSitemap, "site-map": SiteMapPageSitemap}

    def site_map_section(self):
        """The published pages and the contact form, under "About the portal"."""
        from cop_portal.pages.models import Page
        from cop_portal.templatetags.portal import translated

        children = [
            contributions.SiteMapEntry(translated(page, "title"), page.get_absolute_url())
            for page in Page.objects.published().in_key_order()
        ]
        children.append(contributions.SiteMapEntry(_("Contact us"), reverse("contact:form")))
        children.append(contributions.SiteMapEntry(_("Site map"), reverse("pages:sitemap")))
        return contributions.SiteMapEntry(_("About the portal"), "", tuple(children))
