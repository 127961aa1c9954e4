"""``make bench-scale``'s growth of the content, checked small: the copies are public,
unique, spread over dates and keep their originals' relations."""

from datetime import timedelta

import pytest
from django.utils import timezone

from bench import scale
from events.models import Event
from news.models import NewsItem
from partners.models import Partner
from tests.events.factories import EventFactory, TimedEventFactory
from tests.news.factories import NewsItemFactory
from tests.partners.factories import PartnerFactory

pytestmark = pytest.mark.django_db


def test_grow_adds_public_copies_with_their_relations(client):
    partner = PartnerFactory()
    PartnerFactory(published=False)
    news = NewsItemFactory(tags=["privacy"])
    news.partners.add(partner)
    EventFactory(tags=["privacy"]).organisers.add(partner)
    TimedEventFactory()

    scale.grow(partners=5, news=7, events=9)

    assert Partner.objects.published().count() == 1 + 5
    assert Partner.objects.count() == 2 + 5
    assert NewsItem.objects.published().count() == 1 + 7
    assert Event.objects.published().count() == 2 + 9
    copies = NewsItem.objects.exclude(pk=news.pk)
    assert all(item.tags.count() == 1 and item.partners.get() == partner for item in copies)
    assert Event.objects.filter(organisers=partner).count() > 1
    today = timezone.localdate()
    for event in Event.objects.exclude(start_date__year=2030).exclude(starts_at__year=2030):
        assert today - timedelta(days=3660) <= event.first_day <= today + timedelta(days=366)
        assert (event.first_day, event.last_day) == event.local_days()
    assert len({event.uid for event in Event.objects.all()}) == Event.objects.count()


def test_every_page_measured_answers(client, monkeypatch):
    NewsItemFactory.create_batch(2)
    EventFactory()
    PartnerFactory()
    monkeypatch.setattr(scale, "REPEAT", 1)
    rows = scale.measure_pages()
    assert {row["status"] for row in rows.values()} == {200}
    assert "sitemap.xml" in rows and "sitemap-news.xml" in rows
    assert f"en search {scale.SEARCH_WORDS['en'][0]}" in rows
