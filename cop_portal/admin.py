"""The users' admin with each user's admin language, which superusers may set.

Every user sets their own on "My admin language" (cop_portal/admin_site.py).
"""

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin

from cop_portal.admin_language import LanguageSelect
from cop_portal.models import AdminPreference


class AdminPreferenceInline(admin.StackedInline):
    model = AdminPreference
    fields = ("language",)
    can_delete = False
    extra = 1
    max_num = 1

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "language":
            kwargs["widget"] = LanguageSelect
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    # Superusers only (other staff may manage users without choosing their language),
    # and on an existing user's page: a new user starts with the browser's language.
    def has_view_permission(self, request, obj=None):
        return request.user.is_superuser and obj is not None

    def has_add_permission(self, request, obj=None):
        return self.has_view_permission(request, obj)

    def has_change_permission(self, request, obj=None):
        return self.has_view_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return False


class PortalUserAdmin(UserAdmin):
    inlines = (*UserAdmin.inlines, AdminPreferenceInline)


User = get_user_model()
admin.site.unregister(User)
admin.site.register(User, PortalUserAdmin)
