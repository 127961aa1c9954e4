"""The admin of a translated tag model (news tags, event tags): the name in each
language, the slug made from the English name, and the languages each tag still lacks."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from cop_portal.history_admin import HistoryAdmin
from cop_portal.translated_fields import localized_field_names, missing_languages
from cop_portal.translation_admin import PortalTranslationAdmin


class TranslatedTagAdmin(HistoryAdmin, PortalTranslationAdmin):
    list_display = ("name", "slug", "missing_translations")
    search_fields = (*localized_field_names("name"), "slug")
    fields = ("name", "slug")
    prepopulated_fields = {"slug": ("name_en",)}

    @admin.display(description=_("missing translations"))
    def missing_translations(self, tag):
        return ", ".join(missing_languages(tag, "name")) or "—"
