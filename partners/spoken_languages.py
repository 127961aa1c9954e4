"""The languages a help service may answer in, named in the reader's language.

Every ISO 639-1 language, and the few without a two-letter code that the portal offered
before (from Django's own list). The names come from the Unicode CLDR through Babel: it
names every one of them in each of the portal's six languages (Django's list lacks many
languages, and the ISO catalogues leave half of them untranslated in Arabic).
"""

import functools

from babel import Locale
from django.utils.translation import get_language, to_locale

# Offered before the list followed ISO 639-1; kept so that no stored code goes unknown.
WITHOUT_TWO_LETTER_CODE = ("ast", "ckb", "dsb", "hsb", "kab", "udm")


@functools.cache
def spoken_language_codes():
    two_letter = {code for code in Locale.parse("en").languages if len(code) == 2}
    return frozenset(two_letter | set(WITHOUT_TWO_LETTER_CODE))


@functools.cache
def _choices_in(locale_name):
    try:
        names = Locale.parse(locale_name).languages
    except (ValueError, LookupError):
        names = Locale.parse("en").languages
    choices = [(code, names.get(code, code)) for code in spoken_language_codes()]
    return tuple(sorted(choices, key=lambda choice: choice[1].casefold()))


def spoken_language_choices():
    """(code, name) of every language, named and sorted in the active language."""
    return list(_choices_in(to_locale(get_language() or "en")))


def base_language(code):
    """The language of a regional or script variant ("pt-br" → "pt"), if it is offered."""
    base = code.split("-")[0].lower()
    return base if base in spoken_language_codes() else code
