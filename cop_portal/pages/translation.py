from modeltranslation.translator import TranslationOptions, register

from cop_portal import history
from cop_portal.pages.models import Page


@register(Page)
class PageTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "body")


# Versions (after the language columns exist: see cop_portal/history.py).
history.register(Page)
