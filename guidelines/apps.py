from django.utils.translation import gettext_lazy as _

from cop_portal import contributions


def _publications_url():
    """``publications/`` once the library is routed, else "" (it is built apart; the
    address is fixed by the design, its URL name not yet)."""
    from django.urls import Resolver404, resolve, reverse

    path = reverse("home") + "publications/"
    try:
        resolve(path)
    except Resolver404:
        return ""
    return path


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
        if publications := _publications_url():
            children.append(entry(_("Publications"), publications))
        return entry(_("Guidelines"), reverse("guidelines:index"), tuple(children))

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
