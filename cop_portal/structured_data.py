"""schema.org data for search engines, as JSON-LD data blocks.

A ``<script type="application/ld+json">`` element is a data block, not a script: the
browser never runs it, so the Content-Security-Policy (no inline scripts) allows it.
"""

import json

from django.conf import settings
from django.templatetags.static import static
from django.urls import reverse
from django.utils.safestring import mark_safe

from cop_portal.addresses import absolute_url
from cop_portal.languages import PORTAL_LANGUAGES

# The characters that could end the element or start markup inside it, as JSON escapes.
_JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}

LOGO = "img/logo.png"


def json_ld(data):
    """A JSON-LD data block for ``data`` (a dict), safe to put in a page."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_JSON_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')


def organization(request):
    """The portal as a schema.org Organization, described in the active language."""
    from django.utils.translation import gettext

    return {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": str(settings.PORTAL_NAME),
        "alternateName": "COP",
        "url": absolute_url(request, reverse("home")),
        "logo": absolute_url(request, static(LOGO)),
        "description": gettext(
            "An international network of United Nations agencies, governments, civil "
            "society and industry that works for the protection of children online."
        ),
        "knowsLanguage": [language.hreflang for language in PORTAL_LANGUAGES],
    }
