import zoneinfo

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from cop_portal.time_zones import wall_clock_in_zone
from cop_portal.widgets import Select
from events.models import Event, EventKind, EventTag, time_zone_choices


class EventFilterForm(forms.Form):
    """The calendar's filters, in the query string (a GET form: no session, no CSRF).

    A kind or country that does not exist is an error (the view answers 400); a tag that
    no event carries simply matches nothing.
    """

    kind = forms.ChoiceField(label=_("Kind"), required=False, widget=Select)
    country = forms.CharField(label=_("Country"), required=False, max_length=2)
    tag = forms.SlugField(label=_("Tag"), required=False, max_length=100, allow_unicode=True)

    def __init__(self, data, *, public_events):
        super().__init__(data)
        self.fields["kind"].choices = [("", _("All kinds")), *EventKind.choices]
        used = (
            public_events.exclude(country="")
            .order_by()
            .values_list("country", flat=True)
            .distinct()
        )
        country_choices = sorted(
            ((code, countries.name(code)) for code in set(used)), key=lambda item: item[1]
        )
        self.fields["country"].widget = forms.Select(
            choices=[("", _("All countries")), *country_choices]
        )
        # Named in the reader's language (English where a tag has no name in it yet).
        tags = sorted(
            (
                (tag.slug, tag.name)
                for tag in EventTag.objects.filter(
                    tagged_events__content_object__in=public_events.values("pk")
                ).distinct()
            ),
            key=lambda choice: choice[1].casefold(),
        )
        self.fields["tag"].widget = forms.Select(choices=[("", _("All tags")), *tags])

    def clean_country(self):
        code = self.cleaned_data["country"].upper()
        if code and code not in dict(countries):
            raise forms.ValidationError(_("Choose a country from the list."))
        return code

    def filter(self, queryset):
        if not self.is_valid():
            return queryset.none()
        data = self.cleaned_data
        if data["kind"]:
            queryset = queryset.filter(kind=data["kind"])
        if data["country"]:
            queryset = queryset.filter(country=data["country"])
        if data["tag"]:
            queryset = queryset.filter(tags__slug=data["tag"])
        return queryset


def https_url_fields(db_field, **kwargs):
    """Form fields for the model; a link typed without a scheme is taken as https."""
    if isinstance(db_field, models.URLField):
        kwargs.setdefault("assume_scheme", "https")
    return db_field.formfield(**kwargs)


class EventAdminForm(forms.ModelForm):
    """Editors type the event's local times; they are stored as UTC instants.

    Django would read a typed time in the server's zone (UTC). Here ``starts_at`` and
    ``ends_at`` are read in the time zone chosen on the same form, and shown back in it.
    """

    tags = forms.ModelMultipleChoiceField(
        label=capfirst(_("tags")),
        queryset=EventTag.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "A new tag is added by an editor under Event tags, with its name in each language."
        ),
    )
    time_zone = forms.ChoiceField(
        label=_("time zone"),
        required=False,
        help_text=_("Where the event's clock is. Needed for timed events."),
    )

    class Meta:
        model = Event
        fields = (
            "title",
            "slug",
            "summary",
            "description",
            "kind",
            "status",
            "published",
            "start_date",
            "end_date",
            "starts_at",
            "ends_at",
            "time_zone",
            "venue",
            "city",
            "country",
            "online_url",
            "tags",
        )
        formfield_callback = https_url_fields
        help_texts = {
            "starts_at": _("Local time at the event, in the time zone below."),
            "ends_at": _("Local time at the event, in the time zone below."),
            "start_date": _("For all-day events: leave the times empty."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["time_zone"].choices = [("", "—"), *time_zone_choices()]
        self.fields["time_zone"].label = capfirst(self.fields["time_zone"].label)
        instance = self.instance
        if instance.pk and instance.starts_at and instance.time_zone and not self.is_bound:
            # Show the stored instants as the event's own wall-clock times.
            for name in ("starts_at", "ends_at"):
                value = getattr(instance, name)
                if value is not None and name in self.fields:
                    self.initial[name] = timezone.localtime(value, instance.zone).replace(
                        tzinfo=None
                    )

    def clean(self):
        cleaned = super().clean()
        zone_name = cleaned.get("time_zone") or ""
        has_times = bool(cleaned.get("starts_at") or cleaned.get("ends_at"))
        has_dates = bool(cleaned.get("start_date") or cleaned.get("end_date"))
        if has_times and has_dates:
            raise forms.ValidationError(
                _("Give either the days of an all-day event or the start and end times.")
            )
        if not has_times and not has_dates:
            raise forms.ValidationError(
                _("Give the days of an all-day event, or the start and end times.")
            )
        if has_dates:
            if not cleaned.get("start_date"):
                self.add_error("start_date", _("Give the first day."))
            if not cleaned.get("end_date"):
                cleaned["end_date"] = cleaned.get("start_date")
            cleaned["time_zone"] = ""
            return cleaned
        if not zone_name:
            self.add_error("time_zone", _("A timed event needs its time zone."))
            return cleaned
        zone = zoneinfo.ZoneInfo(zone_name)
        for name in ("starts_at", "ends_at"):
            value = cleaned.get(name)
            if value is None:
                self.add_error(name, _("Give both the start and the end time."))
                continue
            cleaned[name] = self._in_zone(name, value, zone)
        return cleaned

    def _in_zone(self, name, value, zone):
        # The field made the typed time aware in the admin's zone; take the wall-clock
        # reading and place it in the event's zone instead.
        local, exists = wall_clock_in_zone(value, zone)
        if not exists:
            self.add_error(
                name,
                _("This time does not exist in %(zone)s (the clocks change then).")
                % {"zone": zone.key},
            )
        return local
