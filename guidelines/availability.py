"""In which languages a page's texts exist: for the pages' notes, the admin's columns and
the staff translation-status page.

A text counts as missing in a language when its English (source) text exists and the
language has none of its own; an optional field left empty in English is not missing.
"""

from django.conf import settings
from modeltranslation.translator import translator

from cop_portal.translated_fields import missing_languages

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def translated_field_names(obj):
    return list(translator.get_options_for_model(type(obj)).fields)


def missing_texts(objects):
    """``{language: [(object, field), ...]}`` for every language with something missing."""
    missing = {}
    for obj in objects:
        for field in translated_field_names(obj):
            if "en" in missing_languages(obj, field):
                continue  # nothing to translate
            for code in missing_languages(obj, field):
                missing.setdefault(code, []).append((obj, field))
    return missing


def complete_languages(objects):
    """Language codes (in the portal's order) in which every text of ``objects`` exists."""
    missing = missing_texts(objects)
    return [code for code in LANGUAGE_CODES if code not in missing]


def incomplete_languages(objects):
    missing = missing_texts(objects)
    return [code for code in LANGUAGE_CODES if code in missing]
