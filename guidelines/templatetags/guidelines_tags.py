"""Template helpers of the guidelines pages."""

from django import template
from django.utils.formats import number_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from cop_portal.languages import portal_language
from cop_portal.translated_fields import SOURCE_LANGUAGE, translated_value

register = template.Library()

KIB = 1024
MIB = 1024 * 1024


@register.filter
def file_size(size):
    """A file size for the reader: their locale's decimal mark and their language's unit.

    Below a tenth of a megabyte in kilobytes (whole numbers), above in megabytes with one
    decimal: "0.8 MB" in English, "0,8 Mo" in French.
    """
    size = int(size or 0)
    if size < MIB / 10:
        kilobytes = max(1, round(size / KIB))
        return _("%(size)s KB") % {"size": number_format(kilobytes, use_l10n=True)}
    megabytes = round(size / MIB, 1)
    return _("%(size)s MB") % {"size": number_format(megabytes, decimal_pos=1, use_l10n=True)}


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
