"""RSS 2.0 and Atom 1.0 feeds of the library, per language (``/fr/publications/rss/``).

They follow the news feeds (news/feeds.py): the feed is in the language of its prefix,
an entry not yet translated into it is given wholly in English and marked so, and ids are
tag URIs that do not change when an entry is edited or renamed.
"""

import datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from cop_portal.languages import portal_language
from guidelines.models import Publication
from news.feeds import LanguageMarkedAtom, LanguageMarkedRss, NewsFeed

FEED_LENGTH = 20


class PublicationFeed(NewsFeed):
    """The news feed's language rules over the library's public entries."""

    def items(self, obj):
        return (
            Publication.objects.published().newest_first().prefetch_related("topics")[:FEED_LENGTH]
        )

    def title(self, obj):
        return _("%(portal)s: publications and videos") % {"portal": settings.PORTAL_NAME}

    def link(self, obj):
        return reverse("guidelines:publications")

    def description(self, obj):
        return _(
            "Reports, guides, letters, press releases and video messages of the Child "
            "Online Protection initiative and its partners."
        )

    subtitle = description

    def item_guid(self, item):
        host = urlsplit(f"//{self.request.get_host()}").hostname
        created = item.created_at.astimezone(datetime.UTC).date().isoformat()
        language = portal_language(get_language()).hreflang
        return f"tag:{host},{created}:publications/{item.pk}/{language}"

    def item_pubdate(self, item):
        return item.created_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_categories(self, item):
        return [item.get_kind_display(), *(topic.name for topic in item.topics.all())]


class PublicationRssFeed(PublicationFeed):
    feed_type = LanguageMarkedRss


class PublicationAtomFeed(PublicationFeed):
    feed_type = LanguageMarkedAtom
