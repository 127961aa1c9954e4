"""The "Editors" group: staff who publish news and events, edit guidelines and partners.

The group holds the add, change, delete and view permissions on every model of the
apps named below, whichever of them exist. A model's permissions only exist once its
app has been migrated, and on a fresh database Django creates permissions after all
migrations (in ``post_migrate``). So the group is set up twice: by a data migration of
``news`` (which first creates the permissions it can) and again after every
``migrate`` (see ``NewsConfig.ready``), so models that arrive later are added.
The grant only ever adds: permissions given to the group by hand are kept. Editors also
moderate every partner (``partners.moderate_partners``) and publish events
(``events.publish_event``).

The "Partner representatives" group belongs to the partners app.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import DEFAULT_DB_ALIAS
from django.db.models import Q

EDITORS_GROUP = "Editors"
EDITOR_APP_LABELS = ("news", "events", "guidelines", "partners", "taggit")
EDITOR_ACTIONS = ("add", "change", "delete", "view")
# Beyond the default four: editors moderate every partner (without it the partners admin
# shows a user only the partner they represent) and publish events (without it an event
# saved in the admin is a proposal).
EDITOR_EXTRA_PERMISSIONS = (("partners", "moderate_partners"), ("events", "publish_event"))


def create_editor_permissions(apps=global_apps, using=DEFAULT_DB_ALIAS):
    """Create the default permissions of the editors' apps that are known to ``apps``."""
    for label in EDITOR_APP_LABELS:
        try:
            app_config = global_apps.get_app_config(label)
        except LookupError:
            continue
        create_permissions(app_config, verbosity=0, apps=apps, using=using)


def ensure_editors_group(apps=global_apps, using=DEFAULT_DB_ALIAS):
    """Create the Editors group if needed and grant it every editor permission that exists."""
    try:
        Group = apps.get_model("auth", "Group")
        Permission = apps.get_model("auth", "Permission")
    except LookupError:  # auth is not migrated (yet): nothing to do
        return None
    group, _created = Group.objects.using(using).get_or_create(name=EDITORS_GROUP)
    is_default_permission = Q()
    for action in EDITOR_ACTIONS:
        is_default_permission |= Q(codename__startswith=f"{action}_")
    is_editor_permission = Q(is_default_permission, content_type__app_label__in=EDITOR_APP_LABELS)
    for app_label, codename in EDITOR_EXTRA_PERMISSIONS:
        is_editor_permission |= Q(content_type__app_label=app_label, codename=codename)
    permissions = Permission.objects.using(using).filter(is_editor_permission)
    group.permissions.add(*permissions)
    return group


def editors_group_after_migrate(sender, using=DEFAULT_DB_ALIAS, apps=global_apps, **kwargs):
    """``post_migrate`` receiver: re-apply the grant once every app has its permissions."""
    ensure_editors_group(apps=apps, using=using)
