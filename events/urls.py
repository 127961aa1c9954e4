from django.urls import path, register_converter

from events import feeds, views


class ZeroPaddedNumber:
    """A path part that is a number written with ``width`` digits (``2027``, ``03``)."""

    width = 0

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return f"{int(value):0{self.width}d}"


class YearConverter(ZeroPaddedNumber):
    regex = "[0-9]{4}"
    width = 4


class MonthConverter(ZeroPaddedNumber):
    regex = "0[1-9]|1[0-2]"
    width = 2


register_converter(YearConverter, "yyyy")
register_converter(MonthConverter, "mm")

app_name = "events"

# The fixed paths come before the slugs; the slug validator also refuses "feed", "rss"
# and slugs made only of digits, so no event can hide a calendar page.
urlpatterns = [
    path("events/", views.EventListView.as_view(), name="index"),
    path("events/feed.ics", views.feed_ics, name="feed_ics"),
    path("events/rss/", feeds.UpcomingEventsFeed(), name="rss"),
    path("events/<yyyy:year>/", views.EventYearView.as_view(), name="year"),
    path("events/<yyyy:year>/<mm:month>/", views.EventMonthView.as_view(), name="month"),
    path("events/<slug:slug>.ics", views.event_ics, name="event_ics"),
    path("events/<slug:slug>/", views.EventDetailView.as_view(), name="detail"),
    path("events/<slug:slug>/preview/", views.EventPreviewView.as_view(), name="preview"),
]
