from django.shortcuts import get_object_or_404
from django.views.generic import DetailView, ListView

from cop_portal.last_updated import latest
from cop_portal.page_dependencies import page_shows_only
from cop_portal.previews import PreviewMixin
from cop_portal.templatetags.portal import translated
from news.models import NewsItem, NewsTag

PAGE_SIZE = 10


class NewsListView(ListView):
    """``news/``: every public item, newest first, with links to the year archives."""

    template_name = "news/newsitem_list.html"
    context_object_name = "news_items"
    paginate_by = PAGE_SIZE

    def get_queryset(self):
        return NewsItem.objects.published().newest_first().prefetch_related("tags")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["years"] = [
            moment.year
            for moment in NewsItem.objects.published().datetimes(
                "published_at", "year", order="DESC"
            )
        ]
        return context


class NewsYearView(NewsListView):
    """``news/<yyyy>/``: the public items of one year; 404 for a year without news."""

    template_name = "news/newsitem_archive_year.html"
    allow_empty = False

    def get_queryset(self):
        return super().get_queryset().filter(published_at__year=self.kwargs["year"])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["year"] = int(self.kwargs["year"])
        return context


class NewsTagView(ListView):
    """``news/tag/<tag>/``: the public items with one tag, and that tag's feeds."""

    template_name = "news/newsitem_tag.html"
    context_object_name = "news_items"
    paginate_by = PAGE_SIZE

    def get_queryset(self):
        self.tag = get_object_or_404(NewsTag.objects.in_public_news(), slug=self.kwargs["tag"])
        page_shows_only(NewsItem, tags=self.tag.pk)  # that tag's items only
        return (
            NewsItem.objects.published()
            .filter(tags=self.tag)
            .newest_first()
            .prefetch_related("tags")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["tag"] = self.tag
        # The name in the reader's language, or marked as English where it has none yet.
        context["tag_label"] = translated(self.tag, "name")
        return context


class NewsDetailView(DetailView):
    """``news/<slug>/``: one public item. Drafts and scheduled items are 404 here.

    The view never looks at the visitor (no session, no cookie), so the page is the
    same for everyone and can be cached per URL.
    """

    template_name = "news/newsitem_detail.html"
    context_object_name = "item"

    def get_queryset(self):
        return NewsItem.objects.published().prefetch_related("tags")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        item = self.object
        # What the page shows (page_dependencies.page_shows_only): the item, the items
        # sharing one of its tags, the partners and events it is about.
        page_shows_only(NewsItem, pk=item.pk)
        for tag in item.tags.all():
            page_shows_only(NewsItem, tags=tag.pk)
        page_shows_only(item.partners.model, news_items=item.pk)
        page_shows_only(item.events.model, news_items=item.pk)
        context["related_news"] = list(self.object.related_news())
        context["related_partners"] = list(self.object.related_partners())
        context["related_events"] = list(self.object.related_events())
        # A scheduled item may have been saved before it became public.
        context["last_updated"] = latest(item.updated_at, item.published_at)
        return context


class NewsPreviewView(PreviewMixin, NewsDetailView):
    """``news/<slug>/preview/``: any item, as it will look, for staff who may view news
    (cop_portal/previews.py)."""

    def may_preview(self, user, item):
        return user.has_perm("news.view_newsitem")

    def is_public(self, item):
        return item.is_public

    def get_queryset(self):
        return NewsItem.objects.prefetch_related("tags")
