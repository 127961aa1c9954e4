"""The interface is translated completely, and the compiled catalogues are current."""

from pathlib import Path

import polib
import pytest
from django.conf import settings

LOCALE = Path(settings.BASE_DIR) / "locale"
EXPECTED = ["ar", "es", "fr", "ru", "zh_Hans"]


def catalogues():
    return sorted(LOCALE.glob("*/LC_MESSAGES/*.po"))


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_every_language_has_a_catalogue(domain):
    found = sorted(LOCALE.glob(f"*/LC_MESSAGES/{domain}.po"))
    assert [path.parts[-3] for path in found] == EXPECTED


@pytest.mark.parametrize("path", catalogues(), ids=lambda path: f"{path.parts[-3]}-{path.stem}")
def test_catalogue_is_complete(path):
    catalogue = polib.pofile(str(path))
    assert not catalogue.metadata_is_fuzzy
    assert [entry.msgid for entry in catalogue.untranslated_entries()] == []
    assert [entry.msgid for entry in catalogue.fuzzy_entries()] == []
    assert catalogue.percent_translated() == 100


@pytest.mark.parametrize("path", catalogues(), ids=lambda path: f"{path.parts[-3]}-{path.stem}")
def test_compiled_catalogue_matches_its_source(path):
    """Compares content, not file times (a fresh clone gives every file the same time)."""
    source = polib.pofile(str(path))
    compiled = polib.mofile(str(path.with_suffix(".mo")))
    as_pairs = lambda catalogue: sorted(  # noqa: E731
        (entry.msgctxt or "", entry.msgid, entry.msgstr, tuple(sorted(entry.msgstr_plural.items())))
        for entry in catalogue
        if not entry.obsolete and entry.msgid
    )
    assert as_pairs(compiled) == as_pairs(source), "run: python manage.py compile_translations"
