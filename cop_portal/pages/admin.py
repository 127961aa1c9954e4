from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from cop_portal.history_admin import HistoryAdmin
from cop_portal.languages import PORTAL_LANGUAGES
from cop_portal.pages.models import Page
from cop_portal.preview_admin import PreviewLinksAdminMixin
from cop_portal.translated_fields import missing_languages
from cop_portal.translation_admin import PortalTranslationAdmin

TRANSLATED_TEXT = ("title", "summary", "body")


@admin.register(Page)
class PageAdmin(PreviewLinksAdminMixin, HistoryAdmin, PortalTranslationAdmin):
    """The four pages are fixed (the migration makes them): editors change their texts
    and whether they are published, never add or remove one."""

    list_display = ("title", "key", "published", "missing_translations", "updated_at")
    list_filter = ("published",)
    readonly_fields = ("key", "updated_at", "preview_links")
    fields = ("key", "title", "summary", "body", "published", "preview_links")

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description=_("missing translations"))
    def missing_translations(self, page):
        missing = set()
        for field in TRANSLATED_TEXT:
            missing.update(missing_languages(page, field))
        codes = [language.code for language in PORTAL_LANGUAGES if language.code in missing]
        return ", ".join(codes) if codes else "—"
