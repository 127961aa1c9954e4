"""Contact messages in the admin: staff read them, assign them and mark them handled.
What the visitor wrote cannot be changed; nobody adds a message here."""

from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from cop_portal.contact.models import ContactMessage
from cop_portal.contact.services import contact_messages_assign, contact_messages_mark_handled


def message_handlers():
    """The users a message may be assigned to: active staff who may handle messages
    (editors, superusers), never a partner's representative."""
    may_change = Q(codename="change_contactmessage", content_type__app_label="contact")
    permissions = Permission.objects.filter(may_change)
    return (
        get_user_model()
        .objects.filter(is_active=True, is_staff=True)
        .filter(
            Q(is_superuser=True)
            | Q(groups__permissions__in=permissions)
            | Q(user_permissions__in=permissions)
        )
        .distinct()
        .order_by("username")
    )


VISITOR_FIELDS = ("name", "email", "organisation", "subject", "language", "created_at", "message")


@admin.register(ContactMessage)
class ContactMessageAdmin(admin.ModelAdmin):
    list_display = ("created_at", "name", "subject", "language", "status", "assigned_to")
    list_display_links = ("created_at", "name")
    list_filter = ("status", "subject", "language", "created_at")
    list_select_related = ("assigned_to",)
    search_fields = ("name", "email", "organisation", "message")
    date_hierarchy = "created_at"
    readonly_fields = (*VISITOR_FIELDS, "handled_at")
    fieldsets = (
        (_("The message"), {"fields": VISITOR_FIELDS}),
        (_("Handling"), {"fields": ("status", "assigned_to", "handled_at", "staff_note")}),
    )
    actions = ("assign_to_me", "mark_handled")

    def has_add_permission(self, request):
        return False  # messages come from the form only

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "assigned_to":
            kwargs["queryset"] = message_handlers()
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        # The time it was handled goes with the status (a check constraint holds it).
        if obj.status == ContactMessage.Status.HANDLED:
            obj.handled_at = obj.handled_at or timezone.now()
        else:
            obj.handled_at = None
        super().save_model(request, obj, form, change)

    @admin.action(description=_("Assign the selected messages to me"), permissions=["change"])
    def assign_to_me(self, request, queryset):
        count = contact_messages_assign(queryset=queryset, user=request.user)
        self.message_user(
            request,
            ngettext(
                "%(count)d message is assigned to you.",
                "%(count)d messages are assigned to you.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Mark the selected messages handled"), permissions=["change"])
    def mark_handled(self, request, queryset):
        count = contact_messages_mark_handled(queryset=queryset)
        self.message_user(
            request,
            ngettext(
                "%(count)d message is marked handled.",
                "%(count)d messages are marked handled.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )
