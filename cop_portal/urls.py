from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.views.static import serve

from cop_portal import admin_views, search_views, sitemaps, views

urlpatterns = [
    path("", views.language_redirect, name="language-redirect"),
    path("healthz", views.healthz, name="healthz"),
    # Invited partner representatives choose their password here (before the admin's
    # own catch-all).
    path("admin/set-password/", include("partners.account_urls")),
    # "View on site" limited to what the user may see in the admin (see the view).
    path(
        "admin/r/<int:content_type_id>/<path:object_id>/",
        admin.site.admin_view(admin_views.view_on_site),
    ),
    path("admin/", admin.site.urls),
    path("robots.txt", sitemaps.robots_txt, name="robots"),
    path("sitemap.xml", sitemaps.sitemap_index, name="sitemap"),
    path("sitemap-<slug:section>.xml", sitemaps.sitemap_section, name="sitemap-section"),
]

urlpatterns += i18n_patterns(
    path("", views.HomeView.as_view(), name="home"),
    # Each app declares its full paths (partners has both partners/ and help/).
    path("", include("guidelines.urls")),
    path("", include("partners.urls")),
    path("", include("events.urls")),
    path("", include("news.urls")),
    path("", include("cop_portal.pages.urls")),
    path("", include("cop_portal.contact.urls")),
    path("search/", search_views.search, name="search"),
)

if settings.BENCHMARK:
    urlpatterns += [path("bench/floor", views.benchmark_floor, name="benchmark-floor")]

# On a development machine Django serves uploads from the filesystem; object storage and
# production media are served by nginx (deploy/nginx.conf).
if settings.DEBUG and settings.MEDIA_STORAGE == "filesystem":
    urlpatterns += [
        path(
            f"{settings.MEDIA_URL.strip('/')}/<path:path>",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        ),
    ]

handler400 = "cop_portal.errors.bad_request"
handler500 = "cop_portal.errors.server_error"
