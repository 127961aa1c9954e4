import re

import pytest
from django.conf import settings
from django.utils import translation
from django_countries import countries

from partners.models import PartnerKind
from tests.partners.factories import FocusTagFactory, PartnerFactory

pytestmark = pytest.mark.django_db


def names_listed(response):
    return re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>', response.content.decode())


def test_directory_in_each_language(client, language):
    PartnerFactory(name="Alpha Helpers", kind=PartnerKind.INTERNATIONAL, country="FR")
    response = client.get(f"/{language}/partners/")
    html = response.content.decode()
    assert response.status_code == 200
    with translation.override(language):
        heading = str(PartnerKind.plural_labels()[PartnerKind.INTERNATIONAL])
        country = countries.name("FR")
        title = translation.gettext("Partners")
    dir_ = "rtl" if language == "ar" else "ltr"
    assert re.search(rf'<html lang="[^"]+" dir="{dir_}"', html)
    assert f"<h1>{title}</h1>" in html
    assert f">{heading}</h2>" in html
    assert f'<p class="meta">{country}</p>' in html
    assert names_listed(response) == ["Alpha Helpers"]


def test_directory_translations_are_really_different():
    with translation.override("fr"):
        assert countries.name("DE") == "Allemagne"
    with translation.override("ru"):
        assert str(PartnerKind.plural_labels()[PartnerKind.PRIVATE_SECTOR]) != "Private sector"


def test_grouped_by_kind_in_directory_order(client):
    PartnerFactory(name="Zeta Corp", kind=PartnerKind.PRIVATE_SECTOR)
    PartnerFactory(name="Beta NGO", kind=PartnerKind.CIVIL_SOCIETY)
    PartnerFactory(name="Alpha NGO", kind=PartnerKind.CIVIL_SOCIETY)
    PartnerFactory(name="Omega Agency", kind=PartnerKind.INTERNATIONAL)
    response = client.get("/en/partners/")
    headings = re.findall(r'<h2 id="kind-[^"]+">([^<]+)</h2>', response.content.decode())
    assert headings == ["International organisations", "Civil society", "Private sector"]
    assert names_listed(response) == ["Omega Agency", "Alpha NGO", "Beta NGO", "Zeta Corp"]


def test_unpublished_partners_are_not_listed(client):
    PartnerFactory(name="Public One")
    PartnerFactory(name="Draft One", published=False)
    assert names_listed(client.get("/en/partners/")) == ["Public One"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["Alpha Helpers", "Beta Bank", "Gamma Global", "Delta Lab"]),
        ("?q=&kind=&country=&tag=", ["Alpha Helpers", "Beta Bank", "Gamma Global", "Delta Lab"]),
        ("?kind=private-sector", ["Beta Bank"]),
        ("?country=DE", ["Beta Bank"]),
        ("?country=worldwide", ["Gamma Global"]),
        ("?tag=hotlines", ["Alpha Helpers", "Gamma Global"]),
        ("?q=bank", ["Beta Bank"]),
        ("?q=BANK", ["Beta Bank"]),
        ("?kind=civil-society&tag=hotlines", ["Alpha Helpers"]),
        ("?country=FR&kind=private-sector", []),
        # A real country or subject with no partner is an empty list, not an error.
        ("?country=JP", []),
        ("?kind=government", []),
    ],
)
def test_filters(client, query, expected):
    hotlines = FocusTagFactory(slug="hotlines", name_en="Hotlines")
    FocusTagFactory(slug="unused", name_en="Unused")
    PartnerFactory(name="Alpha Helpers", kind=PartnerKind.CIVIL_SOCIETY, tags=[hotlines])
    PartnerFactory(name="Beta Bank", kind=PartnerKind.PRIVATE_SECTOR, country="DE")
    PartnerFactory(
        name="Gamma Global",
        kind=PartnerKind.INTERNATIONAL,
        country="",
        worldwide=True,
        tags=[hotlines],
    )
    PartnerFactory(name="Delta Lab", kind=PartnerKind.ACADEMIA, country="IT")
    response = client.get(f"/en/partners/{query}")
    assert response.status_code == 200
    expected_order = {"Gamma Global": 0, "Alpha Helpers": 1, "Beta Bank": 2, "Delta Lab": 3}
    assert names_listed(response) == sorted(expected, key=expected_order.get)
    if not expected:
        assert "No partner matches these filters." in response.content.decode()


def test_filter_choices_offer_only_what_exists(client):
    used = FocusTagFactory(slug="used", name_en="Used subject")
    FocusTagFactory(slug="unused", name_en="Unused subject")
    PartnerFactory(country="KE", tags=[used])
    PartnerFactory(country="BR", published=False)
    html = client.get("/en/partners/").content.decode()
    assert '<option value="KE">Kenya</option>' in html
    assert 'value="BR"' not in html
    assert '<option value="used">Used subject</option>' in html
    assert "Unused subject" not in html


@pytest.mark.parametrize(
    "query",
    [
        "?kind=zzz",
        "?kind=<script>alert(1)</script>",
        "?country=XX",
        "?country=worldwide2",
        "?country=fr",
        "?tag=no-such-subject",
        "?tag=%27%20OR%201%3D1--",
        "?q=" + "x" * 101,
        "?country=%FF%FE",
    ],
)
def test_garbage_filters_answer_400_with_a_message(client, query):
    PartnerFactory(name="Alpha Helpers")
    response = client.get(f"/en/partners/{query}")
    assert response.status_code == 400
    html = response.content.decode()
    assert "Some of the filters are not valid, so no partners are listed:" in html
    assert names_listed(response) == []
    assert "<script>alert(1)</script>" not in html


@pytest.mark.parametrize("page", ["abc", "0", "-1", "99", "1.5"])
def test_garbage_page_numbers_answer_404(client, page):
    PartnerFactory()
    assert client.get(f"/en/partners/?page={page}").status_code == 404


def test_pagination_keeps_the_filters(client):
    for number in range(32):
        PartnerFactory(name=f"Helpers {number:02d}", kind=PartnerKind.CIVIL_SOCIETY)
    PartnerFactory(name="Other Corp", kind=PartnerKind.PRIVATE_SECTOR)
    first = client.get("/en/partners/?kind=civil-society")
    html = first.content.decode()
    assert len(names_listed(first)) == 30
    assert "Page 1 of 2" in html
    assert '<a rel="next" href="?kind=civil-society&amp;page=2">' in html
    second = client.get("/en/partners/?kind=civil-society&page=2")
    assert names_listed(second) == ["Helpers 30", "Helpers 31"]
    assert '<a rel="prev" href="?kind=civil-society&amp;page=1">' in second.content.decode()


def test_directory_query_budget(query_budget):
    tag = FocusTagFactory()

    def make(n):
        for _ in range(n):
            PartnerFactory(tags=[tag])

    query_budget("/en/partners/", make, budget=6)


def test_anonymous_directory_sets_no_cookie_and_does_not_vary_on_it(client):
    PartnerFactory()
    response = client.get("/en/partners/?kind=civil-society")
    assert response.cookies == {}
    assert "Cookie" not in response.headers.get("Vary", "")


def test_navigation_links_the_directory(client):
    html = client.get("/fr/").content.decode()
    assert '<a href="/fr/partners/"' in html


def test_every_language_has_the_directory_path():
    # Paths are the same in every language; only the prefix changes.
    from django.urls import reverse

    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            assert reverse("partners:index") == f"/{code}/partners/"
            assert reverse("partners:help") == f"/{code}/help/"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        # Arabic alphabet order: alif (اليابان, Japan), tā' (تونس), mīm (مصر, Egypt).
        ("ar", ["JP", "TN", "EG"]),
        # Accents are secondary: Égypte among the E, before Japon and Tunisie.
        ("fr", ["EG", "JP", "TN"]),
        # Pinyin: āijí (Egypt), rìběn (Japan), tūnísī (Tunisia).
        ("zh-hans", ["EG", "JP", "TN"]),
    ],
)
def test_country_filter_in_the_readers_order(client, language, expected):
    for code in ("JP", "EG", "TN"):
        PartnerFactory(country=code)
    html = client.get(f"/{language}/partners/").content.decode()
    select = html.split('<select name="country"', 1)[1].split("</select>", 1)[0]
    assert re.findall(r'<option value="([A-Z]{2})"', select) == expected
