from django.db import DatabaseError, connection
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language_from_request
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView

from cop_portal.contributions import home_sections


def language_redirect(request):
    """``/``: send the visitor to the home page in their language (English by default)."""
    language = get_language_from_request(request)
    response = HttpResponseRedirect(f"/{language}/")
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    return response


class HomeView(TemplateView):
    template_name = "cop_portal/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["sections"] = home_sections(self.request)
        return context


@never_cache
def healthz(request):
    """For the load balancer: 200 when the database answers, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"database": "unavailable"}, status=503)
    return JsonResponse({"database": "ok"})


def benchmark_floor(request):
    """Django's floor for ``make bench`` (only routed with COP_BENCHMARK=1).

    A constant response through the whole middleware stack: what every page costs before
    it builds anything. It answers with ``Vary: Accept-Language`` (it sits outside the
    language prefix), so the page cache never stores it and each request runs the stack.
    """
    return HttpResponse(b"floor\n", content_type="text/plain")
