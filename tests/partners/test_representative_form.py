"""The representative's partner form: light, with searchable lists of countries and of
every ISO 639-1 language, named in the admin's language."""

import pytest
from django.urls import reverse

from cop_portal.models import AdminPreference
from partners.demo import REPRESENTATIVES
from partners.models import HelpService, Partner
from partners.spoken_languages import base_language, spoken_language_codes
from tests.partners.factories import HelpServiceFactory, PartnerFactory, make_representative

pytestmark = pytest.mark.django_db

MAX_BYTES = 100_000


@pytest.mark.usefixtures("demo_content")
class TestDemoRepresentative:
    def test_the_change_form_weighs_at_most_100_kb(self, client, django_user_model):
        username, slug, _language = REPRESENTATIVES[0]
        client.force_login(django_user_model.objects.get(username=username))
        partner = Partner.objects.get(slug=slug)
        assert partner.services.count() == 5

        response = client.get(reverse("admin:partners_partner_change", args=[partner.pk]))

        assert response.status_code == 200
        assert len(response.content) <= MAX_BYTES
        page = response.content.decode()
        # Profile first; each list holds only the chosen options.
        # (In the representative's admin language, Chinese: the markup, not the words.)
        assert page.index('name="description_en"') < page.index("field-kind")
        assert page.count('<option value="GB" selected>') == 1
        assert 'value="AF"' not in page


def test_iso_639_1_languages_are_offered():
    codes = spoken_language_codes()
    assert {"ha", "yo", "am", "zu", "so", "lg", "tl", "en", "ar", "zh"} <= codes
    assert len([code for code in codes if len(code) == 2]) == 184


def test_variants_become_their_language():
    assert [base_language(code) for code in ("pt-br", "zh-hans", "en", "ast")] == [
        "pt",
        "zh",
        "en",
        "ast",
    ]


@pytest.mark.parametrize(
    ("admin_language", "term", "expected"),
    [
        ("en", "haus", [{"id": "ha", "text": "Hausa"}]),
        ("fr", "haoussa", [{"id": "ha", "text": "haoussa"}]),
        ("ar", "الهوسا", [{"id": "ha", "text": "الهوسا"}]),
        ("en", "TL", [{"id": "tl", "text": "Tagalog"}]),
    ],
)
def test_languages_are_searched_in_the_admin_language(client, admin_language, term, expected):
    user = make_representative(PartnerFactory())
    AdminPreference.objects.create(user=user, language=admin_language)
    client.force_login(user)

    response = client.get(reverse("admin:partners_choices_languages"), {"term": term})

    assert response.status_code == 200
    assert response.json() == {"results": expected, "pagination": {"more": False}}


def test_countries_are_searched(client):
    client.force_login(make_representative(PartnerFactory()))

    response = client.get(reverse("admin:partners_choices_countries"), {"term": "ugan"})

    assert response.json()["results"] == [{"id": "UG", "text": "Uganda"}]


def test_the_lists_are_for_admin_users_only(client):
    response = client.get(reverse("admin:partners_choices_countries"), {"term": "u"})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_a_language_outside_the_list_is_a_form_error(client):
    partner = PartnerFactory()
    service = HelpServiceFactory(partner=partner)
    client.force_login(make_representative(partner))
    url = reverse("admin:partners_partner_change", args=[partner.pk])
    data = {
        "website": partner.website,
        "description_en": partner.description_en,
        "services-TOTAL_FORMS": "1",
        "services-INITIAL_FORMS": "1",
        "services-0-id": str(service.pk),
        "services-0-partner": str(partner.pk),
        "services-0-name_en": service.name_en,
        "services-0-kind": "helpline",
        "services-0-phone": service.phone,
        "services-0-countries": ["FR"],
        "services-0-languages": ["fr", "xx"],
        "services-0-order": "0",
        "contacts-TOTAL_FORMS": "0",
        "contacts-INITIAL_FORMS": "0",
    }
    response = client.post(url, data)

    assert response.status_code == 200
    assert "Select a valid choice. xx is not one of the available choices." in (
        response.content.decode()
    )
    assert HelpService.objects.get(pk=service.pk).languages == ["fr", "en"]
