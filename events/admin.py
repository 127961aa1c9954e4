"""The events admin: editors publish; partner representatives propose.

Editors hold ``events.publish_event``. Anyone else who reaches this admin is a partner's
representative and is confined (by ``PartnerOwnedAdminMixin``, on the server, for every
path) to the proposals of the partner they represent: they add an event, it is saved
unpublished with ``proposed_by`` set to their partner, and they may change or withdraw it
until an editor publishes it. Editors find proposals with the "Proposed by partners"
filter and publish them.
"""

from django import forms
from django.contrib import admin, messages
from django.db import models
from django.template.response import TemplateResponse
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from cop_portal.filter_admin import OptionsFilter
from cop_portal.history_admin import HistoryAdmin
from cop_portal.preview_admin import PreviewLinksAdminMixin
from cop_portal.tag_admin import TranslatedTagAdmin
from cop_portal.time_zones import in_zones, zoned_display
from cop_portal.translated_fields import localized_field_names, missing_languages
from cop_portal.translation_admin import PortalTranslationAdmin
from events.forms import EventAdminForm
from events.models import Event, EventTag
from events.notices import notify_event_proposed, notify_proposal_published
from events.permissions import can_publish_events
from events.services import event_proposal_decline, event_set_published
from partners.admin_mixins import PartnerOwnedAdminMixin


class ProposedByPartnersFilter(OptionsFilter):
    title = _("proposed by partners")
    parameter_name = "proposed"
    options = {
        "waiting": (_("Proposed, not yet published"), lambda events: events.waiting_proposals()),
        "declined": (
            _("Declined proposals"),
            lambda events: events.proposed_by_partners().filter(declined_at__isnull=False),
        ),
        "all": (_("All proposals by partners"), lambda events: events.proposed_by_partners()),
        "staff": (_("Created by staff"), lambda events: events.filter(proposed_by__isnull=True)),
    }


class DeclineProposalsForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Sent to the partner's representatives by e-mail, in their language."),
    )


@admin.register(EventTag)
class EventTagAdmin(TranslatedTagAdmin):
    pass


@admin.register(Event)
class EventAdmin(
    PartnerOwnedAdminMixin, PreviewLinksAdminMixin, HistoryAdmin, PortalTranslationAdmin
):
    form = EventAdminForm
    partner_field = "proposed_by"
    list_display = (
        "title",
        "schedule",
        "kind",
        "status",
        "published",
        "proposed_by",
        "missing_translations",
    )
    list_filter = (ProposedByPartnersFilter, "published", "status", "kind", "country")
    representative_list_filter = ("published", "status", "kind")
    list_select_related = ("proposed_by",)
    search_fields = (*localized_field_names("title", "city", "venue"), "slug")
    date_hierarchy = "first_day"
    prepopulated_fields = {"slug": ("title",)}
    filter_horizontal = ("organisers",)
    # Same shape as PartnerAdmin's: each time shown in zones is named for its lists and forms.
    created_at_in_zones = zoned_display(Event, "created_at")
    updated_at_in_zones = zoned_display(Event, "updated_at")
    declined_at_in_zones = zoned_display(Event, "declined_at")
    readonly_fields = (
        "proposed_by",
        "declined_at_in_zones",
        "decline_reason",
        "preview_links",
        "uid",
        "sequence",
        "created_at_in_zones",
        "updated_at_in_zones",
    )
    actions = ("publish", "unpublish", "decline")
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "title",
                    "slug",
                    "kind",
                    "status",
                    "published",
                    "proposed_by",
                    "declined_at_in_zones",
                    "decline_reason",
                    "preview_links",
                )
            },
        ),
        (
            _("When"),
            {
                "description": _(
                    "An all-day event has a first and last day. A timed event has a start "
                    "and end time, typed as the local time at the event, and its time zone."
                ),
                "fields": ("start_date", "end_date", "starts_at", "ends_at", "time_zone"),
            },
        ),
        (_("Where"), {"fields": ("venue", "city", "country", "online_url")}),
        (_("About the event"), {"fields": ("summary", "description", "organisers", "tags")}),
        (
            _("Calendar apps"),
            {"fields": ("uid", "sequence", "created_at_in_zones", "updated_at_in_zones")},
        ),
    )

    @admin.display(description=_("when"), ordering="first_day")
    def schedule(self, event):
        if event.is_all_day:
            if event.start_date == event.end_date:
                return date_format(event.start_date, "DATE_FORMAT")
            return f"{date_format(event.start_date, 'DATE_FORMAT')} – " + date_format(
                event.end_date, "DATE_FORMAT"
            )
        # In the event's own zone, and in UTC.
        return in_zones(event.starts_at, event.zone)

    @admin.display(description=_("missing translations"))
    def missing_translations(self, event):
        missing = set(missing_languages(event, "title")) | set(missing_languages(event, "summary"))
        return ", ".join(sorted(missing)) or "—"

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if isinstance(db_field, models.URLField):
            kwargs.setdefault("assume_scheme", "https")
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    # --- who is restricted: everyone who may not publish ---------------------------------
    def is_restricted(self, request):
        return not can_publish_events(request.user)

    def has_change_permission(self, request, obj=None):
        # A published event belongs to the editors: its proposer may still look at it.
        if obj is not None and obj.published and self.is_restricted(request):
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.published and self.is_restricted(request):
            return False
        return super().has_delete_permission(request, obj)

    def get_list_display(self, request):
        if self.is_restricted(request):
            return [name for name in self.list_display if name != "proposed_by"]
        return self.list_display

    def save_model(self, request, obj, form, change):
        restricted = self.is_restricted(request)
        if restricted:
            # A proposal: never published by its proposer, whatever the POST says.
            obj.published = False
        super().save_model(request, obj, form, change)
        if restricted and not change:
            notify_event_proposed(event=obj, request=request)
        elif obj.published and obj.proposed_by_id and "published" in form.changed_data:
            notify_proposal_published(event=obj, request=request)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if self.is_restricted(request):
            partner = self.represented_partner(request)
            if partner is not None:
                # The proposing partner is an organiser; others are for editors to add.
                form.instance.organisers.add(partner)

    # --- publishing: editors only --------------------------------------------------------
    def has_publish_permission(self, request):
        return can_publish_events(request.user)

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if self.is_restricted(request) and "published" not in fields:
            fields.append("published")
        return fields

    @admin.action(description=_("Publish the selected events"), permissions=("publish",))
    def publish(self, request, queryset):
        self._set_published(request, queryset, True)

    @admin.action(description=_("Unpublish the selected events"), permissions=("publish",))
    def unpublish(self, request, queryset):
        self._set_published(request, queryset, False)

    @admin.action(description=_("Decline the selected proposals"), permissions=("publish",))
    def decline(self, request, queryset):
        proposals = list(queryset.waiting_proposals())
        if not proposals:
            self.message_user(
                request, _("Select proposals by partners that wait for an answer."), messages.ERROR
            )
            return None
        form = DeclineProposalsForm(request.POST if "decline" in request.POST else None)
        if form.is_valid():
            for event in proposals:
                event_proposal_decline(
                    event=event, reason=form.cleaned_data["reason"], request=request
                )
                self.log_change(request, event, [{"changed": {"fields": ["declined_at"]}}])
            self.message_user(
                request,
                ngettext(
                    "%(count)d proposal declined; its partner is told why.",
                    "%(count)d proposals declined; their partners are told why.",
                    len(proposals),
                )
                % {"count": len(proposals)},
                messages.SUCCESS,
            )
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": _("Decline proposals"),
            "opts": self.opts,
            "proposals": proposals,
            "form": form,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/events/event/decline_proposals.html", context)

    def _set_published(self, request, queryset, published):
        # Saved one by one so that each event's derived fields and history stay right.
        count = 0
        for event in queryset.exclude(published=published):
            event_set_published(event=event, published=published, request=request)
            self.log_change(request, event, [{"changed": {"fields": ["published"]}}])
            count += 1
        text = (
            ngettext("%(count)d event published.", "%(count)d events published.", count)
            if published
            else ngettext("%(count)d event unpublished.", "%(count)d events unpublished.", count)
        )
        self.message_user(request, text % {"count": count}, messages.SUCCESS)
