from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils.translation import gettext_lazy as _


class CopPortalConfig(AppConfig):
    name = "cop_portal"
    verbose_name = _("Portal")

    def ready(self):
        from cop_portal.page_cache import content_changed

        # Any saved content starts a new page-cache generation (see page_cache.py).
        post_save.connect(content_changed, dispatch_uid="page-cache-post-save")
        post_delete.connect(content_changed, dispatch_uid="page-cache-post-delete")
        m2m_changed.connect(content_changed, dispatch_uid="page-cache-m2m-changed")
