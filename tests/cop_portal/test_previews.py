"""Drafts of every kind of public content: previewed by staff in each language, and
nowhere else (cop_portal/previews.py)."""

from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from modeltranslation.utils import build_localized_fieldname

from cop_portal.pages.models import Page
from news.models import NewsItem
from tests.cop_portal.test_sitemap import sitemap_urls
from tests.events.factories import EventFactory
from tests.guidelines.factories import GuidelineSetFactory, SectionFactory
from tests.news.factories import LANGUAGE_CODES, NewsItemFactory, make_editor
from tests.partners.factories import PartnerFactory, make_representative

pytestmark = pytest.mark.django_db

# Every draft's title holds DRAFT_MARK, the public twin's PUBLIC_MARK: the public twin
# shows that a feed, the sitemap or the search would have found the draft.
DRAFT_MARK = "Zephyrine draft"
PUBLIC_MARK = "Zephyrine public"
FEEDS = ("news/rss/", "news/atom/", "events/rss/", "events/feed.ics")
NOT_PUBLIC_BANNER = "Preview — not public."


def make_news(mark, published):
    status = NewsItem.Status.PUBLISHED if published else NewsItem.Status.DRAFT
    return NewsItemFactory(title_en=f"{mark} news", summary_en=f"{mark} news.", status=status)


def make_event(mark, published, proposed_by=None):
    return EventFactory(
        title_en=f"{mark} event",
        summary_en=f"{mark} event.",
        start_date=timezone.localdate() + timedelta(days=30),
        published=published,
        proposed_by=proposed_by,
    )


def in_every_language(field, text):
    return {build_localized_fieldname(field, code): text for code in LANGUAGE_CODES}


def make_guideline_set(mark, published):
    guideline_set = GuidelineSetFactory(
        published=published, **in_every_language("title", f"{mark} guidelines")
    )
    SectionFactory(guideline_set=guideline_set, **in_every_language("title", f"{mark} section"))
    return guideline_set


def make_partner(mark, published):
    return PartnerFactory(name=f"{mark} partner", published=published)


def make_page(mark, published):
    """The editorial pages are fixed: the draft is the about page, its twin the privacy
    page."""
    page = Page.objects.get(key="privacy" if published else "about")
    for name, value in in_every_language("title", f"{mark} page").items():
        setattr(page, name, value)
    page.published = published
    page.save()
    return page


@dataclass
class Kind:
    name: str
    make: object
    banner: str = NOT_PUBLIC_BANNER
    feeds: tuple = ()  # the feeds that list the public twin


KINDS = [
    Kind(
        "news",
        make_news,
        "Preview of a draft: the public cannot see this item.",
        feeds=("news/rss/", "news/atom/"),
    ),
    Kind("event", make_event, feeds=("events/rss/", "events/feed.ics")),
    Kind("guideline set", make_guideline_set),
    Kind("partner", make_partner),
    Kind("editorial page", make_page),
]


@pytest.fixture(params=KINDS, ids=lambda kind: kind.name)
def kind(request):
    return request.param


@pytest.fixture
def public_twin(kind):
    return kind.make(PUBLIC_MARK, published=True)


@pytest.fixture
def draft(kind, public_twin):
    return kind.make(DRAFT_MARK, published=False)


def preview_url(obj, language):
    with translation.override(language):
        return obj.get_preview_url()


def test_staff_see_the_draft_in_each_language(client, kind, draft, language):
    client.force_login(make_editor())
    response = client.get(preview_url(draft, language))
    assert response.status_code == 200
    page = response.content.decode()
    assert DRAFT_MARK in page
    with translation.override(language):
        assert gettext(kind.banner) in page
    assert '<meta name="robots" content="noindex, nofollow">' in page
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    cache_control = {word.strip() for word in response["Cache-Control"].split(",")}
    assert {"private", "no-store"} <= cache_control
    # The language bar leads to the preview in the other languages.
    for other in LANGUAGE_CODES:
        assert f'href="{preview_url(draft, other)}"' in page


def test_the_draft_is_404_to_visitors_everywhere(client, draft, language):
    assert client.get(preview_url(draft, language)).status_code == 404
    with translation.override(language):
        assert client.get(draft.get_absolute_url()).status_code == 404
    # An editor's visit does not put the preview in the anonymous page cache.
    client.force_login(make_editor())
    assert client.get(preview_url(draft, language)).status_code == 200
    client.logout()
    assert client.get(preview_url(draft, language)).status_code == 404


def test_a_representative_of_another_partner_cannot_preview(client, kind, language):
    owner, other = PartnerFactory(slug="owner"), PartnerFactory(slug="other")
    draft = (
        make_event(DRAFT_MARK, published=False, proposed_by=owner)
        if kind.name == "event"
        else kind.make(DRAFT_MARK, published=False)
    )
    client.force_login(make_representative(other))
    assert client.get(preview_url(draft, language)).status_code == 404


@pytest.mark.parametrize("kind_name", ["event", "partner"])
def test_a_representative_previews_their_own_partners_draft(client, kind_name, language):
    owner = PartnerFactory(slug="owner", published=False)
    if kind_name == "event":
        draft = make_event(DRAFT_MARK, published=False, proposed_by=owner)
    else:
        draft = owner
    client.force_login(make_representative(owner))
    response = client.get(preview_url(draft, language))
    assert response.status_code == 200
    with translation.override(language):
        assert gettext(NOT_PUBLIC_BANNER) in response.content.decode()


def test_the_draft_is_in_no_feed(client, kind, draft, language):
    for feed in FEEDS:
        response = client.get(f"/{language}/{feed}")
        assert response.status_code == 200, feed
        content = response.content.decode()
        assert DRAFT_MARK not in content, feed
        assert (PUBLIC_MARK in content) == (feed in kind.feeds), feed


def test_the_draft_is_not_in_the_sitemap(client, draft, public_twin):
    paths = {urlsplit(loc).path for loc, _alternates in sitemap_urls(client)}
    assert public_twin.get_absolute_url() in paths
    assert draft.get_absolute_url() not in paths
    assert draft.get_preview_url() not in paths


def test_the_draft_is_not_found_by_search(client, draft, public_twin, language):
    response = client.get(f"/{language}/search/", {"q": "Zephyrine"})
    assert response.status_code == 200
    # The results (the footer links to the editorial pages on every page).
    page = response.content.decode().split("<main", 1)[1].split("</main>", 1)[0]
    with translation.override(language):
        # A section's result leads into its set's page (``#section``).
        assert f'href="{public_twin.get_absolute_url()}' in page
        assert f'href="{draft.get_absolute_url()}' not in page


def test_the_admin_change_form_links_to_the_preview_in_each_language(client, draft):
    client.force_login(make_editor())
    opts = draft._meta
    url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[draft.pk])
    page = client.get(url).content.decode()
    for language in LANGUAGE_CODES:
        assert f'href="{preview_url(draft, language)}"' in page
