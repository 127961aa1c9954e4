"""Every content page says when it was last updated, in the reader's language, as the
latest change of what the page shows."""

import datetime

import pytest
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext

from events.models import Event
from guidelines.models import Audience, GuidelineSet, Resource, Section
from news.models import NewsItem
from partners.models import CountryHelp, Partner
from tests.events.factories import EventFactory
from tests.guidelines.factories import (
    GuidelineSetFactory,
    ResourceFactory,
    SectionFactory,
    TopicFactory,
    audience,
)
from tests.news.factories import NewsItemFactory
from tests.partners.factories import HelpServiceFactory, PartnerFactory

pytestmark = pytest.mark.django_db


def moment(year, month, day):
    return datetime.datetime(year, month, day, 12, 0, tzinfo=datetime.UTC)


def set_updated(model, obj, when, field="updated_at"):
    """Give ``obj`` a known modification time (``auto_now`` would set the present)."""
    model.objects.filter(pk=obj.pk).update(**{field: when})


def last_updated_html(language, when):
    with translation.override(language):
        local = timezone.localtime(when)
        return (
            f'<p class="meta last-updated">{gettext("Last updated:")} '
            f'<time datetime="{local.isoformat(timespec="seconds")}">'
            f"{date_format(local, 'DATE_FORMAT')}</time></p>"
        )


def guideline_set_page():
    """The latest of the set and its sections: here a section's edit."""
    guideline_set = GuidelineSetFactory(slug="dated")
    first, second = SectionFactory.create_batch(2, guideline_set=guideline_set)
    set_updated(GuidelineSet, guideline_set, moment(2025, 1, 10))
    set_updated(Section, first, moment(2025, 3, 5))
    set_updated(Section, second, moment(2024, 11, 1))
    return "guidelines/parents-educators/dated/", moment(2025, 3, 5)


def audience_page():
    """The latest of the audience, its published sets and its resources."""
    parents = audience("parents-educators")
    guideline_set = GuidelineSetFactory(audience=parents)
    draft = GuidelineSetFactory(audience=parents, published=False)
    resource = ResourceFactory(audience=parents)
    set_updated(Audience, parents, moment(2024, 5, 1))
    set_updated(GuidelineSet, guideline_set, moment(2025, 2, 2))
    set_updated(GuidelineSet, draft, moment(2026, 1, 1))  # not shown: does not count
    set_updated(Resource, resource, moment(2025, 6, 7))
    return "guidelines/parents-educators/", moment(2025, 6, 7)


def topic_page():
    topic = TopicFactory(slug="dated")
    section = SectionFactory(topics=[topic])
    resource = ResourceFactory(topics=[topic])
    set_updated(Section, section, moment(2025, 8, 9))
    set_updated(Resource, resource, moment(2025, 4, 4))
    return "guidelines/topics/dated/", moment(2025, 8, 9)


def partner_page():
    partner = PartnerFactory(slug="dated")
    set_updated(Partner, partner, moment(2025, 9, 30), field="profile_updated_at")
    return "partners/dated/", moment(2025, 9, 30)


def event_page():
    event = EventFactory(slug="dated")
    set_updated(Event, event, moment(2025, 10, 3))
    return "events/dated/", moment(2025, 10, 3)


def news_page():
    item = NewsItemFactory(slug="dated", published_at=moment(2025, 1, 2))
    set_updated(NewsItem, item, moment(2025, 7, 14))
    return "news/dated/", moment(2025, 7, 14)


def help_page():
    """The latest change of the country's entry and of the services shown (they are part
    of their partner's profile)."""
    set_updated(CountryHelp, CountryHelp.objects.get(country="FR"), moment(2025, 4, 2))
    national = HelpServiceFactory(countries=["FR"])
    worldwide = HelpServiceFactory(countries=[], worldwide=True)
    set_updated(Partner, national.partner, moment(2025, 5, 20), field="profile_updated_at")
    set_updated(Partner, worldwide.partner, moment(2025, 3, 1), field="profile_updated_at")
    return "help/?country=FR", moment(2025, 5, 20)


def help_entry_page():
    """The country's entry (emergency numbers, helpline) when it changed last."""
    set_updated(CountryHelp, CountryHelp.objects.get(country="FR"), moment(2025, 8, 9))
    national = HelpServiceFactory(countries=["FR"])
    set_updated(Partner, national.partner, moment(2025, 5, 20), field="profile_updated_at")
    return "help/?country=FR", moment(2025, 8, 9)


PAGES = {
    "guideline set": guideline_set_page,
    "audience": audience_page,
    "topic": topic_page,
    "partner": partner_page,
    "event": event_page,
    "news item": news_page,
    "help": help_page,
    "help-entry": help_entry_page,
}


@pytest.mark.parametrize("kind", PAGES)
def test_each_content_page_shows_when_it_was_last_updated(client, language, kind):
    path, expected = PAGES[kind]()
    response = client.get(f"/{language}/{path}")
    assert response.status_code == 200
    html = response.content.decode()
    # On the page, and again in the printed page's header.
    assert html.count(last_updated_html(language, expected)) == 2


def test_the_date_is_written_in_each_languages_own_way(client):
    event_page()
    pages = {
        language: client.get(f"/{language}/events/dated/").content.decode()
        for language in ("en", "fr", "ru", "zh-hans", "ar", "es")
    }
    assert "Last updated: <time" in pages["en"]
    assert "Dernière mise à jour : <time" in pages["fr"]
    assert ">3 octobre 2025</time>" in pages["fr"]
    assert ">Oct. 3, 2025</time>" in pages["en"]
    assert "2025年10月3日</time>" in pages["zh-hans"]
    assert "Последнее обновление: <time" in pages["ru"]
    assert "آخر تحديث: <time" in pages["ar"]
    assert "Última actualización: <time" in pages["es"]


def test_a_news_item_saved_before_it_was_published_is_dated_by_its_publication(client):
    item = NewsItemFactory(slug="scheduled", published_at=moment(2025, 6, 1))
    set_updated(NewsItem, item, moment(2025, 5, 28))
    html = client.get("/en/news/scheduled/").content.decode()
    assert last_updated_html("en", moment(2025, 6, 1)) in html


def test_saving_a_section_makes_it_the_sets_latest_change(client):
    guideline_set = GuidelineSetFactory(slug="edited")
    section = SectionFactory(guideline_set=guideline_set)
    set_updated(GuidelineSet, guideline_set, moment(2024, 1, 1))
    set_updated(Section, section, moment(2024, 1, 1))
    section.refresh_from_db()
    section.title_en = "A new title"
    section.save()
    section.refresh_from_db()
    assert section.updated_at > moment(2025, 1, 1)
    html = client.get("/en/guidelines/parents-educators/edited/").content.decode()
    assert last_updated_html("en", section.updated_at) in html


def test_pages_without_content_dates_say_nothing(client):
    html = client.get("/en/events/").content.decode()
    assert "last-updated" not in html
