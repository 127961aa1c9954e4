"""The six UN languages the portal is published in, in the order the language bar shows."""

from dataclasses import dataclass


@dataclass(frozen=True)
class PortalLanguage:
    code: str  # Django language code, also the URL prefix
    native_name: str  # the language's name in its own script
    hreflang: str  # BCP 47 tag for hreflang and lang attributes
    direction: str  # "rtl" or "ltr"

    @property
    def open_graph_locale(self):
        """The Open Graph ``og:locale`` value (language_TERRITORY)."""
        return OPEN_GRAPH_LOCALES[self.code]


PORTAL_LANGUAGES = (
    PortalLanguage("ar", "العربية", "ar", "rtl"),
    PortalLanguage("zh-hans", "中文", "zh-Hans", "ltr"),
    PortalLanguage("en", "English", "en", "ltr"),
    PortalLanguage("fr", "Français", "fr", "ltr"),
    PortalLanguage("ru", "Русский", "ru", "ltr"),
    PortalLanguage("es", "Español", "es", "ltr"),
)

# Open Graph wants a territory; these are the ones its consumers know for each language.
OPEN_GRAPH_LOCALES = {
    "ar": "ar_AR",
    "zh-hans": "zh_CN",
    "en": "en_US",
    "fr": "fr_FR",
    "ru": "ru_RU",
    "es": "es_ES",
}

BY_CODE = {language.code: language for language in PORTAL_LANGUAGES}


def portal_language(code):
    """Return the PortalLanguage for a Django language code (English if unknown)."""
    return BY_CODE.get((code or "").lower(), BY_CODE["en"])
