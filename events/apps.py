from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

HOME_EVENTS = 3
PARTNER_PAST_EVENTS = 5


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Events")
    # What a partner's representative may do here: propose events for their partner
    # (the admin confines them to their own proposals). Read by partners.permissions.
    representative_permissions = (
        "events.view_event",
        "events.add_event",
        "events.change_event",
        "events.delete_event",
    )

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

        organised = Event.objects.published().organised_by(partner)
        upcoming = list(organised.upcoming())
        past = list(organised.past().order_by("-first_day", "-pk")[:PARTNER_PAST_EVENTS])
        if not upcoming and not past:
            return None
        return {"template": "events/partner_section.html", "upcoming": upcoming, "past": past}
