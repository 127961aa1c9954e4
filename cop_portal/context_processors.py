from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from cop_portal.addresses import absolute_url, is_local_path
from cop_portal.languages import PORTAL_LANGUAGES, portal_language

# The main navigation.
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
        url = reverse(url_name)
        items.append({"url": url, "label": label, "current": path.startswith(url)})
    return items


def _page_path(request):
    """The path of the page being shown, or None when no page of the portal answered
    (an error page: the path is the visitor's, and may even name another host)."""
    if request.resolver_match is None or not is_local_path(request.path):
        return None
    return request.path


def _in_language(match, code):
    """The page ``match`` resolved (the request's own: resolved once for all six
    languages, where ``translate_url`` resolves the path again each time) in language
    ``code``; that language's home page for an error page."""
    with translation.override(code):
        if match is not None:
            try:
                translated = reverse(match.view_name, args=match.args, kwargs=match.kwargs)
            except NoReverseMatch:
                pass
            else:
                if is_local_path(translated):
                    return translated
        return reverse("home")


def _alternates(request):
    """The current page in each of the six languages, in the language bar's order.

    ``url`` (for hreflang) is None on error pages, which have no alternates.
    """
    page_path = _page_path(request)
    query = request.META.get("QUERY_STRING", "") if page_path else ""
    match = request.resolver_match if page_path else None
    active = get_language()
    alternates = []
    for language in PORTAL_LANGUAGES:
        path = _in_language(match, language.code)
        alternates.append(
            {
                "language": language,
                "path": path,
                "url": absolute_url(request, path) if page_path else None,
                "bar_url": f"{path}?{query}" if query else path,
                "current": language.code == active,
            }
        )
    return alternates


def _canonical_url(request):
    page_path = _page_path(request)
    return absolute_url(request, page_path) if page_path else ""


def portal(request):
    language = portal_language(get_language())
    return {
        "portal_name": settings.PORTAL_NAME,
        "current_language": language,
        "language_alternates": SimpleLazyObject(lambda: _alternates(request)),
        "canonical_url": SimpleLazyObject(lambda: _canonical_url(request)),
        "navigation": SimpleLazyObject(lambda: _navigation(request.path)),
    }
