import datetime

import feedparser
import pytest
from django.utils import timezone, translation
from django.utils.translation import gettext

from cop_portal.languages import portal_language
from news.models import NewsItem
from tests.news.factories import LANGUAGE_CODES, NewsItemFactory, translated_texts

pytestmark = pytest.mark.django_db

FEEDS = ["rss", "atom"]


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return response, feed


@pytest.mark.parametrize("kind", FEEDS)
def test_feed_in_each_language(client, language, kind):
    first = NewsItemFactory(**translated_texts(1, LANGUAGE_CODES), tags=["privacy"])
    second = NewsItemFactory(**translated_texts(2, LANGUAGE_CODES))
    NewsItemFactory(title_en="A draft", status=NewsItem.Status.DRAFT)
    NewsItemFactory(title_en="Scheduled", published_at=timezone.now() + datetime.timedelta(days=1))

    response, feed = parse(client, f"/{language}/news/{kind}/")

    expected = {"rss": "application/rss+xml", "atom": "application/atom+xml"}[kind]
    assert response["Content-Type"] == f"{expected}; charset=utf-8"
    assert feed.version == {"rss": "rss20", "atom": "atom10"}[kind]
    assert feed.feed.language == portal_language(language).hreflang
    with translation.override(language):
        assert feed.feed.title == gettext("%(portal)s: news") % {
            "portal": gettext("Child Online Protection")
        }
    assert feed.feed.link == f"http://testserver/{language}/news/"
    assert [entry.title for entry in feed.entries] == [
        f"Title 2 [{language}]",
        f"Title 1 [{language}]",
    ]
    assert [entry.link for entry in feed.entries] == [
        f"http://testserver/{language}/news/{second.slug}/",
        f"http://testserver/{language}/news/{first.slug}/",
    ]
    assert feed.entries[1].summary == f"<p>Summary 1 [{language}]</p>"
    assert [tag.term for tag in feed.entries[1].tags] == ["privacy"]
    assert "language" not in feed.entries[1]
    published = datetime.datetime(*feed.entries[1].published_parsed[:6], tzinfo=datetime.UTC)
    assert published == first.published_at


def entry_ids(client, url):
    return [entry.id for entry in parse(client, url)[1].entries]


@pytest.mark.parametrize("kind", FEEDS)
def test_ids_are_tag_uris_stable_across_edits(client, committed, kind):
    item = NewsItemFactory()
    created = item.created_at.astimezone(datetime.UTC).date().isoformat()
    before = entry_ids(client, f"/fr/news/{kind}/")
    assert before == [f"tag:testserver,{created}:news/{item.pk}/fr"]

    item.title_en = "A corrected title"
    item.slug = "a-corrected-title"
    item.body_en = "<p>Rewritten.</p>"
    item.title_fr = "Traduit depuis"
    item.summary_fr = "Désormais en français"
    with committed():
        item.save()

    _response, feed = parse(client, f"/fr/news/{kind}/")
    assert [entry.id for entry in feed.entries] == before
    assert feed.entries[0].title == "Traduit depuis"
    assert feed.entries[0].link == "http://testserver/fr/news/a-corrected-title/"


def test_rss_guid_is_not_a_permalink(client):
    NewsItemFactory()
    assert b'<guid isPermaLink="false">tag:testserver,' in client.get("/en/news/rss/").content


def test_atom_updated_follows_edits(client):
    item = NewsItemFactory()
    _response, feed = parse(client, "/en/news/atom/")
    entry = feed.entries[0]
    assert entry.published == item.published_at.isoformat()
    assert entry.updated == max(item.published_at, item.updated_at).isoformat()


@pytest.fixture
def english_only():
    return NewsItemFactory(title_en="English only", summary_en="Only English here.")


def english_only_entry(client, path, feed_language):
    """The feed's one entry, the English-only item, in a feed that says its own language."""
    response, feed = parse(client, path)
    (entry,) = feed.entries
    assert feed.feed.language == feed_language
    assert entry.title == "English only"
    return response, entry


@pytest.mark.usefixtures("english_only")
def test_untranslated_item_is_given_in_english_and_marked_in_atom(client):
    _response, entry = english_only_entry(client, "/es/news/atom/", "es")
    assert entry.title_detail.language == "en"
    assert entry.summary_detail.language == "en"
    assert entry.summary == (
        '<p dir="ltr" lang="es"><em>Aún no disponible en Español; se muestra en inglés.'
        "</em></p><p>Only English here.</p>"
    )


@pytest.mark.usefixtures("english_only")
def test_untranslated_item_is_given_in_english_and_marked_in_rss(client):
    response, entry = english_only_entry(client, "/zh-hans/news/rss/", "zh-Hans")
    assert entry.language == "en"
    assert b"<dc:language>en</dc:language>" in response.content
    assert "<p>Only English here.</p>" in entry.summary


def test_a_half_translated_item_is_not_mixed(client):
    # A title without its summary in French: the feed gives both in English.
    NewsItemFactory(title_en="Title", summary_en="Summary", title_fr="Titre")
    _response, feed = parse(client, "/fr/news/atom/")
    (entry,) = feed.entries
    assert entry.title == "Title"
    assert entry.title_detail.language == "en"


@pytest.mark.parametrize("kind", FEEDS)
def test_tag_feeds(client, language, kind):
    tagged = NewsItemFactory(**translated_texts(1, LANGUAGE_CODES), tags=["cyberbullying"])
    NewsItemFactory(title_en="Other", tags=["privacy"])
    NewsItemFactory(title_en="Draft", status=NewsItem.Status.DRAFT, tags=["cyberbullying"])

    _response, feed = parse(client, f"/{language}/news/tag/cyberbullying/{kind}/")

    assert feed.feed.link == f"http://testserver/{language}/news/tag/cyberbullying/"
    assert "cyberbullying" in feed.feed.title
    assert [entry.link for entry in feed.entries] == [
        f"http://testserver/{language}/news/{tagged.slug}/"
    ]


def test_feed_is_limited_to_the_twenty_latest(client):
    NewsItemFactory.create_batch(25)
    _response, feed = parse(client, "/en/news/rss/")
    assert len(feed.entries) == 20
    assert feed.entries[0].title == NewsItem.objects.newest_first().first().title_en


def test_empty_feed_is_still_valid(client):
    _response, feed = parse(client, "/ar/news/atom/")
    assert feed.entries == []
    assert feed.feed.language == "ar"


def test_feed_sets_last_modified(client):
    NewsItemFactory()
    assert client.get("/en/news/atom/").has_header("Last-Modified")
