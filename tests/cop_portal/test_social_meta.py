"""Meta description, Open Graph and Twitter card tags, and the home page's JSON-LD."""

import html
import json
from html.parser import HTMLParser

import pytest
from django.utils import translation

from cop_portal.languages import PORTAL_LANGUAGES, portal_language

pytestmark = pytest.mark.django_db


class MetaParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta = {}
        self.title = ""
        self.json_ld = []
        self._in = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta":
            key = attrs.get("property") or attrs.get("name")
            if key:
                self.meta.setdefault(key, []).append(attrs.get("content"))
        elif tag == "title":
            self._in = "title"
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in = "json_ld"
            self.json_ld.append("")

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        if self._in == "title":
            self.title += data
        elif self._in == "json_ld":
            self.json_ld[-1] += data


def parse(response):
    assert response.status_code == 200
    parser = MetaParser()
    parser.feed(response.content.decode())
    return parser


def one(page, key):
    values = page.meta.get(key, [])
    assert len(values) == 1, f"{key}: {values}"
    return values[0]


@pytest.mark.parametrize("path", ["", "search/"])
def test_social_tags_in_each_language(client, language, path):
    page = parse(client.get(f"/{language}/{path}"))
    url = f"http://testserver/{language}/{path}"
    title = page.title.rsplit(" · ", 1)[0]
    with translation.override(language):
        description = one(page, "description")
        assert description
        assert one(page, "og:title") == title
        assert one(page, "twitter:title") == title
        assert one(page, "og:description") == description
        assert one(page, "twitter:description") == description
        assert one(page, "og:url") == url
        assert one(page, "og:type") == "website"
        assert one(page, "og:site_name")
        assert one(page, "og:image").startswith("http://testserver/static/img/og-default.")
        assert one(page, "twitter:image") == one(page, "og:image")
        assert one(page, "og:image:alt")
        assert one(page, "twitter:card") == "summary_large_image"
    assert one(page, "og:locale") == portal_language(language).open_graph_locale
    assert sorted(page.meta["og:locale:alternate"]) == sorted(
        other.open_graph_locale for other in PORTAL_LANGUAGES if other.code != language
    )


def test_descriptions_differ_by_language(client):
    descriptions = {
        parse(client.get(f"/{language.code}/")).meta["description"][0]
        for language in PORTAL_LANGUAGES
    }
    assert len(descriptions) == len(PORTAL_LANGUAGES)


def test_page_titles_with_markup_are_escaped_in_tags(client):
    response = client.get("/en/search/", {"q": '"><script>x</script>'})
    content = response.content.decode()
    assert "<script>x" not in content
    page = parse(response)
    assert one(page, "og:title") == 'Search results for “"><script>x</script>”'
    assert page.title == 'Search results for “"><script>x</script>” · Child Online Protection'


def test_home_page_has_organization_json_ld(client, language):
    page = parse(client.get(f"/{language}/"))
    assert len(page.json_ld) == 1
    data = json.loads(page.json_ld[0])
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Organization"
    assert data["url"] == f"http://testserver/{language}/"
    assert data["logo"].startswith("http://testserver/static/img/logo.")
    assert data["name"] == one(page, "og:site_name")
    assert data["description"]
    assert data["knowsLanguage"] == [language.hreflang for language in PORTAL_LANGUAGES]


def test_other_pages_have_no_organization_json_ld(client):
    assert parse(client.get("/en/search/")).json_ld == []


def test_json_ld_cannot_end_its_element(rf):
    from cop_portal.structured_data import json_ld

    block = json_ld({"name": "</script><script>alert(1)</script> & more"})
    assert block.count("</script>") == 1
    assert "\\u003C/script\\u003E" in block
    assert json.loads(
        block.removeprefix('<script type="application/ld+json">').removesuffix("</script>")
    ) == {"name": "</script><script>alert(1)</script> & more"}


# Text with every character HTML escapes, as an editor types it.
AWKWARD = 'Save & protect "kids" <online> l\'été'


def awkward_pages():
    from tests.events.factories import EventFactory
    from tests.guidelines.factories import GuidelineSetFactory
    from tests.news.factories import NewsItemFactory
    from tests.partners.factories import PartnerFactory

    item = NewsItemFactory(title_en=AWKWARD, summary_en=AWKWARD)
    event = EventFactory(title_en=AWKWARD, summary_en=AWKWARD)
    # Rich text holds the typed text escaped ("&amp;", "&lt;"); the description is its text.
    partner = PartnerFactory(name=AWKWARD, description_en=f"<p>{html.escape(AWKWARD)}</p>")
    guideline_set = GuidelineSetFactory(title_en=AWKWARD, summary_en=AWKWARD)
    return [
        (item.get_absolute_url(), "NewsArticle"),
        (event.get_absolute_url(), "Event"),
        (partner.get_absolute_url(), None),
        (guideline_set.get_absolute_url(), None),
    ]


def test_descriptions_and_titles_are_escaped_exactly_once(client):
    """A browser or link preview reads the text back as the editor typed it."""
    for path, schema_type in awkward_pages():
        page = parse(client.get(path))
        for key in ("description", "og:description", "twitter:description"):
            assert one(page, key) == AWKWARD, (path, key)
        assert one(page, "og:title").startswith(AWKWARD), path
        assert page.title.startswith(AWKWARD), path
        if schema_type:
            (data,) = [json.loads(block) for block in page.json_ld]
            assert data["@type"] == schema_type
            assert AWKWARD in (data.get("headline"), data.get("name"))
            assert data["description"] == AWKWARD
