"""Help in every country: the data, the help page for a country, the country list in each
language's order, and its narrowing without JavaScript."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import translation
from django_countries import countries

from cop_portal.page_cache import prime_versions
from cop_portal.page_dependencies import groups_of
from cop_portal.roles import EDITORS_GROUP
from partners.country_help import country_help_load, eu_states, fingerprint
from partners.country_names import matching_country_names, sorted_country_names
from partners.models import CountryHelp, parse_emergency_numbers
from tests.conftest import LANGUAGE_CODES
from tests.news.factories import make_editor

pytestmark = pytest.mark.django_db

CHILD_HELPLINES = "https://childhelplineinternational.org/helplines/"
HOTLINES = "https://www.inhope.org/EN/our-members"


def html_of(response):
    return response.content.decode()


# --- The data ---------------------------------------------------------------------------


def test_every_country_has_an_entry():
    assert sorted(CountryHelp.objects.values_list("country", flat=True)) == sorted(
        code for code, _name in countries
    )


def test_every_entry_has_a_source_or_no_checked_number():
    for entry in CountryHelp.objects.all():
        if entry.has_checked_number:
            assert entry.source_lines, entry.country
            # The data file claims no check nobody made: staff date an entry they confirm.
            assert entry.checked_on is None, entry.country
            entry.full_clean()
        else:
            assert entry.child_helpline_number == ""
            assert entry.source == ""


def test_no_number_without_a_source():
    numbered = CountryHelp.objects.exclude(emergency_numbers="", child_helpline_number="")
    assert numbered.count() > 40
    assert not numbered.filter(source="").exists()


def test_116_111_only_in_eu_states():
    states = set(
        CountryHelp.objects.filter(child_helpline_number="116 111").values_list(
            "country", flat=True
        )
    )
    assert states
    assert states <= eu_states()
    assert len(eu_states()) == 27


def test_every_eu_state_has_112():
    entries = CountryHelp.objects.filter(country__in=eu_states())
    assert entries.count() == 27
    for entry in entries:
        assert "112" in [number.number for number in entry.emergency_number_list]


@pytest.mark.parametrize(
    ("country", "emergency", "helpline"),
    [
        ("GB", ["999", "112"], "0800 1111"),
        ("US", ["911"], "1-800-422-4453"),
        ("CA", ["911"], "1-800-668-6868"),
        ("AU", ["000"], "1800 55 1800"),
        ("IN", ["112"], "1098"),
        ("CN", ["110", "119", "120"], ""),
        ("DE", ["112"], "116 111"),
    ],
)
def test_well_established_numbers(country, emergency, helpline):
    entry = CountryHelp.objects.get(country=country)
    assert [number.number for number in entry.emergency_number_list] == emergency
    assert entry.child_helpline_number == helpline


def test_a_number_without_a_source_is_refused():
    entry = CountryHelp.objects.get(country="TD")  # Chad: no checked number
    entry.emergency_numbers = "17"
    with pytest.raises(ValidationError) as error:
        entry.full_clean()
    assert "source" in error.value.message_dict
    with transaction.atomic(), pytest.raises(IntegrityError):
        entry.save()


@pytest.mark.parametrize("value", ["112=plumber", "call us", "112=police, ++"])
def test_malformed_emergency_numbers_are_refused(value):
    with pytest.raises(ValidationError):
        parse_emergency_numbers(value)


def test_emergency_numbers_name_their_service():
    numbers = parse_emergency_numbers("110=police, 119=fire-ambulance, 112")
    assert [(n.number, n.service, n.uri) for n in numbers] == [
        ("110", "police", "tel:110"),
        ("119", "fire-ambulance", "tel:119"),
        ("112", "all", "tel:112"),
    ]


def test_loading_again_keeps_staff_edits_and_restores_the_rest():
    edited = CountryHelp.objects.get(country="FR")
    edited.note_en = "Checked again by the desk."
    edited.save()
    damaged = CountryHelp.objects.get(country="DE")
    damaged.delete()
    assert country_help_load(CountryHelp) == (1, 0, 1)
    assert CountryHelp.objects.get(country="FR").note_en == "Checked again by the desk."
    assert CountryHelp.objects.get(country="DE").child_helpline_number == "116 111"
    assert country_help_load(CountryHelp) == (0, 0, 1)


def test_loading_updates_an_entry_staff_did_not_touch():
    # As an older data file left it: the entry matches that file's fingerprint.
    CountryHelp.objects.filter(country="GB").update(emergency_numbers="999")
    entry = CountryHelp.objects.get(country="GB")
    CountryHelp.objects.filter(pk=entry.pk).update(data_fingerprint=fingerprint(entry))
    assert country_help_load(CountryHelp) == (0, 1, 0)
    assert CountryHelp.objects.get(country="GB").emergency_numbers == "999, 112"


# --- The page for a country --------------------------------------------------------------


def test_help_in_the_united_kingdom(client):
    response = client.get("/en/help/?country=GB")
    html = html_of(response)
    assert response.status_code == 200
    assert '<h2 id="country-help">Help in United Kingdom</h2>' in html
    assert '<a class="phone" href="tel:999" dir="ltr">999</a>' in html
    assert '<a class="phone" href="tel:112" dir="ltr">112</a>' in html
    assert 'Childline: <a class="phone" href="tel:08001111" dir="ltr">0800 1111</a>' in html
    assert '<a href="https://report.iwf.org.uk/" rel="noopener">Internet Watch Foundation' in html
    assert "Source:" in html
    assert "Checked on" not in html  # the data file dates no entry; staff do
    assert "no-checked-number" not in html


def test_services_are_named_for_what_they_reach(client):
    html = html_of(client.get("/en/help/?country=CN"))
    assert '<a class="phone" href="tel:110" dir="ltr">110</a> (Police)' in html
    assert '<a class="phone" href="tel:120" dir="ltr">120</a> (Ambulance)' in html
    assert "We have no checked child helpline number for China yet." in html
    assert f'<a href="{CHILD_HELPLINES}" rel="noopener">' in html


def test_a_country_without_a_checked_number_says_so(client):
    response = client.get("/en/help/?country=TD")
    html = html_of(response)
    assert response.status_code == 200
    assert "We have no checked number for Chad yet." in html
    assert 'href="tel:' not in html
    assert f'<a href="{CHILD_HELPLINES}" rel="noopener">' in html
    assert f'<a href="{HOTLINES}" rel="noopener">' in html
    assert "Source:" not in html


def test_help_in_egypt_in_arabic(client):
    response = client.get("/ar/help/?country=EG")
    html = html_of(response)
    assert response.status_code == 200
    with translation.override("ar"):
        egypt = str(countries.name("EG"))
    assert egypt in html
    assert '<a class="phone" href="tel:122" dir="ltr">122</a>' in html
    assert "خط نجدة الطفل" in html
    assert '<a class="phone" href="tel:16000" dir="ltr">16000</a>' in html
    # The sources are written in English, and marked so.
    assert '<ul lang="en" dir="ltr"><li>Government of Egypt' in html


def test_help_for_a_country_in_each_language(client, language):
    response = client.get(f"/{language}/help/?country=DE")
    html = html_of(response)
    assert response.status_code == 200
    assert '<a class="phone" href="tel:112" dir="ltr">112</a>' in html
    assert "Nummer gegen Kummer" in html
    with translation.override(language):
        assert translation.gettext("Child helpline") in html
        assert translation.gettext("Source:") in html


@pytest.mark.parametrize("debug", [False, True])
@pytest.mark.parametrize("country", ["ZZ", "eg", "<script>", "E" * 300, "E G"])
def test_unknown_country_is_a_clear_400(client, settings, debug, country):
    settings.DEBUG = debug
    response = client.get("/en/help/", {"country": country})
    assert response.status_code == 400
    assert "That country is not known. Choose one from the list." in html_of(response)
    assert "<script>" not in html_of(response).split("</header>", 1)[1].split("<script")[0]


def test_a_change_rebuilds_only_the_help_pages_of_its_country(client, committed):
    prime_versions()
    egypt = [f"/{code}/help/?country=EG" for code in LANGUAGE_CODES]
    others = ["/en/help/?country=FR", "/ar/help/?country=TN", "/en/help/", "/en/partners/"]
    assert {client.get(url)["X-Cache"] for url in egypt + others} == {"miss"}
    with committed():
        entry = CountryHelp.objects.get(country="EG")
        entry.note_ar = "ملاحظة جديدة"
        entry.save()
    assert {url: client.get(url)["X-Cache"] for url in egypt} == dict.fromkeys(egypt, "miss")
    assert {url: client.get(url)["X-Cache"] for url in others} == dict.fromkeys(others, "hit")
    assert "ملاحظة جديدة" in html_of(client.get("/ar/help/?country=EG"))
    assert groups_of(entry) == {"partners.countryhelp[country=EG]"}


def test_a_null_byte_is_a_400_not_an_error(client, settings):
    settings.DEBUG = False
    assert client.get("/en/help/", {"country": "EG\x00"}).status_code == 400


def test_help_page_query_count(client, django_assert_max_num_queries):
    client.get("/en/help/?country=GB")
    with django_assert_max_num_queries(5):
        client.get("/en/help/?country=FR")


# --- The country list --------------------------------------------------------------------


def select_options(html):
    select = html.split('<select name="country"', 1)[1].split("</select>", 1)[0]
    return re.findall(r'<option value="([A-Z]{2})">([^<]+)</option>', select)


def test_the_list_holds_every_country(client, language):
    options = select_options(html_of(client.get(f"/{language}/help/")))
    assert len(options) == len(countries)
    assert [code for code, _name in options] == [
        code for code, _name in sorted_country_names(language)
    ]


ARABIC_ALPHABET = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
RUSSIAN_ALPHABET = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"


def letter_rank(alphabet, name, folded=None):
    first = name.strip()[0].lower()
    first = (folded or {}).get(first, first)
    return alphabet.index(first)


def test_arabic_order_is_the_arabic_alphabet():
    names = [name for _code, name in sorted_country_names("ar")]
    alef_forms = {"آ": "ا", "أ": "ا", "إ": "ا"}
    ranks = [letter_rank(ARABIC_ALPHABET, name, alef_forms) for name in names]
    assert ranks == sorted(ranks)
    assert names.index("مصر") > names.index("تونس") > names.index("بلجيكا")


def test_russian_order_is_the_cyrillic_alphabet():
    names = [name for _code, name in sorted_country_names("ru")]
    ranks = [letter_rank(RUSSIAN_ALPHABET, name, {"ё": "е"}) for name in names]
    assert ranks == sorted(ranks)
    assert names[0].startswith("А") and names[-1] == "Япония"


def test_chinese_order_is_pinyin():
    names = [name for _code, name in sorted_country_names("zh-hans")]
    # āijí, bāxī, déguó, fǎguó, měiguó, rìběn, zhōngguó
    expected = ["埃及", "巴西", "德国", "法国", "美国", "日本", "中国"]
    positions = [names.index(name) for name in expected]
    assert positions == sorted(positions)
    assert names.index("中国") > len(names) - 5


def test_french_order_ignores_accents():
    names = [name for _code, name in sorted_country_names("fr")]
    e_names = [name for name in names if name[0] in "EÉ"]
    assert names.index(e_names[0]) + len(e_names) - 1 == names.index(e_names[-1])
    assert names.index("Égypte") < names.index("Espagne") < names.index("Estonie")
    assert names.index("Dominique") < names.index("Égypte") < names.index("Fidji")


# --- Narrowing the list without JavaScript -------------------------------------------------


def linked_countries(html):
    section = html.split('<section aria-labelledby="matching">', 1)[1].split("</section>", 1)[0]
    return re.findall(r'<a href="\?country=([A-Z]{2})">', section)


@pytest.mark.parametrize(
    ("language", "query", "expected"),
    [
        ("en", "egy", ["EG"]),
        ("fr", "egypte", ["EG"]),  # without its accent
        ("fr", "Égy", ["EG"]),
        ("ar", "مصر", ["EG"]),
        ("ru", "египет", ["EG"]),
        ("zh-hans", "埃及", ["EG"]),
        ("zh-hans", "aiji", None),  # pinyin: Egypt among them
        ("es", "Egypt", ["EG"]),  # the English name works in every language
    ],
)
def test_narrowing_by_q(client, language, query, expected):
    response = client.get(f"/{language}/help/", {"q": query})
    assert response.status_code == 200
    found = linked_countries(html_of(response))
    if expected is None:
        assert "EG" in found
    else:
        assert found == expected


def test_narrowing_keeps_the_language_order(client):
    found = linked_countries(html_of(client.get("/fr/help/", {"q": "guinée"})))
    assert found == [code for code, _name in matching_country_names("guinée", "fr")]
    assert len(found) >= 3


def test_a_query_that_matches_nothing(client):
    response = client.get("/en/help/", {"q": "Atlantis"})
    assert response.status_code == 200
    assert "No country matches." in html_of(response)


def test_an_overlong_query_is_400(client, settings):
    settings.DEBUG = False
    response = client.get("/en/help/", {"q": "x" * 101})
    assert response.status_code == 400
    assert "Type the first letters of a country’s name." in html_of(response)


# --- Admin and roles -----------------------------------------------------------------------


def test_editors_may_change_entries_but_not_add_or_delete_them(client):
    permissions = set(
        Group.objects.get(name=EDITORS_GROUP).permissions.values_list("codename", flat=True)
    )
    assert {"change_countryhelp", "view_countryhelp"} <= permissions
    editor = make_editor()
    client.force_login(editor)
    entry = CountryHelp.objects.get(country="EG")
    assert client.get(f"/admin/partners/countryhelp/{entry.pk}/change/").status_code == 200
    assert client.get("/admin/partners/countryhelp/add/").status_code == 403


def test_admin_changelist_search_and_filters(admin_client):
    base = "/admin/partners/countryhelp/"
    response = admin_client.get(base, {"q": "Egypt"})
    assert response.status_code == 200
    assert list(response.context["cl"].result_list.values_list("country", flat=True)) == ["EG"]
    response = admin_client.get(base, {"checked_number": "no", "q": "Chad"})
    assert [str(e.country) for e in response.context["cl"].result_list] == ["TD"]
    response = admin_client.get(base, {"checked_number": "yes"})
    assert "TD" not in [str(e.country) for e in response.context["cl"].result_list]


def test_an_admin_edit_keeps_a_version(admin_client):
    from reversion.models import Version

    entry = CountryHelp.objects.get(country="TD")
    response = admin_client.post(
        f"/admin/partners/countryhelp/{entry.pk}/change/",
        {
            "emergency_numbers": "17=police",
            "child_helpline_number": "",
            "child_helpline_url": "",
            "report_url": "",
            "source": "An example source written for this test.",
            "checked_on": "2026-12-01",
            **{
                f"{name}_{code}": ""
                for name in ("child_helpline_name", "report_name", "note")
                for code in ("en", "ar", "zh_hans", "fr", "ru", "es")
            },
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    entry.refresh_from_db()
    assert entry.emergency_numbers == "17=police"
    latest = Version.objects.get_for_object(entry).first()
    assert latest.field_dict["emergency_numbers"] == "17=police"
    assert latest.field_dict["source"] == "An example source written for this test."
