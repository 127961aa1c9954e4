"""Every date-time the admin shows names its zone: versions, deletions, proposals and
the users' important dates (cop_portal/time_zones.py)."""

import datetime as dt

import pytest
import reversion
import time_machine
from django.urls import reverse

from tests.news.factories import NewsItemFactory
from tests.partners.factories import PartnerFactory, make_representative
from tests.partners.forms import representative_form

pytestmark = pytest.mark.django_db

# 9 February 2026, 07:00 UTC: 08:00 in Geneva (in the past, where the sessions are valid).
MOMENT = dt.datetime(2026, 2, 9, 7, 0, tzinfo=dt.UTC)
IN_ZONES = "08:00 Geneva (07:00 UTC)"


def test_the_versions_and_the_deletions_name_their_zone(admin_client, admin_user):
    item = NewsItemFactory()
    with time_machine.travel(MOMENT, tick=False), reversion.create_revision():
        item.save()
        reversion.set_user(admin_user)
    history = admin_client.get(reverse("admin:news_newsitem_history", args=[item.pk]))
    assert IN_ZONES in history.content.decode()

    with time_machine.travel(MOMENT, tick=False):
        admin_client.post(reverse("admin:news_newsitem_delete", args=[item.pk]), {"post": "yes"})
    deleted = admin_client.get(reverse("admin:news_newsitem_recoverlist"))
    assert IN_ZONES in deleted.content.decode()


def test_a_waiting_change_says_when_it_was_proposed_in_zones(client, admin_client):
    partner = PartnerFactory(name="Alpha", slug="alpha", publishes_directly=False)
    client.force_login(make_representative(partner, "alpha-rep"))
    change = reverse("admin:partners_partner_change", args=[partner.pk])
    with time_machine.travel(MOMENT, tick=False):
        client.post(change, representative_form(partner, website="https://new.example.org/"))
    [proposal] = partner.proposals.all()
    review = reverse("admin:partners_partner_proposal", args=[partner.pk, proposal.pk])
    assert IN_ZONES in admin_client.get(review).content.decode()
    assert IN_ZONES in client.get(change).content.decode()


def test_a_users_important_dates_name_their_zone(admin_client, admin_user):
    admin_user.last_login = admin_user.date_joined = MOMENT
    admin_user.save()
    page = admin_client.get(reverse("admin:auth_user_change", args=[admin_user.pk]))
    assert page.status_code == 200
    assert page.content.decode().count(IN_ZONES) == 2
    # They are the portal's record: shown, not edited.
    assert 'name="last_login_0"' not in page.content.decode()
