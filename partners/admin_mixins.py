"""Admin mixins that confine a representative to the partner they represent.

``PartnerOwnedAdminMixin`` goes first in the bases of a ModelAdmin for a model that
belongs to a partner (``partner_field``, a ForeignKey to Partner by default)::

    @admin.register(EventProposal)
    class EventProposalAdmin(PartnerOwnedAdminMixin, admin.ModelAdmin):
        partner_field = "partner"

For users restricted to their own partner (see ``partners.permissions``) it is enforced
on the server on every path, not by hiding buttons:

- the queryset (change list, search, bulk actions, autocomplete, "view on site") holds
  only their partner's objects;
- another partner's object answers 404 on its change, history and delete URLs, and
  the object-level permissions refuse it as well;
- the partner field is read-only and set to their partner on save, so a forged POST
  cannot move an object to another partner;
- select boxes and filters that would list partners show only their own.

Moderators (``partners.moderate_partners``, superusers) see everything.
"""

from django.contrib.admin.utils import unquote
from django.http import Http404

from partners.permissions import can_moderate_partners, partner_for_user


class PartnerOwnedAdminMixin:
    partner_field = "partner"
    # List filters offered to a restricted user (filters on partners would list them).
    representative_list_filter = ()

    # --- who is asking -----------------------------------------------------------------
    def is_restricted(self, request):
        return not can_moderate_partners(request.user)

    def represented_partner(self, request):
        return partner_for_user(request.user)

    # --- hooks a subclass may override -------------------------------------------------
    def filter_for_partner(self, queryset, partner):
        return queryset.filter(**{self.partner_field: partner})

    def belongs_to_partner(self, obj, partner):
        return getattr(obj, f"{self.partner_field}_id") == partner.pk

    def assign_partner(self, obj, partner):
        setattr(obj, self.partner_field, partner)

    # --- querysets ---------------------------------------------------------------------
    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if not self.is_restricted(request):
            return queryset
        partner = self.represented_partner(request)
        if partner is None:
            return queryset.none()
        return self.filter_for_partner(queryset, partner)

    def _allowed_object(self, request, obj):
        if obj is None or not self.is_restricted(request):
            return True
        partner = self.represented_partner(request)
        return partner is not None and self.belongs_to_partner(obj, partner)

    # --- permissions -------------------------------------------------------------------
    def has_module_permission(self, request):
        if self.is_restricted(request) and self.represented_partner(request) is None:
            return False
        return super().has_module_permission(request)

    def has_view_permission(self, request, obj=None):
        if self.is_restricted(request) and self.represented_partner(request) is None:
            return False
        return super().has_view_permission(request, obj) and self._allowed_object(request, obj)

    def has_change_permission(self, request, obj=None):
        if self.is_restricted(request) and self.represented_partner(request) is None:
            return False
        return super().has_change_permission(request, obj) and self._allowed_object(request, obj)

    def has_delete_permission(self, request, obj=None):
        if self.is_restricted(request) and self.represented_partner(request) is None:
            return False
        return super().has_delete_permission(request, obj) and self._allowed_object(request, obj)

    def has_add_permission(self, request, *args):
        if self.is_restricted(request) and self.represented_partner(request) is None:
            return False
        return super().has_add_permission(request, *args)

    # --- another partner's object is not found, whatever the URL ----------------------
    def _require_visible(self, request, object_id):
        if object_id is not None and self.get_object(request, unquote(object_id)) is None:
            raise Http404("No such object.")

    def change_view(self, request, object_id, form_url="", extra_context=None):
        self._require_visible(request, object_id)
        return super().change_view(request, object_id, form_url, extra_context)

    def history_view(self, request, object_id, extra_context=None):
        self._require_visible(request, object_id)
        return super().history_view(request, object_id, extra_context)

    def delete_view(self, request, object_id, extra_context=None):
        self._require_visible(request, object_id)
        return super().delete_view(request, object_id, extra_context)

    # --- forms -------------------------------------------------------------------------
    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if self.is_restricted(request) and self.partner_field and self.partner_field not in fields:
            fields.append(self.partner_field)
        return fields

    def save_model(self, request, obj, form, change):
        if self.is_restricted(request):
            partner = self.represented_partner(request)
            if partner is None or (change and not self.belongs_to_partner(obj, partner)):
                raise Http404("No such object.")
            if self.partner_field:
                self.assign_partner(obj, partner)
        super().save_model(request, obj, form, change)

    def _limit_partner_choices(self, request, db_field, kwargs):
        from partners.models import Partner

        if db_field.related_model is Partner and self.is_restricted(request):
            partner = self.represented_partner(request)
            kwargs["queryset"] = (
                Partner.objects.filter(pk=partner.pk) if partner else Partner.objects.none()
            )

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        self._limit_partner_choices(request, db_field, kwargs)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        self._limit_partner_choices(request, db_field, kwargs)
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def get_list_filter(self, request):
        if self.is_restricted(request):
            return self.representative_list_filter
        return super().get_list_filter(request)
