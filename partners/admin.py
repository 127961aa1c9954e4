"""Partners in the admin: moderation for staff, self-service for representatives.

A representative (see ``partners.permissions``) sees only the partner they represent,
may edit its description (every language), website, logo, focus tags, help services and
contacts, and nothing else. The rules are enforced server-side by
``PartnerOwnedAdminMixin`` and by the form holding only the allowed fields; hiding
buttons is a courtesy, not the protection.
"""

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.utils import flatten_fieldsets, unquote
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_countries import countries
from django_countries.filters import CountryFilter

from cop_portal.compact_html import compact_whitespace
from cop_portal.filter_admin import OptionsFilter
from cop_portal.history import unsaved_versions
from cop_portal.history_admin import HistoryAdmin
from cop_portal.preview_admin import PreviewLinksAdminMixin
from cop_portal.searchable_choices import SearchableSelectMultiple, choices_response
from cop_portal.time_zones import in_zones, zoned_display
from cop_portal.translation_admin import PortalTranslationAdmin, PortalTranslationStackedInline
from partners.admin_mixins import PartnerOwnedAdminMixin
from partners.models import (
    Contact,
    CountryHelp,
    FocusTag,
    HelpService,
    Partner,
    ProfileProposal,
    Representative,
)
from partners.notices import notify_profile_changed, notify_profile_proposal_decided
from partners.permissions import can_moderate_partners
from partners.services import (
    REPRESENTATIVE_EDITABLE_FIELDS,
    partner_changes_since_review,
    partner_holds_changes_for_review,
    partner_record_change,
    partners_mark_reviewed,
    partners_set_published,
    profile_proposal_approve,
    profile_proposal_decline,
    profile_proposal_submit,
    proposal_changes,
    representative_changes,
    representative_invite,
    with_waiting_change,
)
from partners.spoken_languages import spoken_language_choices

# Who changed the profile and who reviewed it, when: recorded by the portal, never edited.
CHANGE_AND_REVIEW_FIELDS = (
    "profile_updated_at_in_zones",
    "profile_updated_by",
    "representative_changed_at_in_zones",
    "reviewed_at_in_zones",
    "reviewed_by",
    "representative_change_log",
    "proposal_review",
)


def _unreviewed():
    return Partner.objects.changed_by_representatives_since_review().values("pk")


class RepresentativeChangesFilter(OptionsFilter):
    title = _("changes by representatives")
    parameter_name = "representative_changes"
    options = {
        "unreviewed": (
            _("Changed by representatives since last review"),
            lambda partners: partners.filter(pk__in=_unreviewed()),
        ),
        "reviewed": (
            _("No changes since last review"),
            lambda partners: partners.exclude(pk__in=_unreviewed()),
        ),
    }


# A plain link input: the admin's own puts "Currently: … Change: …" on two lines.
LINK_INPUT = forms.URLInput(attrs={"class": "vURLField"})

# The long lists a help service chooses from, searched as one types (PartnerAdmin.get_urls).
SEARCHABLE_CHOICES = {
    "countries": lambda: list(countries),
    "languages": spoken_language_choices,
}


class HelpServiceFormMixin:
    """Countries served and languages spoken: searchable, and a short description box."""

    formfield_overrides = {
        models.URLField: {"assume_scheme": "https", "widget": LINK_INPUT},
        models.TextField: {"widget": forms.Textarea(attrs={"rows": 2})},
    }

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name in SEARCHABLE_CHOICES:
            kwargs["widget"] = SearchableSelectMultiple(f"admin:partners_choices_{db_field.name}")
        return super().formfield_for_dbfield(db_field, request, **kwargs)


class HelpServiceInline(HelpServiceFormMixin, PortalTranslationStackedInline):
    model = HelpService
    extra = 0
    # Translated fields on lines of their own (each has its language tabs).
    fields = (
        "name",
        ("kind", "order"),
        ("phone", "url"),
        "description",
        "opening_hours",
        ("countries", "worldwide"),
        "languages",
    )


class ContactInline(PortalTranslationStackedInline):
    model = Contact
    extra = 0
    fields = ("name", "role", "email", "phone", "order")


class RepresentativeInline(admin.TabularInline):
    """Who represents the partner (staff only; invite with the list's action)."""

    model = Representative
    extra = 0
    invited_at_in_zones = zoned_display(Representative, "invited_at")
    fields = ("user", "invited_at_in_zones", "invited_by")
    readonly_fields = ("invited_at_in_zones", "invited_by")
    autocomplete_fields = ("user",)


class InviteRepresentativeForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address"))
    first_name = forms.CharField(label=_("First name"), max_length=150, required=False)
    last_name = forms.CharField(label=_("Last name"), max_length=150, required=False)
    # The invitation is written in this language (the portal knows no other for them).
    language = forms.ChoiceField(
        label=_("Language of the invitation"),
        choices=[("", _("My language"))] + list(settings.LANGUAGES),
        required=False,
    )


class ProposalDecisionForm(forms.Form):
    decision = forms.ChoiceField(choices=[("approve", _("Approve")), ("decline", _("Decline"))])
    reason = forms.CharField(
        label=_("Reason (sent to the representative when you decline)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        required=False,
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("decision") == "decline" and not cleaned.get("reason", "").strip():
            self.add_error("reason", _("Say why the change is declined."))
        return cleaned


@admin.register(Partner)
class PartnerAdmin(
    PartnerOwnedAdminMixin, PreviewLinksAdminMixin, HistoryAdmin, PortalTranslationAdmin
):
    # The partner is the owned object itself.
    partner_field = None

    profile_updated_at_in_zones = zoned_display(Partner, "profile_updated_at")
    representative_changed_at_in_zones = zoned_display(Partner, "representative_changed_at")
    reviewed_at_in_zones = zoned_display(Partner, "reviewed_at")
    list_display = (
        "name",
        "kind",
        "place",
        "published",
        "featured",
        "profile_updated_at_in_zones",
        "representative_changed_at_in_zones",
        "reviewed_at_in_zones",
    )
    list_filter = (
        RepresentativeChangesFilter,
        "kind",
        "published",
        "featured",
        "worldwide",
        ("country", CountryFilter),
        "tags",
    )
    search_fields = ("name", "slug")
    prepopulated_fields = {"slug": ("name",)}
    inlines = (HelpServiceInline, ContactInline, RepresentativeInline)
    actions = ("mark_reviewed", "publish", "unpublish", "invite_representative")
    formfield_overrides = {
        models.ManyToManyField: {"widget": forms.CheckboxSelectMultiple},
        models.URLField: {"assume_scheme": "https", "widget": LINK_INPUT},
    }
    fieldsets = (
        (None, {"fields": (("name", "slug"), ("kind", "country", "worldwide"), "website")}),
        (_("Profile"), {"fields": (("logo", "logo_preview"), "description", "tags")}),
        (
            _("Publication"),
            {"fields": (("published", "featured", "publishes_directly"), "preview_links")},
        ),
        (_("Changes and review"), {"fields": CHANGE_AND_REVIEW_FIELDS}),
    )
    # A representative's page: what they edit first, the rest (read-only) in short lines.
    representative_fieldsets = (
        (_("Profile"), {"fields": ("description", "website", ("logo", "logo_preview"), "tags")}),
        (
            _("Organisation"),
            {
                "fields": (
                    ("name", "kind"),
                    ("country", "worldwide"),
                    ("published", "featured", "profile_updated_at_in_zones"),
                    "proposal_state",
                )
            },
        ),
    )
    readonly_fields = ("logo_preview", "preview_links", "proposal_state", *CHANGE_AND_REVIEW_FIELDS)

    class Media:
        css = {"all": ["partners/admin/partner_form.css"]}

    def get_urls(self):
        """The searchable lists of the help services' form, and the proposals' reviews."""
        choices = [
            path(
                f"choices/{name}/",
                self.admin_site.admin_view(self.choices_view),
                {"name": name},
                name=f"partners_choices_{name}",
            )
            for name in SEARCHABLE_CHOICES
        ]
        proposal = path(
            "<path:object_id>/proposal/<int:proposal_id>/",
            self.admin_site.admin_view(self.proposal_view),
            name="partners_partner_proposal",
        )
        return [*choices, proposal, *super().get_urls()]

    # --- the searchable lists of the help services' form --------------------------------

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        response = super().changeform_view(request, object_id, form_url, extra_context)
        if hasattr(response, "add_post_render_callback"):
            response.add_post_render_callback(compact_whitespace)
        return response

    def choices_view(self, request, name):
        """Countries or languages matching what is typed, named in the admin's language."""
        if not self.has_view_permission(request):
            raise Http404("No such list.")
        return choices_response(request, SEARCHABLE_CHOICES[name]())

    @admin.display(description=_("Where"), ordering="country")
    def place(self, obj):
        return obj.place

    # --- confinement to the represented partner ----------------------------------------
    def get_object(self, request, object_id, from_field=None):
        partner = super().get_object(request, object_id, from_field)
        if partner is not None and self.is_restricted(request):
            # A representative goes on from the change they proposed, not from the
            # public profile: saving again must not drop what waits for review.
            partner = with_waiting_change(partner)
        return partner

    def filter_for_partner(self, queryset, partner):
        return queryset.filter(pk=partner.pk)

    def belongs_to_partner(self, obj, partner):
        return obj.pk == partner.pk

    def assign_partner(self, obj, partner):
        pass

    def has_add_permission(self, request):
        return can_moderate_partners(request.user) and super().has_add_permission(request)

    def has_delete_permission(self, request, obj=None):
        return can_moderate_partners(request.user) and super().has_delete_permission(request, obj)

    def get_fieldsets(self, request, obj=None):
        if self.is_restricted(request):
            # (The moderation details are staff business.)
            return [
                (name, {**options, "fields": self.replace_orig_field(options["fields"])})
                for name, options in self.representative_fieldsets
            ]
        return super().get_fieldsets(request, obj)

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if self.is_restricted(request):
            # An allow-list: every field on the page that is not explicitly a
            # representative's to edit is read-only, so it is not in the form at all
            # and a forged POST value for it is ignored.
            for name in flatten_fieldsets(self.get_fieldsets(request, obj)):
                if name not in REPRESENTATIVE_EDITABLE_FIELDS and name not in readonly:
                    readonly.append(name)
        return readonly

    def get_prepopulated_fields(self, request, obj=None):
        if self.is_restricted(request):
            return {}
        return super().get_prepopulated_fields(request, obj)

    def get_inlines(self, request, obj):
        inlines = super().get_inlines(request, obj)
        if self.is_restricted(request):
            inlines = [inline for inline in inlines if inline is not RepresentativeInline]
        return inlines

    def get_actions(self, request):
        if self.is_restricted(request):
            return {}
        return super().get_actions(request)

    def get_list_display(self, request):
        if self.is_restricted(request):
            return ("name", "kind", "place", "published", "profile_updated_at_in_zones")
        return super().get_list_display(request)

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("profile_updated_by")

    # --- recording changes --------------------------------------------------------------
    def holds_for_review(self, request, object_id):
        partner = self.get_object(request, unquote(object_id))
        return partner is not None and partner_holds_changes_for_review(
            partner=partner, user=request.user
        )

    def save_model(self, request, obj, form, change):
        if change and partner_holds_changes_for_review(partner=obj, user=request.user):
            # Saved as usual, kept as a proposal, then rolled back (save_related).
            request.proposal_savepoint = transaction.savepoint()
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        changed = form.has_changed() or any(formset.has_changed() for formset in formsets)
        savepoint = getattr(request, "proposal_savepoint", None)
        if savepoint is not None:
            versions = unsaved_versions(form.instance)
            transaction.savepoint_rollback(savepoint)
            if changed:
                request.profile_proposal = profile_proposal_submit(
                    partner=form.instance, user=request.user, versions=versions
                )
        if changed:
            partner_record_change(partner=form.instance, user=request.user)
            if self.is_restricted(request):
                notify_profile_changed(partner=form.instance, user=request.user, request=request)

    def response_change(self, request, obj):
        if getattr(request, "profile_proposal", None) is None:
            return super().response_change(request, obj)
        self.message_user(
            request,
            _(
                "Your changes are kept for review by the portal's staff: the public profile "
                "shows them once they are approved."
            ),
            messages.INFO,
        )
        return redirect(request.path)

    # --- proposals (staff decide) --------------------------------------------------------
    def proposal_view(self, request, object_id, proposal_id):
        partner = self.get_object(request, unquote(object_id))
        if partner is None or self.is_restricted(request):
            raise Http404(_("No such object."))
        proposal = get_object_or_404(partner.proposals, pk=proposal_id)
        form = ProposalDecisionForm(request.POST if request.method == "POST" else None)
        waiting = proposal.status == ProfileProposal.Status.WAITING
        if waiting and form.is_valid():
            if form.cleaned_data["decision"] == "approve":
                profile_proposal_approve(proposal=proposal, user=request.user)
                notify_profile_proposal_decided(proposal=proposal, request=request)
                self.message_user(request, _("The change is approved and live."), messages.SUCCESS)
            else:
                profile_proposal_decline(
                    proposal=proposal, user=request.user, reason=form.cleaned_data["reason"]
                )
                notify_profile_proposal_decided(proposal=proposal, request=request)
                self.message_user(request, _("The change is declined."), messages.SUCCESS)
            return redirect("admin:partners_partner_change", partner.pk)
        context = {
            **self.admin_site.each_context(request),
            "title": _("Change proposed for %(partner)s") % {"partner": partner},
            "object": partner,
            "opts": self.opts,
            "partner": partner,
            "proposal": proposal,
            "waiting": waiting,
            "changes": proposal_changes(proposal),
            "form": form,
        }
        return TemplateResponse(request, "admin/partners/partner/proposal.html", context)

    # --- read-only displays -------------------------------------------------------------
    @admin.display(description=_("logo as shown"))
    def logo_preview(self, obj):
        if not obj or not obj.logo:
            return "-"
        return format_html(
            '<img src="{}" alt="{}" width="{}" height="{}" class="partner-logo-preview">',
            obj.logo.url,
            obj.logo_alt,
            obj.logo_width or "",
            obj.logo_height or "",
        )

    @admin.display(description=_("changes by representatives since last review"))
    def representative_change_log(self, obj):
        if not obj or not obj.pk:
            return "-"
        entries = representative_changes(obj)
        if not entries:
            return _("No changes since last review")
        differences = render_to_string(
            "admin/history/changes.html", {"changes": partner_changes_since_review(obj)}
        )
        return format_html(
            "{}<ul>{}</ul>",
            differences,
            format_html_join(
                "",
                "<li>{} · {} · {}</li>",
                (
                    (
                        in_zones(entry.action_time),
                        entry.user,
                        entry.get_change_message(),
                    )
                    for entry in entries
                ),
            ),
        )

    @admin.display(description=_("proposed change"))
    def proposal_state(self, obj):
        proposal = obj.proposals.select_related("proposed_by").first() if obj and obj.pk else None
        if proposal is None:
            return "-"
        return render_to_string(
            "admin/partners/partner/proposal_state.html",
            {
                "proposal": proposal,
                "changes": proposal_changes(proposal) if proposal.status == "waiting" else [],
            },
        )

    @admin.display(description=_("proposed change"))
    def proposal_review(self, obj):
        state = self.proposal_state(obj)
        proposal = obj.proposals.first() if obj and obj.pk else None
        if proposal is None:
            return state
        url = reverse("admin:partners_partner_proposal", args=[obj.pk, proposal.pk])
        return format_html('{}<p><a href="{}">{}</a></p>', state, url, _("Review the change"))

    # --- actions (staff only) -------------------------------------------------------------
    @admin.action(description=_("Mark reviewed"), permissions=["moderate"])
    def mark_reviewed(self, request, queryset):
        count = partners_mark_reviewed(partners=queryset, user=request.user)
        message = ngettext(
            "%(count)d partner marked reviewed.", "%(count)d partners marked reviewed.", count
        )
        self.message_user(request, message % {"count": count}, messages.SUCCESS)

    @admin.action(description=_("Publish"), permissions=["moderate"])
    def publish(self, request, queryset):
        count = partners_set_published(partners=queryset, published=True)
        message = ngettext("%(count)d partner published.", "%(count)d partners published.", count)
        self.message_user(request, message % {"count": count}, messages.SUCCESS)

    @admin.action(description=_("Unpublish"), permissions=["moderate"])
    def unpublish(self, request, queryset):
        count = partners_set_published(partners=queryset, published=False)
        message = ngettext(
            "%(count)d partner unpublished.", "%(count)d partners unpublished.", count
        )
        self.message_user(request, message % {"count": count}, messages.SUCCESS)

    @admin.action(description=_("Invite a representative"), permissions=["moderate"])
    def invite_representative(self, request, queryset):
        partners = list(queryset[:2])
        if len(partners) != 1:
            self.message_user(
                request,
                _("Select exactly one partner to invite a representative."),
                messages.ERROR,
            )
            return None
        partner = partners[0]
        form = InviteRepresentativeForm(request.POST if "invite" in request.POST else None)
        if form.is_valid():
            try:
                with transaction.atomic():
                    representative = representative_invite(
                        partner=partner,
                        invited_by=request.user,
                        request=request,
                        **form.cleaned_data,
                    )
            except ValidationError as error:
                form.add_error("email", error)
            else:
                self.message_user(
                    request,
                    _(
                        "%(user)s is now a representative of %(partner)s; an e-mail with a "
                        "link to set a password was sent to %(email)s."
                    )
                    % {
                        "user": representative.user.get_username(),
                        "partner": partner,
                        "email": representative.user.email,
                    },
                    messages.SUCCESS,
                )
                return None
        context = {
            **self.admin_site.each_context(request),
            "title": _("Invite a representative of %(partner)s") % {"partner": partner},
            "opts": self.opts,
            "partner": partner,
            "form": form,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(
            request, "admin/partners/partner/invite_representative.html", context
        )

    def has_moderate_permission(self, request):
        return can_moderate_partners(request.user)


class ModeratorOnlyAdmin(admin.ModelAdmin):
    """Lists only staff need; representatives edit these inside their partner's page."""

    def has_module_permission(self, request):
        return can_moderate_partners(request.user) and super().has_module_permission(request)

    def has_view_permission(self, request, obj=None):
        return can_moderate_partners(request.user) and super().has_view_permission(request, obj)

    def has_add_permission(self, request):
        return can_moderate_partners(request.user) and super().has_add_permission(request)

    def has_change_permission(self, request, obj=None):
        return can_moderate_partners(request.user) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return can_moderate_partners(request.user) and super().has_delete_permission(request, obj)


@admin.register(HelpService)
class HelpServiceAdmin(
    HelpServiceFormMixin, ModeratorOnlyAdmin, HistoryAdmin, PortalTranslationAdmin
):
    list_display = ("name", "partner", "kind", "worldwide", "phone")
    list_filter = ("kind", "worldwide", ("countries", CountryFilter))
    search_fields = ("name", "partner__name", "phone")
    autocomplete_fields = ("partner",)
    list_select_related = ("partner",)


@admin.register(FocusTag)
class FocusTagAdmin(HistoryAdmin, PortalTranslationAdmin):
    list_display = ("name", "slug")
    search_fields = ("name", "slug")
    prepopulated_fields = {"slug": ("name",)}


@admin.register(Representative)
class RepresentativeAdmin(ModeratorOnlyAdmin):
    invited_at_in_zones = zoned_display(Representative, "invited_at")
    list_display = ("user", "partner", "invited_at_in_zones", "invited_by")
    list_select_related = ("user", "partner", "invited_by")
    search_fields = ("user__username", "user__email", "partner__name")
    autocomplete_fields = ("user", "partner")
    fields = ("user", "partner", "invited_at_in_zones", "invited_by")
    readonly_fields = ("invited_at_in_zones", "invited_by")


class CheckedNumberFilter(OptionsFilter):
    title = _("checked number")
    parameter_name = "checked_number"
    options = {
        "yes": (
            _("Has a checked number or address"),
            lambda entries: entries.with_checked_number(),
        ),
        "no": (
            _("No checked number yet"),
            lambda entries: entries.exclude(pk__in=entries.with_checked_number().values("pk")),
        ),
    }


@admin.register(CountryHelp)
class CountryHelpAdmin(HistoryAdmin, PortalTranslationAdmin):
    """One entry per country, created by the data file: staff correct and complete them,
    never add or delete one."""

    list_display = (
        "country_name",
        "country",
        "emergency_numbers",
        "child_helpline_number",
        "report_name",
        "checked_on",
    )
    list_filter = (CheckedNumberFilter, "checked_on", ("country", CountryFilter))
    search_fields = ("country", "emergency_numbers", "child_helpline_name", "report_name")
    date_hierarchy = "checked_on"
    readonly_fields = ("country",)
    formfield_overrides = {
        models.URLField: {"assume_scheme": "https", "widget": LINK_INPUT},
        models.TextField: {"widget": forms.Textarea(attrs={"rows": 4, "cols": 80})},
    }
    fieldsets = (
        (None, {"fields": ("country", "emergency_numbers")}),
        (
            _("Child helpline"),
            {"fields": ("child_helpline_name", "child_helpline_number", "child_helpline_url")},
        ),
        (_("Reporting child sexual abuse material"), {"fields": ("report_name", "report_url")}),
        (_("Source"), {"fields": ("source", "checked_on", "note")}),
    )

    @admin.display(description=_("name"), ordering="country")
    def country_name(self, entry):
        return entry.country.name

    def get_search_results(self, request, queryset, search_term):
        """Countries are stored as codes: a name in the admin's language finds them too."""
        found, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        term = search_term.strip().casefold()
        if term:
            codes = [code for code, name in countries if term in str(name).casefold()]
            found |= queryset.filter(country__in=codes)
        return found, may_have_duplicates

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
