from modeltranslation.translator import TranslationOptions, register

from cop_portal.tags import TagNameTranslationOptions
from events.models import Event, EventTag


@register(Event)
class EventTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "description", "venue", "city")


@register(EventTag)
class EventTagTranslationOptions(TagNameTranslationOptions):
    pass
