"""Who may do what in the admin, by the portal's own rules (not re-derived here).

The roles are the groups the portal creates (``cop_portal.roles``): "Editors" and "Partner
representatives". The partner a user represents is
``partners.permissions.partner_for_user``. What belongs to that partner is what the
admin confines the representative to: for every admin built on
``PartnerOwnedAdminMixin``, the objects its ``filter_for_partner`` keeps (the partner
itself, the events it proposed), and the objects of that admin's inlines whose parent
is one of them (its help services, contacts and representatives).
"""

from django.contrib import admin
from django.contrib.auth.models import Group
from django.forms.models import _get_foreign_key

from cop_portal.roles import EDITORS_GROUP as EDITORS
from cop_portal.roles import REPRESENTATIVES_GROUP as REPRESENTATIVES
from partners.admin_mixins import PartnerOwnedAdminMixin
from partners.permissions import partner_for_user

__all__ = ["EDITORS", "REPRESENTATIVES"]

USER_MANAGEMENT_APPS = ("auth",)


def role_group(name):
    return Group.objects.filter(name=name).first()


def registered_models():
    return list(admin.site._registry.items())


def _outside(queryset, field, own):
    """The objects of ``queryset`` whose ``field`` is not among ``own`` (a queryset)."""
    return queryset.exclude(**{f"{field}__in": own.values("pk")}).order_by("pk")


def objects_of_other_partners(user, limit_per_model=3):
    """(model_admin, object) pairs the admin must keep from representative ``user``."""
    partner = partner_for_user(user)
    registry = admin.site._registry
    found = []
    for model, model_admin in registered_models():
        if not isinstance(model_admin, PartnerOwnedAdminMixin):
            continue
        everything = model._base_manager.all()
        own = model_admin.filter_for_partner(everything, partner) if partner else everything.none()
        others = _outside(everything, "pk", own)[:limit_per_model]
        found.extend((model_admin, obj) for obj in others)
        # Inline objects are the parent's: reached through their own admin, if any.
        for inline in model_admin.inlines:
            if inline.model not in registry:
                continue
            parent = _get_foreign_key(model, inline.model, fk_name=inline.fk_name).name
            children = _outside(inline.model._base_manager.all(), parent, own)
            found.extend((registry[inline.model], obj) for obj in children[:limit_per_model])
    return found


def user_management_admins():
    return [
        (model, model_admin)
        for model, model_admin in registered_models()
        if model._meta.app_label in USER_MANAGEMENT_APPS
    ]
