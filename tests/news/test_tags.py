"""News tags have names in six languages (news.NewsTag): pages, feeds, sitemap, admin,
and the migration that moved taggit's shared tags to them."""

import xml.etree.ElementTree as ET

import feedparser
import pytest

from news.models import NewsItem, NewsTag
from tests.factories import PRIVACY_NAMES, privacy_name
from tests.news.factories import NewsItemFactory, news_tag, translated_texts

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture
def privacy():
    return news_tag("privacy", **PRIVACY_NAMES)


def test_item_and_tag_pages_name_the_tag_in_the_readers_language(client, language, privacy):
    item = NewsItemFactory(**translated_texts(1, ["en", language]), tags=["privacy"])
    name = privacy_name(language)
    detail = client.get(f"/{language}/news/{item.slug}/").content.decode()
    assert f'<a href="/{language}/news/tag/privacy/">{name}</a>' in detail
    tag_page = client.get(f"/{language}/news/tag/privacy/").content.decode()
    assert f"{name}" in tag_page.split("<h1>", 1)[1].split("</h1>", 1)[0]
    assert 'lang="en"' not in tag_page.split("<h1>", 1)[1].split("</h1>", 1)[0]


def test_a_tag_without_a_translation_is_shown_in_english_and_marked(client):
    item = NewsItemFactory(**translated_texts(1, ["en", "fr"]), tags=["sexting"])
    page = client.get(f"/fr/news/{item.slug}/").content.decode()
    assert (
        '<a href="/fr/news/tag/sexting/"><span lang="en" dir="ltr">sexting</span> '
        '<small class="fallback-note">(en anglais)</small></a>'
    ) in page


def test_feeds_name_categories_and_titles_in_the_feeds_language(client, privacy):
    NewsItemFactory(**translated_texts(1, ["en", "ru"]), tags=["privacy"])
    feed = feedparser.parse(client.get("/ru/news/tag/privacy/rss/").content)
    assert not feed.bozo, feed.bozo_exception
    assert "конфиденциальность" in feed.feed.title
    assert [tag.term for tag in feed.entries[0].tags] == ["конфиденциальность"]
    atom = feedparser.parse(client.get("/zh-hans/news/atom/").content)
    assert [tag.term for tag in atom.entries[0].tags] == ["隐私"]


def test_sitemap_lists_tags_of_public_news_only(client, privacy):
    NewsItemFactory(tags=["privacy"])
    NewsItemFactory(status=NewsItem.Status.DRAFT, tags=["embargoed"])
    root = ET.fromstring(client.get("/sitemap-news-tags.xml").content)
    locations = [url.findtext(f"{SITEMAP}loc") for url in root.iter(f"{SITEMAP}url")]
    assert sorted(location.split("/", 3)[3] for location in locations) == sorted(
        f"{code}/news/tag/privacy/" for code in ("ar", "zh-hans", "en", "fr", "ru", "es")
    )


def test_two_tags_may_both_lack_a_language(client):
    news_tag("first")
    news_tag("second")
    assert NewsTag.objects.filter(name_fr__isnull=True).count() == 2


def test_tags_come_in_slug_order_also_when_prefetched():
    """Pages and feeds list an item's tags in one order, whatever the database's
    physical order (a restored copy must serve the same feed)."""
    item = NewsItemFactory(tags=["young people", "awards", "policy"])
    prefetched = NewsItem.objects.prefetch_related("tags").get(pk=item.pk)
    assert [tag.slug for tag in prefetched.tags.all()] == ["awards", "policy", "young-people"]


def test_tags_are_found_by_natural_key_and_only_public_ones_are_revealed():
    # Backups refer to tags by natural key; the tag pages and feeds reveal a tag only
    # when a public item carries it.
    public = NewsItemFactory(tags=["privacy"])
    NewsItemFactory(tags=["drafts-only"], status=NewsItem.Status.DRAFT)
    privacy = NewsTag.objects.get(slug="privacy")
    assert NewsTag.objects.get_by_natural_key(privacy.name) == privacy
    assert list(NewsTag.objects.in_public_news()) == [privacy]
    public.tags.clear()
    assert not NewsTag.objects.in_public_news().exists()
