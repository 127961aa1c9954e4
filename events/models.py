"""Events: conferences, meetings and awareness days, all-day or timed in their own zone.

An event is either **all-day** (``start_date`` to ``end_date``, both inclusive, possibly
many days) or **timed** (``starts_at`` and ``ends_at``, instants stored in UTC, shown in
the event's own IANA ``time_zone``). The database enforces exactly one of the two.
"""

import uuid
import zoneinfo
from datetime import datetime, time, timedelta

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from taggit.managers import TaggableManager
from taggit.models import TaggedItemBase

from cop_portal.rich_text import RichTextField
from cop_portal.tags import TagManager, TranslatedTag
from cop_portal.translated_fields import localized_field_names

# Slugs that would collide with the calendar's own paths: events/feed.ics,
# events/rss/ and events/<yyyy>/.
RESERVED_SLUGS = frozenset({"feed", "rss"})


def validate_event_slug(value):
    if value.lower() in RESERVED_SLUGS:
        raise ValidationError(
            _("“%(slug)s” is reserved for the calendar's own pages; choose another."),
            code="reserved",
            params={"slug": value},
        )
    if value.isdigit():
        raise ValidationError(
            _("A slug made only of digits would look like a year; add a word."),
            code="digits",
        )


def validate_time_zone(value):
    """An IANA time zone name this machine knows, such as “Europe/Zurich”."""
    if not value:
        return
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            _("“%(zone)s” is not a known time zone (e.g. Europe/Zurich, Africa/Kampala)."),
            code="unknown_time_zone",
            params={"zone": value},
        ) from None


def time_zone_choices():
    return [(name, name) for name in sorted(zoneinfo.available_timezones())]


class EventKind(models.TextChoices):
    CONFERENCE = "conference", _("Conference")
    SUMMIT = "summit", _("Summit")
    FORUM = "forum", _("Forum")
    MEETING = "meeting", _("Meeting")
    WORKSHOP = "workshop", _("Workshop")
    ROUNDTABLE = "roundtable", _("Round table")
    AWARENESS_DAY = "awareness_day", _("Awareness day")
    WEBINAR = "webinar", _("Webinar")
    VISIT = "visit", _("Official visit")
    OTHER = "other", _("Other")


# Same shape as EventKind above and partners PartnerKind: lists of values, not logic.
class EventStatus(models.TextChoices):
    """The schema.org EventStatusType values, so JSON-LD can use them as they are."""

    SCHEDULED = "EventScheduled", _("Scheduled")
    POSTPONED = "EventPostponed", _("Postponed")
    RESCHEDULED = "EventRescheduled", _("Rescheduled")
    CANCELLED = "EventCancelled", _("Cancelled")
    MOVED_ONLINE = "EventMovedOnline", _("Moved online")


# What the event page says, prominently, about an event that is not simply scheduled.
STATUS_NOTES = {
    EventStatus.POSTPONED: _(
        "This event has been postponed. New dates will be announced; the dates shown "
        "are the ones first planned."
    ),
    EventStatus.RESCHEDULED: _(
        "This event has been rescheduled: the dates shown are the new ones."
    ),
    EventStatus.CANCELLED: _("This event has been cancelled."),
    EventStatus.MOVED_ONLINE: _("This event has moved online: follow it through the online link."),
}


class EventQuerySet(models.QuerySet):
    def published(self):
        """What the public may see: the single rule used by pages, feeds and the home."""
        return self.filter(published=True)

    def with_related(self):
        """Everything a list, grid or feed shows of each event, in a constant number of
        queries."""
        return self.prefetch_related("tags", "organisers")

    def organised_by(self, partner):
        return self.filter(organisers=partner)

    def proposed_by_partners(self):
        return self.filter(proposed_by__isnull=False)

    def waiting_proposals(self):
        """Proposals by partners that editors have neither published nor declined."""
        return self.proposed_by_partners().filter(published=False, declined_at__isnull=True)

    def upcoming(self, now=None):
        """Events not yet over: a timed event until it ends, an all-day event until the
        end of its last day."""
        now = now or timezone.now()
        return self.filter(Q(ends_at__gte=now) | Q(ends_at__isnull=True, end_date__gte=now.date()))

    def past(self, now=None):
        now = now or timezone.now()
        return self.filter(Q(ends_at__lt=now) | Q(ends_at__isnull=True, end_date__lt=now.date()))

    def overlapping(self, first_day, last_day):
        """Events with at least one local day between ``first_day`` and ``last_day``."""
        return self.filter(first_day__lte=last_day, last_day__gte=first_day)

    def for_subscription(self, now=None):
        """The iCalendar subscription: everything upcoming and the last year's events."""
        now = now or timezone.now()
        return self.filter(last_day__gte=now.date() - timedelta(days=366))


class Event(models.Model):
    uid = models.UUIDField(
        _("calendar identifier"),
        default=uuid.uuid4,
        unique=True,
        editable=False,
        help_text=_("Identifies the event in calendar apps; never changes."),
    )
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        unique=True,
        validators=[validate_event_slug],
        help_text=_(
            "The last part of the event's address, after /events/: letters, digits and hyphens."
        ),
    )
    summary = models.CharField(
        _("summary"),
        max_length=300,
        help_text=_("One or two sentences, shown in lists, feeds and calendar apps."),
    )
    description = RichTextField(_("description"), blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=EventKind, default=EventKind.MEETING)
    status = models.CharField(
        _("status"), max_length=20, choices=EventStatus, default=EventStatus.SCHEDULED
    )

    # All-day events: dates, end inclusive.
    start_date = models.DateField(_("first day"), null=True, blank=True)
    end_date = models.DateField(
        _("last day"), null=True, blank=True, help_text=_("Inclusive: the event's last day.")
    )
    # Timed events: instants (stored in UTC), shown in the event's time zone.
    starts_at = models.DateTimeField(_("starts at"), null=True, blank=True)
    ends_at = models.DateTimeField(_("ends at"), null=True, blank=True)
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        blank=True,
        validators=[validate_time_zone],
        help_text=_("Where the event's clock is, as an IANA name such as Europe/Zurich."),
    )
    # The event's first and last day on its own local calendar, derived on save: the
    # month grid, year archive and feeds select by them (an event at 23:30 in Geneva is
    # on its Geneva date, not the UTC one).
    first_day = models.DateField(editable=False)
    last_day = models.DateField(editable=False)

    venue = models.CharField(_("venue"), max_length=200, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    country = CountryField(_("country"), blank=True)
    online_url = models.URLField(
        _("online link"), blank=True, help_text=_("Where to follow the event online.")
    )
    organisers = models.ManyToManyField(
        "partners.Partner",
        verbose_name=_("organisers"),
        blank=True,
        related_name="events",
        help_text=_("Partners who organise the event; their pages list it."),
    )
    tags = TaggableManager(
        _("tags"),
        through="TaggedEvent",
        blank=True,
        help_text="",
        ordering=["slug"],
        manager=TagManager,
    )
    published = models.BooleanField(_("published"), default=False)
    # Set when a partner's representative proposes the event from the admin: it stays
    # unpublished until an editor publishes it, and only that partner's representatives
    # (and editors) see it there.
    proposed_by = models.ForeignKey(
        "partners.Partner",
        verbose_name=_("proposed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="proposed_events",
        help_text=_("The partner whose representative proposed the event."),
    )
    # An editor's answer to a proposal they will not publish; its representatives are
    # told the reason by e-mail (events/notices.py).
    declined_at = models.DateTimeField(_("declined at"), null=True, blank=True, editable=False)
    decline_reason = models.TextField(_("reason for declining"), blank=True, editable=False)

    # Grows when the schedule, place or status changes: calendar apps that already hold
    # the event replace their copy (iCalendar SEQUENCE).
    sequence = models.PositiveIntegerField(_("revision"), default=0, editable=False)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = EventQuerySet.as_manager()

    # Changes that calendar apps must pick up (RFC 5545 3.8.7.4 names the schedule and
    # the status; the place matters as much to someone travelling to it).
    SIGNIFICANT_FIELDS = (
        "start_date",
        "end_date",
        "starts_at",
        "ends_at",
        "time_zone",
        "status",
        "country",
        "online_url",
    )
    # Translated location fields are tracked in every language (added in from_db).
    SIGNIFICANT_TRANSLATED_FIELDS = ("venue", "city")

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        # Editors hold it; partner representatives, who may only propose, do not.
        permissions = [("publish_event", _("Can publish events"))]
        ordering = ["first_day", F("starts_at").asc(nulls_first=True), "pk"]
        indexes = [
            models.Index(fields=["published", "first_day", "last_day"], name="event_public_days"),
        ]
        constraints = [
            models.CheckConstraint(
                name="event_dates_or_times",
                violation_error_message=_(
                    "An event has either a first and last day (all-day) or a start and "
                    "end time, not both and not neither."
                ),
                condition=(
                    Q(
                        start_date__isnull=False,
                        end_date__isnull=False,
                        starts_at__isnull=True,
                        ends_at__isnull=True,
                    )
                    | Q(
                        start_date__isnull=True,
                        end_date__isnull=True,
                        starts_at__isnull=False,
                        ends_at__isnull=False,
                    )
                ),
            ),
            models.CheckConstraint(
                name="event_end_not_before_start",
                violation_error_message=_("The event cannot end before it starts."),
                condition=(
                    (Q(start_date__isnull=True) | Q(end_date__gte=F("start_date")))
                    & (Q(starts_at__isnull=True) | Q(ends_at__gte=F("starts_at")))
                    & Q(last_day__gte=F("first_day"))
                ),
            ),
            models.CheckConstraint(
                name="event_timed_has_time_zone",
                violation_error_message=_("A timed event needs its time zone."),
                condition=Q(starts_at__isnull=True) | ~Q(time_zone=""),
            ),
            models.CheckConstraint(
                name="event_status_known",
                condition=Q(status__in=EventStatus.values),
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.first_day, self.last_day = self.local_days()
        derived = {"first_day", "last_day"}
        snapshot = getattr(self, "_significant_snapshot", None)
        if snapshot is not None and snapshot != self._significant_values():
            self.sequence += 1
            derived.add("sequence")
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], *derived}
        super().save(*args, **kwargs)
        self._significant_snapshot = self._significant_values()

    def get_absolute_url(self):
        return reverse("events:detail", kwargs={"slug": self.slug})

    def get_preview_url(self):
        return reverse("events:preview", kwargs={"slug": self.slug})

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._significant_snapshot = instance._significant_values()
        return instance

    def _significant_names(self):
        return [
            *self.SIGNIFICANT_FIELDS,
            *localized_field_names(*self.SIGNIFICANT_TRANSLATED_FIELDS),
        ]

    def _significant_values(self):
        deferred = self.get_deferred_fields()
        return {
            name: getattr(self, name, None)
            for name in self._significant_names()
            if name not in deferred
        }

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The last day cannot be before the first.")})
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            raise ValidationError({"ends_at": _("The event cannot end before it starts.")})
        if self.starts_at and not self.time_zone:
            raise ValidationError({"time_zone": _("A timed event needs its time zone.")})

    # --- The schedule as readers see it -------------------------------------------------

    @property
    def is_all_day(self):
        return self.start_date is not None

    @property
    def zone(self):
        """The event's ZoneInfo (None for all-day events, whose dates float)."""
        if self.is_all_day or not self.time_zone:
            return None
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def local_starts_at(self):
        return timezone.localtime(self.starts_at, self.zone) if self.starts_at else None

    @property
    def local_ends_at(self):
        return timezone.localtime(self.ends_at, self.zone) if self.ends_at else None

    def local_days(self):
        """The first and last day of the event on its own local calendar."""
        if self.start_date is not None:
            return self.start_date, self.end_date or self.start_date
        if self.starts_at is None:
            raise ValidationError(_("An event needs its dates or its times."))
        zone = zoneinfo.ZoneInfo(self.time_zone) if self.time_zone else zoneinfo.ZoneInfo("UTC")
        start = timezone.localtime(self.starts_at, zone)
        end = timezone.localtime(self.ends_at or self.starts_at, zone)
        last = end.date()
        # An event that ends at midnight does not take up the next day.
        if end.time() == time(0) and last > start.date():
            last -= timedelta(days=1)
        return start.date(), last

    def days(self):
        """Every local day the event takes place on."""
        first, last = self.first_day, self.last_day
        return [first + timedelta(days=offset) for offset in range((last - first).days + 1)]

    @property
    def status_note(self):
        return STATUS_NOTES.get(self.status, "")

    @property
    def is_cancelled(self):
        return self.status == EventStatus.CANCELLED

    @property
    def is_online(self):
        return bool(self.online_url) and (
            self.status == EventStatus.MOVED_ONLINE or not (self.venue or self.city)
        )

    def sort_key(self):
        """Order within a day: all-day events first, then by start time."""
        return (
            self.first_day,
            self.starts_at or datetime.min.replace(tzinfo=zoneinfo.ZoneInfo("UTC")),
            self.pk or 0,
        )

    def get_ics_url(self):
        return reverse("events:event_ics", kwargs={"slug": self.slug})

    @property
    def ical_uid(self):
        """Stable across edits, renames and moves to another domain."""
        return f"{self.uid}@cop-portal-events"


class EventTag(TranslatedTag):
    """An event tag (policy, cooperation, parents…) with a name in every language."""

    class Meta(TranslatedTag.Meta):
        verbose_name = _("event tag")
        verbose_name_plural = _("event tags")


# Same shape as news TaggedNewsItem and guidelines TaggedSection: each tag kind needs its
# own through model, and each through model keeps the constraint name its migration gave it.
class TaggedEvent(TaggedItemBase):
    content_object = models.ForeignKey(Event, on_delete=models.CASCADE)
    tag = models.ForeignKey(EventTag, on_delete=models.CASCADE, related_name="tagged_events")

    class Meta:
        verbose_name = _("event tag of an event")
        verbose_name_plural = _("event tags of events")
        constraints = [
            models.UniqueConstraint(
                fields=["content_object", "tag"], name="event_tag_once_per_event"
            )
        ]
