from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Prefetch
from django.template.defaultfilters import filesizeformat
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from cop_portal.history_admin import HistoryAdmin
from cop_portal.preview_admin import PreviewLinksAdminMixin
from cop_portal.translation_admin import PortalTranslationAdmin, PortalTranslationStackedInline
from guidelines.availability import LANGUAGE_CODES, incomplete_languages, missing_texts
from guidelines.models import (
    Audience,
    Caption,
    Document,
    GuidelineSet,
    Publication,
    PublicationFile,
    Resource,
    Section,
    Topic,
)
from guidelines.pdf import document_warnings


def translated_search_fields(*fields):
    """Search every language's copy of ``fields``, not only the interface language's."""
    return [build_localized_fieldname(field, code) for field in fields for code in LANGUAGE_CODES]


class TopicChoiceForm(forms.ModelForm):
    """Topics are chosen from the curated list (with names in six languages), not typed."""

    topics = forms.ModelMultipleChoiceField(
        label=_("topics"),
        queryset=Topic.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )


class MissingLanguagesColumn:
    """A change-list column naming the languages in which an object lacks a text."""

    @admin.display(description=_("missing languages"))
    def missing_languages(self, obj):
        return ", ".join(incomplete_languages(self.texts_of(obj))) or "—"

    def texts_of(self, obj):
        return [obj]


@admin.register(Audience)
class AudienceAdmin(MissingLanguagesColumn, HistoryAdmin, PortalTranslationAdmin):
    """The four audiences are fixed: editors change their texts, never add or remove one."""

    list_display = ("title", "slug", "missing_languages")
    readonly_fields = ("slug", "position")
    fields = ("slug", "position", "title", "summary", "introduction")
    search_fields = translated_search_fields("title", "summary")
    change_list_template = "admin/guidelines/change_list_with_status.html"

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class SectionInline(PortalTranslationStackedInline):
    model = Section
    form = TopicChoiceForm
    fields = ("position", "title", "slug", "body", "key_points", "topics")
    prepopulated_fields = {"slug": ("title",)}
    extra = 0
    ordering = ("position", "id")


def document_uploaded(request, document):
    """An editor's file replaces a generated one for good, and is checked: a PDF without
    text in its language or without its fonts is stored, with a warning (guidelines/pdf.py)."""
    document.generated = False
    document.source_digest = ""
    for warning in document_warnings(document.file, document.language):
        messages.warning(
            request,
            _("%(document)s: %(warning)s") % {"document": document, "warning": warning},
        )


@admin.display(description=_("origin"))
def document_origin(document):
    if not document.pk:
        return "—"
    return _("made by the portal from the text") if document.generated else _("uploaded")


class DocumentInline(admin.TabularInline):
    model = Document
    fields = ("language", "position", "file", "origin", "size_display")
    readonly_fields = ("origin", "size_display")
    extra = 0
    ordering = ("position", "id")

    origin = staticmethod(document_origin)

    @admin.display(description=_("size"))
    def size_display(self, obj):
        return filesizeformat(obj.size) if obj.pk else "—"


@admin.register(GuidelineSet)
class GuidelineSetAdmin(
    MissingLanguagesColumn, PreviewLinksAdminMixin, HistoryAdmin, PortalTranslationAdmin
):
    list_display = (
        "title",
        "audience",
        "age_band",
        "edition_date",
        "published",
        "missing_languages",
        "document_languages",
    )
    list_filter = ("audience", "published", "age_band")
    list_select_related = ("audience",)
    search_fields = translated_search_fields("title", "summary")
    fields = (
        "audience",
        "slug",
        "position",
        "age_band",
        "edition_date",
        "published",
        "preview_links",
        "title",
        "summary",
        "introduction",
    )
    readonly_fields = ("preview_links",)
    prepopulated_fields = {"slug": ("title",)}
    inlines = [SectionInline, DocumentInline]
    change_list_template = "admin/guidelines/change_list_with_status.html"

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .prefetch_related("sections", Prefetch("documents", Document.objects.only("language")))
        )

    def texts_of(self, obj):
        return [obj, *obj.sections.all()]

    def save_formset(self, request, form, formset, change):
        if formset.model is Document:
            for document_form in formset.forms:
                if "file" in document_form.changed_data and document_form.instance.file:
                    document_uploaded(request, document_form.instance)
        super().save_formset(request, form, formset, change)

    @admin.display(description=_("documents"))
    def document_languages(self, obj):
        return ", ".join(document.language for document in obj.documents.all()) or "—"

    def get_urls(self):
        return [
            path(
                "translation-status/",
                self.admin_site.admin_view(self.translation_status_view),
                name="guidelines_translation_status",
            ),
            *super().get_urls(),
        ]

    def translation_status_view(self, request):
        """Staff page: audiences × guideline sets × languages, and what each one lacks."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        audiences = Audience.objects.prefetch_related(
            "resources",
            Prefetch(
                "guideline_sets",
                GuidelineSet.objects.prefetch_related("sections", "documents"),
            ),
        )
        rows = []
        for audience in audiences:
            rows.append(status_row(audience, [audience, *audience.resources.all()]))
            for guideline_set in audience.guideline_sets.all():
                documents = {document.language for document in guideline_set.documents.all()}
                rows.append(
                    status_row(
                        guideline_set,
                        [guideline_set, *guideline_set.sections.all()],
                        documents=documents,
                    )
                )
        context = {
            **self.admin_site.each_context(request),
            "title": _("Translation status of the guidelines"),
            "opts": self.model._meta,
            "languages": settings.LANGUAGES,
            "rows": rows,
        }
        return TemplateResponse(request, "admin/guidelines/translation_status.html", context)


def status_row(obj, texts, documents=None):
    missing = missing_texts(texts)
    cells = []
    for code in LANGUAGE_CODES:
        cells.append(
            {
                "language": code,
                "missing": [
                    {"object": item, "field": item._meta.get_field(field).verbose_name}
                    for item, field in missing.get(code, [])
                ],
                "has_document": None if documents is None else code in documents,
            }
        )
    return {"object": obj, "is_set": isinstance(obj, GuidelineSet), "cells": cells}


@admin.register(Section)
class SectionAdmin(MissingLanguagesColumn, HistoryAdmin, PortalTranslationAdmin):
    form = TopicChoiceForm
    list_display = ("title", "guideline_set", "position", "missing_languages")
    list_filter = ("guideline_set__audience", "guideline_set")
    list_select_related = ("guideline_set",)
    search_fields = translated_search_fields("title", "body")
    fields = ("guideline_set", "position", "title", "slug", "body", "key_points", "topics")
    prepopulated_fields = {"slug": ("title",)}


@admin.register(Document)
class DocumentAdmin(HistoryAdmin):
    list_display = ("guideline_set", "language", "generated", "size_display")
    list_filter = ("language", "generated", "guideline_set__audience")
    list_select_related = ("guideline_set",)
    search_fields = translated_search_fields("guideline_set__title")
    fields = ("guideline_set", "language", "position", "file", "origin")
    readonly_fields = ("origin",)

    origin = staticmethod(document_origin)

    def save_model(self, request, obj, form, change):
        if "file" in form.changed_data and obj.file:
            document_uploaded(request, obj)
        super().save_model(request, obj, form, change)

    @admin.display(description=_("size"), ordering="size")
    def size_display(self, obj):
        return filesizeformat(obj.size)


@admin.register(Resource)
class ResourceAdmin(MissingLanguagesColumn, HistoryAdmin, PortalTranslationAdmin):
    form = TopicChoiceForm
    list_display = ("title", "audience", "organisation", "partner", "missing_languages")
    list_filter = ("audience",)
    list_select_related = ("audience", "partner")
    search_fields = translated_search_fields("title", "description", "organisation")
    fields = (
        "audience",
        "position",
        "title",
        "description",
        "organisation",
        "partner",
        "url",
        "topics",
    )
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


@admin.register(Topic)
class TopicAdmin(MissingLanguagesColumn, HistoryAdmin, PortalTranslationAdmin):
    list_display = ("name", "slug", "missing_languages")
    search_fields = [*translated_search_fields("name"), "slug"]
    fields = ("name", "slug")
    prepopulated_fields = {"slug": ("name",)}


class PublicationForm(TopicChoiceForm):
    audiences = forms.ModelMultipleChoiceField(
        label=_("audiences"),
        queryset=Audience.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )


class PublicationFileInline(admin.TabularInline):
    model = PublicationFile
    fields = ("language", "file", "size_display")
    readonly_fields = ("size_display",)
    extra = 0

    @admin.display(description=_("size"))
    def size_display(self, obj):
        return filesizeformat(obj.size) if obj.pk else "—"


class CaptionInline(admin.TabularInline):
    model = Caption
    fields = ("language", "file")
    extra = 0


@admin.register(Publication)
class PublicationAdmin(
    MissingLanguagesColumn, PreviewLinksAdminMixin, HistoryAdmin, PortalTranslationAdmin
):
    form = PublicationForm
    list_display = ("title", "kind", "year", "publisher", "published", "missing_languages")
    list_filter = ("kind", "published", "year", "audiences", "topics")
    list_select_related = ("partner",)
    search_fields = [*translated_search_fields("title", "summary", "publisher"), "slug"]
    prepopulated_fields = {"slug": ("title",)}
    readonly_fields = ("preview_links", "created_at", "updated_at")
    fieldsets = (
        (None, {"fields": ("title", "slug", "kind", "year", "summary", "description")}),
        (_("Publisher"), {"fields": ("publisher", "partner", "external_url")}),
        (_("Video"), {"fields": ("video", "poster", "transcript")}),
        (_("Filed under"), {"fields": ("audiences", "topics")}),
        (_("Publication"), {"fields": ("published", "preview_links")}),
        (_("Record"), {"fields": ("created_at", "updated_at")}),
    )
    inlines = [PublicationFileInline, CaptionInline]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("partner")
