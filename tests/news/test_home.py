import datetime

import pytest
from django.utils import timezone, translation
from django.utils.translation import gettext

from news.models import NewsItem
from tests.news.factories import LANGUAGE_CODES, NewsItemFactory, translated_texts

pytestmark = pytest.mark.django_db


def test_home_shows_the_three_latest_public_news(client, language):
    for number in range(1, 6):
        NewsItemFactory(**translated_texts(number, LANGUAGE_CODES))
    NewsItemFactory(title_en="Draft news", status=NewsItem.Status.DRAFT)
    NewsItemFactory(title_en="Future news", published_at=timezone.now() + datetime.timedelta(1))

    page = client.get(f"/{language}/").content.decode()

    with translation.override(language):
        heading = gettext("Latest news")
    section = page[page.index('<section class="home-news"') :]
    section = section[: section.index("</section>")]
    assert f'<h2 id="home-news-title">{heading}</h2>' in section
    assert [number for number in range(1, 6) if f"Title {number} [{language}]" in section] == [
        3,
        4,
        5,
    ]
    assert section.index("Title 5") < section.index("Title 3")
    assert f'href="/{language}/news/"' in section
    assert "Draft news" not in page and "Future news" not in page


def test_home_without_news_has_no_news_section(client):
    NewsItemFactory(status=NewsItem.Status.DRAFT)
    assert 'class="home-news"' not in client.get("/en/").content.decode()
