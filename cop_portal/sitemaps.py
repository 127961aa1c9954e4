"""The sitemap: every public page in every language, with its hreflang alternates.

``/sitemap.xml`` is a sitemap index; each section is ``/sitemap-<section>.xml``. Apps
add sections by giving their AppConfig a ``sitemaps(self)`` method that returns
``{"section": SitemapClass}``, the classes built on :class:`PortalSitemap` over the same
QuerySet methods as their pages (what the public may see), their index pages included.
The home page is listed here.
"""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.http import HttpResponse
from django.urls import reverse

from cop_portal.addresses import absolute_url
from cop_portal.contributions import portal_apps
from cop_portal.languages import portal_language
from cop_portal.middleware import same_in_every_language
from cop_portal.translated_fields import SOURCE_LANGUAGE


class PortalSitemap(Sitemap):
    """A section listing each item once per language, each with all six alternates and
    ``x-default`` (English)."""

    i18n = True
    alternates = True
    # Django's x-default drops the language prefix, which only the home page can do
    # without (``/`` redirects by Accept-Language); get_urls adds English instead, as
    # the pages' own hreflang links do.
    x_default = False
    # Items per file: each is listed in six languages with seven alternate links, so a
    # file stays far below the protocol's 50,000 URLs and 50 MB.
    limit = 2000

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        for url in urls:
            for alternate in url["alternates"]:
                alternate["lang_code"] = portal_language(alternate["lang_code"]).hreflang
            english = [
                alternate["location"]
                for alternate in url["alternates"]
                if alternate["lang_code"] == SOURCE_LANGUAGE
            ]
            if english:
                url["alternates"].append({"location": english[0], "lang_code": "x-default"})
        return urls


class HomeSitemap(PortalSitemap):
    changefreq = "daily"

    def items(self):
        return ["home"]

    def location(self, item):
        return reverse(item)


def portal_sitemaps():
    """The sections of the sitemap: the home page, then the apps' in app order."""
    sections = {"home": HomeSitemap}
    for config in portal_apps():
        sections.update(config.sitemaps())
    return sections


@same_in_every_language
def sitemap_index(request):
    return sitemap_views.index(
        request, sitemaps=portal_sitemaps(), sitemap_url_name="sitemap-section"
    )


@same_in_every_language
def sitemap_section(request, section):
    return sitemap_views.sitemap(request, sitemaps=portal_sitemaps(), section=section)


@same_in_every_language
def robots_txt(request):
    """Crawlers: everything public, not the admin nor the search results, and where the
    sitemap is."""
    lines = ["User-agent: *", "Disallow: /admin/"]
    lines += [f"Disallow: /{code}/search/" for code, _name in settings.LANGUAGES]
    lines += ["", f"Sitemap: {absolute_url(request, reverse('sitemap'))}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
