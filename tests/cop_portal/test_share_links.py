"""Share links on news items, events and guideline sets: plain links, properly encoded,
in the reader's language, and nothing loaded from the services they point to."""

from urllib.parse import urlsplit

import pytest
from django.utils import translation
from django.utils.translation import gettext

from tests.cop_portal.reader_pages import elements_inside_share_links, parse
from tests.events.factories import EventFactory
from tests.guidelines.factories import GuidelineSetFactory
from tests.news.factories import NewsItemFactory

pytestmark = pytest.mark.django_db

# A title with what must be encoded in a query: spaces, "&", "#", "?", "+", quotes.
TITLE = 'Safety & you: "Why?" #1 + more'
TITLE_ENCODED = "Safety%20%26%20you%3A%20%22Why%3F%22%20%231%20%2B%20more"

LABELS = [
    "Share by e-mail",
    "Share on WhatsApp",
    "Share on Telegram",
    "Share on X",
    "Share on Facebook",
    "Share on LinkedIn",
]


def expected_links(address, title=TITLE_ENCODED):
    url = address.replace(":", "%3A").replace("/", "%2F")
    return [
        f"mailto:?subject={title}&body={title}%0A{url}",
        f"https://wa.me/?text={title}%20{url}",
        f"https://t.me/share/url?url={url}&text={title}",
        f"https://x.com/intent/post?url={url}&text={title}",
        f"https://www.facebook.com/sharer/sharer.php?u={url}",
        f"https://www.linkedin.com/sharing/share-offsite/?url={url}",
    ]


def pages():
    item = NewsItemFactory(slug="shared-story", title_en=TITLE)
    event = EventFactory(slug="shared-event", title_en=TITLE)
    guideline_set = GuidelineSetFactory(slug="shared-set", title_en=TITLE)
    return {
        "news item": item.get_absolute_url(),
        "event": event.get_absolute_url(),
        "guideline set": guideline_set.get_absolute_url(),
    }


@pytest.mark.parametrize("kind", ["news item", "event", "guideline set"])
def test_share_links_are_plain_encoded_links_to_the_page(client, kind):
    path = pages()[kind]
    response = client.get(path)
    assert response.status_code == 200
    links = parse(response.content.decode()).share_links
    assert [href for href, _rel, _text in links] == expected_links(f"http://testserver{path}")
    assert [rel for _href, rel, _text in links] == ["noopener noreferrer"] * 6
    assert [text for _href, _rel, text in links] == LABELS


@pytest.mark.parametrize("kind", ["news item", "event", "guideline set"])
def test_share_links_load_nothing_from_elsewhere(client, kind):
    html = client.get(pages()[kind]).content.decode()
    # Only links: no script, image, frame or style of a social network.
    assert set(elements_inside_share_links(html)) == {"nav", "h2", "ul", "li", "a"}
    # Nothing the browser fetches (scripts, images, frames, styles, icons) is elsewhere.
    for tag, attributes in parse(html).elements:
        fetched = attributes.get("src") or (attributes.get("href") if tag == "link" else None)
        if fetched:
            assert urlsplit(fetched).netloc in ("", "testserver"), (tag, attributes)


def test_share_links_are_in_the_readers_language_with_the_translated_title(client, language):
    item = NewsItemFactory(slug="story", title_en="Story", title_ar="قصة", title_fr="Récit")
    html = client.get(f"/{language}/news/story/").content.decode()
    links = parse(html).share_links
    with translation.override(language):
        assert [text for _href, _rel, text in links] == [gettext(label) for label in LABELS]
        heading = gettext("Share this page")
        assert f'<h2 id="share-links-title" class="share-links__title">{heading}</h2>' in html
        title = item.title
    assert title == {"ar": "قصة", "fr": "Récit"}.get(language, "Story")
    encoded_title = {"ar": "%D9%82%D8%B5%D8%A9", "fr": "R%C3%A9cit"}.get(language, "Story")
    assert [href for href, _rel, _text in links] == expected_links(
        f"http://testserver/{language}/news/story/", encoded_title
    )


def test_share_links_use_the_pages_own_host_and_scheme(client):
    NewsItemFactory(slug="story", title_en="Story")
    html = client.get("/en/news/story/", secure=True, HTTP_HOST="localhost").content.decode()
    facebook = parse(html).share_links[4][0]
    assert (
        facebook
        == "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Flocalhost%2Fen%2Fnews%2Fstory%2F"
    )


def test_previews_offer_no_share_links(admin_client):
    NewsItemFactory(slug="draft-story", status="draft")
    html = admin_client.get("/en/news/draft-story/preview/").content.decode()
    assert "share-links" not in html
