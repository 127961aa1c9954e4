"""Template helpers of the guidelines pages."""

from django import template
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from cop_portal.languages import portal_language
from cop_portal.translated_fields import SOURCE_LANGUAGE, translated_value

register = template.Library()


@register.filter
def language_name(code):
    """A language's name in its own script (العربية, 中文, English…)."""
    return portal_language(code).native_name


@register.filter
def hreflang(code):
    return portal_language(code).hreflang


@register.simple_tag
def translated_lines(obj, field):
    """A translated multi-line text as a list of lines, and whether it is English fallback.

    For lists such as key points, which the ``translated`` tag cannot split.
    """
    value, language = translated_value(obj, field)
    reader = get_language() or SOURCE_LANGUAGE
    fallback = language is not None and language != reader
    return {
        "lines": [line.strip() for line in (value or "").splitlines() if line.strip()],
        "fallback": fallback,
        "language": portal_language(language) if fallback else None,
        "note": _("(in English)") if fallback else "",
    }
