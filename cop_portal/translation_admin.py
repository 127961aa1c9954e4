"""The admin of every model with translated fields: language tabs, and each input in
its own language.

- Every input of a translated field (``title_ar``, ``title_zh_hans``…) carries the
  ``lang`` and ``dir`` of its language, whatever language the admin is shown in: an
  Arabic textarea is right to left in an English admin, an English one left to right in
  an Arabic admin, and browsers pick the right spelling checker and fonts.
- The fields are grouped in one tab per language (modeltranslation's tabbed admin, with
  Django's jQuery and the vendored jQuery UI: no CDN, nothing inline, so it works under
  the Content-Security-Policy). ``translation_tabs.js`` marks the tabs of a language in
  which the object (or the inline row) has no text in any translated field yet.
- Rich text (``cop_portal.rich_text.RichTextField``) is edited with django-prose-editor:
  ``rich_text_editor.js`` writes each language's editor in its language and direction,
  and the change form gives the editor's inline import map the request's CSP nonce.

The portal's ModelAdmins and inlines of translated models inherit the classes below.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from js_asset import Media
from modeltranslation import settings as modeltranslation_settings
from modeltranslation.admin import (
    TabbedTranslationAdmin,
    TranslationStackedInline,
    TranslationTabularInline,
)
from modeltranslation.fields import TranslationField

from cop_portal.languages import portal_language

TAB_SCRIPTS = (
    "admin/js/jquery.init.js",
    "modeltranslation/js/force_jquery.js",
    # The vendored copy (settings.JQUERY_UI_URL), never a CDN.
    modeltranslation_settings.JQUERY_UI_URL,
    "modeltranslation/js/tabbed_translation_fields.js",
)


def tab_media():
    """The tabs' scripts and styles, ours after modeltranslation's (it makes the tabs)."""
    return forms.Media(
        js=[
            *TAB_SCRIPTS,
            "cop_portal/admin/rich_text_editor.js",
            forms.Script(
                "cop_portal/admin/translation_tabs.js",
                **{
                    "data-missing-label": _("(missing)"),
                    "data-missing-title": _("No text in this language yet"),
                },
            ),
        ],
        css={
            "all": [
                "modeltranslation/css/tabbed_translation_fields.css",
                "cop_portal/admin/translation_tabs.css",
            ]
        },
    )


def innermost_widget(widget):
    """The widget that renders the input, inside admin and modeltranslation wrappers."""
    while getattr(widget, "widget", None) is not None:
        widget = widget.widget
    return widget


class LanguageAttributes:
    """Puts ``lang`` and ``dir`` on the widget of each translated field's form field."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if field is not None and isinstance(db_field, TranslationField):
            language = portal_language(db_field.language)
            innermost_widget(field.widget).attrs.update(
                lang=language.hreflang, dir=language.direction
            )
        return field


class PortalTranslationAdmin(LanguageAttributes, TabbedTranslationAdmin):
    @property
    def media(self):
        return super().media + tab_media()

    def render_change_form(self, request, context, *args, **kwargs):
        # The form's media (its inlines' included) with the nonce on every script tag,
        # the rich-text editor's import map among them.
        context["media"] = Media.from_media(context["media"], nonce=request.csp_nonce)
        return super().render_change_form(request, context, *args, **kwargs)


class PortalTranslationStackedInline(LanguageAttributes, TranslationStackedInline):
    @property
    def media(self):
        return super().media + tab_media()


class PortalTranslationTabularInline(LanguageAttributes, TranslationTabularInline):
    @property
    def media(self):
        return super().media + tab_media()
