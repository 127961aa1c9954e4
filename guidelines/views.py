from django.db.models import Prefetch
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import get_language
from django.views.generic import DetailView, ListView

from cop_portal.last_updated import latest
from cop_portal.page_dependencies import page_shows_only
from cop_portal.previews import PreviewMixin
from guidelines.availability import LANGUAGE_CODES, complete_languages
from guidelines.forms import PublicationFilterForm
from guidelines.models import (
    Audience,
    Caption,
    Document,
    GuidelineSet,
    Publication,
    PublicationFile,
    Resource,
    Section,
    Topic,
)

PUBLICATIONS_PAGE_SIZE = 12
# How many of a topic's, an audience's or a partner's entries their pages list.
RELATED_PUBLICATIONS = 10


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
        page_shows_only(Publication, audiences=audience.pk)
        publications = list(listed_publications().filter(audiences=audience)[:RELATED_PUBLICATIONS])
        context.update(
            guideline_sets=guideline_sets,
            resources=resources,
            publications=publications,
            help_url=help_url_for(audience),
            available_languages=complete_languages([audience, *guideline_sets, *resources]),
            last_updated=latest(
                audience.updated_at,
                *(guideline_set.updated_at for guideline_set in guideline_sets),
                *(resource.updated_at for resource in resources),
                *(publication.updated_at for publication in publications),
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
        page_shows_only(Publication, topics=topic.pk)
        context["publications"] = publications = list(
            related_publications().filter(topics=topic)[:RELATED_PUBLICATIONS]
        )
        context["last_updated"] = latest(
            *(section.updated_at for section in sections),
            *(resource.updated_at for resource in resources),
            *(publication.updated_at for publication in publications),
        )
        return context


def listed_publications():
    """Public library entries, newest first, with what a list shows of each (a constant
    number of queries however many there are)."""
    return (
        Publication.objects.published()
        .newest_first()
        .select_related("partner")
        .prefetch_related(
            Prefetch("files", queryset=PublicationFile.objects.only("publication", "language")),
            Prefetch("captions", queryset=Caption.objects.only("publication", "language")),
        )
    )


def related_publications():
    """Public entries as the sections of other pages list them (topics, audiences,
    partners): without their files' and captions' languages, so that those pages do not
    depend on every file and caption of the library (page_dependencies)."""
    return Publication.objects.published().newest_first()


def in_portal_order(items):
    """Files or captions in the portal's language order (the language bar's)."""
    return sorted(items, key=lambda item: LANGUAGE_CODES.index(item.language))


class PublicationListView(ListView):
    """``publications/``: the library, filtered by the query string (kind, audience,
    topic, language, year). Filters that are not among the choices answer 400, with the
    form's errors and an empty list."""

    template_name = "guidelines/publication_list.html"
    context_object_name = "publications"
    paginate_by = PUBLICATIONS_PAGE_SIZE

    def get(self, request, *args, **kwargs):
        years = (
            Publication.objects.published()
            .order_by("-year")
            .values_list("year", flat=True)
            .distinct()
        )
        self.filters = PublicationFilterForm(request.GET, years=list(years))
        response = super().get(request, *args, **kwargs)
        if not self.filters.is_valid():
            response.status_code = 400
        return response

    def get_queryset(self):
        if not self.filters.is_valid():
            return Publication.objects.none()
        return self.filters.filter(listed_publications())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(filters=self.filters, **kwargs)
        for publication in context["publications"]:
            # What each entry can be read or watched in: its files, or a video's captions.
            items = publication.captions.all() if publication.is_video else publication.files.all()
            publication.languages = in_portal_order(items)
        return context


class PublicationDetailView(DetailView):
    """``publications/<slug>/``: one public entry, its files per language or its video
    with captions and transcript."""

    template_name = "guidelines/publication_detail.html"
    context_object_name = "publication"

    def get_queryset(self):
        return Publication.objects.published().select_related("partner")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        publication = self.object
        # What the page shows of the library (page_dependencies.page_shows_only).
        page_shows_only(Publication, pk=publication.pk)
        page_shows_only(PublicationFile, publication=publication.pk)
        page_shows_only(Caption, publication=publication.pk)
        captions = in_portal_order(publication.captions.all())
        languages = [caption.language for caption in captions]
        reader = get_language()
        default_caption = reader if reader in languages else ("en" if "en" in languages else None)
        partner = publication.partner
        context.update(
            files=in_portal_order(publication.files.all()),
            captions=captions,
            default_caption=default_caption,
            audiences=list(publication.audiences.all()),
            topics=list(publication.topics.all()),
            publisher_partner=partner if partner is not None and partner.published else None,
            last_updated=publication.updated_at,
        )
        return context


class PublicationPreviewView(PreviewMixin, PublicationDetailView):
    """``publications/<slug>/preview/``: any entry, draft or not, for staff who may view
    the library (cop_portal/previews.py)."""

    def may_preview(self, user, publication):
        return user.has_perm("guidelines.view_publication")

    def get_queryset(self):
        return Publication.objects.select_related("partner")


def publication_captions(request, slug, language):
    """``publications/<slug>/captions/<language>.vtt``: a public video's captions, as
    ``text/vtt`` in UTF-8 (what browsers require of a ``<track>``)."""
    if language not in LANGUAGE_CODES:
        raise Http404("No captions in this language.")
    caption = get_object_or_404(
        Caption.objects.filter(publication__published=True),
        publication__slug=slug,
        language=language,
    )
    page_shows_only(Caption, publication=caption.publication_id)
    with caption.file.open("rb") as file:
        content = file.read()
    return HttpResponse(content, content_type="text/vtt; charset=utf-8")
