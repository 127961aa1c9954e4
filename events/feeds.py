"""Subscriptions: RSS 2.0 of upcoming events, and the iCalendar feed (see ical.py)."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from cop_portal.languages import portal_language
from cop_portal.translated_fields import translated_value
from events.ical import event_summary
from events.models import Event

FEED_SIZE = 50


class UpcomingEventsFeed(Feed):
    description_template = "events/feed_item_description.html"
    item_guid_is_permalink = False

    def title(self):
        return _("Child Online Protection: upcoming events")

    def description(self):
        return _("Conferences, meetings and awareness days on child online protection.")

    def link(self):
        return reverse("events:index")

    def feed_url(self):
        return reverse("events:rss")

    @property
    def language(self):
        # The channel's <language> is the feed's (the URL prefix), as a BCP 47 tag.
        return portal_language(get_language()).hreflang

    def items(self):
        return Event.objects.published().upcoming().with_related()[:FEED_SIZE]

    def item_title(self, item):
        return event_summary(item)[0]

    def item_link(self, item):
        return item.get_absolute_url()

    def item_guid(self, item):
        # The same for the life of the event, whatever is edited.
        return f"urn:uuid:{item.uid}"

    def item_pubdate(self, item):
        return item.created_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_categories(self, item):
        return [item.get_kind_display(), *(tag.name for tag in item.tags.all())]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        item = kwargs["item"]
        context["summary"] = translated_value(item, "summary")[0]
        return context
