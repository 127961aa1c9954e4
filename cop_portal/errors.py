"""Error pages that must render when the database (or anything else) is down.

They are rendered without a request context, so no context processor, session or
query can run, in the language of the URL prefix.
"""

from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseServerError
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import get_language_from_path

from cop_portal.languages import portal_language


def _render_standalone(request, template_name):
    code = get_language_from_path(request.path_info) or translation.get_language() or "en"
    with translation.override(code):
        return render_to_string(template_name, {"language": portal_language(code)})


def bad_request(request, exception, template_name="400.html"):
    # Also the answer to a Host the portal does not serve: nothing here may read the
    # host (``request.get_host()`` would raise again), so no context processor runs.
    return HttpResponseBadRequest(_render_standalone(request, template_name))


def server_error(request, template_name="500.html"):
    return HttpResponseServerError(_render_standalone(request, template_name))


def service_unavailable(request):
    response = HttpResponse(_render_standalone(request, "503.html"), status=503)
    response["Retry-After"] = "30"
    response["Cache-Control"] = "no-store"
    return response
