"""Who may do what in the admin, discovered from the project's groups and models.

The portal's roles are the groups "Editors" and "Partner representatives" (created
by a data migration). A representative's own partners are found through whatever
relation links the partner model to the user model (a ``representatives`` many-to-
many, or a model holding both a partner and a user), and an object "belongs" to a
partner when it is the partner or points at it, directly or through one more
foreign key (a help service's opening hours, say).
"""

from django.apps import apps
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import models

EDITORS = "Editors"
REPRESENTATIVES = "Partner representatives"
USER_MANAGEMENT_APPS = ("auth",)


def role_group(name):
    return Group.objects.filter(name=name).first()


def partner_model():
    try:
        return apps.get_model("partners", "Partner")
    except LookupError:
        return None


def _relations_to(model, target):
    """Forward FK/O2O/M2M fields of ``model`` that point at ``target``."""
    return [
        field
        for field in model._meta.get_fields()
        if field.is_relation
        and not field.auto_created
        and field.related_model is target
        and (field.many_to_one or field.one_to_one or field.many_to_many)
    ]


def partners_of(user):
    """The partners ``user`` represents (a queryset; empty if there is no partner model)."""
    Partner = partner_model()
    if Partner is None:
        return []
    User = get_user_model()
    query = models.Q(pk__in=[])
    for field in _relations_to(Partner, User):
        query |= models.Q(**{field.name: user})
    # A link model holding a partner and a user (e.g. Representative(partner, user)).
    for model in apps.get_models():
        to_partner = _relations_to(model, Partner)
        to_user = _relations_to(model, User)
        if model is not Partner and to_partner and to_user and not model._meta.abstract:
            ids = model._base_manager.filter(**{to_user[0].name: user}).values_list(
                to_partner[0].attname if not to_partner[0].many_to_many else to_partner[0].name,
                flat=True,
            )
            query |= models.Q(pk__in=list(ids))
    return Partner._base_manager.filter(query).distinct()


def owning_partner_ids(obj, depth=2):
    """Ids of the partners ``obj`` belongs to (itself, or through its relations)."""
    Partner = partner_model()
    if Partner is None or obj is None:
        return set()
    if isinstance(obj, Partner):
        return {obj.pk}
    owners = set()
    for field in obj._meta.get_fields():
        if not field.is_relation or field.auto_created or field.related_model is None:
            continue
        if field.related_model is get_user_model():
            continue
        if field.many_to_many:
            related = list(getattr(obj, field.name).all()) if obj.pk else []
        elif field.many_to_one or field.one_to_one:
            related = [getattr(obj, field.name, None)]
        else:
            continue
        for item in related:
            if item is None:
                continue
            if isinstance(item, Partner):
                owners.add(item.pk)
            elif depth > 1:
                owners |= owning_partner_ids(item, depth - 1)
    return owners


def registered_models():
    return list(admin.site._registry.items())


def objects_of_other_partners(user, limit_per_model=3):
    """(model_admin, object) pairs belonging to partners ``user`` does not represent."""
    own = {partner.pk for partner in partners_of(user)}
    found = []
    for model, model_admin in registered_models():
        count = 0
        for obj in model._base_manager.all().order_by("pk")[:200]:
            owners = owning_partner_ids(obj)
            if owners and not owners & own:
                found.append((model_admin, obj))
                count += 1
                if count >= limit_per_model:
                    break
    return found


def user_management_admins():
    return [
        (model, model_admin)
        for model, model_admin in registered_models()
        if model._meta.app_label in USER_MANAGEMENT_APPS
    ]
