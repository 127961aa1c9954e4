"""The portal's roles: the groups staff and partners' representatives are put in.

- **Editors** (staff who publish news and events and edit guidelines and partners) hold
  the add, change, delete and view permissions on every model of the content apps
  (``content_app_labels()``), plus each app's ``editor_permissions`` and the staff records
  of ``EDITOR_RECORD_PERMISSIONS`` (contact messages). The grant only ever
  adds: permissions given to the group by hand are kept.
- **Partner representatives** hold exactly each app's ``representative_permissions``;
  which partner's data they may touch is decided in partners/permissions.py.

A model's permissions only exist once its app is migrated, and on a fresh database Django
creates them after all migrations (in ``post_migrate``). So each group is created by a data
migration (news 0002, partners 0002), which first creates the permissions it can, and
applied again after every ``migrate`` (``apply_roles_after_migrate``), so models that
arrive later are granted. docs/editorial.md says who holds which role.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import DEFAULT_DB_ALIAS
from django.db.models import Q

from cop_portal.contributions import content_app_labels, portal_apps

EDITORS_GROUP = "Editors"
REPRESENTATIVES_GROUP = "Partner representatives"
EDITOR_ACTIONS = ("add", "change", "delete", "view")
# Staff records that are not content (never on a page), which editors handle: they read
# contact messages, assign them and mark them handled, and delete spam. Nobody adds one.
EDITOR_RECORD_PERMISSIONS = (
    "contact.view_contactmessage",
    "contact.change_contactmessage",
    "contact.delete_contactmessage",
)


def editor_permission_names():
    """The ``app_label.codename`` permissions editors hold beyond the default four."""
    names = {name for config in portal_apps() for name in config.editor_permissions}
    return sorted(names.union(EDITOR_RECORD_PERMISSIONS))


def representative_permission_names():
    """Every ``app_label.codename`` the representatives group holds."""
    return sorted({name for config in portal_apps() for name in config.representative_permissions})


def _create_permissions(labels, apps, using):
    """Create the default permissions of the apps ``labels`` that ``apps`` knows."""
    for label in labels:
        try:
            app_config = apps.get_app_config(label)
        except LookupError:  # not in this (historical) registry
            continue
        if apps is not global_apps:
            # Historical app configs have no models module; create_permissions skips
            # those unless told otherwise.
            app_config.models_module = getattr(app_config, "models_module", None) or True
        create_permissions(app_config, verbosity=0, apps=apps, using=using)


def ensure_editors_group(apps=global_apps, using=DEFAULT_DB_ALIAS):
    """Create the Editors group if needed and grant it every editor permission that exists."""
    labels = content_app_labels()
    names = editor_permission_names()
    _create_permissions({*labels, *(name.split(".", 1)[0] for name in names)}, apps, using)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.using(using).get_or_create(name=EDITORS_GROUP)
    is_default_permission = Q()
    for action in EDITOR_ACTIONS:
        is_default_permission |= Q(codename__startswith=f"{action}_")
    is_editor_permission = Q(is_default_permission, content_type__app_label__in=labels)
    for name in names:
        app_label, codename = name.split(".", 1)
        is_editor_permission |= Q(content_type__app_label=app_label, codename=codename)
    group.permissions.add(*Permission.objects.using(using).filter(is_editor_permission))
    return group


def representatives_group_apply(apps=global_apps, using=DEFAULT_DB_ALIAS):
    """(Re)apply the representatives group's permissions, exactly; returns the group.

    With a migration's historical ``apps``, the permissions of models it does not know
    yet are left for ``apply_roles_after_migrate``; otherwise an unknown name raises
    LookupError.
    """
    names = representative_permission_names()
    _create_permissions({name.split(".", 1)[0] for name in names}, apps, using)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.using(using).get_or_create(name=REPRESENTATIVES_GROUP)
    permissions = []
    for name in names:
        app_label, codename = name.split(".", 1)
        permission = (
            Permission.objects.using(using)
            .filter(content_type__app_label=app_label, codename=codename)
            .first()
        )
        if permission is not None:
            permissions.append(permission)
        elif apps is global_apps:
            raise LookupError(f"No permission {name}")
    group.permissions.set(permissions)
    return group


def apply_roles_after_migrate(sender, using=DEFAULT_DB_ALIAS, **kwargs):
    """``post_migrate`` receiver for the last content app: every app has its permissions."""
    ensure_editors_group(using=using)
    representatives_group_apply(using=using)
