"""Error pages that must render when the database (or anything else) is down.

They are rendered without a request context, so no context processor, session or
query can run, in the language of the URL prefix, from one template.
"""

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import get_language_from_path
from django.utils.translation import gettext_lazy as _

from cop_portal.languages import portal_language

PAGES = {
    400: (
        _("Bad request"),
        _(
            "The address you followed contains something the portal cannot use. Check the "
            "link, or start again from the home page."
        ),
    ),
    500: (
        _("Something went wrong"),
        _("An error occurred on our side. It has been logged; please try again later."),
    ),
    503: (
        _("Temporarily unavailable"),
        _(
            "The portal cannot reach its database right now. Nothing you saved before has "
            "been lost. Please try again in a minute."
        ),
    ),
}


def _standalone(request, status):
    code = get_language_from_path(request.path_info) or translation.get_language() or "en"
    title, message = PAGES[status]
    with translation.override(code):
        content = render_to_string(
            "error_standalone.html",
            {"language": portal_language(code), "title": title, "message": message},
        )
    return HttpResponse(content, status=status)


def bad_request(request, exception):
    # Also the answer to a Host the portal does not serve: nothing here may read the
    # host (``request.get_host()`` would raise again), so no context processor runs.
    return _standalone(request, 400)


def server_error(request):
    return _standalone(request, 500)


def service_unavailable(request):
    response = _standalone(request, 503)
    response["Retry-After"] = "30"
    response["Cache-Control"] = "no-store"
    return response
