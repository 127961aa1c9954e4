"""The admin of a translated tag model (news tags, event tags): the name in each
language, the slug made from the English name, and the languages each tag still lacks."""

from django.conf import settings
from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin
from modeltranslation.utils import build_localized_fieldname

from cop_portal.translated_fields import missing_languages


class TranslatedTagAdmin(TabbedTranslationAdmin):
    list_display = ("name", "slug", "missing_translations")
    search_fields = (
        *(build_localized_fieldname("name", code) for code, _name in settings.LANGUAGES),
        "slug",
    )
    fields = ("name", "slug")
    prepopulated_fields = {"slug": ("name_en",)}

    @admin.display(description=_("missing translations"))
    def missing_translations(self, tag):
        return ", ".join(missing_languages(tag, "name")) or "—"
