from django.conf import settings
from django.urls import NoReverseMatch, reverse, translate_url
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from cop_portal.languages import PORTAL_LANGUAGES, portal_language

# The main navigation. An entry whose URL is not (yet) installed is left out, so the
# header never links to a page that does not exist.
NAVIGATION = (
    ("guidelines:index", _("Guidelines")),
    ("partners:index", _("Partners")),
    ("events:index", _("Events")),
    ("news:index", _("News")),
    ("search", _("Search")),
)


def _navigation(path):
    items = []
    for url_name, label in NAVIGATION:
        try:
            url = reverse(url_name)
        except NoReverseMatch:
            continue
        items.append({"url": url, "label": label, "current": path.startswith(url)})
    return items


def _alternates(request):
    """The current page in each of the six languages, in the language bar's order."""
    query = request.META.get("QUERY_STRING", "")
    active = get_language()
    alternates = []
    for language in PORTAL_LANGUAGES:
        path = translate_url(request.path, language.code)
        alternates.append(
            {
                "language": language,
                "path": path,
                "url": request.build_absolute_uri(path),
                "bar_url": f"{path}?{query}" if query else path,
                "current": language.code == active,
            }
        )
    return alternates


def portal(request):
    language = portal_language(get_language())
    return {
        "portal_name": settings.PORTAL_NAME,
        "current_language": language,
        "language_alternates": SimpleLazyObject(lambda: _alternates(request)),
        "canonical_url": SimpleLazyObject(lambda: request.build_absolute_uri(request.path)),
        "navigation": SimpleLazyObject(lambda: _navigation(request.path)),
    }
