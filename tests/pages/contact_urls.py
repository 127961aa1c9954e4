"""The portal's URLs plus stand-ins for pages other apps will provide: the contact form
at ``contact/`` (``contact:form``) and the library at ``publications/``, for the links
the pages and the site map make to them once they are installed."""

from django.conf.urls.i18n import i18n_patterns
from django.http import HttpResponse
from django.urls import include, path

from cop_portal.urls import handler400, handler500  # noqa: F401
from cop_portal.urls import urlpatterns as portal_urlpatterns


def stand_in(request):
    return HttpResponse("a stand-in page")


contact_patterns = ([path("contact/", stand_in, name="form")], "contact")

urlpatterns = [
    *portal_urlpatterns,
    *i18n_patterns(
        path("", include(contact_patterns)),
        path("publications/", stand_in, name="publications-stand-in"),
    ),
]
