"""The portal's URLs plus a view that fails, for the request-log and error-report tests."""

from django.conf.urls.i18n import i18n_patterns
from django.http import HttpResponse
from django.urls import path

from cop_portal.urls import handler400, handler500, urlpatterns  # noqa: F401


def fails(request):
    # Personal data in an error message, as a careless one might hold it.
    raise RuntimeError("could not notify jane.doe@example.org from 203.0.113.7")


def cacheable(request):
    return HttpResponse("the same for every anonymous visitor")


urlpatterns = urlpatterns + i18n_patterns(
    path("ops-test/fails/", fails),
    path("ops-test/cacheable/", cacheable),
)
