"""The portal's URLs plus a stand-in for the partners app's helplines page (``help/``)."""

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.http import HttpResponse
from django.urls import include, path

from cop_portal import views

help_patterns = ([path("help/", lambda request: HttpResponse("help"), name="help")], "partners")

urlpatterns = [path("admin/", admin.site.urls)]
urlpatterns += i18n_patterns(
    path("", views.HomeView.as_view(), name="home"),
    path("", include("guidelines.urls")),
    path("", include(help_patterns)),
)
