import re

import pytest
from django.utils import translation
from django_countries import countries

from tests.partners.factories import HelpServiceFactory, PartnerFactory

pytestmark = pytest.mark.django_db


def service_names(response):
    return re.findall(r"<h3>([^<]+)</h3>", response.content.decode())


@pytest.fixture
def services():
    partner = PartnerFactory(name="Helpers")
    return {
        "gb_line": HelpServiceFactory(
            partner=partner, name_en="UK line", countries=["GB"], phone="0800 1111"
        ),
        "gb_hotline": HelpServiceFactory(
            partner=partner,
            name_en="UK hotline",
            kind="hotline",
            countries=["GB", "IE"],
            phone="",
            url="https://report.example.org/",
        ),
        "de_line": HelpServiceFactory(
            partner=partner, name_en="German line", countries=["DE"], phone="116 111"
        ),
        "world": HelpServiceFactory(
            partner=partner,
            name_en="World line",
            countries=[],
            worldwide=True,
            phone="",
            url="https://world.example.org/",
        ),
        "hidden": HelpServiceFactory(
            partner=PartnerFactory(published=False), name_en="Draft line", countries=["GB"]
        ),
    }


def test_help_for_a_country(client, services):
    response = client.get("/en/help/?country=GB")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Services in United Kingdom" in html
    assert service_names(response) == ["UK line", "UK hotline", "World line"]
    assert '<a class="phone" href="tel:08001111" dir="ltr">0800 1111</a>' in html
    assert "Reporting hotline" in html
    assert "Draft line" not in html


def test_a_country_served_among_several(client, services):
    assert service_names(client.get("/en/help/?country=IE")) == ["UK hotline", "World line"]


def test_country_without_service_still_gets_the_worldwide_ones(client, services):
    response = client.get("/en/help/?country=JP")
    assert service_names(response) == ["World line"]
    assert "No service of its own is listed for Japan yet." in response.content.decode()


def test_help_without_a_country(client, services):
    response = client.get("/en/help/")
    html = response.content.decode()
    assert service_names(response) == ["World line"]
    assert '<a href="?country=DE">Germany</a>' in html
    assert '<a href="?country=IE">Ireland</a>' in html
    assert '<select name="country" id="id_country">' in html
    assert '<option value="JP">Japan</option>' in html


def test_help_in_each_language(client, language, services):
    response = client.get(f"/{language}/help/?country=DE")
    html = response.content.decode()
    with translation.override(language):
        germany = countries.name("DE")
        title = translation.gettext("Get help")
    assert response.status_code == 200
    assert f"<h1>{title}</h1>" in html
    assert germany in html
    assert '<a class="phone" href="tel:116111" dir="ltr">116 111</a>' in html
    if language == "en":
        assert service_names(response) == ["German line", "World line"]
    else:
        # Names without a translation are shown in English, marked as such.
        assert '<h3><span lang="en" dir="ltr">German line</span>' in html
        assert html.index("German line") < html.index("World line")


@pytest.mark.parametrize("country", ["ZZ", "gb", "worldwide", "<b>", "G" * 500])
def test_garbage_country_is_400(client, services, country):
    response = client.get(f"/en/help/?country={country}")
    assert response.status_code == 400
    assert "That country is not known." in response.content.decode()
    assert service_names(response) == ["World line"]


def test_help_query_budget(query_budget):
    partner = PartnerFactory()

    def make(n):
        HelpServiceFactory.create_batch(n, partner=partner, countries=["GB"])
        HelpServiceFactory.create_batch(n, partner=partner, countries=[], worldwide=True)

    query_budget("/en/help/?country=GB", make, budget=4)
