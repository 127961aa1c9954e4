from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def apply_representative_permissions(sender, **kwargs):
    """Keep the representatives group's permissions in step with the code."""
    from partners.permissions import representatives_group_apply

    representatives_group_apply()


class PartnersConfig(AppConfig):
    name = "partners"
    verbose_name = _("Partners")

    def ready(self):
        # After every migrate (permissions only exist from post_migrate on); other apps
        # add theirs with ``representative_permissions`` on their AppConfig.
        post_migrate.connect(
            apply_representative_permissions,
            sender=self,
            dispatch_uid="partners.apply_representative_permissions",
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
        from cop_portal.search import SearchSource
        from partners.models import Partner

        return [
            SearchSource(
                kind="partners",
                label=_("Partners"),
                queryset=Partner.objects.published,
                title="name",
                text={"description": "B"},
                describe=lambda partner: partner.place,
            )
        ]

    def sitemaps(self):
        from partners.sitemaps import PartnerPagesSitemap, PartnerSitemap

        return {"partner-pages": PartnerPagesSitemap, "partners": PartnerSitemap}
