import re
from html.parser import HTMLParser

import pytest
from django.conf import settings

from cop_portal.languages import PORTAL_LANGUAGES

pytestmark = pytest.mark.django_db

EXPECTED_BAR = [
    ("ar", "العربية"),
    ("zh-Hans", "中文"),
    ("en", "English"),
    ("fr", "Français"),
    ("ru", "Русский"),
    ("es", "Español"),
]


class HeadParser(HTMLParser):
    """Collects what the language tests look at: html attributes, links, the bar."""

    def __init__(self):
        super().__init__()
        self.html_attrs = {}
        self.alternates = {}
        self.canonical = None
        self.bar = []
        self._in_bar = False
        self._bar_link = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.html_attrs = attrs
        elif tag == "link" and attrs.get("rel") == "alternate" and "hreflang" in attrs:
            self.alternates[attrs["hreflang"]] = attrs["href"]
        elif tag == "link" and attrs.get("rel") == "canonical":
            self.canonical = attrs["href"]
        elif tag == "nav" and "language-bar" in attrs.get("class", ""):
            self._in_bar = True
        elif tag == "a" and self._in_bar:
            self._bar_link = attrs

    def handle_endtag(self, tag):
        if tag == "nav":
            self._in_bar = False
        elif tag == "a":
            self._bar_link = None

    def handle_data(self, data):
        if self._bar_link is not None and data.strip():
            self.bar.append((self._bar_link, data.strip()))


def parse(response):
    parser = HeadParser()
    parser.feed(response.content.decode())
    return parser


def test_languages_setting_is_the_un_order():
    assert [code for code, _name in settings.LANGUAGES] == [
        "ar",
        "zh-hans",
        "en",
        "fr",
        "ru",
        "es",
    ]


def test_home_page_in_each_language(client, language):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    page = parse(response)
    expected = next(item for item in PORTAL_LANGUAGES if item.code == language)
    assert page.html_attrs == {"lang": expected.hreflang, "dir": expected.direction}
    assert page.canonical == f"http://testserver/{language}/"
    assert page.alternates == {
        "ar": "http://testserver/ar/",
        "zh-Hans": "http://testserver/zh-hans/",
        "en": "http://testserver/en/",
        "fr": "http://testserver/fr/",
        "ru": "http://testserver/ru/",
        "es": "http://testserver/es/",
        "x-default": "http://testserver/en/",
    }
    assert [(attrs["lang"], name) for attrs, name in page.bar] == EXPECTED_BAR
    assert [attrs["href"] for attrs, _name in page.bar] == [
        "/ar/",
        "/zh-hans/",
        "/en/",
        "/fr/",
        "/ru/",
        "/es/",
    ]
    current = [name for attrs, name in page.bar if "aria-current" in attrs]
    assert current == [expected.native_name]


def test_language_bar_links_lead_to_the_same_page(client):
    response = client.get("/fr/", {"page": "2"})
    page = parse(response)
    assert [attrs["href"] for attrs, _name in page.bar][0] == "/ar/?page=2"
    for attrs, _name in page.bar:
        assert client.get(attrs["href"]).status_code == 200


def test_home_page_text_is_translated(client):
    english = client.get("/en/").content.decode()
    french = client.get("/fr/").content.decode()
    arabic = client.get("/ar/").content.decode()
    assert "Keeping children safe online, together" in english
    assert "Ensemble pour la sécurité des enfants en ligne" in french
    assert "معًا من أجل سلامة الأطفال على الإنترنت" in arabic
    assert "Skip to main content" not in arabic


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("ar", "/ar/"),
        ("ar-EG,ar;q=0.9,en;q=0.5", "/ar/"),
        ("zh-CN,zh;q=0.9", "/zh-hans/"),
        ("zh-Hans", "/zh-hans/"),
        ("fr-CA,fr;q=0.8", "/fr/"),
        ("ru-RU", "/ru/"),
        ("es-419,es;q=0.9", "/es/"),
        ("de-DE,de;q=0.9", "/en/"),
        ("", "/en/"),
        ("☃;;;q=x,,,\x00garbage", "/en/"),
        ("*", "/en/"),
    ],
)
def test_root_redirects_by_accept_language(client, header, expected):
    response = client.get("/", headers={"accept-language": header})
    assert response.status_code == 302
    assert response["Location"] == expected
    assert "Accept-Language" in response["Vary"]


def test_root_without_accept_language_goes_to_english(client):
    response = client.get("/")
    assert response["Location"] == "/en/"


@pytest.mark.parametrize("path", ["/xx/", "/de/", "/zh/", "/en-gb/", "/EN/", "/ar/no-such-page/"])
def test_unknown_prefix_or_page_is_a_localised_404(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert b"<h1>" in response.content


def test_404_page_speaks_the_prefix_language(client):
    response = client.get("/ru/no-such-page/")
    assert response.status_code == 404
    content = response.content.decode()
    assert '<html lang="ru" dir="ltr">' in content
    assert "Страница не найдена" in content


def test_arabic_404_is_right_to_left(client):
    content = client.get("/ar/no-such-page/").content.decode()
    assert '<html lang="ar" dir="rtl">' in content
    assert "الصفحة غير موجودة" in content


def test_anonymous_pages_do_not_vary_on_cookie_or_set_cookies(client):
    response = client.get("/fr/")
    assert "Cookie" not in response.get("Vary", "")
    assert response.cookies == {}


def test_no_request_leaves_the_origin():
    """The base template references only our own static files (no CDN, no fonts)."""
    from django.template.loader import get_template

    source = get_template("base.html").template.source
    assert not re.search(r"(src|href)=\"https?://", source)


def test_home_page_query_budget(query_budget):
    # The apps add their parts of the home page; whatever they add, it must not grow
    # with the amount of content.
    from django.contrib.auth import get_user_model

    def make(n):
        for _ in range(n):
            get_user_model().objects.create(username=f"user{get_user_model().objects.count()}")

    query_budget("/en/", make=make, budget=10)
