"""News and partners: the item names its partners, the partner's page lists its news."""

import datetime

import pytest
from django.apps import apps
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from cop_portal.page_cache import prime_versions
from news.models import NewsItem
from partners.models import Partner, PartnerKind
from tests.news.factories import NewsItemFactory

pytestmark = pytest.mark.django_db


def make_partner(name, published=True):
    return Partner.objects.create(
        name=name,
        slug=name.lower().replace(" ", "-"),
        kind=PartnerKind.CIVIL_SOCIETY,
        published=published,
    )


def partner_pages_exist():
    try:
        reverse("partners:detail", kwargs={"slug": "x"})
    except NoReverseMatch:
        return False
    return True


def test_detail_names_the_public_partners_of_the_item(client):
    iwf = make_partner("Internet Watch Foundation")
    hidden = make_partner("Unpublished Partner", published=False)
    item = NewsItemFactory()
    item.partners.set([iwf, hidden])

    page = client.get(f"/fr/news/{item.slug}/").content.decode()

    assert "Internet Watch Foundation" in page
    assert "Unpublished Partner" not in page
    if partner_pages_exist():
        assert f'<a href="/fr/partners/{iwf.slug}/">Internet Watch Foundation</a>' in page


def test_partner_section_lists_its_public_news_newest_first():
    partner = make_partner("Trend Micro")
    other = make_partner("Somebody Else")
    older = NewsItemFactory(title_en="Older")
    newer = NewsItemFactory(title_en="Newer")
    draft = NewsItemFactory(title_en="Draft", status=NewsItem.Status.DRAFT)
    scheduled = NewsItemFactory(
        title_en="Scheduled", published_at=timezone.now() + datetime.timedelta(days=1)
    )
    elsewhere = NewsItemFactory(title_en="Elsewhere")
    for item in (older, newer, draft, scheduled):
        item.partners.add(partner)
    elsewhere.partners.add(other)

    section = apps.get_app_config("news").partner_section(partner)

    assert section["template"] == "news/news_section.html"
    assert [item.title_en for item in section["news_items"]] == ["Newer", "Older"]


def test_partner_without_news_gets_no_section():
    assert apps.get_app_config("news").partner_section(make_partner("Quiet")) is None


def test_partner_section_renders_in_the_readers_language(client, rf):
    from django.template.loader import render_to_string
    from django.utils import translation

    partner = make_partner("Wise Kids")
    item = NewsItemFactory(title_ar="خبر")
    item.partners.add(partner)
    section = apps.get_app_config("news").partner_section(partner)
    with translation.override("ar"):
        html = render_to_string(section["template"], {"section": section})
    assert '<h2 id="partner-news-title">الأخبار</h2>' in html
    assert f'<a href="/ar/news/{item.slug}/">خبر</a>' in html


def test_detail_query_count_does_not_grow_with_partners(client, django_assert_max_num_queries):
    item = NewsItemFactory()
    item.partners.set([make_partner(f"Partner {n}") for n in range(10)])
    prime_versions()  # the page cache's versions are made once, not per page
    with django_assert_max_num_queries(5):  # item, tags, partners, events, related news
        assert client.get(f"/en/news/{item.slug}/").status_code == 200


def test_detail_lists_the_public_events_of_the_item_in_date_order(client):
    from datetime import date

    from tests.events.factories import EventFactory

    later = EventFactory(title_en="Later meeting", title_ru="Позднее", start_date=date(2014, 2, 21))
    earlier = EventFactory(title_en="Earlier meeting", start_date=date(2013, 2, 1))
    hidden = EventFactory(title_en="Unpublished event", published=False)
    item = NewsItemFactory()
    item.events.set([later, earlier, hidden])

    page = client.get(f"/ru/news/{item.slug}/").content.decode()

    assert f'<a href="/ru/events/{later.slug}/">Позднее</a>' in page
    assert f'href="/ru/events/{earlier.slug}/"><span lang="en" dir="ltr">Earlier meeting' in page
    assert page.index("Earlier meeting") < page.index("Позднее")
    assert "Unpublished event" not in page


def test_event_section_lists_public_news_about_the_event(client):
    from tests.events.factories import EventFactory

    event = EventFactory()
    public = NewsItemFactory(title_en="Report from the meeting", title_fr="Compte rendu")
    draft = NewsItemFactory(title_en="Draft report", status=NewsItem.Status.DRAFT)
    scheduled = NewsItemFactory(
        title_en="Scheduled report", published_at=timezone.now() + datetime.timedelta(days=1)
    )
    for item in (public, draft, scheduled):
        item.events.add(event)

    section = apps.get_app_config("news").event_section(event)
    assert [item.title_en for item in section["news_items"]] == ["Report from the meeting"]

    page = client.get(f"/fr/events/{event.slug}/").content.decode()
    assert '<h2 id="event-news-title">Actualités</h2>' in page
    assert f'<a href="/fr/news/{public.slug}/">Compte rendu</a>' in page
    assert "Draft report" not in page and "Scheduled report" not in page


def test_event_without_news_gets_no_section():
    from tests.events.factories import EventFactory

    assert apps.get_app_config("news").event_section(EventFactory()) is None


def test_partner_page_lists_its_news(client):
    partner = make_partner("Trend Micro")
    item = NewsItemFactory(title_en="Two guides", title_zh_hans="两份指南")
    item.partners.add(partner)
    NewsItemFactory(title_en="Secret", status=NewsItem.Status.DRAFT).partners.add(partner)

    page = client.get(f"/zh-hans/partners/{partner.slug}/").content.decode()

    assert f'<a href="/zh-hans/news/{item.slug}/">两份指南</a>' in page
    assert "Secret" not in page
