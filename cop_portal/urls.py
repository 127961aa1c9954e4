from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.views.static import serve

from cop_portal import views

urlpatterns = [
    path("", views.language_redirect, name="language-redirect"),
    path("healthz", views.healthz, name="healthz"),
    path("admin/", admin.site.urls),
]

urlpatterns += i18n_patterns(
    path("", views.HomeView.as_view(), name="home"),
    # Each app declares its full paths (partners has both partners/ and help/).
    path("", include("guidelines.urls")),
    path("", include("partners.urls")),
    path("", include("events.urls")),
    path("", include("news.urls")),
)

if settings.BENCHMARK:
    urlpatterns += [path("bench/floor", views.benchmark_floor, name="benchmark-floor")]

if settings.DEBUG:
    urlpatterns += [
        path(
            f"{settings.MEDIA_URL.strip('/')}/<path:path>",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        ),
    ]

handler404 = "cop_portal.views.page_not_found"
handler500 = "cop_portal.errors.server_error"
