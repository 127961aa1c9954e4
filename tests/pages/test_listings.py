"""The pages in the sitemap and the search, and the HTML site map of every section."""

import re
from urllib.parse import urlsplit

import pytest
from django.utils import translation
from django.utils.html import escape

from cop_portal.pages.initial import initial_pages
from cop_portal.pages.models import Page, PageKey
from guidelines.models import Audience
from tests.cop_portal.test_sitemap import sitemap_urls
from tests.guidelines.factories import GuidelineSetFactory, TopicFactory
from tests.pages.helpers import LANGUAGE_CODES

pytestmark = pytest.mark.django_db

INITIAL = {record["key"]: record for record in initial_pages()}
SITE_MAP_LINK = re.compile(r'<a href="([^"]+)">([^<]*)</a>')


def sitemap_paths(client):
    return {urlsplit(loc).path for loc, _alternates in sitemap_urls(client)}


def test_the_sitemap_lists_each_page_and_the_site_map_in_each_language(client):
    paths = sitemap_paths(client)
    for code in LANGUAGE_CODES:
        for key in [*PageKey.values, "sitemap"]:
            assert f"/{code}/{key}/" in paths
        assert not any(path.startswith(f"/{code}/about/preview") for path in paths)


def test_a_page_not_published_leaves_the_sitemap(client):
    Page.objects.filter(key="join").update(published=False)
    paths = sitemap_paths(client)
    assert "/en/join/" not in paths
    assert "/en/about/" in paths


@pytest.mark.parametrize(
    ("language", "word", "key"),
    [
        ("en", "patron", "about"),
        ("fr", "marraine", "about"),
        ("ar", "الخصوصية", "privacy"),
        ("zh-hans", "屏幕阅读器", "accessibility"),
        ("ru", "партнёров", "join"),
        ("es", "Chinchilla", "about"),
    ],
)
def test_search_finds_the_pages_in_each_language(client, language, word, key):
    response = client.get(f"/{language}/search/", {"q": word})

    results = response.content.decode().split("<main", 1)[1].split("</main>", 1)[0]
    assert response.status_code == 200
    assert f'href="/{language}/{key}/"' in results
    assert escape(INITIAL[key]["title"][language]) in results


def test_search_leaves_out_a_page_not_published(client):
    Page.objects.filter(key="about").update(published=False)
    response = client.get("/en/search/", {"q": "Chinchilla"})
    results = response.content.decode().split("<main", 1)[1].split("</main>", 1)[0]
    assert 'href="/en/about/"' not in results


def site_map_links(client, language):
    response = client.get(f"/{language}/sitemap/")
    assert response.status_code == 200
    main = response.content.decode().split("<main", 1)[1].split("</main>", 1)[0]
    return [(href, label) for href, label in SITE_MAP_LINK.findall(main)]


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_the_site_map_lists_every_section(client, language):
    draft = GuidelineSetFactory(slug="draft-set", published=False)
    public = GuidelineSetFactory(slug="public-set")
    topic = TopicFactory()

    links = dict(site_map_links(client, language))

    with translation.override(language):
        expected = [
            f"/{language}/",
            f"/{language}/guidelines/",
            *(
                url
                for audience in Audience.objects.order_by("position")
                for url in [audience.get_absolute_url()]
                + ([public.get_absolute_url()] if audience == public.audience else [])
            ),
            f"/{language}/guidelines/topics/",
            topic.get_absolute_url(),
            f"/{language}/publications/",
            # The apps in the order of the main navigation.
            f"/{language}/partners/",
            f"/{language}/help/",
            f"/{language}/events/",
            f"/{language}/news/",
            *(f"/{language}/{key}/" for key in PageKey.values),
            f"/{language}/contact/",
            f"/{language}/sitemap/",
            f"/{language}/search/",
        ]
        assert [href for href in links if href in expected] == expected
        assert draft.get_absolute_url() not in links
        assert links[f"/{language}/about/"] == escape(INITIAL["about"]["title"][language])


def test_the_site_map_names_the_contact_form_and_the_library(client, settings):
    links = dict(site_map_links(client, "ru"))
    assert links["/ru/contact/"] == "Связаться с нами"
    assert links["/ru/publications/"] == "Публикации"


def test_the_site_map_leaves_out_a_page_not_published(client):
    Page.objects.filter(key="privacy").update(published=False)
    links = dict(site_map_links(client, "en"))
    assert "/en/privacy/" not in links
    assert "/en/accessibility/" in links


def test_the_site_map_is_nested(client):
    public = GuidelineSetFactory(slug="public-set", title_en="A public set")

    html = client.get("/en/sitemap/").content.decode()

    assert html.count('<ul class="site-map">') == 1
    # The sets are listed under their audience, the pages under "About the portal".
    audience = re.escape(public.audience.get_absolute_url())
    assert re.search(
        rf'<a href="{audience}">[^<]+</a>\s*<ul>\s*<li><a href="{public.get_absolute_url()}">'
        "A public set</a></li>",
        html,
    )
    assert re.search(r'<span class="site-map__heading">About the portal</span>\s*<ul>', html)
