from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContactConfig(AppConfig):
    """Not a portal content app (``PortalAppConfig``): its messages are never shown on a
    page, so saving one changes no page and editors' rights on it come from roles.py."""

    name = "cop_portal.contact"
    label = "contact"
    verbose_name = _("Contact messages")
