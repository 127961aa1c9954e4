"""Which language a translated field is shown in, and the fallback to English.

modeltranslation returns a field in the active language and falls back to English
when it is empty. Pages must never show that English silently: they mark it with
``lang="en"`` and a note (see the ``translated`` template tag), and feeds mark the
item's language. Both ask this module.
"""

from django.conf import settings
from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname

SOURCE_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE


def translated_value(obj, field, language=None):
    """Return ``(text, language)`` for ``obj.field`` as a reader of ``language`` sees it.

    ``language`` defaults to the active language. The returned language is the one the
    text is really written in: the reader's own, English when it falls back, or None
    when the field is empty in both.
    """
    language = language or get_language() or SOURCE_LANGUAGE
    own = getattr(obj, build_localized_fieldname(field, language), None)
    if own:
        return own, language
    source = getattr(obj, build_localized_fieldname(field, SOURCE_LANGUAGE), None)
    if source:
        return source, SOURCE_LANGUAGE
    return "", None


def localized_field_names(*fields):
    """The model fields of ``fields`` in every language (``title_en``, ``title_ar``…)."""
    return [
        build_localized_fieldname(field, code)
        for field in fields
        for code, _name in settings.LANGUAGES
    ]


def missing_languages(obj, field):
    """Language codes in which ``obj.field`` has no text of its own."""
    return [
        code
        for code, _name in settings.LANGUAGES
        if not getattr(obj, build_localized_fieldname(field, code), None)
    ]


def available_languages(obj, field):
    """Language codes in which ``obj.field`` has text of its own, in the portal's order."""
    missing = set(missing_languages(obj, field))
    return [code for code, _name in settings.LANGUAGES if code not in missing]
