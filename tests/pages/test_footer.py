"""The footer of every kind of page links to the editorial pages, the contact form (once
it is installed) and the site map, in the page's language."""

import pytest
from django.utils import translation

from tests.discovery import client_fetcher, discover
from tests.pages.helpers import CONTACT_URLCONF, footer_links

pytestmark = pytest.mark.django_db

PAGE_KEYS = ("about", "privacy", "accessibility", "join")


def expected_links(language, contact=False):
    links = [f"/{language}/{key}/" for key in PAGE_KEYS]
    if contact:
        links.append(f"/{language}/contact/")
    return [*links, f"/{language}/sitemap/"]


@pytest.mark.usefixtures("demo_content")
class TestEveryKindOfPage:
    def test_every_page_the_crawl_finds_has_the_footer_links(self, client):
        texts = {}
        fetch = client_fetcher(client)

        def recording(path):
            texts[path] = fetched = fetch(path)
            return fetched

        found = discover(recording, "testserver", languages=["en", "ar"], max_fetches=300)

        kinds = {page.kind for page in found.html_pages}
        assert {"home", "news:detail", "events:detail", "partners:detail"} <= kinds
        assert {"guidelines:guideline_set", "pages:about", "pages:join", "pages:sitemap"} <= kinds
        for page in found.html_pages:
            assert footer_links(texts[page.path].text) == expected_links(page.language), page.path


@pytest.mark.parametrize("language", ["ar", "zh-hans", "en", "fr", "ru", "es"])
def test_the_footer_labels_are_in_the_pages_language(client, settings, language):
    settings.ROOT_URLCONF = CONTACT_URLCONF
    html = client.get(f"/{language}/").content.decode()

    assert footer_links(html) == expected_links(language, contact=True)
    with translation.override(language):
        labels = [
            translation.gettext(label)
            for label in (
                "About the initiative",
                "Privacy",
                "Accessibility",
                "Join the initiative",
                "Contact us",
                "Site map",
            )
        ]
        assert translation.gettext("About this site") in html
    for href, label in zip(expected_links(language, contact=True), labels, strict=True):
        assert f'<a href="{href}">{label}</a>' in html
    if language != "en":
        assert "Site map</a>" not in html


def test_the_not_found_page_has_the_footer_links(client, settings):
    settings.DEBUG = False
    response = client.get("/es/no-such-page/")
    assert response.status_code == 404
    assert footer_links(response.content.decode()) == expected_links("es")
