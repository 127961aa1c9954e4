from django.utils.translation import gettext_lazy as _

from cop_portal import contributions


class GuidelinesConfig(contributions.PortalAppConfig):
    name = "guidelines"
    verbose_name = _("Guidelines")
    section_position = 10
    # A guideline set's page shows its own sections and documents, and the sets of its
    # audience (previous and next).
    # A library entry's page shows that entry, its files and captions; an audience's, a
    # topic's and a partner's pages show the entries for them.
    page_groups = {
        "guidelineset": ("audience",),
        "section": ("guideline_set",),
        "document": ("guideline_set",),
        "publication": ("pk", "partner", "audiences", "topics"),
        "publicationfile": ("publication",),
        "caption": ("publication",),
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

    def partner_section(self, partner):
        """The library entries ``partner`` published, for its profile page."""
        from cop_portal.page_dependencies import page_shows_only
        from guidelines.models import Publication
        from guidelines.views import RELATED_PUBLICATIONS, related_publications

        page_shows_only(Publication, partner=partner.pk)
        publications = list(related_publications().filter(partner=partner)[:RELATED_PUBLICATIONS])
        if not publications:
            return None
        return {"template": "guidelines/partner_section.html", "publications": publications}

    def search_sources(self):
        """Sections of published guideline sets, and the projects and initiatives."""
        from cop_portal.templatetags.portal import translated
        from guidelines.models import Publication, Resource, Section

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
            contributions.SearchSource(
                kind="publications",
                label=_("Publications and videos"),
                queryset=Publication.objects.published,
                title="title",
                text={"summary": "B", "description": "C", "transcript": "C", "publisher": "D"},
                describe=lambda publication: (
                    f"{publication.get_kind_display()} · {publication.year}"
                ),
            ),
        ]

    def site_map_section(self):
        """The guidelines: each audience with its published sets, the topics, and the
        library of publications."""
        from django.db.models import Prefetch
        from django.urls import reverse

        from cop_portal.templatetags.portal import translated
        from guidelines.models import Audience, GuidelineSet, Topic

        public_sets = GuidelineSet.objects.published().select_related("audience")
        audiences = Audience.objects.order_by("position").prefetch_related(
            Prefetch("guideline_sets", queryset=public_sets, to_attr="public_sets")
        )
        entry = contributions.SiteMapEntry
        children = [
            entry(
                translated(audience, "title"),
                audience.get_absolute_url(),
                tuple(
                    entry(translated(guideline_set, "title"), guideline_set.get_absolute_url())
                    for guideline_set in audience.public_sets
                ),
            )
            for audience in audiences
        ]
        topics = tuple(
            entry(translated(topic, "name"), topic.get_absolute_url())
            for topic in Topic.objects.order_by("slug")
        )
        children.append(entry(_("Topics"), reverse("guidelines:topics"), topics))
        children.append(entry(_("Publications"), reverse("guidelines:publications")))
        return entry(_("Guidelines"), reverse("guidelines:index"), tuple(children))

    def sitemaps(self):
        from guidelines.sitemaps import (
            AudienceSitemap,
            GuidelinePagesSitemap,
            GuidelineSetSitemap,
            PublicationSitemap,
            TopicSitemap,
        )

        return {
            "guideline-pages": GuidelinePagesSitemap,
            "audiences": AudienceSitemap,
            "guidelines": GuidelineSetSitemap,
            "topics": TopicSitemap,
            "publications": PublicationSitemap,
        }
