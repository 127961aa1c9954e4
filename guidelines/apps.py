from django.utils.translation import gettext_lazy as _

from cop_portal import contributions


class GuidelinesConfig(contributions.PortalAppConfig):
    name = "guidelines"
    verbose_name = _("Guidelines")
    section_position = 10
    # A guideline set's page shows its own sections and documents, and the sets of its
    # audience (previous and next).
    page_groups = {
        "guidelineset": ("audience",),
        "section": ("guideline_set",),
        "document": ("guideline_set",),
    }

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from guidelines import signals
        from guidelines.models import Document, GuidelineSet, Section

        post_save.connect(signals.guideline_set_saved, GuidelineSet, dispatch_uid="set-pdf")
        post_save.connect(signals.section_changed, Section, dispatch_uid="section-pdf")
        post_delete.connect(signals.section_changed, Section, dispatch_uid="section-pdf-del")
        post_delete.connect(signals.document_deleted, Document, dispatch_uid="upload-deleted")

    def home_section(self, request):
        """The four audiences: the home page's main way in."""
        from guidelines.models import Audience

        return {
            "template": "guidelines/home_section.html",
            "audiences": Audience.objects.all(),
        }

    def search_sources(self):
        """Sections of published guideline sets, and the projects and initiatives."""
        from cop_portal.templatetags.portal import translated
        from guidelines.models import Resource, Section

        return [
            contributions.SearchSource(
                kind="guidelines",
                label=_("Guidelines"),
                queryset=lambda: Section.objects.published().select_related(
                    "guideline_set__audience"
                ),
                title="title",
                text={"body": "B", "key_points": "B"},
                describe=lambda section: translated(section.guideline_set, "title"),
            ),
            contributions.SearchSource(
                kind="resources",
                label=_("Projects and initiatives"),
                queryset=lambda: Resource.objects.select_related("audience"),
                title="title",
                text={"description": "B", "organisation": "C"},
                # Listed on its audience's page (its own link leads off the portal).
                url=lambda resource: (
                    f"{resource.audience.get_absolute_url()}#resource-{resource.pk}"
                ),
                describe=lambda resource: translated(resource.audience, "title"),
            ),
        ]

    def sitemaps(self):
        from guidelines.sitemaps import (
            AudienceSitemap,
            GuidelinePagesSitemap,
            GuidelineSetSitemap,
            TopicSitemap,
        )

        return {
            "guideline-pages": GuidelinePagesSitemap,
            "audiences": AudienceSitemap,
            "guidelines": GuidelineSetSitemap,
            "topics": TopicSitemap,
        }
