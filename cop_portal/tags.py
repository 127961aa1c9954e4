"""Tags with a name in every language: the base of guideline topics, news tags and
event tags.

A tag is a django-taggit tag with an ASCII slug (like every other part of the portal's
addresses) made from its English name, and its ``name`` translated by modeltranslation
(register the model with ``TagNameTranslationOptions``). Apps point their
``TaggableManager(through=..., ordering=["slug"])`` at their own subclass.
"""

from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import TranslationOptions
from taggit.models import TagBase


class TranslatedTag(TagBase):
    slug = models.SlugField(_("slug"), max_length=100, unique=True)

    class Meta:
        abstract = True
        ordering = ["slug"]

    def slugify(self, tag, i=None):
        slug = slugify(self.name_en or tag)
        return f"{slug}-{i}" if i is not None else slug


class TagNameTranslationOptions(TranslationOptions):
    fields = ("name",)
    # Tag names are unique in each language; a missing one is stored as NULL so that
    # several tags can lack the same translation.
    empty_values = None
