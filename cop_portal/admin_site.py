"""The portal's admin site: named after the portal, with each user's own admin language.

``PortalAdminConfig`` stands in for ``django.contrib.admin`` in INSTALLED_APPS and makes
``PortalAdminSite`` the default site, so ``admin.site`` (and every ``@admin.register``)
is this one. This module is imported while the apps load: models only inside methods.
"""

from django.contrib import admin, messages
from django.contrib.admin.apps import AdminConfig
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

# Also used by pages that the admin's templates render outside the admin site's own
# views (setting a password from an invitation).
BRANDING = {
    "site_header": _("COP Portal administration"),
    "site_title": _("COP Portal"),
}


class PortalAdminSite(admin.AdminSite):
    site_header = BRANDING["site_header"]
    site_title = BRANDING["site_title"]
    index_title = _("Publishing desk")

    def get_urls(self):
        return [
            path(
                "my-language/",
                self.admin_view(self.admin_language_view),
                name="admin_language",
            ),
            *super().get_urls(),
        ]

    def admin_language_view(self, request):
        """Any user of the admin chooses their own admin language (nobody else's)."""
        from cop_portal.admin_language import AdminLanguageForm, browser_language
        from cop_portal.models import AdminPreference

        preference = AdminPreference.objects.filter(user=request.user).first()
        form = AdminLanguageForm(
            request.POST if request.method == "POST" else None,
            instance=preference or AdminPreference(user=request.user),
        )
        if form.is_valid():
            # (Two saves at once, from two tabs, make one preference, not an error.)
            language = form.cleaned_data["language"]
            AdminPreference.objects.update_or_create(
                user=request.user, defaults={"language": language}
            )
            # Said in the language just chosen, which the next page is shown in.
            with translation.override(language or browser_language(request)):
                messages.success(request, gettext("Your admin language is saved."))
            return redirect("admin:admin_language")
        context = {
            **self.each_context(request),
            "title": _("My admin language"),
            "form": form,
        }
        return TemplateResponse(request, "admin/admin_language.html", context)


class PortalAdminConfig(AdminConfig):
    default_site = "cop_portal.admin_site.PortalAdminSite"
