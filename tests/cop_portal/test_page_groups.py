"""Pages narrowed to groups of objects (``page_shows_only`` in page_dependencies.py).

A partner's page shows that partner, its news and its events; an event's page, that
event, its organisers and its news; a news item's page, that item, the items sharing one
of its tags and the partners and events it is about; a guideline set's page, its
sections and documents and the sets of its audience. Such a page is rebuilt when what it
shows changes, and stays cached when another object of those models changes.

After each change every English page of those kinds must be served as a fresh build
shows it, and a page the change does not concern must still be a hit.
"""

import datetime as dt
import re

import pytest
import time_machine
from django.conf import settings
from django.core.cache import caches
from django.db.models import Q
from django.utils import timezone

from cop_portal.page_cache import prime_versions
from events.models import Event
from guidelines.models import GuidelineSet
from news.models import NewsItem
from partners.models import Partner

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_content")]

LOC = re.compile(r"<loc>https?://[^/<]+(/[^<]*)</loc>")


def first_tagged_item():
    return NewsItem.objects.published().filter(tags__isnull=False).order_by("pk").first()


def narrowed_pages(client):
    """The English pages the changes below concern, as the sitemap has them: the
    partners with news or events, the events with organisers or news, the news about
    either or sharing a tag with the first tagged item, that tag's page and feed, the
    guideline sets, and the lists of partners, events, news and guidelines."""
    paths = []
    for section in LOC.findall(client.get("/sitemap.xml").content.decode()):
        paths += LOC.findall(client.get(section).content.decode())
    tag = first_tagged_item().tags.first()
    shown = [
        *Partner.objects.filter(Q(news_items__isnull=False) | Q(events__isnull=False)),
        *Event.objects.filter(Q(organisers__isnull=False) | Q(news_items__isnull=False)),
        *NewsItem.objects.filter(Q(partners__isnull=False) | Q(events__isnull=False)),
        *NewsItem.objects.filter(tags=tag),
        *GuidelineSet.objects.all(),
    ]
    wanted = {page(obj) for obj in shown} | {"/en/partners/", "/en/events/", "/en/news/"}
    wanted |= {f"/en/news/tag/{tag.slug}/", f"/en/news/tag/{tag.slug}/rss/"}
    listed = [path for path in dict.fromkeys(paths) if path in wanted]
    return list(dict.fromkeys([*listed, "/en/guidelines/", f"/en/news/tag/{tag.slug}/rss/"]))


def answers(client, urls):
    responses = {url: client.get(url) for url in urls}
    return {url: (response.status_code, response.content) for url, response in responses.items()}


def served_out_of_date(client, settings, urls):
    """The pages the cache serves otherwise than a fresh build shows them."""
    served = answers(client, urls)
    settings.PAGE_CACHE_SECONDS = 0
    try:
        fresh = answers(client, urls)
    finally:
        settings.PAGE_CACHE_SECONDS = 300
    return [url for url in urls if served[url] != fresh[url]]


def page(obj):
    return "/en" + obj.get_absolute_url()[3:]


@pytest.fixture
def cached(client, settings):
    settings.PAGE_CACHE_SECONDS = 300
    prime_versions()
    urls = narrowed_pages(client)
    assert len(urls) > 25
    assert served_out_of_date(client, settings, urls) == []
    return urls


def test_each_change_is_served_at_once_and_rebuilds_only_the_pages_that_show_it(
    client, committed, settings, cached
):
    unicef, gsma, iwf = (Partner.objects.get(slug=slug) for slug in ("unicef", "gsma", "iwf"))
    webinar = Event.objects.get(slug="webinar-talking-with-children-about-grooming")

    def changed(change, *unconcerned):
        with committed():
            change()
        states = {url: client.get(url)["X-Cache"] for url in map(page, unconcerned)}
        assert states == dict.fromkeys(states, "hit"), change.__name__
        assert served_out_of_date(client, settings, cached) == [], change.__name__

    item = unicef.news_items.published().first()

    def rename_a_partners_news():
        item.title_en = "A renamed item about UNICEF"
        item.save()

    changed(rename_a_partners_news, gsma, iwf, webinar)
    assert item.title_en in client.get(page(unicef)).content.decode()

    def link_it_to_another_partner():
        item.partners.add(gsma)

    changed(link_it_to_another_partner, iwf, webinar)
    assert item.title_en in client.get(page(gsma)).content.decode()

    def unlink_it_from_the_partners_side():
        gsma.news_items.remove(item)

    changed(unlink_it_from_the_partners_side, iwf, webinar)

    event = gsma.events.published().first()

    def rename_an_event_a_partner_organises():
        event.title_en = "A renamed GSMA event"
        event.save()

    changed(rename_an_event_a_partner_organises, unicef, iwf, webinar)

    organiser = event.organisers.first()

    def rename_its_organiser():
        organiser.name = "A renamed organiser"
        organiser.save()

    changed(rename_its_organiser, unicef, webinar)
    assert "A renamed organiser" in client.get(page(event)).content.decode()

    draft = NewsItem.objects.get(slug="africa-summit-new-dates")

    def link_a_draft_to_a_partner():
        draft.partners.add(iwf)

    changed(link_a_draft_to_a_partner, unicef, webinar)

    def publish_it():
        draft.status = NewsItem.Status.PUBLISHED
        draft.published_at = timezone.now()
        draft.full_clean()
        draft.save()

    changed(publish_it, unicef, webinar)
    assert draft.title_en in client.get(page(iwf)).content.decode()

    def delete_a_partners_news():
        Partner.objects.get(slug="wise-kids").news_items.get().delete()

    changed(delete_a_partners_news, unicef, iwf, webinar)

    def clear_an_events_organisers():
        event.organisers.clear()

    changed(clear_an_events_organisers, unicef, webinar)

    tagged = first_tagged_item()
    tag = tagged.tags.first()
    other = NewsItem.objects.published().exclude(tags=tag).exclude(pk=tagged.pk).first()

    def tag_another_item_alike():
        other.tags.add(tag)

    changed(tag_another_item_alike, unicef, webinar)

    def rename_it():
        other.title_en = "A renamed item with a shared tag"
        other.save()

    changed(rename_it, unicef, webinar)
    assert other.title_en in client.get(page(tagged)).content.decode()

    guideline_set = GuidelineSet.objects.published().filter(sections__isnull=False).first()
    elsewhere = GuidelineSet.objects.published().exclude(audience=guideline_set.audience)
    unconcerned_set = elsewhere.first()

    def rename_a_section():
        section = guideline_set.sections.first()
        section.title_en = "A renamed section"
        section.save()

    changed(rename_a_section, unconcerned_set, unicef)

    def move_a_set_to_another_audience():
        moved = elsewhere.exclude(pk=unconcerned_set.pk).first()
        moved.audience = guideline_set.audience
        moved.position = 99
        moved.save()

    changed(move_a_set_to_another_audience, unicef, webinar)

    scheduled = NewsItem.objects.get(slug="safer-internet-day-2027")
    assert scheduled.published_at > timezone.now()

    def link_a_scheduled_item_to_a_partner():
        scheduled.partners.add(unicef)

    changed(link_a_scheduled_item_to_a_partner, gsma, webinar)
    assert scheduled.title_en not in client.get(page(unicef)).content.decode()
    # When it goes public the partner's page ends by itself (no save, no cron).
    with time_machine.travel(scheduled.published_at + dt.timedelta(minutes=1), tick=False):
        assert served_out_of_date(client, settings, cached) == []
        assert scheduled.title_en in client.get(page(unicef)).content.decode()


def test_a_page_built_while_a_model_it_narrowed_changes_is_not_stored(client, committed):
    from cop_portal import page_cache

    prime_versions()
    unicef = Partner.objects.get(slug="unicef")
    real_build = page_cache.AnonymousPageCacheMiddleware.build

    def build_during_a_save(middleware, request, cache, key, versions):
        with committed():  # a save of a news item commits while the page is built
            NewsItem.objects.published().exclude(partners=unicef).first().save()
        return real_build(middleware, request, cache, key, versions)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(page_cache.AnonymousPageCacheMiddleware, "build", build_during_a_save)
        assert client.get(page(unicef))["X-Cache"] == "miss"
    assert client.get(page(unicef))["X-Cache"] == "miss"  # not stored: built again
    assert client.get(page(unicef))["X-Cache"] == "hit"


def test_a_hit_on_a_page_with_groups_is_one_read_of_the_cache(client, monkeypatch):
    prime_versions()
    path = page(Partner.objects.get(slug="unicef"))
    assert client.get(path)["X-Cache"] == "miss"
    cache, reads = caches[settings.PAGE_CACHE_ALIAS], []
    get_many = cache.get_many
    monkeypatch.setattr(cache, "get_many", lambda keys: reads.append(keys) or get_many(keys))
    assert client.get(path)["X-Cache"] == "hit"
    assert len(reads) == 1
    assert any(key.endswith(f"[pk={Partner.objects.get(slug='unicef').pk}]") for key in reads[0])
