from django.utils.translation import gettext_lazy as _

from cop_portal import contributions
from cop_portal.page_dependencies import page_shows_only

HOME_EVENTS = 3
PARTNER_PAST_EVENTS = 5


class EventsConfig(contributions.PortalAppConfig):
    name = "events"
    verbose_name = _("Events")
    section_position = 30
    # A partner's page shows the events it organises only; an event's page, that event;
    # a news item's page, the events it is about.
    page_groups = {"event": ("organisers", "pk", "news_items")}
    # Without it an event saved in the admin is a proposal.
    editor_permissions = ("events.publish_event",)
    # A partner's representative proposes events for their partner (the admin confines
    # them to their own proposals).
    representative_permissions = contributions.model_permissions("events", "event")

    def home_section(self, request):
        """The next few events on the home page (nothing when none is announced)."""
        from events.models import Event

        events = list(Event.objects.published().upcoming()[:HOME_EVENTS])
        if not events:
            return None
        return {"template": "events/home_section.html", "events": events}

    def partner_section(self, partner):
        """A partner's page: the events it organises, upcoming first, then recent ones."""
        from events.models import Event

        page_shows_only(Event, organisers=partner.pk)
        organised = Event.objects.published().organised_by(partner)
        upcoming = list(organised.upcoming())
        past = list(organised.past().order_by("-first_day", "-pk")[:PARTNER_PAST_EVENTS])
        if not upcoming and not past:
            return None
        groups = [(_("Upcoming events"), upcoming), (_("Past events"), past)]
        return {
            "template": "events/partner_section.html",
            "groups": [(heading, events) for heading, events in groups if events],
        }

    def search_sources(self):
        """Published events, past and upcoming."""
        from events.schedule import event_when_html

        return [
            self.published_search_source(
                "Event",
                text={"summary": "B", "description": "C", "venue": "D", "city": "D"},
                describe=lambda event: event_when_html(event, weekday=False),
            )
        ]

    def site_map_section(self):
        """The events calendar (each event is reached from it: their number grows)."""
        from django.urls import reverse

        return contributions.SiteMapEntry(_("Events"), reverse("events:index"))

    def sitemaps(self):
        from events.sitemaps import EventPagesSitemap, EventSitemap

        return {"event-pages": EventPagesSitemap, "events": EventSitemap}
