"""A committed save rebuilds the cached pages that could show what changed, in every
language, feeds included, and leaves the others cached (cop_portal/page_dependencies.py).

Sitemaps are not stored (LocaleMiddleware makes them vary on Accept-Language): they
always show the database."""

import pytest
from django.db import transaction

from cop_portal.page_cache import prime_versions
from events.models import Event
from guidelines.models import GuidelineSet
from news.models import NewsItem, NewsTag
from partners.models import Partner
from tests.conftest import LANGUAGE_CODES

pytestmark = pytest.mark.django_db


def in_every_language(*paths):
    return [f"/{code}{path}" for path in paths for code in LANGUAGE_CODES]


def news_item():
    return NewsItem.objects.published().filter(tags__isnull=False).newest_first().first()


def guideline_set():
    return GuidelineSet.objects.filter(sections__isnull=False).first()


def pages():
    """Pages of every kind, by what they show."""
    item, event, partner = news_item(), Event.objects.upcoming().first(), Partner.objects.first()
    tag = item.tags.first()
    return {
        "news": in_every_language(
            "/news/", "/news/rss/", "/news/atom/", item.get_absolute_url()[3:]
        ),
        "news-tag": in_every_language(f"/news/tag/{tag.slug}/", f"/news/tag/{tag.slug}/rss/"),
        # An event's page also shows the news about it.
        "event-lists": in_every_language("/events/", "/events/feed.ics", "/events/rss/"),
        "event-page": in_every_language(event.get_absolute_url()[3:]),
        "guideline-sets": in_every_language("/guidelines/"),
        "guideline-set": in_every_language(guideline_set().get_absolute_url()[3:]),
        "partners": in_every_language("/partners/", partner.get_absolute_url()[3:]),
    }


def renaming(name, find, field, value):
    """A change: the object ``find()`` returns gets ``value`` in ``field`` and is saved."""

    def change():
        obj = find()
        setattr(obj, field, value)
        obj.save()

    change.__name__ = name
    return change


change_news_item = renaming("change_news_item", news_item, "title_fr", "Titre revu")
change_news_tag = renaming("change_news_tag", lambda: news_item().tags.first(), "name_ar", "وسم")
change_event = renaming(
    "change_event", lambda: Event.objects.upcoming().first(), "title_ru", "Новое название"
)
change_guideline_set = renaming(
    "change_guideline_set", guideline_set, "title_es", "Título revisado"
)
change_section = renaming(
    "change_section", lambda: guideline_set().sections.first(), "title_zh_hans", "新标题"
)
change_partner = renaming(
    "change_partner", lambda: Partner.objects.first(), "name_en", "A renamed partner"
)


def link_partner_to_news():
    news_item().partners.add(Partner.objects.first())


# What each change must rebuild, and what it must leave cached.
GUIDELINES = ["guideline-sets", "guideline-set"]
EVENTS = ["event-lists", "event-page"]
NEWS = ["news", "news-tag"]
CHANGES = [
    # The event's and the partner's pages show the news about them only, and the item is
    # about neither (tests/cop_portal/test_page_groups.py changes news that is).
    (change_news_item, NEWS, [*GUIDELINES, *EVENTS, "partners"]),
    (change_news_tag, ["news-tag"], [*GUIDELINES, *EVENTS, "partners"]),
    (change_event, EVENTS, [*GUIDELINES, "news-tag"]),
    (change_guideline_set, GUIDELINES, [*NEWS, *EVENTS, "partners"]),
    # The list of guideline sets shows no section.
    (change_section, ["guideline-set"], ["guideline-sets", *NEWS, *EVENTS, "partners"]),
    (change_partner, ["partners"], [*GUIDELINES, "news-tag"]),
    (link_partner_to_news, ["news", "partners"], [*GUIDELINES, "event-page"]),
]


def cache_states(client, urls):
    return {url: client.get(url)["X-Cache"] for url in urls}


@pytest.mark.usefixtures("demo_content")
class TestTheDemoAfterASave:
    @pytest.fixture(autouse=True)
    def cached_pages(self, client):
        prime_versions()
        self.pages = pages()
        for urls in self.pages.values():
            assert set(cache_states(client, urls).values()) == {"miss"}
        return self.pages

    def urls(self, kinds):
        return [url for kind in kinds for url in self.pages[kind]]

    @pytest.mark.parametrize(
        ("change", "rebuilt", "kept"), CHANGES, ids=[change.__name__ for change, *_ in CHANGES]
    )
    def test_a_change_rebuilds_the_pages_that_show_it_only(
        self, client, committed, change, rebuilt, kept
    ):
        with committed():
            change()
        assert cache_states(client, self.urls(rebuilt)) == dict.fromkeys(self.urls(rebuilt), "miss")
        assert cache_states(client, self.urls(kept)) == dict.fromkeys(self.urls(kept), "hit")

    def test_a_rebuilt_page_shows_the_change(self, client, committed):
        path = news_item().get_absolute_url()[3:]
        with committed():
            change_news_item()
        assert "Titre revu" in client.get(f"/fr{path}").content.decode()
        assert "Titre revu" in client.get("/fr/news/rss/").content.decode()

    def test_a_deleted_item_leaves_its_page_and_lists(self, client, committed):
        item = news_item()
        path, title = item.get_absolute_url()[3:], item.title_en
        with committed():
            item.delete()
        for code in LANGUAGE_CODES:
            assert client.get(f"/{code}{path}").status_code == 404
        assert title not in client.get("/en/news/").content.decode()
        assert title not in client.get("/en/news/rss/").content.decode()
        assert path not in client.get("/sitemap-news.xml").content.decode()
        kept = self.urls([*GUIDELINES, "event-lists"])
        assert cache_states(client, kept) == dict.fromkeys(kept, "hit")

    def test_a_rolled_back_save_leaves_the_cache_as_it_was(self, client, committed):
        before = {url: client.get(url).content for url in self.urls(["news"])}
        with committed(), transaction.atomic():
            change_news_item()
            change_partner()
            transaction.set_rollback(True)
        everything = self.urls(self.pages)
        assert cache_states(client, everything) == dict.fromkeys(everything, "hit")
        assert {url: client.get(url).content for url in self.urls(["news"])} == before


def test_a_tag_rename_rebuilds_the_pages_that_show_it(client, committed):
    """News tags (NewsTag) live in the news app: a tag's page and its items'."""
    from tests.news.factories import NewsItemFactory

    item = NewsItemFactory(tags=["privacy"])
    urls = in_every_language(item.get_absolute_url()[3:], "/news/tag/privacy/")
    assert set(cache_states(client, urls).values()) == {"miss"}
    with committed():
        NewsTag.objects.filter(slug="privacy").get().save()
    assert set(cache_states(client, urls).values()) == {"miss"}
    assert set(cache_states(client, urls).values()) == {"hit"}


def test_an_item_taken_back_to_draft_is_no_longer_served(client, committed):
    from tests.news.factories import NewsItemFactory

    item = NewsItemFactory(title_en="Soon withdrawn")
    urls = in_every_language(item.get_absolute_url()[3:])
    assert {client.get(url).status_code for url in urls} == {200}
    assert "Soon withdrawn" in client.get("/en/news/").content.decode()
    item.status = NewsItem.Status.DRAFT
    with committed():
        item.save()
    assert {client.get(url).status_code for url in urls} == {404}
    assert "Soon withdrawn" not in client.get("/en/news/").content.decode()
