from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

# Each language named in its own script, as on the public language bar.
ADMIN_LANGUAGE_CHOICES = [("", _("The browser's language")), *settings.LANGUAGES]


def user_reference(verbose_name, related_name="+"):
    """A field that says which user did something (wrote, reviewed, invited): optional,
    and emptied, not cascaded, when that user is deleted."""
    return models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name=related_name,
    )


class AdminPreference(models.Model):
    """The language one user's admin is shown in (see cop_portal/admin_language.py).

    Blank: the admin follows the browser's Accept-Language among the portal's six
    languages, else English. It never changes the public pages, which take their
    language from the address.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="admin_preference",
        verbose_name=_("user"),
    )
    language = models.CharField(
        _("admin language"),
        max_length=7,
        blank=True,
        choices=ADMIN_LANGUAGE_CHOICES,
        help_text=_("The language the admin is shown in for this user."),
    )

    class Meta:
        verbose_name = _("admin language")
        verbose_name_plural = _("admin languages")

    def __str__(self):
        return self.get_language_display()
