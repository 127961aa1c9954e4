"""Who may do what with partners: representatives, moderators and their group.

A *representative* is a user with a ``Representative`` link to one partner. Anyone who
may reach the partners admin but lacks the ``partners.moderate_partners`` permission is
restricted to the partner they represent (to nothing if they represent none): the
default is the narrow one. Superusers and staff with that permission moderate every
partner.

Other apps reuse these functions (events: proposals by representatives; news).
"""

from django.apps import apps as global_apps

REPRESENTATIVES_GROUP = "Partner representatives"

# What the representatives group holds. Other apps add theirs by declaring
# ``representative_permissions = (...)`` on their AppConfig; see
# ``representative_permission_names``.
REPRESENTATIVE_PERMISSIONS = (
    "partners.view_partner",
    "partners.change_partner",
    "partners.view_helpservice",
    "partners.add_helpservice",
    "partners.change_helpservice",
    "partners.delete_helpservice",
    "partners.view_contact",
    "partners.add_contact",
    "partners.change_contact",
    "partners.delete_contact",
)

MODERATE_PERMISSION = "partners.moderate_partners"

_CACHE_ATTRIBUTE = "_represented_partner_cache"


def partner_for_user(user):
    """The partner ``user`` represents, or None (anonymous, inactive or no link).

    Cached on the user object for the request.
    """
    if user is None or not user.is_authenticated or not user.is_active:
        return None
    if not hasattr(user, _CACHE_ATTRIBUTE):
        from partners.models import Representative

        representative = (
            Representative.objects.select_related("partner").filter(user_id=user.pk).first()
        )
        setattr(user, _CACHE_ATTRIBUTE, representative.partner if representative else None)
    return getattr(user, _CACHE_ATTRIBUTE)


def can_moderate_partners(user):
    """Staff who see and moderate every partner (superusers included)."""
    return bool(user and user.is_active and user.has_perm(MODERATE_PERMISSION))


def is_restricted_to_own_partner(user):
    """True when ``user`` may touch partner data only of the partner they represent."""
    return not can_moderate_partners(user)


def is_representative_of(user, partner):
    represented = partner_for_user(user)
    return represented is not None and partner is not None and represented.pk == partner.pk


def representative_permission_names():
    """Every ``app_label.codename`` the representatives group should hold."""
    names = list(REPRESENTATIVE_PERMISSIONS)
    for app_config in global_apps.get_app_configs():
        names.extend(getattr(app_config, "representative_permissions", ()))
    return sorted(set(names))


def group_set_permissions(name, permission_names, apps=global_apps):
    """Create the group ``name`` if needed and give it exactly ``permission_names``.

    Works with the global app registry and with a migration's historical ``apps``.
    Permissions are created first, because during a fresh ``migrate`` they only appear
    at post_migrate. Unknown names raise LookupError.
    """
    from django.contrib.auth.management import create_permissions

    labels = {permission.split(".", 1)[0] for permission in permission_names}
    for label in labels:
        app_config = apps.get_app_config(label)
        if global_apps is not apps:
            # Historical app configs have no models module; create_permissions skips
            # those unless told otherwise.
            app_config.models_module = getattr(app_config, "models_module", None) or True
        create_permissions(app_config, verbosity=0, apps=apps)

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=name)
    permissions = []
    for permission_name in permission_names:
        app_label, codename = permission_name.split(".", 1)
        try:
            permissions.append(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )
        except Permission.DoesNotExist:
            raise LookupError(f"No permission {permission_name}") from None
    group.permissions.set(permissions)
    return group


def representatives_group_apply(apps=global_apps):
    """(Re)apply the representatives group's permissions; returns the group."""
    if apps is global_apps:
        names = representative_permission_names()
    else:
        names = list(REPRESENTATIVE_PERMISSIONS)
    return group_set_permissions(REPRESENTATIVES_GROUP, names, apps=apps)
