from django.apps import AppConfig
from django.core.signals import request_finished
from django.db.backends.signals import connection_created
from django.db.models.signals import (
    m2m_changed,
    post_migrate,
    post_save,
    pre_delete,
    pre_save,
)
from django.utils.translation import gettext_lazy as _


class CopPortalConfig(AppConfig):
    name = "cop_portal"
    verbose_name = _("Portal")

    def ready(self):
        from cop_portal.contributions import portal_apps
        from cop_portal.page_cache import content_changed
        from cop_portal.request_log import clear_request_id
        from cop_portal.roles import apply_roles_after_migrate
        from cop_portal.search import register_sqlite_functions

        # Search folds case in every script, which SQLite cannot do by itself.
        connection_created.connect(register_sqlite_functions, dispatch_uid="portal_fold")
        # Saved content gives its model a new page-cache version on commit (page_cache.py).
        pre_save.connect(content_changed, dispatch_uid="page-cache-pre-save")
        post_save.connect(content_changed, dispatch_uid="page-cache-post-save")
        pre_delete.connect(content_changed, dispatch_uid="page-cache-pre-delete")
        m2m_changed.connect(content_changed, dispatch_uid="page-cache-m2m-changed")
        # The roles' permissions, once the last content app has its own (cop_portal/roles.py).
        content_apps = portal_apps()
        if content_apps:
            post_migrate.connect(
                apply_roles_after_migrate, sender=content_apps[-1], dispatch_uid="portal-roles"
            )
        # The request id on log lines ends with the response (see request_log.py).
        request_finished.connect(clear_request_id, dispatch_uid="request-log-clear-id")
