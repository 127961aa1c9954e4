from django.apps import AppConfig
from django.db.backends.signals import connection_created
from django.utils.translation import gettext_lazy as _


class CopPortalConfig(AppConfig):
    name = "cop_portal"
    verbose_name = _("Portal")

    def ready(self):
        from cop_portal.search import register_sqlite_functions

        # Search folds case in every script, which SQLite cannot do by itself.
        connection_created.connect(register_sqlite_functions, dispatch_uid="portal_fold")
