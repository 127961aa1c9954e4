from modeltranslation.translator import TranslationOptions, register

from cop_portal import history
from cop_portal.tags import TagNameTranslationOptions
from events.models import Event, EventTag, TaggedEvent


@register(Event)
class EventTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "description", "venue", "city")


@register(EventTag)
class EventTagTranslationOptions(TagNameTranslationOptions):
    pass


# Versions (after the language columns exist: see cop_portal/history.py).
history.register(EventTag)
history.register(TaggedEvent)
history.register(Event, follow=["taggedevent_set"])
