"""Search and the sitemap over the demo content of every app, in the six languages.

The demo is loaded once for the module, inside a transaction rolled back at the end;
each test runs in a savepoint of its own within it.
"""

import dataclasses
import io
import re
from urllib.parse import urlsplit
from xml.etree import ElementTree

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.db.migrations.loader import MigrationLoader
from django.test import override_settings
from django.utils.html import strip_tags
from modeltranslation.utils import build_localized_fieldname

from cop_portal.search import TEXT_SEARCH_CONFIGS, matching, ranked, run_search, search_sources
from cop_portal.search_indexes import AddSearchIndexes, index_name
from events.models import Event
from guidelines.models import GuidelineSet, Resource, Section
from news.models import NewsItem
from partners.models import Partner
from tests.events.factories import EventFactory
from tests.news.factories import NewsItemFactory
from tests.partners.factories import PartnerFactory

pytestmark = pytest.mark.django_db

only_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="full-text search is PostgreSQL's; SQLite matches substrings",
)


@pytest.fixture(scope="module", autouse=True)
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("media")),
        transaction.atomic(),
    ):
        call_command("load_demo", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)


@dataclasses.dataclass
class Found:
    kind: str
    title: str  # as text, marks removed
    url: str
    lang: str | None  # the title's lang attribute, set when it is not the reader's


def results(client, language, query, kind=""):
    """What the search page lists, in its order."""
    response = client.get(f"/{language}/search/", {"q": query, "kind": kind})
    assert response.status_code == 200
    found = []
    content = response.content.decode()
    for section in re.findall(r'<section class="search-group".*?</section>', content, re.S):
        section_kind = re.search(r'id="results-([a-z-]+)"', section).group(1)
        for url, attributes, title in re.findall(
            r'<h3><a href="([^"]+)"([^>]*)>(.*?)</a>', section, re.S
        ):
            lang = re.search(r'lang="([^"]+)"', attributes)
            found.append(
                Found(section_kind, strip_tags(title), url, lang.group(1) if lang else None)
            )
    return found


def text_of(item, language):
    """Everything an item says in one language, as plain text."""
    suffix = build_localized_fieldname("", language)
    return " ".join(
        strip_tags(str(getattr(item, field.name) or ""))
        for field in type(item)._meta.fields
        if field.name.endswith(suffix)
    )


# A word of the reader's language that a known demo item has: found on both databases.
FINDS = [
    ("ar", "الاستدراج", "guidelines", "اعرفوا المخاطر دون ذعر"),
    ("zh-hans", "欺凌", "guidelines", "当有人对你不友善时"),
    ("en", "bullying", "guidelines", "When someone is mean"),
    ("fr", "harcèlement", "guidelines", "Quand quelqu&#x27;un est méchant"),
    ("ru", "кибербуллинг", "resources", "Молодёжь о жизни в интернете"),
    ("es", "acoso", "guidelines", "Cuando alguien te trata mal"),
]


@pytest.mark.parametrize(("language", "query", "kind", "title"), FINDS)
def test_finds_a_known_demo_item_in_each_language(client, language, query, kind, title):
    found = [result for result in results(client, language, query) if result.title == title]
    assert len(found) == 1, results(client, language, query)
    assert found[0].kind == kind
    assert found[0].lang is None  # in the reader's language, not a fallback
    assert found[0].url.startswith(f"/{language}/")
    assert client.get(urlsplit(found[0].url).path).status_code == 200


# Another form of a word than the item has: only the language's stemmer finds it.
STEMS = [
    ("ar", "تنمر", Section, "عندما يسيء إليك أحد"),  # the text has التنمّر
    ("en", "bullies", Section, "When someone is mean"),  # bullying
    ("en", "protecting", Resource, None),  # protection
    ("fr", "harcelé", Section, "Quand quelqu'un est méchant"),  # harcèlement
    ("ru", "кибербуллинга", Resource, "Молодёжь о жизни в интернете"),  # кибербуллинге
    ("es", "acosar", Section, "Cuando alguien te trata mal"),  # acoso
]


@only_postgresql
@pytest.mark.parametrize(("language", "query", "model", "title"), STEMS)
def test_stemming_finds_other_forms_of_a_word(client, language, query, model, title):
    found = {result.title for result in results(client, language, query)}
    title_field = build_localized_fieldname("title", language)
    items = [
        item
        for item in model.objects.all()
        if (title is None or getattr(item, title_field) == title)
        and getattr(item, title_field).replace("'", "&#x27;") in found
        and query.lower() not in text_of(item, language).lower()
    ]
    assert items, f"nothing found for {query!r} without the word itself: {found}"


def test_chinese_word_inside_a_sentence(client):
    content = client.get("/zh-hans/search/", {"q": "欺凌"}).content.decode()
    # "网络欺凌和在学校被欺负一样伤人": no spaces around the word.
    assert "网络<mark>欺凌</mark>和在学校被欺负一样伤人" in content


def test_english_fallback_is_searched_and_marked(client):
    # The industry guidelines have no Russian text; their English shows in its place.
    found = [
        r
        for r in results(client, "ru", "default")
        if r.title.endswith("by default for young users")
    ]
    assert [(r.kind, r.title, r.lang) for r in found] == [
        ("guidelines", "Private by default for young users", "en")
    ]
    assert found[0].url.startswith("/ru/guidelines/industry/")
    assert "(на английском)" in client.get("/ru/search/", {"q": "default"}).content.decode()


CHILDREN = {
    "ar": "الأطفال",
    "zh-hans": "儿童",
    "en": "children",
    "fr": "enfants",
    "ru": "детей",
    "es": "niños",
}


def test_results_link_to_the_reader_language(client, language):
    found = results(client, language, CHILDREN[language])
    assert found
    for result in found:
        assert result.url.startswith(f"/{language}/"), result


def test_partners_are_found_by_name_in_every_language(client, language):
    partner = Partner.objects.get(name="Internet Watch Foundation (IWF)")
    found = results(client, language, "Internet Watch Foundation")
    assert [r.title for r in found if r.kind == "partners"][0] == partner.name
    assert f"/{language}/partners/{partner.slug}/" in [r.url for r in found]


def test_events_show_their_dates_in_results(client):
    content = client.get("/fr/search/", {"q": "Costa Rica", "kind": "events"}).content.decode()
    assert '<p class="meta"><time datetime="' in content


def test_resources_link_to_their_place_on_the_audience_page(client):
    found = [r for r in results(client, "en", "reputation") if r.kind == "resources"]
    assert found
    path, _hash, anchor = found[0].url.partition("#")
    assert f'id="{anchor}"' in client.get(path).content.decode()


# --- What the public may not see -----------------------------------------------------

HIDDEN = "Zanzibarite"  # a word nothing in the demo has


@pytest.fixture
def hidden():
    """One unpublished thing of each kind, all about HIDDEN."""
    draft_set = GuidelineSet.objects.create(
        audience=GuidelineSet.objects.first().audience,
        slug="hidden-set",
        title_en=f"{HIDDEN} guidance",
        edition_date="2024-01-01",
        published=False,
    )
    Section.objects.create(
        guideline_set=draft_set, slug="hidden", title_en=f"{HIDDEN} section", body_en="<p>.</p>"
    )
    PartnerFactory(name=f"{HIDDEN} Foundation", slug="zanzibarite", published=False)
    EventFactory(title_en=f"{HIDDEN} meeting", slug="zanzibarite-meeting", published=False)
    NewsItemFactory(
        title_en=f"{HIDDEN} news", slug="zanzibarite-news", status=NewsItem.Status.DRAFT
    )


HIDDEN_SLUGS = ["hidden-set", "zanzibarite", "zanzibarite-meeting", "zanzibarite-news"]


def publish_hidden():
    GuidelineSet.objects.filter(slug="hidden-set").update(published=True)
    Partner.objects.filter(slug="zanzibarite").update(published=True)
    Event.objects.filter(slug="zanzibarite-meeting").update(published=True)
    NewsItem.objects.filter(slug="zanzibarite-news").update(status=NewsItem.Status.PUBLISHED)


def sitemap_locations(client):
    namespace = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    index = ElementTree.fromstring(client.get("/sitemap.xml").content)
    locations = []
    for section in index.findall("sm:sitemap/sm:loc", namespace):
        parts = urlsplit(section.text)
        response = client.get(f"{parts.path}?{parts.query}")
        assert response.status_code == 200
        urlset = ElementTree.fromstring(response.content)
        locations += [loc.text for loc in urlset.findall("sm:url/sm:loc", namespace)]
    return locations


def test_unpublished_content_is_never_found(client, hidden, language):
    assert results(client, language, HIDDEN) == []


def test_unpublished_content_is_not_in_the_sitemap(client, hidden):
    locations = "\n".join(sitemap_locations(client))
    for slug in HIDDEN_SLUGS:
        assert slug not in locations


def test_the_same_content_published_is_found_and_listed(client, hidden):
    """The control: what the two tests above exclude is really there to exclude."""
    publish_hidden()
    assert sorted({result.kind for result in results(client, "en", HIDDEN)}) == [
        "events",
        "guidelines",
        "news",
        "partners",
    ]
    locations = "\n".join(sitemap_locations(client))
    for slug in HIDDEN_SLUGS:
        assert slug in locations


def test_the_demo_draft_and_scheduled_news_stay_hidden(client, language):
    hidden_items = list(NewsItem.objects.exclude(pk__in=NewsItem.objects.published()))
    assert {item.status for item in hidden_items} == {"draft", "published"}  # + scheduled
    locations = "\n".join(sitemap_locations(client))
    title = build_localized_fieldname("title", language)
    for item in hidden_items:
        urls = [r.url for r in results(client, language, getattr(item, title))]
        assert f"/{language}/news/{item.slug}/" not in urls
        assert f"/news/{item.slug}/" not in locations


# --- The sitemap over the demo -------------------------------------------------------


def test_sitemap_lists_every_public_page_in_six_languages(client):
    locations = sitemap_locations(client)
    assert len(locations) == len(set(locations))
    paths = {urlsplit(location).path for location in locations}
    expected = {"/", "/guidelines/", "/guidelines/topics/", "/partners/", "/help/", "/events/"}
    expected |= {"/news/"}
    expected |= {item.get_absolute_url()[3:] for item in NewsItem.objects.published()}
    expected |= {item.get_absolute_url()[3:] for item in Event.objects.published()}
    expected |= {item.get_absolute_url()[3:] for item in Partner.objects.published()}
    expected |= {item.get_absolute_url()[3:] for item in GuidelineSet.objects.published()}
    expected |= {f"/guidelines/{item.audience.slug}/" for item in GuidelineSet.objects.published()}
    for code in ["ar", "zh-hans", "en", "fr", "ru", "es"]:
        for path in expected:
            assert f"/{code}{path}" in paths


# --- Ranking the newest candidates changes nothing on the demo --------------------------

# A word most items have and a rarer one (those of make bench-search and bench-scale),
# and letters most texts contain (substring search: nearly every item).
DEMO_QUERIES = [
    ("ar", "الأطفال"),
    ("ar", "الاستدراج"),
    ("zh-hans", "儿童"),
    ("zh-hans", "的"),
    ("en", "children"),
    ("en", "bullying"),
    ("en", "online safety"),
    ("fr", "enfants"),
    ("fr", "harcèlement"),
    ("ru", "детей"),
    ("ru", "кибербуллинг"),
    ("es", "niños"),
    ("es", "acoso"),
]


@pytest.mark.parametrize(("language", "query"), DEMO_QUERIES)
def test_demo_results_are_those_of_ranking_every_match(language, query):
    """Every demo search has fewer matches than a kind ranks, so its results are the
    ranking of all its matches, in the same order, with the same count."""
    for source in search_sources():
        found = run_search(source, query, language)
        everything = matching(source, query, language)
        assert not found.more
        assert found.count == everything.count()
        if found.count:
            expected = ranked(source, query, language, everything.values("pk"))
            assert list(found.results.values_list("pk", "search_rank")) == list(
                expected.values_list("pk", "search_rank")
            )


# --- Declarations and indexes agree ------------------------------------------------------


def test_every_source_has_indexes_for_its_fields():
    """The index migrations name the same fields and weights as the search sources."""
    loader = MigrationLoader(None, ignore_no_migrations=True)
    indexed = {}
    for (app_label, _name), migration in sorted(loader.disk_migrations.items()):
        for operation in migration.operations:
            if isinstance(operation, AddSearchIndexes):
                indexed[(app_label, operation.model_name)] = operation.fields
    for source in search_sources():
        model = source.queryset().model
        assert indexed.get((model._meta.app_label, model._meta.model_name)) == source.fields


@only_postgresql
def test_every_full_text_search_uses_its_index():
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
    for source in search_sources():
        model = source.queryset().model
        # The match alone (a public filter may have an index of its own to prefer).
        everything = dataclasses.replace(source, queryset=model._default_manager.all)
        for language in TEXT_SEARCH_CONFIGS:
            plan = matching(everything, "children", language).explain()
            assert f"Bitmap Index Scan on {index_name(model, language)}" in plan, plan


# --- Queries ------------------------------------------------------------------------


def test_search_costs_two_queries_per_kind_whatever_the_number_of_results(query_budget):
    from tests.guidelines.factories import ResourceFactory

    def make(n):
        ResourceFactory.create_batch(n, title_en="Quokka project")
        PartnerFactory.create_batch(n, description_en="<p>Quokka friends.</p>")

    # Two per kind (the count, the page), and the page cache's one: when the next
    # scheduled item is published.
    budget = 2 * len(search_sources()) + 1
    query_budget("/en/search/?q=quokka", make=make, budget=budget)
    query_budget("/fr/search/?q=quokka&kind=partners", make=make, budget=2 + 1)
    query_budget("/zh-hans/search/?q=quokka", make=make, budget=budget)
