"""The editorial pages: in six languages, only while published, with their closing link
to the contact form."""

import pytest
from django.utils import translation
from django.utils.formats import date_format
from django.utils.html import escape
from modeltranslation.utils import build_localized_fieldname

from cop_portal.languages import portal_language
from cop_portal.pages.initial import initial_pages
from cop_portal.pages.models import Page, PageKey
from cop_portal.templatetags.portal import machine_datetime
from tests.pages.helpers import LANGUAGE_CODES, page

pytestmark = pytest.mark.django_db

INITIAL = {record["key"]: record for record in initial_pages()}


@pytest.mark.parametrize("language", LANGUAGE_CODES)
@pytest.mark.parametrize("key", PageKey.values)
def test_each_page_in_each_language(client, key, language):
    response = client.get(f"/{language}/{key}/")

    html = response.content.decode()
    title = escape(INITIAL[key]["title"][language])
    assert response.status_code == 200
    assert f'<html lang="{portal_language(language).hreflang}"' in html
    assert f'dir="{portal_language(language).direction}"' in html
    assert html.count("<h1>") == 1
    assert f"<h1>{title}</h1>" in html
    assert f"<title>{title} · " in html
    assert f'<meta name="description" content="{escape(INITIAL[key]["summary"][language])}"' in html
    # Every page is written in every language: nothing is shown as an English fallback.
    assert "fallback" not in html
    first_heading = INITIAL[key]["body"][language].strip().splitlines()[0]
    assert first_heading in html


def test_last_updated_in_the_readers_language(client):
    about = page("about")
    with translation.override("fr"):
        shown = date_format(about.updated_at, "DATE_FORMAT")
    response = client.get("/fr/about/")
    html = response.content.decode()
    moment = machine_datetime(about.updated_at)
    assert f'Dernière mise à jour : <time datetime="{moment}">{shown}</time>' in html


@pytest.mark.parametrize("debug", [True, False])
def test_a_page_not_published_is_not_found(client, settings, debug):
    settings.DEBUG = debug
    Page.objects.filter(key="privacy").update(published=False)

    assert client.get("/en/privacy/").status_code == 404
    assert client.get("/ar/privacy/").status_code == 404
    assert client.get("/en/about/").status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/en/about-us/",
        "/en/news/preview/",
        "/en/search/preview/",
        "/en/imprint/preview/",
        "/en/sitemap/preview/",
        "/xx/about/",
    ],
)
def test_other_addresses_are_not_found(client, settings, path):
    settings.DEBUG = False
    assert client.get(path).status_code == 404


def test_garbage_in_the_query_is_ignored(client, settings):
    settings.DEBUG = False
    response = client.get("/en/join/?subject=%ff%fe&page=-1&key=privacy&q=<script>")
    assert response.status_code == 200
    assert f"<h1>{INITIAL['join']['title']['en']}</h1>" in response.content.decode()
    assert "<script>" not in response.content.decode()


@pytest.mark.parametrize("path", ["/en/join/?subject=%00", "/en/about/preview/?x=%00"])
def test_a_nul_character_is_a_bad_request(client, settings, path):
    settings.DEBUG = False
    assert client.get(path).status_code == 400


@pytest.mark.parametrize(
    ("key", "label", "subject"),
    [
        ("join", "Apply to become a partner", "partnership"),
        ("accessibility", "Report a problem with the site", "site"),
        ("privacy", "Write to the portal team", "general"),
    ],
)
def test_each_page_ends_with_a_link_to_the_contact_form(client, settings, key, label, subject):

    html = client.get(f"/es/{key}/").content.decode()
    with translation.override("es"):
        link = f'<a class="button" href="/es/contact/?subject={subject}">'
    assert link in html
    assert client.get(f"/es/contact/?subject={subject}").status_code == 200


def test_the_about_page_has_no_contact_button(client, settings):
    html = client.get("/en/about/").content.decode()
    assert 'class="call-to-action"' not in html


def test_an_english_text_missing_in_a_language_is_marked_as_english(client):
    about = page("about")
    setattr(about, build_localized_fieldname("body", "ru"), "")
    about.save()

    html = client.get("/ru/about/").content.decode()
    assert '<div class="fallback" lang="en" dir="ltr">' in html
    assert INITIAL["about"]["body"]["en"].strip().splitlines()[0] in html
