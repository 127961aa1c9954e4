"""The guideline pages as a reader sees them, in each of the six languages."""

from html.parser import HTMLParser

import pytest
from django.core.files.base import ContentFile
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname

from cop_portal.languages import portal_language
from guidelines.audiences import AUDIENCES
from guidelines.models import Audience
from tests.guidelines.factories import (
    DocumentFactory,
    GuidelineSetFactory,
    ResourceFactory,
    SectionFactory,
    TopicFactory,
    audience,
    minimal_pdf,
)

pytestmark = pytest.mark.django_db

# The audience's names, as the data migration creates them.
AUDIENCE_TITLES = next(a for a in AUDIENCES if a["slug"] == "parents-educators")["title"]
# 1.2 MB in the reader's own number format and unit (Django's filesizeformat).
LOCALISED_SIZE = {
    "en": "1.2\xa0MB",
    "ar": "1,2\xa0م.ب",
    "zh-hans": "1.2\xa0MB",
    "fr": "1,2\xa0Mio",
    "ru": "1,2\xa0МБ",
    "es": "1,2\xa0MB",
}


class PageParser(HTMLParser):
    """Collects element ids, in-page links, and elements with a lang attribute."""

    def __init__(self):
        super().__init__()
        self.ids, self.fragment_links, self.h1_count = set(), [], 0
        self.hreflang_links = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if "id" in attributes:
            self.ids.add(attributes["id"])
        href = attributes.get("href") or ""
        if tag == "a" and href.startswith("#"):
            self.fragment_links.append(href[1:])
        if tag == "a" and "hreflang" in attributes:
            self.hreflang_links.append(attributes)
        if tag == "h1":
            self.h1_count += 1


def parse(response):
    parser = PageParser()
    parser.feed(response.content.decode())
    return parser


def test_index_lists_the_four_audiences_in_order(client, language):
    guideline_set = GuidelineSetFactory()
    response = client.get(f"/{language}/guidelines/")
    html = response.content.decode()
    assert response.status_code == 200
    titles = [
        getattr(item, build_localized_fieldname("title", language))
        for item in Audience.objects.order_by("position")
    ]
    positions = [html.index(f">{title}</a>") for title in titles]
    assert positions == sorted(positions)
    assert AUDIENCE_TITLES[language] in html
    assert f'href="/{language}/guidelines/parents-educators/"' in html
    assert getattr(guideline_set, build_localized_fieldname("title", language)) in html
    assert parse(response).h1_count == 1


def test_audience_page_in_language(client, language):
    guideline_set = GuidelineSetFactory()
    resource = ResourceFactory(topics=[TopicFactory()])
    DocumentFactory(guideline_set=guideline_set, language="ar")
    response = client.get(f"/{language}/guidelines/parents-educators/")
    html = response.content.decode()
    assert response.status_code == 200
    assert f"<h1>{AUDIENCE_TITLES[language]}</h1>" in html
    assert getattr(guideline_set, build_localized_fieldname("title", language)) in html
    assert getattr(resource, build_localized_fieldname("title", language)) in html
    assert getattr(resource, build_localized_fieldname("organisation", language)) in html
    assert f'href="{resource.url}"' in html
    assert '<span lang="ar" dir="rtl">العربية</span>' in html


def test_guideline_set_page_in_language(client, language):
    topic = TopicFactory()
    guideline_set = GuidelineSetFactory()
    sections = [
        SectionFactory(guideline_set=guideline_set, position=i, topics=[topic]) for i in (1, 2)
    ]
    response = client.get(f"/{language}/guidelines/parents-educators/{guideline_set.slug}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("<h1>") == 1
    assert getattr(guideline_set, build_localized_fieldname("title", language)) in html
    for section in sections:
        assert getattr(section, build_localized_fieldname("title", language)) in html
        assert getattr(section, build_localized_fieldname("body", language)) in html
        assert f"<li>Point A{section.slug.split('-')[1]} ({language})</li>" in html
    assert f'href="/{language}/guidelines/topics/{topic.slug}/"' in html
    assert "fallback-note" not in html


def test_table_of_contents_links_resolve_to_sections(client):
    guideline_set = GuidelineSetFactory()
    sections = [SectionFactory(guideline_set=guideline_set, position=i) for i in (2, 1, 3)]
    response = client.get(f"/en/guidelines/parents-educators/{guideline_set.slug}/")
    page = parse(response)
    toc = [link for link in page.fragment_links if link.startswith("section-")]
    in_order = sorted(sections, key=lambda section: section.position)
    assert toc == [section.anchor for section in in_order]
    assert set(page.fragment_links) <= page.ids
    assert {section.anchor for section in sections} <= page.ids


def test_documents_listed_in_their_own_script_with_localised_size(client, language):
    guideline_set = GuidelineSetFactory()
    for code in ("ar", "zh-hans", "en"):
        DocumentFactory(
            guideline_set=guideline_set,
            language=code,
            file=ContentFile(minimal_pdf(size=1_258_291), name="guide.pdf"),
        )
    response = client.get(f"/{language}/guidelines/parents-educators/{guideline_set.slug}/")
    html = response.content.decode()
    links = parse(response).hreflang_links
    documents = [link for link in links if link.get("type") == "application/pdf"]
    assert {link["hreflang"] for link in documents} == {"ar", "zh-Hans", "en"}
    assert all(link["href"].startswith("/media/guidelines/documents/") for link in documents)
    assert all(link["download"].startswith("parents-educators-set-") for link in documents)
    assert "<bdi>PDF</bdi>" in html
    assert f"<bdi>{LOCALISED_SIZE[language]}</bdi>)" in html
    for code in ("ar", "zh-hans", "en"):
        native = portal_language(code)
        assert (
            f'<span lang="{native.hreflang}" dir="{native.direction}">{native.native_name}</span>'
        ) in html


def test_own_language_document_is_offered_first(client):
    guideline_set = GuidelineSetFactory()
    DocumentFactory(guideline_set=guideline_set, language="ar")
    SectionFactory(guideline_set=guideline_set)
    html = client.get(f"/ar/guidelines/parents-educators/{guideline_set.slug}/").content.decode()
    own = html.index('class="download-own"')
    assert html.index('hreflang="ar"', own) < html.index('id="contents"')


def test_missing_translation_falls_back_to_english_visibly(client):
    guideline_set = GuidelineSetFactory(title_ru="", introduction_ru="")
    SectionFactory(guideline_set=guideline_set, title_ru="", body_ru="", key_points_ru="")
    response = client.get(f"/ru/guidelines/parents-educators/{guideline_set.slug}/")
    html = response.content.decode()
    assert f'<span lang="en" dir="ltr">{guideline_set.title_en}</span>' in html
    assert '<div class="fallback" lang="en" dir="ltr">' in html
    assert "Пока нет на языке «Русский»; показано на английском." in html
    assert '<ul lang="en" dir="ltr">' in html  # key points
    # The availability note leaves Russian out and says why.
    assert 'hreflang="ru"' not in html.split('class="availability"')[1].split("</div>")[0]
    assert "fallback-note" in html.split('class="availability"')[1].split("</div>")[0]


def test_pages_say_in_which_languages_they_are_available(client):
    guideline_set = GuidelineSetFactory(title_es="")
    SectionFactory(guideline_set=guideline_set)
    html = client.get(f"/en/guidelines/parents-educators/{guideline_set.slug}/").content.decode()
    availability = html.split('class="availability"')[1].split("</div>")[0]
    for code, hreflang in [("ar", "ar"), ("zh-hans", "zh-Hans"), ("fr", "fr"), ("ru", "ru")]:
        assert f'href="/{code}/guidelines/parents-educators/{guideline_set.slug}/"' in availability
        assert f'lang="{hreflang}"' in availability
    assert "/es/" not in availability


def test_children_sets_are_shown_by_age_band(client):
    children = audience("children")
    GuidelineSetFactory(audience=children, age_band="13-18", position=3, title_en="Older")
    GuidelineSetFactory(audience=children, age_band="under-9", position=1, title_en="Young")
    html = client.get("/en/guidelines/children/").content.decode()
    assert html.index("Under 9") < html.index("Young") < html.index("13 to 18")
    assert "Guidance for your age" in html


def test_previous_and_next_sets(client):
    first, second, third = (GuidelineSetFactory(position=i) for i in (1, 2, 3))
    html = client.get(f"/en/guidelines/parents-educators/{second.slug}/").content.decode()
    assert f'href="{first.get_absolute_url()}" rel="prev"' in html
    assert f'href="{third.get_absolute_url()}" rel="next"' in html
    html = client.get(f"/en/guidelines/parents-educators/{first.slug}/").content.decode()
    assert 'rel="prev"' not in html


def test_topic_page_lists_sections_and_resources(client, language):
    topic = TopicFactory()
    section = SectionFactory(topics=[topic])
    resource = ResourceFactory(topics=[topic])
    SectionFactory(guideline_set=GuidelineSetFactory(published=False), topics=[topic])
    response = client.get(f"/{language}/guidelines/topics/{topic.slug}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert getattr(topic, build_localized_fieldname("name", language)) in html
    assert (
        f'href="/{language}/guidelines/parents-educators/{section.guideline_set.slug}/#{section.anchor}"'
        in html
    )
    assert getattr(resource, build_localized_fieldname("title", language)) in html
    assert html.count(f"#{section.anchor}") == 1  # the draft's section is not listed


def test_topic_list(client, language):
    topic = TopicFactory()
    html = client.get(f"/{language}/guidelines/topics/").content.decode()
    assert f'href="/{language}/guidelines/topics/{topic.slug}/"' in html
    assert getattr(topic, build_localized_fieldname("name", language)) in html


def test_home_page_shows_the_four_audiences(client, language):
    html = client.get(f"/{language}/").content.decode()
    for slug in ("children", "parents-educators", "industry", "policy-makers"):
        assert f'href="/{language}/guidelines/{slug}/"' in html
    assert AUDIENCE_TITLES[language] in html


def test_drafts_are_not_shown(client):
    draft = GuidelineSetFactory(published=False)
    assert client.get(f"/en/guidelines/parents-educators/{draft.slug}/").status_code == 404
    assert draft.title_en not in client.get("/en/guidelines/").content.decode()
    assert draft.title_en not in client.get("/en/guidelines/parents-educators/").content.decode()


@pytest.mark.parametrize(
    "path",
    [
        "/en/guidelines/nobody/",
        "/en/guidelines/children/no-such-set/",
        "/en/guidelines/topics/no-such-topic/",
        "/en/guidelines/industry/set-from-another-audience/",
        "/en/guidelines/%E2%80%AE/",
        "/en/guidelines/children/" + "x" * 5000 + "/",
        "/en/guidelines/topics/%3Cscript%3E/",
        "/en/guidelines/children/../../admin/",
        "/en/guidelines/parents-educators/set/extra/",
    ],
)
def test_unknown_or_garbage_addresses_are_404(client, path):
    GuidelineSetFactory(slug="set-from-another-audience")
    assert client.get(path).status_code == 404


def test_topics_cannot_be_an_audience():
    with translation.override("en"):
        assert "topics" not in Audience.Slug.values


@pytest.mark.parametrize(
    "path",
    [
        "/en/guidelines/",
        "/en/guidelines/parents-educators/",
        "/en/guidelines/parents-educators/set-x/",
        "/en/guidelines/topics/",
    ],
)
def test_pages_do_not_touch_the_session_or_csrf(client, path):
    GuidelineSetFactory(slug="set-x")
    response = client.get(path)
    assert response.status_code == 200
    assert not response.cookies
    assert "Cookie" not in response.get("Vary", "")


@pytest.mark.parametrize(
    ("slug", "linked"),
    [
        ("children", True),
        ("parents-educators", True),
        ("industry", False),
        ("policy-makers", False),
    ],
)
def test_children_and_parents_pages_link_to_the_helplines(client, slug, linked):
    guideline_set = GuidelineSetFactory(audience=audience(slug))
    for path in (f"/en/guidelines/{slug}/", f"/en/guidelines/{slug}/{guideline_set.slug}/"):
        html = client.get(path).content.decode()
        assert ('href="/en/help/"' in html) is linked


def test_resource_links_its_organisation_to_a_published_partner_only(client):
    from tests.partners.factories import PartnerFactory

    published = PartnerFactory(slug="helpline-network")
    hidden = PartnerFactory(slug="not-yet-public", published=False)
    linked = ResourceFactory(partner=published, organisation_en="Helpline Network")
    unlinked = ResourceFactory(
        audience=linked.audience, partner=hidden, organisation_en="Hidden Org"
    )
    html = client.get(f"/fr/guidelines/{linked.audience.slug}/").content.decode()
    assert '<a href="/fr/partners/helpline-network/">Organisation' in html
    assert "/partners/not-yet-public/" not in html
    assert unlinked.organisation_fr in html
