"""The admin's way into previews (cop_portal/previews.py): links on the change form,
one per language, and "View on site" that opens the preview while the object is not
public. ModelAdmins add ``preview_links`` to their fields and read-only fields."""

from django.contrib import admin
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override

from cop_portal.languages import PORTAL_LANGUAGES


class PreviewLinksAdminMixin:
    def is_public(self, obj):
        return obj.published

    @admin.display(description=_("preview in each language"))
    def preview_links(self, obj):
        if obj is None or not obj.pk:
            return _("Save the item to preview it.")
        links = []
        for language in PORTAL_LANGUAGES:
            with override(language.code):
                links.append((obj.get_preview_url(), language.hreflang, language.native_name))
        return format_html_join(" · ", '<a href="{}" lang="{}">{}</a>', links)

    def view_on_site(self, obj):
        # A draft is 404 at its public address: show its preview.
        return obj.get_absolute_url() if self.is_public(obj) else obj.get_preview_url()
