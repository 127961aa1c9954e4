"""The library of publications and videos: its list and filters, the entries' pages, the
player and its captions, the feeds, and where else entries appear."""

import io
import re

import feedparser
import pytest
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils import translation
from PIL import Image

from cop_portal.languages import portal_language
from guidelines.models import Publication
from tests.guidelines import factories
from tests.partners.factories import PartnerFactory

pytestmark = pytest.mark.django_db

LIST = "/en/publications/"
WEBM = b"\x1a\x45\xdf\xa3" + b"\x00" * 60


def png():
    buffer = io.BytesIO()
    Image.new("RGB", (32, 18), "#336699").save(buffer, format="PNG")
    return ContentFile(buffer.getvalue(), name="poster.png")


def video_with_captions(**kwargs):
    video = factories.PublicationFactory(kind=Publication.Kind.VIDEO, slug="a-video", **kwargs)
    video.video.save("clip.webm", ContentFile(WEBM), save=False)
    video.poster.save("poster.png", png(), save=False)
    video.save()
    for code in factories.LANGUAGE_CODES:
        factories.CaptionFactory(publication=video, language=code)
    return video


def listed_slugs(response):
    """The entries a page lists (h2 on the library's list, h3 in other pages' sections)."""
    pattern = r'<h[23]><a href="/[a-z-]+/publications/([\w-]+)/">'
    return re.findall(pattern, response.content.decode())


def test_the_list_shows_public_entries_newest_first(client):
    older = factories.PublicationFactory(year=2009)
    newer = factories.PublicationFactory(year=2014)
    factories.PublicationFactory(published=False, slug="a-draft")
    response = client.get(LIST)
    assert response.status_code == 200
    assert listed_slugs(response) == [newer.slug, older.slug]
    html = response.content.decode()
    assert "2 entries" in html
    assert f'<h2><a href="/en/publications/{newer.slug}/">{newer.title_en}</a></h2>' in html


def test_the_list_names_the_languages_of_each_entry_in_the_portals_order(client):
    report = factories.PublicationFactory(year=2011, slug="report")
    for code in ("es", "zh-hans", "ar"):
        factories.PublicationFileFactory(publication=report, language=code)
    video_with_captions(year=2010)
    html = client.get(LIST).content.decode()
    entries = html.split('<li class="card publication">')[1:]
    assert re.findall(r'<span lang="[\w-]+" dir="\w+">([^<]+)</span>', entries[0]) == [
        "العربية",
        "中文",
        "Español",
    ]
    assert "Files:" in entries[0]
    assert "Captions:" in entries[1]
    assert len(re.findall(r'<span lang="[\w-]+" dir="\w+">', entries[1])) == 6


def test_the_empty_form_as_a_browser_sends_it_lists_everything(client):
    entries = factories.PublicationFactory.create_batch(2, year=2011)
    response = client.get(f"{LIST}?kind=&audience=&topic=&language=&year=")
    assert response.status_code == 200
    assert sorted(listed_slugs(response)) == sorted(entry.slug for entry in entries)


@pytest.mark.parametrize(
    "query, wanted",
    [
        ("kind=video", ["a-video"]),
        ("audience=industry", ["for-industry"]),
        ("topic=topic-filter", ["on-topic"]),
        # A file in the language, or captions in it.
        ("language=fr", ["a-video", "in-french"]),
        ("language=ar", ["a-video"]),
        ("year=2010", ["of-2010"]),
        ("kind=report&year=2010", ["of-2010"]),
        ("kind=video&year=2010", []),
    ],
)
def test_each_filter_narrows_the_list(client, query, wanted):
    topic = factories.TopicFactory(slug="topic-filter")
    factories.PublicationFactory(slug="for-industry", audiences=["industry"], year=2012)
    factories.PublicationFactory(slug="on-topic", topics=[topic], year=2012)
    factories.PublicationFileFactory(
        publication=factories.PublicationFactory(slug="in-french", year=2012), language="fr"
    )
    factories.PublicationFactory(slug="of-2010", year=2010)
    video_with_captions(year=2012)
    response = client.get(f"{LIST}?{query}")
    assert response.status_code == 200
    assert listed_slugs(response) == wanted


def test_the_filter_form_works_without_javascript_and_keeps_the_choice(client):
    factories.PublicationFactory(year=2010)
    html = client.get(f"{LIST}?kind=report&year=2010").content.decode()
    assert '<form class="filters" method="get" action="/en/publications/"' in html
    assert '<option value="report" selected>' in html
    assert '<option value="2010" selected>2010</option>' in html
    assert 'href="/en/publications/">Clear filters</a>' in html


@pytest.mark.parametrize("debug", [True, False])
@pytest.mark.parametrize(
    "query, status",
    [
        ("kind=poem", 400),
        ("audience=grown-ups", 400),
        ("topic=%00", 400),
        ("topic=no-such-topic", 400),
        ("language=xx", 400),
        ("year=abc", 400),
        ("year=1999", 400),
        ("year=99999999999999999999", 400),
        ("kind=report&kind=<script>", 400),
        ("page=abc", 404),
        ("page=9999", 404),
        ("page=0", 404),
    ],
)
def test_garbage_in_a_filter_is_a_clear_answer(client, settings, debug, query, status):
    settings.DEBUG = debug
    factories.PublicationFactory(year=2011)
    response = client.get(f"{LIST}?{query}")
    assert response.status_code == status
    # A NUL byte is refused before any view (cop_portal's middleware); others by the form.
    if status == 400 and "%00" not in query:
        html = response.content.decode()
        assert "Some of the filters are not valid, so nothing is listed:" in html
        assert listed_slugs(response) == []


def test_the_list_pages_keep_the_filters(client):
    factories.PublicationFactory.create_batch(13, year=2011)
    html = client.get(f"{LIST}?year=2011").content.decode()
    assert 'href="?year=2011&amp;page=2"' in html
    second = client.get(f"{LIST}?year=2011&page=2")
    assert len(listed_slugs(second)) == 1


def make_listed_entries(n):
    topic = factories.TopicFactory()
    for _ in range(n):
        publication = factories.PublicationFactory(
            audiences=["children", "industry"], topics=[topic], partner=PartnerFactory()
        )
        factories.PublicationFileFactory(publication=publication, language="fr")
        factories.PublicationFileFactory(publication=publication, language="ar")


def test_the_list_costs_the_same_queries_with_ten_times_the_entries(query_budget):
    query_budget(f"{LIST}?audience=children", make=make_listed_entries, budget=14)


def test_a_topic_page_costs_the_same_queries_with_ten_times_the_entries(query_budget):
    topic = factories.TopicFactory(slug="counted")

    def make(n):
        for _ in range(n):
            factories.PublicationFileFactory(
                publication=factories.PublicationFactory(topics=[topic]), language="ru"
            )

    query_budget("/en/guidelines/topics/counted/", make=make, budget=14)


def test_a_publication_page_shows_files_link_publisher_audiences_and_topics(client, language):
    partner = PartnerFactory(slug="unicef", name="UNICEF")
    topic = factories.TopicFactory(slug="privacy")
    publication = factories.PublicationFactory(
        slug="child-safety-online",
        partner=partner,
        audiences=["policy-makers"],
        topics=[topic],
        external_url="https://www.unicef.org/",
    )
    pdf = factories.PublicationFileFactory(publication=publication, language="ar")
    factories.PublicationFileFactory(publication=publication, language="zh-hans")
    response = client.get(f"/{language}/publications/child-safety-online/")
    assert response.status_code == 200
    html = response.content.decode()
    code = language.replace("-", "_")
    assert getattr(publication, f"title_{code}") in html
    assert f'href="{pdf.file.url}" download="child-safety-online-ar.pdf"' in html
    with translation.override(language):
        size = filesizeformat(pdf.size)
    assert f"<bdi>{size}</bdi>" in html
    assert '<span lang="ar" dir="rtl">العربية</span>' in html
    assert '<span lang="zh-Hans" dir="ltr">中文</span>' in html
    assert html.index("العربية") < html.index("中文")  # the portal's order
    assert '<a href="https://www.unicef.org/" rel="external noopener">' in html
    publisher = getattr(publication, f"publisher_{code}")
    assert f'href="/{language}/partners/unicef/">{publisher}</a>' in html
    assert f'href="/{language}/guidelines/policy-makers/"' in html
    assert f'href="/{language}/guidelines/topics/privacy/"' in html


def test_a_publisher_outside_the_directory_is_not_linked(client):
    hidden = PartnerFactory(slug="hidden", published=False)
    factories.PublicationFactory(slug="unlinked", publisher_en="Someone", partner=hidden)
    html = client.get("/en/publications/unlinked/").content.decode()
    assert "<dd>Someone</dd>" in html
    assert "/partners/hidden/" not in html


def test_drafts_have_no_page(client, settings):
    settings.DEBUG = False
    factories.PublicationFactory(slug="draft", published=False)
    assert client.get("/en/publications/draft/").status_code == 404
    assert client.get("/en/publications/no-such-entry/").status_code == 404


def test_the_video_page_has_a_player_with_six_tracks_the_readers_language_default(client, language):
    video = video_with_captions(transcript_en="What the clip shows.")
    html = client.get(f"/{language}/publications/a-video/").content.decode()
    assert f'<video controls preload="none" width="640" poster="{video.poster.url}">' in html
    assert f'<source src="{video.video.url}" type="video/webm">' in html
    tracks = re.findall(r"<track [^>]*>", html)
    assert len(tracks) == 6
    for code, track in zip(factories.LANGUAGE_CODES, tracks, strict=True):
        reader = portal_language(code)
        expected = (
            f'<track kind="captions" srclang="{reader.hreflang}" label="{reader.native_name}" '
            f'src="/{language}/publications/a-video/captions/{code}.vtt"'
        )
        assert track.startswith(expected)
        assert track.endswith(" default>") == (code == language)
    assert "What the clip shows." in html
    assert 'id="transcript"' in html
    assert "<iframe" not in html


def test_a_video_without_the_readers_captions_defaults_to_english(client):
    video = factories.PublicationFactory(kind=Publication.Kind.VIDEO, slug="few-captions")
    video.video.save("clip.webm", ContentFile(WEBM))
    factories.CaptionFactory(publication=video, language="en")
    factories.CaptionFactory(publication=video, language="fr")
    html = client.get("/ru/publications/few-captions/").content.decode()
    tracks = re.findall(r'srclang="(\w+)"[^>]*?( default)?>', html)
    assert tracks == [("en", " default"), ("fr", "")]


def test_a_video_elsewhere_is_a_plain_link_never_embedded(client):
    factories.PublicationFactory(
        kind=Publication.Kind.VIDEO, slug="elsewhere", external_url="https://video.example.org/v"
    )
    html = client.get("/en/publications/elsewhere/").content.decode()
    assert "<video" not in html and "<iframe" not in html
    assert 'Watch it where it was first published: <a href="https://video.example.org/v"' in html


def test_the_transcript_falls_back_to_english_marked_as_such(client):
    video_with_captions(transcript_en="Line one.\nLine two.", transcript_fr="")
    html = client.get("/fr/publications/a-video/").content.decode()
    transcript = html.split('id="transcript"')[1]
    assert '<div class="transcript__text" lang="en" dir="ltr">' in transcript
    assert "<p>Line one.</p>" in transcript and "<p>Line two.</p>" in transcript


@pytest.mark.parametrize("code", factories.LANGUAGE_CODES)
def test_captions_are_served_as_webvtt_in_utf8(client, code):
    video_with_captions()
    response = client.get(f"/en/publications/a-video/captions/{code}.vtt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/vtt; charset=utf-8"
    assert response.content == factories.webvtt(code)


@pytest.mark.parametrize(
    "path",
    [
        "/en/publications/a-video/captions/xx.vtt",
        "/en/publications/no-video/captions/en.vtt",
        "/en/publications/hidden-video/captions/en.vtt",
    ],
)
def test_captions_not_there_are_404(client, settings, path):
    settings.DEBUG = False
    video_with_captions()
    factories.CaptionFactory(
        publication=factories.PublicationFactory(slug="hidden-video", published=False)
    )
    assert client.get(path).status_code == 404


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feeds_list_public_entries_in_each_language(client, language, kind):
    first = factories.PublicationFactory(year=2014)
    factories.PublicationFactory(year=2010)
    factories.PublicationFactory(published=False, title_en="A draft")
    response = client.get(f"/{language}/publications/{kind}/")
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    code = language.replace("-", "_")
    titles = [entry.title for entry in feed.entries]
    assert len(titles) == 2
    assert titles[0] == getattr(first, f"title_{code}")
    assert feed.entries[0].link.endswith(f"/{language}/publications/{first.slug}/")
    hreflang = portal_language(language).hreflang
    assert feed.entries[0].id.endswith(f":publications/{first.pk}/{hreflang}")


def test_an_untranslated_entry_is_given_in_english_in_the_feed(client):
    factories.PublicationFactory(title_ru="", summary_ru="", title_en="Only English")
    feed = feedparser.parse(client.get("/ru/publications/atom/").content)
    assert feed.entries[0].title == "Only English"
    assert "Only English" in client.get("/ru/publications/atom/").content.decode()
    assert 'xml:lang="en"' in client.get("/ru/publications/atom/").content.decode()


def test_partner_topic_and_audience_pages_show_their_entries(client):
    partner = PartnerFactory(slug="gsma")
    topic = factories.TopicFactory(slug="mobile")
    factories.PublicationFactory(
        slug="mobile-study", partner=partner, topics=[topic], audiences=["industry"]
    )
    factories.PublicationFactory(slug="elsewhere", audiences=["children"])
    factories.PublicationFactory(slug="a-draft", partner=partner, published=False)
    for url in ("/en/partners/gsma/", "/en/guidelines/topics/mobile/", "/en/guidelines/industry/"):
        response = client.get(url)
        assert response.status_code == 200
        assert listed_slugs(response) == ["mobile-study"], url
        assert "<h2" in response.content.decode().split("Publications and videos")[0][-80:]


def test_search_finds_an_entry_by_its_translated_summary(client):
    factories.PublicationFactory(slug="found", summary_fr="Une étude sur les téléphones mobiles")
    factories.PublicationFactory(slug="hidden", published=False, summary_fr="téléphones mobiles")
    html = client.get("/fr/search/", {"q": "téléphones"}).content.decode()
    assert "/fr/publications/found/" in html
    assert "/fr/publications/hidden/" not in html


def test_the_sitemap_lists_the_library_and_its_public_entries(client):
    factories.PublicationFactory(slug="mapped")
    factories.PublicationFactory(slug="unmapped", published=False)
    index = client.get("/sitemap.xml").content.decode()
    assert "/sitemap-publications.xml" in index
    section = client.get("/sitemap-publications.xml").content.decode()
    assert "/en/publications/mapped/" in section and "/ar/publications/mapped/" in section
    assert "unmapped" not in section
    pages = client.get("/sitemap-guideline-pages.xml").content.decode()
    assert "/zh-hans/publications/</loc>" in pages


def test_the_guidelines_index_and_the_footer_link_the_library(client):
    html = client.get("/es/guidelines/").content.decode()
    assert html.count('href="/es/publications/"') == 2
