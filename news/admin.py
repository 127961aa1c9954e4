import zoneinfo

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, override

from cop_portal.filter_admin import OptionsFilter
from cop_portal.history_admin import HistoryAdmin
from cop_portal.languages import PORTAL_LANGUAGES
from cop_portal.preview_admin import PreviewLinksAdminMixin
from cop_portal.tag_admin import TranslatedTagAdmin
from cop_portal.time_zones import (
    OFFICE_ZONE,
    in_zones,
    scheduling_zone_choices,
    wall_clock_in_zone,
    zone_name,
    zoned_display,
)
from cop_portal.translated_fields import localized_field_names, missing_languages
from cop_portal.translation_admin import PortalTranslationAdmin
from news.models import NewsItem, NewsTag
from news.services import news_item_publish, news_item_unpublish

TRANSLATED_TEXT = ("title", "summary", "body")


class PublicationFilter(OptionsFilter):
    title = _("publication")
    parameter_name = "publication"
    options = {
        "draft": (_("Draft"), lambda items: items.drafts()),
        "scheduled": (_("Scheduled"), lambda items: items.scheduled()),
        "public": (_("Public now"), lambda items: items.published()),
    }


class NewsItemForm(forms.ModelForm):
    """Tags are chosen from the list of news tags (named in six languages), not typed:
    a typed tag would exist in English only."""

    tags = forms.ModelMultipleChoiceField(
        label=capfirst(_("tags")),
        queryset=NewsTag.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("A new tag is added under News tags, with its name in each language."),
    )
    publication_zone = forms.ChoiceField(
        label=capfirst(_("time zone")),
        choices=scheduling_zone_choices,
        initial=OFFICE_ZONE.key,
        # Left out, the time is read in the admin's zone (the office's).
        required=False,
        help_text=_("The publication time is read in this zone and stored as UTC."),
    )

    @property
    def changed_data(self):
        # The zone says how the time was typed; it is not a change of the item.
        return [name for name in super().changed_data if name != "publication_zone"]

    def clean(self):
        cleaned = super().clean()
        published_at = cleaned.get("published_at")
        if published_at is not None and cleaned.get("publication_zone"):
            zone = zoneinfo.ZoneInfo(cleaned["publication_zone"])
            local, exists = wall_clock_in_zone(published_at, zone)
            if not exists:
                message = _("This time does not exist in %(zone)s (the clocks change then).")
                self.add_error("published_at", message % {"zone": zone_name(zone)})
            cleaned["published_at"] = local
        return cleaned


@admin.register(NewsTag)
class NewsTagAdmin(TranslatedTagAdmin):
    pass


@admin.register(NewsItem)
class NewsItemAdmin(PreviewLinksAdminMixin, HistoryAdmin, PortalTranslationAdmin):
    form = NewsItemForm
    list_display = (
        "title",
        "publication_state",
        "published_at_in_zones",
        "missing_translations",
        "preview_link",
    )
    list_filter = (PublicationFilter, "tags")
    search_fields = (*localized_field_names("title", "summary"), "slug")
    date_hierarchy = "published_at"
    prepopulated_fields = {"slug": ("title_en",)}
    published_at_in_zones = zoned_display(NewsItem, "published_at")
    created_at_in_zones = zoned_display(NewsItem, "created_at")
    updated_at_in_zones = zoned_display(NewsItem, "updated_at")
    readonly_fields = ("author", "created_at_in_zones", "updated_at_in_zones", "preview_links")
    fieldsets = (
        (None, {"fields": ("title", "slug", "summary", "body")}),
        (_("Image"), {"fields": ("image", "image_alt")}),
        (
            _("Publication"),
            {
                "fields": (
                    "status",
                    ("published_at", "publication_zone"),
                    "tags",
                    "preview_links",
                )
            },
        ),
        (_("Related"), {"fields": ("partners", "events")}),
        (_("Record"), {"fields": ("author", "created_at_in_zones", "updated_at_in_zones")}),
    )
    filter_horizontal = ("partners", "events")
    actions = ("publish", "return_to_draft")

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("tags")

    @admin.display(description=_("state"))
    def publication_state(self, item):
        if item.status == NewsItem.Status.DRAFT:
            return _("Draft")
        if item.is_scheduled:
            return format_html("{} {}", _("Scheduled for"), in_zones(item.published_at))
        return _("Public")

    @admin.display(description=_("missing translations"))
    def missing_translations(self, item):
        missing = set()
        for field in TRANSLATED_TEXT:
            missing.update(missing_languages(item, field))
        codes = [language.code for language in PORTAL_LANGUAGES if language.code in missing]
        return ", ".join(codes) if codes else "—"

    @admin.display(description=_("preview"))
    def preview_link(self, item):
        if not item.slug:
            return "—"
        return format_html('<a href="{}">{}</a>', item.get_preview_url(), _("Preview"))

    def is_public(self, item):
        return item.is_public

    def save_model(self, request, item, form, change):
        if not change and item.author_id is None:
            item.author = request.user
        super().save_model(request, item, form, change)

    @admin.action(description=_("Publish the selected items"), permissions=["change"])
    def publish(self, request, queryset):
        self._change_state(request, queryset, news_item_publish)

    @admin.action(description=_("Return the selected items to draft"), permissions=["change"])
    def return_to_draft(self, request, queryset):
        self._change_state(request, queryset, news_item_unpublish)

    def _change_state(self, request, queryset, change):
        done = 0
        for item in queryset:
            before = (item.status, item.published_at)
            try:
                change(item=item)
            except ValidationError as error:
                self.message_user(
                    request,
                    format_html("“{}”: {}", item, " ".join(message for message in error.messages)),
                    messages.ERROR,
                )
                continue
            # The history lists the fields an action changed, as the change form does
            # (labels stored untranslated; the history page translates them).
            with override(None):
                changed = [
                    str(NewsItem._meta.get_field(name).verbose_name)
                    for name, old, new in zip(
                        ("status", "published_at"),
                        before,
                        (item.status, item.published_at),
                        strict=True,
                    )
                    if old != new
                ]
            if changed:
                self.log_change(request, item, [{"changed": {"fields": changed}}])
                done += 1
        if done:
            self.message_user(
                request,
                ngettext("%(count)d item changed.", "%(count)d items changed.", done)
                % {"count": done},
                messages.SUCCESS,
            )
