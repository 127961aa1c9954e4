"""The footer of every kind of page links to the editorial pages, the library, the
contact form and the site map, in the page's language."""

import pytest
from django.utils import translation

from tests.discovery import client_fetcher, discover
from tests.pages.helpers import footer_links

pytestmark = pytest.mark.django_db

PAGE_KEYS = ("about", "privacy", "accessibility", "join")


def expected_links(language):
    about, privacy, accessibility, join = (f"/{language}/{key}/" for key in PAGE_KEYS)
    return [
        about,
        privacy,
        accessibility,
        f"/{language}/publications/",
        join,
        f"/{language}/contact/",
        f"/{language}/sitemap/",
    ]


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
    html = client.get(f"/{language}/").content.decode()

    assert footer_links(html) == expected_links(language)
    with translation.override(language):
        labels = [
            translation.gettext(label)
            for label in (
                "About the initiative",
                "Privacy",
                "Accessibility",
                "Publications and videos",
                "Join the initiative",
                "Contact us",
                "Site map",
            )
        ]
        assert translation.gettext("About this site") in html
    for href, label in zip(expected_links(language), labels, strict=True):
        assert f'<a href="{href}">{label}</a>' in html
    if language != "en":
        assert "Site map</a>" not in html


def test_the_not_found_page_has_the_footer_links(client, settings):
    settings.DEBUG = False
    response = client.get("/es/no-such-page/")
    assert response.status_code == 404
    assert footer_links(response.content.decode()) == expected_links("es")
