import io
import re

import pytest
from django.apps import apps
from django.core.files.base import ContentFile
from PIL import Image

from cop_portal.page_cache import prime_versions
from partners.models import PartnerKind
from tests.partners.factories import FocusTagFactory, HelpServiceFactory, PartnerFactory

pytestmark = pytest.mark.django_db


def png_bytes(size=(120, 60)):
    buffer = io.BytesIO()
    Image.new("RGB", size, (10, 80, 160)).save(buffer, format="PNG")
    return buffer.getvalue()


def test_profile_shows_what_a_visitor_needs(client):
    tag = FocusTagFactory(slug="hotlines", name_en="Hotlines")
    partner = PartnerFactory(
        name="Alpha Helpers",
        slug="alpha-helpers",
        kind=PartnerKind.CIVIL_SOCIETY,
        country="KE",
        website="https://alpha.example.org/",
        description_en="<p>We answer children <strong>every day</strong>.</p>",
        tags=[tag],
    )
    partner.logo.save("logo.png", ContentFile(png_bytes()), save=True)
    HelpServiceFactory(
        partner=partner, name_en="Alpha line", countries=["KE"], phone="+254 116", url=""
    )
    response = client.get("/en/partners/alpha-helpers/")
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("<h1") == 1
    assert "<h1>Alpha Helpers</h1>" in html
    assert re.search(
        r'<img class="partner__logo" src="/media/partners/logos/[0-9a-f]{32}\.png" '
        r'alt="Alpha Helpers logo" width="120" height="60">',
        html,
    )
    assert "<dd>Civil society</dd>" in html
    assert "<dd>Kenya</dd>" in html
    assert '<a href="https://alpha.example.org/" rel="noopener" dir="ltr">' in html
    assert "<p>We answer children <strong>every day</strong>.</p>" in html
    assert '<a href="/en/partners/?tag=hotlines">Hotlines</a>' in html
    assert "<h3>Alpha line</h3>" in html
    assert '<a class="phone" href="tel:+254116" dir="ltr">+254 116</a>' in html
    assert "Last updated:" in html


def test_profile_marks_english_fallback(client):
    PartnerFactory(slug="alpha", description_en="<p>English text.</p>", description_fr="")
    PartnerFactory(
        slug="beta", description_en="<p>English text.</p>", description_fr="<p>Texte.</p>"
    )
    fallback = client.get("/fr/partners/alpha/").content.decode()
    assert '<div class="fallback" lang="en" dir="ltr">' in fallback
    own = client.get("/fr/partners/beta/").content.decode()
    assert "<p>Texte.</p>" in own
    assert 'class="fallback"' not in own


def test_profile_in_arabic_is_right_to_left(client):
    PartnerFactory(slug="alpha", country="FR")
    html = client.get("/ar/partners/alpha/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "<dd>فرنسا</dd>" in html


def test_worldwide_partner(client):
    PartnerFactory(slug="global", country="", worldwide=True)
    assert "<dd>Worldwide</dd>" in client.get("/en/partners/global/").content.decode()


def test_unpublished_partner_is_404(client):
    PartnerFactory(slug="draft", published=False)
    assert client.get("/en/partners/draft/").status_code == 404


@pytest.mark.parametrize(
    "path",
    ["no-such-partner/", "..%2F..%2Fetc/", "<script>/", "a" * 300 + "/", "alpha/extra/"],
)
def test_garbage_slugs_are_404(client, path):
    PartnerFactory(slug="alpha")
    assert client.get(f"/en/partners/{path}").status_code == 404


def test_other_apps_add_sections_to_the_profile(client, monkeypatch):
    partner = PartnerFactory(slug="alpha")
    news = apps.get_app_config("news")

    def partner_section(partner):
        return {"template": "partners/home_section.html", "partners": [partner]}

    monkeypatch.setattr(news, "partner_section", partner_section, raising=False)
    html = client.get("/en/partners/alpha/").content.decode()
    assert '<section class="home-partners" aria-labelledby="home-partners">' in html
    assert f'<a href="{partner.get_absolute_url()}">{partner.name}</a>' in html


def test_profile_query_count_does_not_grow_with_services(client, django_assert_max_num_queries):
    partner = PartnerFactory(slug="alpha")
    HelpServiceFactory.create_batch(10, partner=partner)
    prime_versions()  # the page cache's versions are made once, not per page
    # Including one query each for the news and library sections (news/apps.py and
    # guidelines/apps.py partner_section).
    with django_assert_max_num_queries(8):
        assert client.get("/en/partners/alpha/").status_code == 200
