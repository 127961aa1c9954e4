from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuidelinesConfig(AppConfig):
    name = "guidelines"
    verbose_name = _("Guidelines")

    def home_section(self, request):
        """The four audiences: the home page's main way in."""
        from guidelines.models import Audience

        return {
            "template": "guidelines/home_section.html",
            "audiences": Audience.objects.all(),
        }
