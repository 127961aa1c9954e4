from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

HOME_EVENTS = 3


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Events")

    def home_section(self, request):
        """The next few events on the home page (nothing when none is announced)."""
        from events.models import Event

        events = list(Event.objects.published().upcoming().with_related()[:HOME_EVENTS])
        if not events:
            return None
        return {"template": "events/home_section.html", "events": events}
