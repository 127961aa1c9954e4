from modeltranslation.translator import TranslationOptions, register

from news.models import NewsItem, NewsTag


@register(NewsItem)
class NewsItemTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "body", "image_alt")


@register(NewsTag)
class NewsTagTranslationOptions(TranslationOptions):
    fields = ("name",)
    # Tag names are unique in each language; a missing one is stored as NULL so that
    # several tags can lack the same translation.
    empty_values = None
