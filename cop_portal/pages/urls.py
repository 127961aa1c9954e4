from django.urls import path, re_path

from cop_portal.pages import views
from cop_portal.pages.models import PageKey

app_name = "pages"

# One fixed path per page (``pages:about``...); the preview only for those four keys,
# so that it takes no other app's path.
urlpatterns = [
    *(path(f"{key}/", views.PageView.as_view(), {"key": key}, name=key) for key in PageKey.values),
    re_path(
        rf"^(?P<key>{'|'.join(PageKey.values)})/preview/$",
        views.PagePreviewView.as_view(),
        name="preview",
    ),
    path("sitemap/", views.SiteMapView.as_view(), name="sitemap"),
]
