"""Tags with a name in every language: the base of guideline topics, news tags and
event tags.

A tag is a django-taggit tag with an ASCII slug (like every other part of the portal's
addresses) made from its English name, and its ``name`` translated by modeltranslation
(register the model with ``TagNameTranslationOptions``). Apps point their
``TaggableManager(through=..., ordering=["slug"], manager=TagManager)`` at their own
subclass.
"""

from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import TranslationOptions
from taggit.managers import _TaggableManager
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


class TagManager(_TaggableManager):
    """taggit's ``obj.tags``, whose query for one object's tags is built only when it
    runs, as Django's own related managers do (``_defer_next_filter``).

    ``prefetch_related("tags")`` asks each object's manager for its queryset and only
    sets its results; taggit built the filter for every object anyway, which was two
    fifths of building the news feed.
    """

    def get_queryset(self, extra_filters=None):
        try:
            return self.instance._prefetched_objects_cache[self.prefetch_cache_name]
        except (AttributeError, KeyError):
            pass
        if self.instance is None:
            # The manager of the model itself (``prefetch_related`` asks it for the
            # tags of all the objects at once).
            return super().get_queryset(extra_filters)
        # What taggit's TaggedItemBase.tags_for(model, instance) filters on.
        lookups = {f"{self.through.tag_relname()}__content_object": self.instance}
        lookups.update(extra_filters or {})
        queryset = self.through.tag_model().objects.order_by(*self.ordering)
        queryset._defer_next_filter = True
        return queryset.filter(**lookups)
