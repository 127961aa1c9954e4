from modeltranslation.translator import TranslationOptions, register

from cop_portal.tags import TagNameTranslationOptions
from news.models import NewsItem, NewsTag


@register(NewsItem)
class NewsItemTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "body", "image_alt")


@register(NewsTag)
class NewsTagTranslationOptions(TagNameTranslationOptions):
    pass
