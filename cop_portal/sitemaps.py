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
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Max, QuerySet
from django.http import HttpResponse
from django.urls import reverse

from cop_portal.addresses import absolute_url
from cop_portal.contributions import portal_apps
from cop_portal.languages import portal_language
from cop_portal.middleware import same_in_every_language
from cop_portal.translated_fields import SOURCE_LANGUAGE

# An index lists at most 50,000 files (the sitemap protocol): no page is numbered higher.
MAX_FILES = 50_000


class _InLanguages:
    """``(item, language)`` for each item in each language, as Django's i18n sitemaps
    list them, read from the items a slice needs: a page of a section reads its own
    items (one query), and its length is a count."""

    def __init__(self, items, languages):
        self.items = items
        self.languages = list(languages)

    def count(self):
        items = self.items.count() if isinstance(self.items, QuerySet) else len(self.items)
        return items * len(self.languages)

    def __len__(self):
        return self.count()

    def __getitem__(self, window):
        width = len(self.languages)
        start, stop = window.start or 0, window.stop
        first = start // width
        last = -(-stop // width)
        pairs = [(item, language) for item in self.items[first:last] for language in self.languages]
        return pairs[start - first * width : stop - first * width]


class _SectionPaginator(Paginator):
    """Pages of a section. ``page(n)`` reads page n's items and nothing else (no count:
    a page past the end is found empty); ``num_pages``, which the index asks, counts."""

    def page(self, number):
        try:
            if isinstance(number, float) and not number.is_integer():
                raise ValueError
            number = int(number)
        except (TypeError, ValueError):
            raise PageNotAnInteger(self.error_messages["invalid_page"]) from None
        if number < 1:
            raise EmptyPage(self.error_messages["min_page"])
        if number > MAX_FILES:
            raise EmptyPage(self.error_messages["no_results"])
        bottom = (number - 1) * self.per_page
        object_list = self.object_list[bottom : bottom + self.per_page]
        if not object_list and number > 1:
            raise EmptyPage(self.error_messages["no_results"])
        return self._get_page(object_list, number, self)


def _with_total_order(items):
    """A QuerySet ordered to the last row (its pk breaks ties), so that consecutive
    slices neither skip nor repeat an item."""
    if not isinstance(items, QuerySet):
        return items
    ordering = list(items.query.order_by or items.model._meta.ordering)
    names = {str(field).lstrip("-") for field in ordering}
    if names & {"pk", "id", items.model._meta.pk.attname}:
        return items
    return items.order_by(*ordering, "pk")


class PortalSitemap(Sitemap):
    """A section listing each item once per language, each with all six alternates and
    ``x-default`` (English).

    A section is split into files of ``limit`` URLs (Django's sitemap pagination: the
    index lists ``?p=2`` and on), each read from its own items only.
    """

    i18n = True
    alternates = True
    # Django's x-default drops the language prefix, which only the home page can do
    # without (``/`` redirects by Accept-Language); get_urls adds English instead, as
    # the pages' own hreflang links do.
    x_default = False
    # URLs per file: 100 items, each in six languages with seven alternate links, about
    # 0.5 MB (docs/quality.md, "Cost that grows with content"). No demo section needs
    # more than one file.
    limit = 600
    # For the index: the items' latest lastmod as an SQL expression (a field name, or
    # e.g. Greatest of two), so the index asks the database for one value instead of
    # reading every item of the section. None: Django's way (every item's lastmod).
    latest_lastmod_expression = None

    def __init__(self):
        self._locations = {}

    @property
    def paginator(self):
        if type(self).get_languages_for_item is not Sitemap.get_languages_for_item:
            return super().paginator  # languages per item: Django's own list
        items = _InLanguages(_with_total_order(self.items()), self._languages())
        return _SectionPaginator(items, self.limit)

    def get_latest_lastmod(self):
        if self.latest_lastmod_expression is None:
            return super().get_latest_lastmod()
        return self.items().aggregate(latest=Max(self.latest_lastmod_expression))["latest"]

    def _location(self, item, force_lang_code=None):
        # Each entry lists its item's address in every language: each is worked out
        # once (six reverse() per item instead of 42).
        obj, language = item
        key = (id(obj), force_lang_code or language)
        if key not in self._locations:
            self._locations[key] = (obj, super()._location(item, force_lang_code))
        return self._locations[key][1]

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
