"""Scheduled times in the admin name their zone: typed in a chosen zone (Geneva by
default), listed as "9 Feb 2027, 08:00 Geneva (07:00 UTC)", in the admin's language."""

import datetime

import pytest
from django.utils import translation

from cop_portal.models import AdminPreference
from cop_portal.time_zones import OFFICE_ZONE, in_zones
from news.models import NewsItem
from tests.news.factories import NewsItemFactory, make_editor
from tests.news.test_admin import CHANGELIST, form_data

pytestmark = pytest.mark.django_db

SAFER_INTERNET_DAY = datetime.datetime(2031, 2, 11, 7, 0, tzinfo=datetime.UTC)  # 08:00 Geneva


@pytest.fixture
def editor(client):
    user = make_editor()
    client.force_login(user)
    return user


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Scheduled for Feb. 11, 2031, 08:00 Geneva (07:00 UTC)"),
        ("fr", "Scheduled for 11 février 2031, 08:00 heure de Genève (07:00 UTC)"),
        ("es", "Scheduled for 11 de febrero de 2031, 08:00 hora de Ginebra (07:00 UTC)"),
    ],
)
def test_the_list_says_the_zones_in_the_admin_language(client, editor, language, expected):
    AdminPreference.objects.create(user=editor, language=language)
    NewsItemFactory(title_en="Later", slug="later", published_at=SAFER_INTERNET_DAY)

    page = client.get(CHANGELIST).content.decode()

    with translation.override(language):
        scheduled_for = translation.gettext("Scheduled for")
    assert expected.replace("Scheduled for", scheduled_for) in page


def test_a_time_typed_in_another_zone_is_read_there(client, editor):
    item = NewsItemFactory(slug="later", published_at=SAFER_INTERNET_DAY)
    data = form_data(item, published_at_1="08:00:00", publication_zone="America/New_York")

    response = client.post(f"{CHANGELIST}{item.pk}/change/", data)

    assert response.status_code == 302
    item.refresh_from_db()
    assert item.published_at == datetime.datetime(2031, 2, 11, 13, 0, tzinfo=datetime.UTC)


def test_a_time_typed_without_a_zone_is_geneva_time(client, editor):
    item = NewsItemFactory(slug="later", published_at=SAFER_INTERNET_DAY)
    data = form_data(item, published_at_1="09:30:00")

    assert client.post(f"{CHANGELIST}{item.pk}/change/", data).status_code == 302

    item.refresh_from_db()
    assert item.published_at == datetime.datetime(2031, 2, 11, 8, 30, tzinfo=datetime.UTC)


def test_a_time_in_a_clock_change_gap_is_a_form_error(client, editor):
    item = NewsItemFactory(slug="later", published_at=SAFER_INTERNET_DAY)
    # 02:30 on 9 March 2031 does not exist in New York (clocks jump from 02:00 to 03:00).
    data = form_data(
        item,
        published_at_0="2031-03-09",
        published_at_1="02:30:00",
        publication_zone="America/New_York",
    )

    response = client.post(f"{CHANGELIST}{item.pk}/change/", data)

    assert response.status_code == 200
    assert "This time does not exist in New York (the clocks change then)." in (
        response.content.decode()
    )
    assert NewsItem.objects.get(pk=item.pk).published_at == SAFER_INTERNET_DAY


def test_an_unknown_zone_is_a_form_error(client, editor):
    item = NewsItemFactory(slug="later", published_at=SAFER_INTERNET_DAY)
    data = form_data(item, publication_zone="Mars/Olympus")

    response = client.post(f"{CHANGELIST}{item.pk}/change/", data)

    assert response.status_code == 200
    assert "publication_zone" in response.context["adminform"].form.errors


def test_the_day_in_utc_is_said_when_it_differs():
    late = datetime.datetime(2031, 2, 10, 23, 30, tzinfo=datetime.UTC)
    with translation.override("en"):
        assert (
            in_zones(late, OFFICE_ZONE) == "Feb. 11, 2031, 00:30 Geneva (Feb. 10, 2031, 23:30 UTC)"
        )
        assert in_zones(late, datetime.UTC) == "Feb. 10, 2031, 23:30 UTC"


@pytest.mark.usefixtures("demo_content")
class TestDemoSchedule:
    def test_the_printed_schedule_is_what_the_admin_lists(self, client, demo_content):
        client.force_login(make_editor())
        item = NewsItem.objects.scheduled().get()
        with translation.override("en"):
            said = in_zones(item.published_at, OFFICE_ZONE)

        assert f"for {said} (hidden until then)" in demo_content.output
        assert f"Scheduled for {said}" in client.get(CHANGELIST).content.decode()
        assert " 08:00 Geneva (07:00 UTC)" in said
