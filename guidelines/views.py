from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import get_language
from django.views.generic import DetailView, ListView

from cop_portal.last_updated import latest
from cop_portal.page_dependencies import page_shows_only
from cop_portal.previews import PreviewMixin
from guidelines.availability import complete_languages
from guidelines.models import (
    Audience,
    Document,
    GuidelineSet,
    Resource,
    Section,
    Topic,
)


def help_url_for(audience):
    """The helplines page, for the audiences that may need it (children, parents)."""
    if not audience.points_to_help:
        return None
    return reverse("partners:help")


def published_sets():
    return GuidelineSet.objects.published().prefetch_related(
        Prefetch("documents", queryset=Document.objects.order_by("position", "id"))
    )


def split_documents(documents):
    """The reader's own language first, then the others in the portal's order."""
    language = get_language()
    own = next((document for document in documents if document.language == language), None)
    return own, [document for document in documents if document is not own]


class AudienceListView(ListView):
    """``guidelines/``: the four audiences, each with its guideline sets."""

    model = Audience
    context_object_name = "audiences"

    def get_queryset(self):
        return Audience.objects.prefetch_related(
            Prefetch("guideline_sets", queryset=GuidelineSet.objects.published())
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["topics"] = Topic.objects.all()
        return context


class AudienceDetailView(DetailView):
    """``guidelines/<audience>/``: its sets (age bands for children), documents, resources."""

    model = Audience
    slug_url_kwarg = "audience"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        audience = self.object
        guideline_sets = list(published_sets().filter(audience=audience))
        for guideline_set in guideline_sets:
            guideline_set.audience = audience  # for their URLs, without a query each
        resources = list(
            Resource.objects.filter(audience=audience)
            .select_related("partner")
            .prefetch_related("topics")
        )
        context.update(
            guideline_sets=guideline_sets,
            resources=resources,
            help_url=help_url_for(audience),
            available_languages=complete_languages([audience, *guideline_sets, *resources]),
            last_updated=latest(
                audience.updated_at,
                *(guideline_set.updated_at for guideline_set in guideline_sets),
                *(resource.updated_at for resource in resources),
            ),
        )
        return context


class GuidelineSetDetailView(DetailView):
    """``guidelines/<audience>/<set>/``: contents, sections, downloads, previous and next."""

    template_name = "guidelines/guidelineset_detail.html"
    context_object_name = "guideline_set"

    def get_queryset(self):
        return GuidelineSet.objects.published()

    def get_object(self, queryset=None):
        return get_object_or_404(
            self.get_queryset().select_related("audience"),
            audience__slug=self.kwargs["audience"],
            slug=self.kwargs["guideline_set"],
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        guideline_set = self.object
        # What the page shows of sets, sections and documents (page_shows_only).
        page_shows_only(GuidelineSet, audience=guideline_set.audience_id)
        page_shows_only(Section, guideline_set=guideline_set.pk)
        page_shows_only(Document, guideline_set=guideline_set.pk)
        sections = list(guideline_set.sections.prefetch_related("topics"))
        documents = list(guideline_set.documents.order_by("position", "id"))
        own_document, other_documents = split_documents(documents)
        siblings = list(GuidelineSet.objects.published().filter(audience=guideline_set.audience))
        # A draft (in its preview) has no place among the published sets: no neighbours.
        index = next((i for i, item in enumerate(siblings) if item.pk == guideline_set.pk), None)
        last = len(siblings) - 1
        next_set = siblings[index + 1] if index is not None and index < last else None
        for sibling in siblings:
            sibling.audience = guideline_set.audience  # for get_absolute_url, no query
        context.update(
            audience=guideline_set.audience,
            sections=sections,
            documents=documents,
            own_document=own_document,
            other_documents=other_documents,
            previous_set=siblings[index - 1] if index else None,
            next_set=next_set,
            help_url=help_url_for(guideline_set.audience),
            available_languages=complete_languages([guideline_set, *sections]),
            # The set's own text and its sections' (edited on the set's admin page).
            last_updated=latest(
                guideline_set.updated_at, *(section.updated_at for section in sections)
            ),
        )
        return context


class GuidelineSetPreviewView(PreviewMixin, GuidelineSetDetailView):
    """``guidelines/<audience>/<set>/preview/``: any set, draft or not, for staff who may
    view guideline sets (cop_portal/previews.py)."""

    def may_preview(self, user, guideline_set):
        return user.has_perm("guidelines.view_guidelineset")

    def get_queryset(self):
        return GuidelineSet.objects.all()


class TopicListView(ListView):
    """``guidelines/topics/``: every topic."""

    model = Topic
    context_object_name = "topics"


class TopicDetailView(DetailView):
    """``guidelines/topics/<topic>/``: the sections and resources about a topic."""

    model = Topic
    slug_url_kwarg = "topic"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        topic = self.object
        context["sections"] = sections = list(
            Section.objects.published()
            .filter(topics=topic)
            .select_related("guideline_set__audience")
            .order_by("guideline_set__audience__position", "guideline_set__position", "position")
        )
        context["resources"] = resources = list(
            Resource.objects.filter(topics=topic)
            .select_related("audience")
            .order_by("audience__position", "position")
        )
        context["last_updated"] = latest(
            *(section.updated_at for section in sections),
            *(resource.updated_at for resource in resources),
        )
        return context
