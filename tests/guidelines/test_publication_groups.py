"""The page cache and the library: a save rebuilds the pages that show the changed entry
(its page, the list, its partner's, topics' and audiences' pages) and no other."""

import pytest

from cop_portal.page_cache import prime_versions
from tests.guidelines import factories
from tests.partners.factories import PartnerFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(settings):
    settings.PAGE_CACHE_SECONDS = 300
    first_partner, second_partner = PartnerFactory(slug="first"), PartnerFactory(slug="second")
    first_topic = factories.TopicFactory(slug="first-topic")
    second_topic = factories.TopicFactory(slug="second-topic")
    first = factories.PublicationFactory(
        slug="first-entry", partner=first_partner, topics=[first_topic], audiences=["industry"]
    )
    second = factories.PublicationFactory(
        slug="second-entry", partner=second_partner, topics=[second_topic], audiences=["children"]
    )
    prime_versions()
    return first, second


FIRST_PAGES = [
    "/en/publications/first-entry/",
    "/en/partners/first/",
    "/en/guidelines/topics/first-topic/",
    "/en/guidelines/industry/",
    "/en/publications/",
]
SECOND_PAGES = [
    "/en/publications/second-entry/",
    "/en/partners/second/",
    "/en/guidelines/topics/second-topic/",
    "/en/guidelines/children/",
]


def states(client, urls):
    return {url: client.get(url)["X-Cache"] for url in urls}


def test_a_save_rebuilds_only_the_pages_that_show_the_entry(client, committed, library):
    first, second = library
    for url in FIRST_PAGES + SECOND_PAGES:
        client.get(url)
    assert set(states(client, FIRST_PAGES + SECOND_PAGES).values()) == {"hit"}

    with committed():
        first.title_en = "A renamed entry"
        first.save()

    assert states(client, SECOND_PAGES) == dict.fromkeys(SECOND_PAGES, "hit")
    for url in FIRST_PAGES:
        response = client.get(url)
        assert response["X-Cache"] == "miss", url
        assert "A renamed entry" in response.content.decode(), url


def test_a_new_file_rebuilds_its_entrys_page_and_not_the_others(client, committed, library):
    first, second = library
    pages = ["/en/publications/first-entry/", "/en/publications/second-entry/"]
    # The other pages that list entries do not show their files.
    unconcerned = [pages[0], "/en/partners/second/", "/en/guidelines/topics/second-topic/"]
    for url in pages + unconcerned:
        client.get(url)
    with committed():
        factories.PublicationFileFactory(publication=second, language="ru")
    assert states(client, unconcerned) == dict.fromkeys(unconcerned, "hit")
    rebuilt = client.get(pages[1])
    assert rebuilt["X-Cache"] == "miss"
    assert "Русский" in rebuilt.content.decode()


def test_linking_an_entry_to_a_topic_rebuilds_that_topics_page(client, committed, library):
    first, second = library
    pages = ["/en/guidelines/topics/first-topic/", "/en/partners/first/"]
    for url in pages:
        client.get(url)
    with committed():
        second.topics.add(first.topics.get())
    # The partner's page does not show topics: still the page it was.
    assert client.get(pages[1])["X-Cache"] == "hit"
    rebuilt = client.get(pages[0])
    assert rebuilt["X-Cache"] == "miss"
    assert "/en/publications/second-entry/" in rebuilt.content.decode()


def test_unpublishing_an_entry_removes_it_from_its_partners_page(client, committed, library):
    first, _second = library
    client.get("/en/partners/first/")
    with committed():
        first.published = False
        first.save()
    html = client.get("/en/partners/first/").content.decode()
    assert "/en/publications/first-entry/" not in html
