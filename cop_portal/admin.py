"""The users' admin with each user's admin language, which superusers may set, and its
dates in zones.

Every user sets their own on "My admin language" (cop_portal/admin_site.py).
"""

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin

from cop_portal.admin_language import LanguageSelect
from cop_portal.models import AdminPreference
from cop_portal.time_zones import zoned_display


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


User = get_user_model()


class PortalUserAdmin(UserAdmin):
    inlines = (*UserAdmin.inlines, AdminPreferenceInline)
    # The important dates name their zone (and are the portal's record, not edited).
    last_login_in_zones = zoned_display(User, "last_login")
    date_joined_in_zones = zoned_display(User, "date_joined")
    fieldsets = (
        *UserAdmin.fieldsets[:-1],
        (UserAdmin.fieldsets[-1][0], {"fields": ("last_login_in_zones", "date_joined_in_zones")}),
    )
    readonly_fields = ("last_login_in_zones", "date_joined_in_zones")


admin.site.unregister(User)
admin.site.register(User, PortalUserAdmin)
