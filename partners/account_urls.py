"""Setting a password from an invitation link (outside the language prefix, like /admin/).

Django's password-reset views and tokens; the admin's own templates render them, with
the admin site's title and header.
"""

from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from cop_portal.admin_site import BRANDING

urlpatterns = [
    path(
        "<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(
            success_url=reverse_lazy("set-password-done"), extra_context=BRANDING
        ),
        name="set-password",
    ),
    path(
        "done/",
        auth_views.PasswordResetCompleteView.as_view(extra_context=BRANDING),
        name="set-password-done",
    ),
]
