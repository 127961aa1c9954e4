from modeltranslation.translator import TranslationOptions, register

from cop_portal import history
from cop_portal.tags import TagNameTranslationOptions
from guidelines.models import (
    Audience,
    Caption,
    Document,
    GuidelineSet,
    Publication,
    PublicationFile,
    Resource,
    Section,
    TaggedPublication,
    TaggedResource,
    TaggedSection,
    Topic,
)


@register([Audience, GuidelineSet])
class IntroducedTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "introduction")


@register(Section)
class SectionTranslationOptions(TranslationOptions):
    fields = ("title", "body", "key_points")


@register(Resource)
class ResourceTranslationOptions(TranslationOptions):
    fields = ("title", "description", "organisation")


@register(Publication)
class PublicationTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "description", "transcript", "publisher")


@register(Topic)
class TopicTranslationOptions(TagNameTranslationOptions):
    pass


# Versions (after the language columns exist: see cop_portal/history.py).
history.register(Topic)
history.register(Audience)
history.register(TaggedSection)
history.register(TaggedResource)
history.register(Document)
history.register(Section, follow=["taggedsection_set"])
history.register(GuidelineSet, follow=["sections", "documents"])
history.register(Resource, follow=["taggedresource_set"])
history.register(TaggedPublication)
history.register(PublicationFile)
history.register(Caption)
history.register(Publication, follow=["taggedpublication_set", "files", "captions"])
