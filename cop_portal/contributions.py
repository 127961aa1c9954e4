"""What a content app may contribute to the portal: the one place that says it.

A content app's AppConfig inherits ``PortalAppConfig`` and overrides what it contributes;
everything not overridden contributes nothing. cop_portal imports no app: it reads the
contributions through ``portal_apps()``, in the order of INSTALLED_APPS (search kinds,
sitemap sections, the HTML site map, roles), or of ``section_position`` for the sections of
the home, partner and event pages.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.apps import AppConfig, apps

# Apps whose models are portal content without being portal apps: tags are shared by news
# and events. Editors edit them and a change to them changes pages.
SHARED_CONTENT_APPS = ("taggit",)


@dataclass(frozen=True)
class SearchSource:
    """One kind of searchable content, declared by the app that owns it.

    ``queryset`` returns what the public may see (e.g. ``NewsItem.objects.published``)
    and should select what ``url`` and ``describe`` need. ``text`` maps further fields
    to weights ("B", "C" or "D"; the title weighs "A"). Fields may be translated
    (modeltranslation) or not. ``describe(obj)`` may return a short line shown under the
    title (a date, a country).
    """

    kind: str
    label: str
    queryset: Callable
    title: str
    text: dict = field(default_factory=dict)
    url: Callable | None = None
    describe: Callable | None = None

    @property
    def fields(self):
        return {self.title: "A", **self.text}

    def get_url(self, obj):
        return self.url(obj) if self.url else obj.get_absolute_url()


@dataclass(frozen=True)
class SiteMapEntry:
    """One line of the HTML site map (``/<lang>/sitemap/``): a page's name in the
    reader's language (a string, lazy or safe HTML as ``translated`` gives), its address
    ("" for a heading that is no page of its own), and the pages under it
    (``SiteMapEntry``s too)."""

    label: object
    url: str
    children: tuple = ()


class PortalAppConfig(AppConfig):
    """An app of the portal's content (guidelines, partners, events, news, pages).

    Subclass it as ``contributions.PortalAppConfig``: a class imported by name into an
    app's apps.py would be a second AppConfig there, and Django would pick neither.
    """

    # Where this app's sections stand on pages that gather them from several apps (the
    # home page, a partner's page, an event's page): lower first.
    section_position = 100

    # ``app_label.codename`` permissions, beyond the add/change/delete/view permissions
    # on every model of a content app that editors always hold (see cop_portal/roles.py).
    editor_permissions = ()

    # ``app_label.codename`` permissions the partner representatives group holds
    # (``model_permissions()`` names all four of a model).
    representative_permissions = ()

    def home_section(self, request):
        """The home page's part from this app: ``{"template": ..., **context}`` or None."""
        return None

    def partner_section(self, partner):
        """The part of ``partner``'s page from this app, as ``home_section``, or None."""
        return None

    def event_section(self, event):
        """The part of ``event``'s page from this app, as ``home_section``, or None."""
        return None

    def search_sources(self):
        """The kinds of object this app offers to the portal's search (``SearchSource``)."""
        return []

    def published_search_source(self, model_name, *, title="title", text, describe):
        """The search kind named as this app (its label and verbose name): the published
        objects of its model ``model_name`` (``Model.objects.published``)."""
        model = self.get_model(model_name)
        return SearchSource(
            kind=self.label,
            label=self.verbose_name,
            queryset=model.objects.published,
            title=title,
            text=text,
            describe=describe,
        )

    # The groups of this app's objects a page may show instead of all of them, as
    # ``{model name: (path, ...)}``: a path is a relation of the model, or "pk". A page
    # that says ``page_dependencies.page_shows_only(Model, path=value)`` is rebuilt when an object
    # of that group changes, not at every save of the model.
    page_groups = {}

    def sitemaps(self):
        """The sitemap sections of this app: ``{section name: Sitemap class}``."""
        return {}

    def site_map_section(self):
        """This app's part of the HTML site map for people (``/<lang>/sitemap/``): a
        ``SiteMapEntry`` (its index page, with what is under it as children), a list of
        them (an app with two sections), or None.
        It lists what the public may see, as the app's pages and ``sitemaps()`` do."""
        return None

    def next_scheduled_change(self):
        """When this app's public content next changes without a save (an aware
        datetime, e.g. a scheduled item's publication time), or None."""
        return None


def model_permissions(app_label, *model_names):
    """The view, add, change and delete permissions of each model, as
    ``app_label.codename``."""
    return tuple(
        f"{app_label}.{action}_{model_name}"
        for model_name in model_names
        for action in ("view", "add", "change", "delete")
    )


def portal_apps():
    """The content apps' configs, in the order of INSTALLED_APPS."""
    return [config for config in apps.get_app_configs() if isinstance(config, PortalAppConfig)]


def content_app_labels():
    """Labels of every app whose models are portal content."""
    return [config.label for config in portal_apps()] + list(SHARED_CONTENT_APPS)


def _sections(contribute):
    sections = []
    for config in sorted(portal_apps(), key=lambda config: config.section_position):
        if section := contribute(config):
            sections.append(section)
    return sections


def home_sections(request):
    """The home page's sections, in ``section_position`` order (empty ones left out)."""
    return _sections(lambda config: config.home_section(request))


def partner_sections(partner):
    """The sections of ``partner``'s page, as ``home_sections``."""
    return _sections(lambda config: config.partner_section(partner))


def event_sections(event):
    """The sections of ``event``'s page, as ``home_sections``."""
    return _sections(lambda config: config.event_section(event))


def site_map_sections():
    """The apps' entries of the HTML site map, in the order of INSTALLED_APPS (that of
    the main navigation: guidelines, partners, events, news)."""
    entries = []
    for config in portal_apps():
        section = config.site_map_section()
        if section:
            entries.extend(section if isinstance(section, list | tuple) else [section])
    return entries
