from django.utils.translation import gettext_lazy as _

from cop_portal import contributions


class PartnersConfig(contributions.PortalAppConfig):
    name = "partners"
    verbose_name = _("Partners")
    section_position = 40
    # A partner's page shows that partner only; an event's page, its organisers; a news
    # item's page, the partners it is about. The help page for a country shows that
    # country's entry only.
    page_groups = {
        "partner": ("pk", "events", "news_items"),
        "countryhelp": ("country",),
    }
    # Without it the partners admin shows a user only the partner they represent.
    editor_permissions = ("partners.moderate_partners",)
    # A representative keeps their own partner's profile, help services and contacts
    # (partners/permissions.py confines them to it); never adds or deletes a partner.
    representative_permissions = (
        "partners.view_partner",
        "partners.change_partner",
        *contributions.model_permissions("partners", "helpservice", "contact"),
    )

    def home_section(self, request):
        """A few featured partners and the way to help, on the home page."""
        from partners.models import Partner

        partners = list(Partner.objects.published().filter(featured=True).order_by("name")[:8])
        if not partners:
            return None
        return {"template": "partners/home_section.html", "partners": partners}

    def search_sources(self):
        """Published partners, by name and description."""
        return [
            self.published_search_source(
                "Partner",
                title="name",
                text={"description": "B"},
                describe=lambda partner: partner.place,
            )
        ]

    def site_map_section(self):
        """The partner directory (each partner is reached from it) and the help page."""
        from django.urls import reverse

        entry = contributions.SiteMapEntry
        return [
            entry(_("Partners"), reverse("partners:index")),
            entry(_("Get help"), reverse("partners:help")),
        ]

    def sitemaps(self):
        from partners.sitemaps import PartnerPagesSitemap, PartnerSitemap

        return {"partner-pages": PartnerPagesSitemap, "partners": PartnerSitemap}
