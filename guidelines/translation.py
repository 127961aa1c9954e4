from modeltranslation.translator import TranslationOptions, register

from cop_portal.tags import TagNameTranslationOptions
from guidelines.models import Audience, GuidelineSet, Resource, Section, Topic


@register([Audience, GuidelineSet])
class IntroducedTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "introduction")


@register(Section)
class SectionTranslationOptions(TranslationOptions):
    fields = ("title", "body", "key_points")


@register(Resource)
class ResourceTranslationOptions(TranslationOptions):
    fields = ("title", "description", "organisation")


@register(Topic)
class TopicTranslationOptions(TagNameTranslationOptions):
    pass
