"""RSS 2.0 and Atom 1.0 feeds of the news, per language and per tag.

A feed is in the language of its URL prefix (``/fr/news/rss/``): the channel's texts,
each item's title and summary, and the links, which go to the French pages. An item
not yet translated into that language is given wholly in English (title and summary
together, never mixed) and says so: machine-readably (Atom ``xml:lang`` on the entry,
RSS ``<dc:language>``) and for people, with a note at the start of the summary.

Ids do not change when an item is edited or renamed: they are tag URIs built from the
host, the item's creation date, its primary key and the feed's language.

Feeds never look at the visitor (no session, no cookie), so the per-URL page cache
stores them like pages.
"""

import copy
import datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import feedgenerator
from django.utils.html import format_html
from django.utils.translation import get_language, override
from django.utils.translation import gettext as _

from cop_portal.languages import portal_language
from cop_portal.page_dependencies import page_shows_only
from cop_portal.translated_fields import SOURCE_LANGUAGE, available_languages
from news.models import NewsItem, NewsTag

FEED_LENGTH = 20
DUBLIN_CORE = "http://purl.org/dc/elements/1.1/"
FEED_TEXT_FIELDS = ("title", "summary")


def item_language(item, language):
    """The language the feed gives ``item`` in: the feed's own, or English as a whole."""
    if all(language in available_languages(item, field) for field in FEED_TEXT_FIELDS):
        return language
    return SOURCE_LANGUAGE


class LanguageMarkedRss(feedgenerator.Rss201rev2Feed):
    """RSS 2.0 whose items may carry ``<dc:language>`` when not in the channel's language."""

    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:dc": DUBLIN_CORE}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        if item.get("language"):
            handler.addQuickElement("dc:language", item["language"])


class LanguageMarkedAtom(feedgenerator.Atom1Feed):
    """Atom 1.0 whose entries carry ``xml:lang`` when not in the feed's language."""

    def item_attributes(self, item):
        attributes = super().item_attributes(item)
        if item.get("language"):
            attributes["xml:lang"] = item["language"]
        return attributes


class NewsFeed(Feed):
    feed_type = LanguageMarkedRss

    def __call__(self, request, *args, **kwargs):
        # The instance is shared by every request; each request gets its own copy
        # that knows the request (for the host in the ids).
        feed = copy.copy(self)
        feed.request = request
        return Feed.__call__(feed, request, *args, **kwargs)

    @property
    def language(self):
        return portal_language(get_language()).hreflang

    def get_object(self, request, *args, **kwargs):
        return None

    def items(self, obj):
        queryset = NewsItem.objects.published().newest_first().prefetch_related("tags")
        if obj is not None:
            page_shows_only(NewsItem, tags=obj.pk)  # a tag's feed: that tag's items only
            queryset = queryset.filter(tags=obj)
        return queryset[:FEED_LENGTH]

    def title(self, obj):
        if obj is None:
            return _("%(portal)s: news") % {"portal": settings.PORTAL_NAME}
        return _("%(portal)s: news tagged “%(tag)s”") % {
            "portal": settings.PORTAL_NAME,
            "tag": obj.name,
        }

    def link(self, obj):
        if obj is None:
            return reverse("news:index")
        return reverse("news:tag", kwargs={"tag": obj.slug})

    def description(self, obj):
        return _("News from the Child Online Protection initiative and its partners.")

    subtitle = description

    def _item_language(self, item):
        return item_language(item, get_language())

    def item_title(self, item):
        with override(self._item_language(item)):
            return item.title

    def item_description(self, item):
        language = self._item_language(item)
        with override(language):
            summary = format_html("<p>{}</p>", item.summary)
        if language == get_language():
            return summary
        note = _("Not yet available in %(language)s; shown in English.") % {
            "language": portal_language(get_language()).native_name
        }
        reader = portal_language(get_language())
        return format_html(
            '<p lang="{}" dir="{}"><em>{}</em></p>{}',
            reader.hreflang,
            reader.direction,
            note,
            summary,
        )

    def item_link(self, item):
        return item.get_absolute_url()

    def item_guid(self, item):
        host = urlsplit(f"//{self.request.get_host()}").hostname
        created = item.created_at.astimezone(datetime.UTC).date().isoformat()
        return f"tag:{host},{created}:news/{item.pk}/{portal_language(get_language()).hreflang}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return max(item.published_at, item.updated_at)

    def item_categories(self, item):
        return [tag.name for tag in item.tags.all()]

    def item_extra_kwargs(self, item):
        language = self._item_language(item)
        if language == get_language():
            return {}
        return {"language": portal_language(language).hreflang}


class NewsRssFeed(NewsFeed):
    feed_type = LanguageMarkedRss


class NewsAtomFeed(NewsFeed):
    feed_type = LanguageMarkedAtom


class TagFeedMixin:
    def get_object(self, request, tag):
        return get_object_or_404(NewsTag.objects.in_public_news(), slug=tag)


class TagRssFeed(TagFeedMixin, NewsRssFeed):
    pass


class TagAtomFeed(TagFeedMixin, NewsAtomFeed):
    pass
