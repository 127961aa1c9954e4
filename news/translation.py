from modeltranslation.translator import TranslationOptions, register

from cop_portal import history
from cop_portal.tags import TagNameTranslationOptions
from news.models import NewsItem, NewsTag, TaggedNewsItem


@register(NewsItem)
class NewsItemTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "body", "image_alt")


@register(NewsTag)
class NewsTagTranslationOptions(TagNameTranslationOptions):
    pass


# Versions (after the language columns exist: see cop_portal/history.py).
history.register(NewsTag)
history.register(TaggedNewsItem)
history.register(NewsItem, follow=["taggednewsitem_set"])
