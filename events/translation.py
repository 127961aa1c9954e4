from modeltranslation.translator import TranslationOptions, register

from events.models import Event, EventTag


@register(Event)
class EventTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "description", "venue", "city")


@register(EventTag)
class EventTagTranslationOptions(TranslationOptions):
    fields = ("name",)
    # Tag names are unique in each language; a missing one is stored as NULL so that
    # several tags can lack the same translation.
    empty_values = None
