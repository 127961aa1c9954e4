from django.contrib import admin, messages
from django.db import models
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TranslationAdmin

from cop_portal.translated_fields import missing_languages
from events.forms import EventAdminForm
from events.models import Event

PUBLISH_PERMISSION = "events.publish_event"


def can_publish_events(user):
    """Editors: staff allowed to publish events (superusers included)."""
    return bool(user and user.is_active and user.has_perm(PUBLISH_PERMISSION))


@admin.register(Event)
class EventAdmin(TranslationAdmin):
    form = EventAdminForm
    list_display = ("title", "schedule", "kind", "status", "published", "missing_translations")
    list_filter = ("published", "status", "kind", "country")
    search_fields = ("title_en", "title_fr", "title_es", "slug", "city_en", "venue_en")
    date_hierarchy = "first_day"
    prepopulated_fields = {"slug": ("title",)}
    readonly_fields = ("uid", "sequence", "created_at", "updated_at")
    actions = ("publish", "unpublish")
    fieldsets = (
        (None, {"fields": ("title", "slug", "kind", "status", "published")}),
        (
            _("When"),
            {
                "description": _(
                    "An all-day event has a first and last day. A timed event has a start "
                    "and end time, typed as the local time at the event, and its time zone."
                ),
                "fields": ("start_date", "end_date", "starts_at", "ends_at", "time_zone"),
            },
        ),
        (_("Where"), {"fields": ("venue", "city", "country", "online_url")}),
        (_("About the event"), {"fields": ("summary", "description", "tags")}),
        (_("Calendar apps"), {"fields": ("uid", "sequence", "created_at", "updated_at")}),
    )

    @admin.display(description=_("when"), ordering="first_day")
    def schedule(self, event):
        if event.is_all_day:
            if event.start_date == event.end_date:
                return date_format(event.start_date, "DATE_FORMAT")
            return f"{date_format(event.start_date, 'DATE_FORMAT')} – " + date_format(
                event.end_date, "DATE_FORMAT"
            )
        local = event.local_starts_at
        return f"{date_format(local, 'DATE_FORMAT')} {local:%H:%M} ({event.time_zone})"

    @admin.display(description=_("missing translations"))
    def missing_translations(self, event):
        missing = sorted(
            set(missing_languages(event, "title")) | set(missing_languages(event, "summary"))
        )
        return ", ".join(missing) or "—"

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if isinstance(db_field, models.URLField):
            kwargs.setdefault("assume_scheme", "https")
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    # --- publishing: editors only --------------------------------------------------------
    def has_publish_permission(self, request):
        return can_publish_events(request.user)

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not can_publish_events(request.user):
            fields.append("published")
        return fields

    @admin.action(description=_("Publish the selected events"), permissions=("publish",))
    def publish(self, request, queryset):
        self._set_published(request, queryset, True)

    @admin.action(description=_("Unpublish the selected events"), permissions=("publish",))
    def unpublish(self, request, queryset):
        self._set_published(request, queryset, False)

    def _set_published(self, request, queryset, published):
        # Saved one by one so that each event's derived fields and history stay right.
        count = 0
        for event in queryset.exclude(published=published):
            event.published = published
            event.save(update_fields=["published", "updated_at"])
            self.log_change(request, event, [{"changed": {"fields": ["published"]}}])
            count += 1
        text = (
            ngettext("%(count)d event published.", "%(count)d events published.", count)
            if published
            else ngettext("%(count)d event unpublished.", "%(count)d events unpublished.", count)
        )
        self.message_user(request, text % {"count": count}, messages.SUCCESS)
