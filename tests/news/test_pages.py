import datetime
import json
import re

import pytest
from django.contrib.auth.models import Permission
from django.utils import timezone, translation
from django.utils.translation import gettext

from news.models import NewsItem
from tests.factories import UserFactory
from tests.news.factories import LANGUAGE_CODES, NewsItemFactory, make_editor, translated_texts

pytestmark = pytest.mark.django_db


def html(response):
    return response.content.decode()


def test_index_lists_public_news_newest_first_in_the_readers_language(client, language):
    older = NewsItemFactory(**translated_texts(1, LANGUAGE_CODES))
    newer = NewsItemFactory(**translated_texts(2, LANGUAGE_CODES))
    NewsItemFactory(status=NewsItem.Status.DRAFT, title_en="Secret draft")

    response = client.get(f"/{language}/news/")

    page = html(response)
    with translation.override(language):
        heading = gettext("News")
    assert f"<h1>{heading}</h1>" in page
    assert page.index(f"Title 2 [{language}]") < page.index(f"Title 1 [{language}]")
    assert f'href="/{language}/news/{older.slug}/"' in page
    assert f'href="/{language}/news/{newer.slug}/"' in page
    assert "Secret draft" not in page


def test_english_fallback_is_marked_on_the_list(client):
    NewsItemFactory(title_en="Only in English", title_fr=None)
    page = html(client.get("/fr/news/"))
    assert '<span lang="en" dir="ltr">Only in English</span>' in page
    assert '<small class="fallback-note">(en anglais)</small>' in page


def test_index_is_paginated_ten_by_ten(client):
    NewsItemFactory.create_batch(12)
    first = html(client.get("/en/news/"))
    second = html(client.get("/en/news/?page=2"))
    assert first.count('class="news-entry"') == 10
    assert second.count('class="news-entry"') == 2
    assert 'rel="next" href="?page=2"' in first
    assert 'rel="prev" href="?page=1"' in second


@pytest.mark.parametrize(
    "page", ["abc", "0", "-1", "3", "1.5", "99999999999999999999999", "1' OR '1'='1"]
)
def test_garbage_page_numbers_are_404(client, page):
    NewsItemFactory.create_batch(12)
    response = client.get("/en/news/", {"page": page})
    assert response.status_code == 404
    assert response.templates[0].name == "404.html"


def test_empty_index_says_so(client):
    response = client.get("/en/news/")
    assert response.status_code == 200
    assert "There is no news yet." in html(response)


def test_detail_shows_the_item_in_the_readers_language(client, language):
    item = NewsItemFactory(**translated_texts(7, LANGUAGE_CODES), tags=["privacy"])
    page = html(client.get(f"/{language}/news/{item.slug}/"))
    assert f"<h1>Title 7 [{language}]</h1>" in page
    assert f"<p>Body 7 [{language}]</p>" in page
    assert f'href="/{language}/news/tag/privacy/"' in page


def test_detail_marks_an_english_body(client):
    item = NewsItemFactory(title_ru="Заголовок", summary_ru="Кратко")
    page = html(client.get(f"/ru/news/{item.slug}/"))
    assert "<h1>Заголовок</h1>" in page
    assert '<div class="fallback" lang="en" dir="ltr">' in page


def json_ld_blocks(page):
    return [
        json.loads(block)
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    ]


def test_detail_has_news_article_json_ld_and_no_executable_script(client):
    item = NewsItemFactory(
        title_en="Safer </script><script>alert(1)</script> Day",
        title_es="Día",
        summary_es="Resumen",
        tags=["awareness"],
    )
    page = html(client.get(f"/es/news/{item.slug}/"))

    (data,) = json_ld_blocks(page)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Día"
    assert data["description"] == "Resumen"
    assert data["inLanguage"] == "es"
    assert data["datePublished"] == item.published_at.isoformat()
    assert data["url"] == f"http://testserver/es/news/{item.slug}/"
    assert data["keywords"] == ["awareness"]
    # Every <script> is a data block: nothing inline executes.
    assert re.findall(r"<script\b[^>]*>", page) == ['<script type="application/ld+json">']

    english = html(client.get(f"/en/news/{item.slug}/"))
    (data,) = json_ld_blocks(english)
    assert data["headline"] == "Safer </script><script>alert(1)</script> Day"
    assert "<script>alert" not in english


def test_detail_lists_other_public_news_sharing_a_tag(client):
    item = NewsItemFactory(tags=["cyberbullying"])
    sibling = NewsItemFactory(title_en="Sibling", tags=["cyberbullying", "sexting"])
    NewsItemFactory(title_en="Unrelated", tags=["privacy"])
    NewsItemFactory(title_en="Draft sibling", status=NewsItem.Status.DRAFT, tags=["cyberbullying"])
    NewsItemFactory(
        title_en="Scheduled sibling",
        published_at=timezone.now() + datetime.timedelta(days=1),
        tags=["cyberbullying"],
    )
    page = html(client.get(f"/en/news/{item.slug}/"))
    assert f'href="/en/news/{sibling.slug}/">Sibling</a>' in page
    assert "Unrelated" not in page
    assert "Draft sibling" not in page
    assert "Scheduled sibling" not in page


@pytest.mark.parametrize(
    "item_kwargs",
    [
        {"status": NewsItem.Status.DRAFT},
        {"status": NewsItem.Status.DRAFT, "published_at": None},
        {"published_at": timezone.now() + datetime.timedelta(days=3)},
    ],
    ids=["draft", "draft-without-time", "scheduled"],
)
def test_drafts_and_scheduled_items_are_404_to_the_public(client, item_kwargs):
    item = NewsItemFactory(title_en="Hidden item", **item_kwargs, tags=["hidden-topic"])
    assert client.get(f"/en/news/{item.slug}/").status_code == 404
    assert client.get(f"/en/news/{item.slug}/preview/").status_code == 404
    assert client.get("/en/news/tag/hidden-topic/").status_code == 404
    assert "Hidden item" not in html(client.get("/en/news/"))
    assert "Hidden item" not in html(client.get("/en/"))


def test_staff_without_news_permission_cannot_preview(client):
    item = NewsItemFactory(status=NewsItem.Status.DRAFT)
    client.force_login(UserFactory(is_staff=True))
    assert client.get(f"/en/news/{item.slug}/preview/").status_code == 404


def test_editors_preview_drafts_uncached_and_unindexed(client):
    item = NewsItemFactory(status=NewsItem.Status.DRAFT, title_fr="Brouillon")
    client.force_login(make_editor())
    response = client.get(f"/fr/news/{item.slug}/preview/")
    page = html(response)
    assert response.status_code == 200
    assert "<h1>Brouillon</h1>" in page
    assert 'class="preview-banner"' in page
    assert "no-store" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    # The public address still says 404, even to the editor.
    assert client.get(f"/fr/news/{item.slug}/").status_code == 404


def test_preview_of_a_scheduled_item_says_when(client):
    moment = datetime.datetime(2031, 2, 11, 7, 0, tzinfo=datetime.UTC)
    item = NewsItemFactory(published_at=moment)
    user = UserFactory(is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="view_newsitem"))
    client.force_login(user)
    page = html(client.get(f"/en/news/{item.slug}/preview/"))
    assert "it becomes public on Feb. 11, 2031, 7 a.m. (UTC)" in page


def test_tag_page_lists_only_public_items_with_the_tag(client, language):
    tagged = NewsItemFactory(**translated_texts(3, LANGUAGE_CODES), tags=["grooming"])
    NewsItemFactory(title_en="Other topic", tags=["privacy"])
    page = html(client.get(f"/{language}/news/tag/grooming/"))
    assert f"Title 3 [{language}]" in page
    assert f'href="/{language}/news/{tagged.slug}/"' in page
    assert "Other topic" not in page
    assert 'type="application/rss+xml" title="' in page
    assert f'href="/{language}/news/tag/grooming/rss/"' in page
    assert f'href="/{language}/news/tag/grooming/atom/"' in page


@pytest.mark.parametrize("tag", ["unknown", "x" * 300, "%C3%BC", "..%2F..%2Fetc", "grooming%27--"])
def test_unknown_or_garbage_tags_are_404(client, tag):
    NewsItemFactory(tags=["grooming"])
    assert client.get(f"/en/news/tag/{tag}/").status_code == 404
    assert client.get(f"/en/news/tag/{tag}/rss/").status_code == 404
    assert client.get(f"/en/news/tag/{tag}/atom/").status_code == 404


def test_tag_page_garbage_page_number_is_404(client):
    NewsItemFactory(tags=["grooming"])
    assert client.get("/en/news/tag/grooming/?page=zz").status_code == 404


def test_year_archive(client, language):
    in_2013 = NewsItemFactory(
        **translated_texts(5, LANGUAGE_CODES),
        published_at=datetime.datetime(2013, 7, 22, tzinfo=datetime.UTC),
    )
    NewsItemFactory(
        title_en="From 2012", published_at=datetime.datetime(2012, 5, 30, tzinfo=datetime.UTC)
    )
    page = html(client.get(f"/{language}/news/2013/"))
    assert f'href="/{language}/news/{in_2013.slug}/"' in page
    assert "From 2012" not in page
    assert f'<a href="/{language}/news/2013/" aria-current="page">2013</a>' in page
    assert f'<a href="/{language}/news/2012/">2012</a>' in page
    assert f'<a href="/{language}/news/2012/">2012</a>' in html(client.get(f"/{language}/news/"))


@pytest.mark.parametrize("year", ["2011", "0000", "0999", "9999", "10000", "-2013", "20x3"])
def test_year_without_news_or_impossible_year_is_404(client, year):
    NewsItemFactory(published_at=datetime.datetime(2013, 7, 22, tzinfo=datetime.UTC))
    assert client.get(f"/en/news/{year}/").status_code == 404


def test_a_year_only_drafts_have_is_404(client):
    NewsItemFactory(
        status=NewsItem.Status.DRAFT,
        published_at=datetime.datetime(2015, 1, 1, tzinfo=datetime.UTC),
    )
    assert client.get("/en/news/2015/").status_code == 404


def test_an_existing_slug_cannot_hide_the_fixed_paths(client):
    # Even if a slug were forced past validation, the fixed paths resolve first.
    NewsItem.objects.bulk_create([NewsItemFactory.build(slug="rss")])
    assert client.get("/en/news/rss/")["Content-Type"].startswith("application/rss+xml")


def test_every_page_advertises_the_news_feeds_in_its_language(client, language):
    item = NewsItemFactory(tags=["privacy"])
    for path in ("", "news/", f"news/{item.slug}/", "news/tag/privacy/", "no-such-page/"):
        page = html(client.get(f"/{language}/{path}"))
        assert '<link rel="alternate" type="application/rss+xml" title="' in page, path
        assert f'href="/{language}/news/rss/">' in page, path
        assert 'type="application/atom+xml"' in page and f'href="/{language}/news/atom/">' in page


@pytest.mark.parametrize(
    "path",
    ["news/", "news/{slug}/", "news/tag/privacy/", "news/2020/", "news/rss/", "news/atom/",
     "news/tag/privacy/rss/", "news/tag/privacy/atom/", ""],
)  # fmt: skip
def test_anonymous_pages_and_feeds_set_no_cookie_and_do_not_vary_on_it(client, path):
    item = NewsItemFactory(tags=["privacy"])
    response = client.get("/fr/" + path.format(slug=item.slug))
    assert response.status_code == 200
    assert response.cookies == {}
    assert "cookie" not in response.get("Vary", "").lower()
