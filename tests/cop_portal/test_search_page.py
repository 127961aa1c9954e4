"""The search page, over a stand-in source (the apps' own kinds are tested with them).

Django's Group model stands in for content: its untranslated ``name`` is searched on
both databases (full text on PostgreSQL except in Chinese, substring elsewhere).
"""

import itertools
import re

import pytest
from django.contrib.auth.models import Group
from django.utils import translation
from django.utils.translation import ngettext

from cop_portal import search
from cop_portal.contributions import SearchSource

pytestmark = pytest.mark.django_db

_numbers = itertools.count()


@pytest.fixture
def groups(monkeypatch):
    source = SearchSource(
        kind="groups",
        label="Working groups",
        queryset=lambda: Group.objects.all(),
        title="name",
        url=lambda group: f"/groups/{group.pk}/",
    )
    monkeypatch.setattr("cop_portal.search_views.search_sources", lambda: [source])
    return source


def make_groups(n, words="protection team"):
    return [Group.objects.create(name=f"{words} {next(_numbers)}") for _ in range(n)]


def result_titles(response):
    return re.findall(r"<h3><a href=\"[^\"]+\"[^>]*>(.*?)</a>", response.content.decode())


def test_empty_query_shows_the_form(client, groups, language):
    response = client.get(f"/{language}/search/")
    assert response.status_code == 200
    content = response.content.decode()
    assert '<form class="search-form" role="search" method="get"' in content
    assert f'action="/{language}/search/"' in content
    assert 'name="q" value=""' in content
    assert 'role="status"' not in content
    assert content.count("<h1>") == 1


def test_search_without_any_source(client, monkeypatch):
    monkeypatch.setattr("cop_portal.search_views.search_sources", lambda: [])
    response = client.get("/en/search/?q=anything")
    assert response.status_code == 200
    assert "Nothing found for “anything”." in response.content.decode()


def test_finds_and_marks_a_word(client, groups):
    make_groups(1, "Online protection team")
    make_groups(1, "Unrelated")
    response = client.get("/en/search/?q=protection")
    assert response.status_code == 200
    content = response.content.decode()
    assert result_titles(response) == [f"Online <mark>protection</mark> team {next(_numbers) - 2}"]
    assert "1 result for “protection”" in content
    assert '<h2 id="results-groups">Working groups' in content


def test_finds_a_chinese_word_inside_a_sentence(client, groups):
    Group.objects.create(name="预防网络欺凌的家长小组")
    response = client.get("/zh-hans/search/?q=欺凌")
    assert result_titles(response) == ["预防网络<mark>欺凌</mark>的家长小组"]


def test_substring_matching_ignores_case_in_every_script(client, groups):
    Group.objects.create(name="Кибербуллинг и груминг")
    response = client.get("/zh-hans/search/?q=КИБЕРБУЛЛИНГ")
    assert result_titles(response) == ["<mark>Кибербуллинг</mark> и груминг"]


@pytest.mark.parametrize("language", ["ar", "zh-hans"])
def test_arabic_without_its_optional_marks(client, groups, language):
    # Arabic pages use PostgreSQL's Arabic configuration, Chinese pages substrings; both
    # ignore the shadda a reader rarely types.
    Group.objects.create(name="التنمّر الإلكتروني")
    response = client.get(f"/{language}/search/?q=تنمر")
    assert len(result_titles(response)) == 1
    assert "تنمّر</mark>" in result_titles(response)[0]


def test_stored_markup_is_shown_as_text(client, groups):
    Group.objects.create(name='<b onclick="x()">Protection</b> & friends')
    response = client.get("/en/search/?q=protection")
    titles = result_titles(response)
    assert len(titles) == 1
    assert "<b" not in titles[0]
    assert "&lt;b onclick=&quot;x()&quot;&gt;" in titles[0]
    assert "<mark>Protection</mark>" in titles[0]
    assert "&amp; friends" in titles[0]


GARBAGE = [
    "x" * 10_000,
    "\x01\x02\x1b\x7f",
    "' OR 1=1; DROP TABLE auth_group; --",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    '"unbalanced quote',
    "((( ))) !!! :* & | <-> -",
    "or",
    "-",
    "%",
    "_",
    "\\",
    "%s %%s %(x)s {0}",
    "__portal_search_tsquery__",
    "\u202eevil",
    "🙂" * 300,
    "protection " * 500,
]


def test_garbage_queries_give_a_normal_page(client, groups, language):
    make_groups(2)
    for query in GARBAGE:
        response = client.get(f"/{language}/search/", {"q": query})
        assert response.status_code == 200, query
        content = response.content.decode()
        assert "<script>alert" not in content, query
        assert "<img src=x" not in content, query
        assert 'role="status"' in content or 'name="q" value=""' in content, query


def test_like_wildcards_are_literal(client, groups):
    Group.objects.create(name="axb")
    # Chinese pages match substrings with LIKE on both databases.
    assert result_titles(client.get("/zh-hans/search/?q=a_b")) == []
    assert result_titles(client.get("/zh-hans/search/?q=a%25b")) == []


def test_the_query_is_shown_escaped(client, groups):
    response = client.get("/en/search/", {"q": '"><b>bold</b>'})
    content = response.content.decode()
    assert "<b>bold</b>" not in content
    assert 'value="&quot;&gt;&lt;b&gt;bold&lt;/b&gt;"' in content


def test_overview_links_to_all_results_of_a_kind(client, groups):
    make_groups(7)
    response = client.get("/en/search/?q=protection")
    content = response.content.decode()
    assert len(result_titles(response)) == 5
    assert "7 results for “protection”" in content
    assert 'href="?q=protection&amp;kind=groups"' in content


def test_one_kind_is_paginated(client, groups):
    make_groups(12)
    first = client.get("/en/search/?q=protection&kind=groups")
    assert len(result_titles(first)) == 10
    assert 'rel="next" href="?q=protection&amp;kind=groups&amp;page=2"' in first.content.decode()
    second = client.get("/en/search/?q=protection&kind=groups&page=2")
    assert len(result_titles(second)) == 2
    assert "Page 2 of 2" in second.content.decode()
    assert not set(result_titles(first)) & set(result_titles(second))


@pytest.mark.parametrize("page", ["0", "-1", "3", "abc", "1e9", "99999999999999999999"])
def test_garbage_page_numbers_are_404(client, groups, page):
    make_groups(12)
    response = client.get(f"/en/search/?q=protection&kind=groups&page={page}")
    assert response.status_code == 404


@pytest.mark.parametrize("kind", ["nothing", "<script>", "groups'--"])
def test_unknown_kinds_are_404(client, groups, kind):
    response = client.get("/en/search/", {"q": "protection", "kind": kind})
    assert response.status_code == 404


def test_search_page_is_not_indexed(client, groups):
    content = client.get("/en/search/?q=protection").content.decode()
    assert '<meta name="robots" content="noindex, follow">' in content


def test_search_does_not_touch_the_session(client, groups):
    make_groups(2)
    response = client.get("/fr/search/?q=protection")
    assert "sessionid" not in response.cookies
    assert "csrftoken" not in response.cookies
    assert "Cookie" not in response.get("Vary", "")


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_search_query_count_is_constant(query_budget, groups, language):
    # The count and the page of results, and the page cache's query (when the next
    # scheduled item is published).
    query_budget(f"/{language}/search/?q=protection", make=make_groups, budget=3)
    query_budget(f"/{language}/search/?q=protection&kind=groups", make=make_groups, budget=3)


# --- A kind ranks at most MAX_CANDIDATES matches, its newest ---------------------------

LANGUAGES = ["ar", "zh-hans", "en", "fr", "ru", "es"]


@pytest.fixture
def limit(monkeypatch):
    monkeypatch.setattr(search, "MAX_CANDIDATES", 4)
    return 4


def in_language(language, singular, plural, number, **values):
    with translation.override(language):
        return ngettext(singular, plural, number) % {"counter": number, **values}


def titles(response):
    return {re.sub(r"</?mark>", "", title) for title in result_titles(response)}


def group_count(response):
    return re.search(
        r'<span class="search-group__count">\((.*?)\)</span>', response.content.decode()
    )


def test_more_matches_than_a_kind_ranks(client, groups, limit):
    made = make_groups(7)
    newest = {group.name for group in made[-limit:]}
    response = client.get("/en/search/?q=protection")
    content = response.content.decode()
    assert "More than 4 results for “protection”" in content
    assert group_count(response).group(1) == "more than 4"
    assert "only the newest 4 are ranked and shown" in content
    assert titles(response) <= newest
    # One kind's pages hold the ranked candidates, and no more.
    kind = client.get("/en/search/?q=protection&kind=groups")
    assert titles(kind) == newest
    assert "More than 4 results" in kind.content.decode()
    assert client.get("/en/search/?q=protection&kind=groups&page=2").status_code == 404


def test_as_many_matches_as_a_kind_ranks_are_counted_exactly(client, groups, limit):
    make_groups(4)
    content = client.get("/en/search/?q=protection").content.decode()
    assert "4 results for “protection”" in content
    assert "More than" not in content and "more than" not in content
    assert "ranked and shown" not in content


def test_the_best_of_the_candidates_come_first(client, groups, limit):
    """Ranked among the newest: an older better match is not a candidate."""
    Group.objects.create(name="protection protection protection old")
    make_groups(4, words="protection")
    found = search.run_search(groups, "protection", "en")
    assert found.more and found.count == 4
    names = [group.name for group in found.results]
    assert "protection protection protection old" not in names
    assert len(names) == 4


@pytest.mark.parametrize("language", LANGUAGES)
def test_more_than_is_said_in_every_language(client, groups, limit, language):
    make_groups(6)
    response = client.get(f"/{language}/search/?q=protection")
    content = response.content.decode()
    summary = in_language(
        language,
        "More than %(counter)s result for “%(query)s”",
        "More than %(counter)s results for “%(query)s”",
        4,
        query="protection",
    )
    note = in_language(
        language,
        "Where more than %(counter)s items of a kind match, only the newest %(counter)s are "
        "ranked and shown. More words narrow the search.",
        "Where more than %(counter)s items of a kind match, only the newest %(counter)s are "
        "ranked and shown. More words narrow the search.",
        4,
    )
    count = in_language(language, "more than %(counter)s", "more than %(counter)s", 4)
    assert summary in content
    assert note in content
    assert group_count(response).group(1) == count
    if language != "en":
        assert "ore than" not in content  # translated, not English


def test_the_real_limit(client, groups):
    Group.objects.bulk_create(
        [Group(name=f"protection team {number}") for number in range(search.MAX_CANDIDATES + 1)]
    )
    response = client.get("/en/search/?q=protection")
    content = response.content.decode()
    assert f"More than {search.MAX_CANDIDATES} results" in content
    assert group_count(response).group(1) == f"more than {search.MAX_CANDIDATES}"
    kind = client.get(f"/en/search/?q=protection&kind=groups&page={search.MAX_CANDIDATES // 10}")
    assert kind.status_code == 200
    last = client.get(
        f"/en/search/?q=protection&kind=groups&page={search.MAX_CANDIDATES // 10 + 1}"
    )
    assert last.status_code == 404


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_the_same_queries_below_and_above_the_limit(query_budget, groups, limit, language):
    # 3 matches, then 30: the candidates, the page of results, the page cache's query.
    query_budget(f"/{language}/search/?q=protection", make=make_groups, budget=3)
    query_budget(f"/{language}/search/?q=protection&kind=groups", make=make_groups, budget=3)
