import calendar
from collections import defaultdict
from datetime import date, timedelta

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.dates import WEEKDAYS, WEEKDAYS_ABBR
from django.utils.formats import date_format, get_format
from django.utils.translation import gettext as _
from django.views.generic import DetailView, ListView, TemplateView

from cop_portal.addresses import absolute_url
from cop_portal.contributions import event_sections
from cop_portal.page_dependencies import page_shows_only
from cop_portal.previews import PreviewMixin
from cop_portal.translated_fields import translated_value
from events import ical
from events.forms import EventFilterForm
from events.models import Event
from events.permissions import can_publish_events
from events.schedule import long_date
from events.structured_data import event_json_ld
from partners.permissions import is_representative_of

# The calendar's range: wide enough for any real event, narrow enough that following
# "next month" forever ends.
MIN_YEAR = 1990
MAX_YEAR = 2100

ICS_CONTENT_TYPE = "text/calendar; charset=utf-8"


class FilteredEventsMixin:
    """Filters by kind, country and tag from the query string (shared by the list pages).

    An invalid filter gives the page with the form's error and status 400.
    """

    def public_events(self):
        return Event.objects.published()

    def get_filter_form(self):
        if not hasattr(self, "_filter_form"):
            self._filter_form = EventFilterForm(
                self.request.GET or None, public_events=self.public_events()
            )
        return self._filter_form

    def filtered(self, queryset):
        form = self.get_filter_form()
        return form.filter(queryset) if form.is_bound else queryset

    def filter_query(self):
        """The filters as a query string for links to other calendar pages."""
        form = self.get_filter_form()
        if not form.is_bound or not form.is_valid():
            return ""
        query = self.request.GET.copy()
        query.pop("page", None)
        return query.urlencode()

    def render_to_response(self, context, **response_kwargs):
        form = self.get_filter_form()
        if form.is_bound and not form.is_valid():
            response_kwargs["status"] = 400
        return super().render_to_response(context, **response_kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["filter_form"] = self.get_filter_form()
        context["filter_query"] = self.filter_query()
        return context


class EventListView(FilteredEventsMixin, ListView):
    """``events/``: upcoming events first, then the way into past years."""

    template_name = "events/event_list.html"
    context_object_name = "events"
    paginate_by = 20

    def get_queryset(self):
        return self.filtered(self.public_events().upcoming())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        today = timezone.localdate()
        context["years"] = [
            day.year for day in self.public_events().dates("first_day", "year", order="DESC")
        ]
        context["this_month"] = today
        return context


def _check_year(year):
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise Http404(_("The calendar has no such year."))


class EventYearView(FilteredEventsMixin, TemplateView):
    """``events/<yyyy>/``: every event that takes place in the year, month by month."""

    template_name = "events/event_archive_year.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        year = self.kwargs["year"]
        _check_year(year)
        first, last = date(year, 1, 1), date(year, 12, 31)
        events = list(self.filtered(self.public_events().overlapping(first, last)))
        form = self.get_filter_form()
        if not events and not (form.is_bound):
            raise Http404(_("No events in this year."))
        by_month = defaultdict(list)
        for event in events:
            by_month[max(event.first_day, first).month].append(event)
        years = [day.year for day in self.public_events().dates("first_day", "year", order="ASC")]
        context.update(
            {
                "year": year,
                "months": [
                    {"month": date(year, month, 1), "events": by_month[month]}
                    for month in sorted(by_month)
                ],
                "all_months": [date(year, month, 1) for month in range(1, 13)],
                "previous_year": max((y for y in years if y < year), default=None),
                "next_year": min((y for y in years if y > year), default=None),
            }
        )
        return context


def first_weekday():
    """The reader's first day of the week as Python's calendar counts (0 = Monday).

    Django's formats give it per locale with 0 = Sunday.
    """
    return (int(get_format("FIRST_DAY_OF_WEEK")) - 1) % 7


class EventMonthView(FilteredEventsMixin, TemplateView):
    """``events/<yyyy>/<mm>/``: the month as a calendar table, weeks as rows."""

    template_name = "events/event_archive_month.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        year, month = self.kwargs["year"], self.kwargs["month"]
        _check_year(year)
        first = date(year, month, 1)
        last = date(year, month, calendar.monthrange(year, month)[1])
        events = list(self.filtered(self.public_events().overlapping(first, last)))
        by_day = defaultdict(list)
        for event in events:
            day = max(event.first_day, first)
            while day <= min(event.last_day, last):
                by_day[day].append(event)
                day += timedelta(days=1)

        month_calendar = calendar.Calendar(firstweekday=first_weekday())
        weeks = [
            [
                {
                    "date": day,
                    "in_month": day.month == month,
                    "label": long_date(day),
                    "events": [
                        {"event": event, "continues": day > event.first_day}
                        for event in sorted(by_day.get(day, []), key=Event.sort_key)
                    ],
                }
                for day in week
            ]
            for week in month_calendar.monthdatescalendar(year, month)
        ]
        for week in weeks:
            week_has_events = any(day["events"] for day in week)
            for day in week:
                day["week_has_events"] = week_has_events
        weekdays = [
            {"name": WEEKDAYS[index], "abbreviation": WEEKDAYS_ABBR[index]}
            for index in month_calendar.iterweekdays()
        ]
        previous_month = first - timedelta(days=1)
        next_month = last + timedelta(days=1)
        context.update(
            {
                "month": first,
                "month_name": date_format(first, "YEAR_MONTH_FORMAT"),
                "weeks": weeks,
                "weekdays": weekdays,
                "has_events": bool(events),
                "previous_month": previous_month if previous_month.year >= MIN_YEAR else None,
                "next_month": next_month if next_month.year <= MAX_YEAR else None,
            }
        )
        return context


def organiser_links(event):
    """``[{"name", "url"}]`` for the event's organisers (prefetched); an unpublished
    partner has no page, so no url."""
    return [
        {"name": partner.name, "url": partner.get_absolute_url() if partner.published else None}
        for partner in event.organisers.all()
    ]


class EventDetailView(DetailView):
    """``events/<slug>/``: when and where, in the event's own time zone."""

    template_name = "events/event_detail.html"
    context_object_name = "event"

    def get_queryset(self):
        return Event.objects.published().with_related()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        event = self.object
        page_shows_only(Event, pk=event.pk)
        page_shows_only(event.organisers.model, events=event.pk)
        context["organisers"] = organisers = organiser_links(event)
        context["json_ld"] = event_json_ld(
            event,
            self.request,
            organisers=[
                (item["name"], absolute_url(self.request, item["url"]) if item["url"] else "")
                for item in organisers
            ],
        )
        context["sections"] = event_sections(event)
        context["last_updated"] = event.updated_at
        return context


class EventPreviewView(PreviewMixin, EventDetailView):
    """``events/<slug>/preview/``: any event, for editors, and a proposal for the
    representatives of the partner that proposed it (cop_portal/previews.py)."""

    def may_preview(self, user, event):
        if can_publish_events(user):
            return True
        return event.proposed_by_id is not None and is_representative_of(user, event.proposed_by)

    def get_queryset(self):
        return Event.objects.with_related()


def event_ics(request, slug):
    """``events/<slug>.ics``: one event, for "Add to calendar"."""
    event = get_object_or_404(Event.objects.published().with_related(), slug=slug)
    title, _language = translated_value(event, "title")
    calendar_file = ical.build_calendar([event], request, name=title)
    response = HttpResponse(calendar_file.to_ical(), content_type=ICS_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{event.slug}.ics"'
    return response


def feed_ics(request):
    """``events/feed.ics``: the subscription, upcoming events and the last year's."""
    events = Event.objects.published().for_subscription().prefetch_related("organisers")
    calendar_file = ical.build_calendar(
        events,
        request,
        name=_("Child Online Protection events"),
        description=_("Conferences, meetings and awareness days on child online protection."),
    )
    response = HttpResponse(calendar_file.to_ical(), content_type=ICS_CONTENT_TYPE)
    response["Content-Disposition"] = 'inline; filename="cop-events.ics"'
    return response
