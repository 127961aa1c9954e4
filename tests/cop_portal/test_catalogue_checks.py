"""Every translation keeps the English placeholders; a broken catalogue is caught.

A misspelt ``%(name)s`` in one language is a server error in that language only, and
polib compiles it without a word: cop_portal/catalogue_checks.py finds it, the tests
run it over every catalogue, and ``compile_translations`` refuses to compile one.
"""

from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.utils import translation

from cop_portal.catalogue_checks import catalogue_problems, placeholders

CATALOGUES = sorted((Path(settings.BASE_DIR) / "locale").glob("*/LC_MESSAGES/django.po"))


def test_there_are_catalogues_to_check():
    assert [path.parts[-3] for path in CATALOGUES] == ["ar", "es", "fr", "ru", "zh_Hans"]


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: path.parts[-3])
def test_catalogue_keeps_the_english_placeholders(path):
    assert catalogue_problems(polib.pofile(str(path))) == []


def test_placeholders_are_parsed_in_both_syntaxes():
    named, positional = placeholders("100%% of %(count)d {name}, %s and %5.2f {0} {{literal}}")
    assert named == {"%(count)d", "{name}"}
    assert positional == ["%s", "%f", "{0}"]


def _entry(msgid, msgstr="", msgid_plural="", msgstr_plural=None):
    return polib.POEntry(
        msgid=msgid, msgstr=msgstr, msgid_plural=msgid_plural, msgstr_plural=msgstr_plural or {}
    )


@pytest.mark.parametrize(
    "msgid,msgstr",
    [
        ("Hello %(name)s", "Bonjour %(nom)s"),  # misspelt name: KeyError
        ("Hello %(name)s", "Bonjour"),  # lost
        ("%(count)d items", "%(count)s éléments"),  # another conversion
        ("Page %s of %s", "Page %s"),  # positional count: TypeError
        ("Page %s of %d", "Page %d sur %s"),  # positional order
        ("Welcome, {name}", "Bienvenue, {nom}"),
        ("Saved", "Enregistré %s"),  # one added where English has none
    ],
)
def test_a_changed_placeholder_is_a_problem(msgid, msgstr):
    problems = catalogue_problems([_entry(msgid, msgstr)])
    assert len(problems) == 1
    assert problems[0].startswith(repr(msgid))


def test_reordered_named_placeholders_and_literal_percent_are_fine():
    entries = [
        _entry("%(user)s invited %(partner)s", "%(partner)s : invitation de %(user)s"),
        _entry("100%% safe", "sûr à 100 %%"),
    ]
    assert catalogue_problems(entries) == []


def test_plural_forms_may_leave_out_the_number_but_not_invent_a_name():
    arabic_like = _entry(
        "%(count)d event published.",
        msgid_plural="%(count)d events published.",
        msgstr_plural={0: "لم تُنشر أي فعالية.", 1: "نُشرت فعالية واحدة.", 2: "نُشرت %(count)d"},
    )
    assert catalogue_problems([arabic_like]) == []
    invented = _entry(
        "%(count)d event published.",
        msgid_plural="%(count)d events published.",
        msgstr_plural={0: "%(count)d publié.", 1: "%(nombre)d publiés."},
    )
    assert catalogue_problems([invented]) == [
        "'%(count)d event published.': plural form 1 has %(nombre)d, which English does not "
        "(%(count)d)"
    ]
    never_counted = _entry(
        "%(count)d event", msgid_plural="%(count)d events", msgstr_plural={0: "un", 1: "des"}
    )
    assert catalogue_problems([never_counted]) == [
        "'%(count)d event': no plural form uses %(count)d"
    ]


BROKEN_FRENCH = """\
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: fr\\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\\n"

#, python-format
msgid "Invite a representative of %(partner)s"
msgstr "Inviter un représentant de %(partenaire)s"
"""


@pytest.fixture
def broken_locale(tmp_path, settings):
    """A temporary locale directory whose French catalogue misspells a placeholder."""
    catalogue_dir = tmp_path / "locale" / "fr" / "LC_MESSAGES"
    catalogue_dir.mkdir(parents=True)
    (catalogue_dir / "django.po").write_text(BROKEN_FRENCH, encoding="utf-8")
    settings.LOCALE_PATHS = [tmp_path / "locale"]
    return catalogue_dir


def test_the_broken_catalogue_is_found_and_would_fail_at_run_time(broken_locale):
    catalogue = polib.pofile(str(broken_locale / "django.po"))
    assert catalogue_problems(catalogue) == [
        "'Invite a representative of %(partner)s': the translation has %(partenaire)s, "
        "English has %(partner)s"
    ]
    # What a French visitor would get: polib compiles it, formatting it fails.
    catalogue.save_as_mofile(str(broken_locale / "django.mo"))
    compiled = polib.mofile(str(broken_locale / "django.mo"))
    with pytest.raises(KeyError):
        compiled.find("Invite a representative of %(partner)s").msgstr % {"partner": "IWF"}


def test_compile_translations_refuses_the_broken_catalogue(broken_locale):
    with pytest.raises(CommandError) as error:
        call_command("compile_translations")
    assert "placeholders differ from English" in str(error.value)
    assert "%(partenaire)s" in str(error.value)
    assert not (broken_locale / "django.mo").exists()


@pytest.mark.parametrize("language", ["ar", "es", "fr", "ru", "zh-hans"])
def test_our_plural_messages_format_in_every_language(language):
    """What the check protects: the admin's counted messages format for every count."""
    with translation.override(language):
        for count in (0, 1, 2, 3, 11, 100):
            text = translation.ngettext(
                "%(count)d partner published.", "%(count)d partners published.", count
            ) % {"count": count}
            assert text and "%(" not in text
