"""The events admin: smoke tests, local times, and who may publish."""

import zoneinfo
from datetime import date, datetime

import pytest
from django.contrib.auth import get_user_model

from events.models import Event
from tests.events.factories import EventFactory, TimedEventFactory, event_form, event_tag
from tests.factories import staff_user

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/events/event/"


@pytest.fixture
def superuser_client(client):
    user = get_user_model().objects.create_superuser("root", "root@example.org", "x")
    client.force_login(user)
    return client


# The time fields of the form, emptied: what an all-day event posts.
NO_TIMES = dict.fromkeys(["starts_at_0", "starts_at_1", "ends_at_0", "ends_at_1"], "")


# Same shape as test_proposals.proposal_data (an all-day meeting): each file posts its own
# event through the shared event_form().
def form_data(**overrides):
    """A timed webinar, tagged."""
    webinar = {
        "title_en": "Webinar on grooming",
        "slug": "webinar-on-grooming",
        "summary_en": "An hour for parents.",
        "kind": "webinar",
        "starts_at_0": "2030-03-31",
        "starts_at_1": "23:30",
        "ends_at_0": "2030-04-01",
        "ends_at_1": "00:30",
        "time_zone": "Europe/Zurich",
        "tags": [event_tag("grooming").pk, event_tag("parents").pk],
    }
    return event_form(webinar, **overrides)


def test_changelist_search_add_and_change_pages_open(superuser_client):
    event = TimedEventFactory(title_en="Council meeting", slug="council")
    response = superuser_client.get(CHANGELIST)
    assert response.status_code == 200
    assert "Council meeting" in response.content.decode()
    response = superuser_client.get(CHANGELIST, {"q": "council"})
    assert response.status_code == 200 and "Council meeting" in response.content.decode()
    assert (
        "Council meeting" not in superuser_client.get(CHANGELIST, {"q": "nothing"}).content.decode()
    )
    assert superuser_client.get(f"{CHANGELIST}add/").status_code == 200
    response = superuser_client.get(f"{CHANGELIST}{event.pk}/change/")
    assert response.status_code == 200
    # Stored 13:00 UTC, shown as the local 14:00 in Geneva.
    assert 'name="starts_at_1" value="14:00:00"' in response.content.decode()


def test_changelist_filters_and_garbage_do_not_fail(superuser_client):
    EventFactory()
    for query in ["status__exact=EventCancelled", "kind__exact=summit", "published__exact=0",
                  "first_day__year=2030", "o=99", "status__exact=<x>"]:  # fmt: skip
        assert superuser_client.get(f"{CHANGELIST}?{query}").status_code in (200, 302), query
    assert superuser_client.get(f"{CHANGELIST}999999/change/").status_code in (302, 404)
    assert superuser_client.get(f"{CHANGELIST}abc/change/").status_code in (302, 404)


def test_times_are_typed_in_the_events_own_zone(superuser_client):
    response = superuser_client.post(f"{CHANGELIST}add/", form_data())
    assert response.status_code == 302, response.context["adminform"].form.errors
    event = Event.objects.get(slug="webinar-on-grooming")
    zurich = zoneinfo.ZoneInfo("Europe/Zurich")
    assert event.starts_at == datetime(2030, 3, 31, 23, 30, tzinfo=zurich)
    assert event.starts_at.astimezone(zoneinfo.ZoneInfo("UTC")).hour == 21
    assert event.first_day == date(2030, 3, 31)
    assert sorted(event.tags.names()) == ["grooming", "parents"]


@pytest.mark.parametrize(
    "overrides, field",
    [
        ({"time_zone": ""}, "time_zone"),
        ({"time_zone": "Mars/Olympus"}, "time_zone"),
        ({"ends_at_0": "2030-03-31", "ends_at_1": "20:00"}, "ends_at"),
        ({"start_date": "2030-03-31", "end_date": "2030-03-31"}, "__all__"),
        (NO_TIMES, "__all__"),
        ({"slug": "rss"}, "slug"),
        ({"slug": "2030"}, "slug"),
        # 02:30 on 31 March 2030 does not exist in Geneva: clocks jump from 02:00 to 03:00.
        ({"starts_at_0": "2030-03-31", "starts_at_1": "02:30"}, "starts_at"),
    ],
)
def test_bad_schedules_are_form_errors(superuser_client, overrides, field):
    response = superuser_client.post(f"{CHANGELIST}add/", form_data(**overrides))
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert field in errors, errors
    assert not Event.objects.exists()


def test_an_all_day_event_clears_its_time_zone(superuser_client):
    response = superuser_client.post(
        f"{CHANGELIST}add/",
        form_data(start_date="2030-04-22", end_date="2030-04-26", **NO_TIMES),
    )
    assert response.status_code == 302
    event = Event.objects.get()
    assert (event.start_date, event.end_date, event.time_zone) == (
        date(2030, 4, 22),
        date(2030, 4, 26),
        "",
    )


def test_an_editor_publishes_with_the_action(client):
    editor = staff_user("editor", "events", ["view_event", "change_event", "publish_event"])
    event = EventFactory(published=False)
    client.force_login(editor)
    response = client.post(CHANGELIST, {"action": "publish", "_selected_action": [event.pk]})
    assert response.status_code == 302
    assert Event.objects.get(pk=event.pk).published is True


def test_staff_without_the_publish_permission_cannot_publish(client):
    writer = staff_user("writer", "events", ["view_event", "add_event", "change_event"])
    event = EventFactory(published=False)
    client.force_login(writer)
    html = client.get(f"{CHANGELIST}{event.pk}/change/").content.decode()
    assert 'name="published"' not in html
    assert 'value="publish"' not in client.get(CHANGELIST).content.decode()
    client.post(CHANGELIST, {"action": "publish", "_selected_action": [event.pk]})
    assert Event.objects.get(pk=event.pk).published is False
    # A forged field in the change form is ignored.
    data = form_data(slug=event.slug, published="on")
    client.post(f"{CHANGELIST}{event.pk}/change/", data)
    assert Event.objects.get(pk=event.pk).published is False
