"""The portal's URLs plus a stand-in contact form at ``contact/`` (``contact:form``), for
the links the pages make to it once the contact app is installed."""

from django.conf.urls.i18n import i18n_patterns
from django.http import HttpResponse
from django.urls import include, path

from cop_portal.urls import handler400, handler500  # noqa: F401
from cop_portal.urls import urlpatterns as portal_urlpatterns


def contact_form(request):
    return HttpResponse("the contact form")


contact_patterns = ([path("contact/", contact_form, name="form")], "contact")

urlpatterns = [*portal_urlpatterns, *i18n_patterns(path("", include(contact_patterns)))]
