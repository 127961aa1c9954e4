"""What the portal serves, found from the running project instead of a hand-kept list.

- ``url_patterns()`` walks Django's URL resolver: every pattern, its path parameters
  and converters, whether it lives under the language prefix, whether it is admin.
- ``crawl(fetch, ...)`` runs the quality gates' crawl (tests/discovery.py: links from
  each language's home page and the sitemap, one page per pattern and language) and
  files every page under its pattern, with the query parameters its links and GET
  forms use.
- ``declared_query_parameters(pattern)`` reads what a view declares: the page
  parameter of a paginated list view, a ``filter_params``/``query_parameters``
  attribute, the fields of a GET ``filter_form_class``/``form_class``.

``fetch`` is a fetcher of tests/discovery.py: the Django test client in-process
(``client_fetcher``), or HTTP against the portal under gunicorn (``http_fetcher``).
"""

import re
from collections import defaultdict
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import parse_qsl, quote, urljoin, urlsplit

from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern, RegexPattern, RoutePattern

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
PARAMETER = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>\w+)>")
REGEX_GROUP = re.compile(r"\(\?P<(?P<name>\w+)>[^)]*\)")
# Query parameters worth trying on every page even when no link shows them.
COMMON_QUERY_PARAMETERS = ("page", "q", "lang", "format", "next", "sort", "o")


@dataclass(frozen=True)
class UrlPattern:
    key: str  # "namespace:name", or the route when the pattern has no name
    route: str  # without the language prefix, e.g. "events/<int:year>/"
    localized: bool  # under i18n_patterns: served at /<language>/<route>
    parameters: tuple  # ((name, converter), ...)
    callback: object = field(compare=False, hash=False, repr=False)
    namespaces: tuple = ()
    default_kwargs: tuple = ()

    @property
    def is_admin(self):
        return "admin" in self.namespaces

    @property
    def view_class(self):
        return getattr(self.callback, "view_class", None)

    def build(self, values=None, language="en", encode=True):
        """The path for the given parameter values (percent-encoded unless told not to).

        Values not given keep a placeholder that no converter accepts as an object.
        """
        values = values or {}

        def replace(match):
            value = str(values.get(match.group("name"), "0"))
            return quote(value, safe="") if encode else value

        path = PARAMETER.sub(replace, self.route)
        prefix = f"/{language}/" if self.localized else "/"
        return prefix + path


def _route_text(pattern):
    if isinstance(pattern, RoutePattern):
        return str(pattern)
    if isinstance(pattern, RegexPattern):
        text = pattern.regex.pattern.lstrip("^").rstrip("$").replace("\\Z", "")
        # Named groups become <name>; the rest of a simple regex is its literal text.
        text = REGEX_GROUP.sub(lambda m: f"<str:{m.group('name')}>", text)
        return text.replace("\\.", ".").replace("\\/", "/").replace("\\-", "-")
    return ""


def _walk(resolvers, prefix, localized, namespaces, found):
    for entry in resolvers:
        if isinstance(entry, URLResolver):
            is_locale = isinstance(entry.pattern, LocalePrefixPattern)
            child_namespaces = namespaces + ((entry.namespace,) if entry.namespace else ())
            _walk(
                entry.url_patterns,
                prefix + ("" if is_locale else _route_text(entry.pattern)),
                localized or is_locale,
                child_namespaces,
                found,
            )
        elif isinstance(entry, URLPattern):
            route = prefix + _route_text(entry.pattern)
            parameters = tuple(
                (match.group("name"), match.group("converter") or "str")
                for match in PARAMETER.finditer(route)
            )
            name = entry.name
            key = ":".join(namespaces + (name,)) if name else route
            found.append(
                UrlPattern(
                    key=key,
                    route=route,
                    localized=localized,
                    parameters=parameters,
                    callback=entry.callback,
                    namespaces=namespaces,
                    default_kwargs=tuple(sorted((entry.default_args or {}).items(), key=str)),
                )
            )


def url_patterns():
    found = []
    _walk(get_resolver().url_patterns, "", False, (), found)
    return found


def _serves_files(pattern):
    module = getattr(pattern.callback, "__module__", "")
    return module == "django.views.static" or module.startswith("django.contrib.staticfiles")


def public_patterns():
    """Every pattern a visitor can request: all but the admin and debug file serving."""
    return [p for p in url_patterns() if not p.is_admin and not _serves_files(p)]


def _for_logged_out_users(pattern):
    """Django's login, logout and password-reset views: open to visitors by design."""
    from django.contrib.auth import views as auth_views

    open_views = (
        auth_views.LoginView,
        auth_views.LogoutView,
        auth_views.PasswordResetView,
        auth_views.PasswordResetDoneView,
        auth_views.PasswordResetConfirmView,
        auth_views.PasswordResetCompleteView,
    )
    view = pattern.view_class
    return view is not None and issubclass(view, open_views)


def admin_patterns():
    """The admin's patterns, and any other pattern under /admin/ (e.g. a replacement of
    one of its views), except the views meant for visitors who are not logged in."""
    return [
        p
        for p in url_patterns()
        if (p.is_admin or p.route.startswith("admin/")) and not _for_logged_out_users(p)
    ]


_BY_KEY = None


def pattern_by_key(key):
    global _BY_KEY
    if _BY_KEY is None:
        _BY_KEY = {p.key: p for p in url_patterns()}
    return _BY_KEY.get(key)


def match_path(path):
    """(pattern key, kwargs, language) of a path on the portal, or None."""
    from django.urls import Resolver404, resolve
    from django.utils import translation

    language = translation.get_language_from_path(urlsplit(path).path)
    try:
        # The language prefix pattern only matches the active language's prefix.
        with translation.override(language or settings.LANGUAGE_CODE):
            match = resolve(urlsplit(path).path)
    except Resolver404:
        return None
    if match.url_name:
        key = match.view_name
    else:
        route = match.route
        if language and route.startswith(f"{language}/"):
            route = route[len(language) + 1 :]
        key = route
    return key, match.kwargs, language


def declared_query_parameters(pattern):
    """Query parameters a view declares, where it declares them in a known way."""
    view = pattern.view_class
    names = set()
    if view is None:
        return names
    if getattr(view, "paginate_by", None):
        names.add(getattr(view, "page_kwarg", "page"))
    for attribute in ("filter_params", "query_parameters", "filter_parameters"):
        declared = getattr(view, attribute, None)
        if isinstance(declared, list | tuple | set | frozenset | dict):
            names.update(str(name) for name in declared)
    for attribute in ("filter_form_class", "filterset_class", "search_form_class"):
        form_class = getattr(view, attribute, None)
        fields = getattr(form_class, "base_fields", None) or getattr(
            form_class, "base_filters", None
        )
        if fields:
            prefix = getattr(form_class, "prefix", None)
            names.update(f"{prefix}-{name}" if prefix else name for name in fields)
    return names


class LinkParser(HTMLParser):
    """Links, feed links, GET forms (with their fields and choices) of a page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []
        self.forms = []  # (method, action, {field: [sample values]})
        self.assets = []
        self._form = None
        self._select = None

    def handle_starttag(self, tag, attrs):
        attrs = {name: value or "" for name, value in attrs}
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        elif tag == "link" and attrs.get("href"):
            rel = attrs.get("rel", "").lower()
            if "alternate" in rel:
                self.links.append(attrs["href"])
            elif "stylesheet" in rel or "icon" in rel:
                self.assets.append(attrs["href"])
        elif tag in ("script", "img") and attrs.get("src"):
            self.assets.append(attrs["src"])
        elif tag == "form":
            self._form = (attrs.get("method", "get").lower(), attrs.get("action", ""), {})
            self.forms.append(self._form)
        elif self._form is not None and tag in ("input", "select", "textarea", "button"):
            name = attrs.get("name")
            if not name:
                return
            values = self._form[2].setdefault(name, [])
            if tag == "input" and attrs.get("type", "text").lower() not in ("submit", "image"):
                values.append(attrs.get("value", ""))
            if tag == "select":
                self._select = values
        elif tag == "option" and self._select is not None:
            self._select.append(attrs.get("value", ""))

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None


@dataclass
class Page:
    path: str
    status: int
    content_type: str
    pattern: str
    language: str
    kwargs: dict


@dataclass
class SiteMap:
    """What a crawl found: pages by pattern, and query parameters by pattern."""

    pages: list = field(default_factory=list)
    by_pattern: dict = field(default_factory=lambda: defaultdict(list))
    query_parameters: dict = field(default_factory=lambda: defaultdict(dict))
    post_forms: list = field(default_factory=list)  # (page path, form action path)
    assets: set = field(default_factory=set)
    sitemap_paths: list = field(default_factory=list)

    def sample(self, key, language=None):
        """A page of the pattern (in the language, if there is one in it)."""
        pages = self.by_pattern.get(key, [])
        for page in pages:
            if language is None or page.language == language:
                return page
        return pages[0] if pages else None

    def paths(self, languages=None):
        """One page per pattern and language (in ``languages`` when given)."""
        return [
            page.path
            for pages in self.by_pattern.values()
            for page in pages
            if not languages or page.language in languages or not page.language
        ]

    def every_path(self):
        """Every page found, and every URL of the sitemap."""
        return list(dict.fromkeys([page.path for page in self.pages] + self.sitemap_paths))


def _internal_path(href, current, hosts):
    if not href or href.startswith(("mailto:", "tel:", "javascript:", "data:", "#")):
        return None
    absolute = urljoin(current, href)
    parts = urlsplit(absolute)
    if parts.scheme and parts.scheme not in ("http", "https"):
        return None
    if parts.netloc and parts.hostname not in hosts:
        return None
    path = parts.path or "/"
    return f"{path}?{parts.query}" if parts.query else path


def crawl(fetch, origin_host, languages=None, max_fetches=400):
    """The quality gates' crawl (tests/discovery.py), and what the pages it read show.

    ``fetch`` is a fetcher of tests/discovery.py (``client_fetcher``/``http_fetcher``).
    The crawl keeps one page per pattern and language; the pages' own links and GET
    forms then give each pattern the query parameters it is used with (and the values
    its choices offer), the POST forms to try without a token and the static files.
    """
    from tests.discovery import discover

    bodies = {}

    def keeping(path):
        fetched = fetch(path)
        if fetched.status == 200 and "html" in fetched.content_type:
            bodies[path] = fetched.text
        return fetched

    found = discover(keeping, origin_host, languages=languages, max_fetches=max_fetches)
    site = SiteMap(sitemap_paths=list(found.sitemap_paths))
    hosts = {urlsplit(f"//{origin_host}").hostname, "testserver", "127.0.0.1", "localhost"}
    for page in found.pages:
        matched = match_path(page.path)
        if matched is None:
            continue
        key, kwargs, language = matched
        entry = Page(page.path, 200, page.content_type, key, language or "", kwargs)
        site.pages.append(entry)
        site.by_pattern[key].append(entry)
    for path, text in bodies.items():
        parser = LinkParser()
        parser.feed(text)
        for asset in parser.assets:
            asset_path = _internal_path(asset, path, hosts)
            if asset_path and asset_path.startswith("/static/"):
                site.assets.add(asset_path)
        for link in parser.links:
            target = _internal_path(link, path, hosts)
            if target and "?" in target and (matched := match_path(target)):
                for name, value in parse_qsl(urlsplit(target).query, keep_blank_values=True):
                    site.query_parameters[matched[0]].setdefault(name, set()).add(value)
        for method, action, fields in parser.forms:
            target = _internal_path(action or path, path, hosts)
            if target is None:
                continue
            if method == "post":
                site.post_forms.append((path, target))
                continue
            if matched := match_path(target):
                parameters = site.query_parameters[matched[0]]
                for name, values in fields.items():
                    parameters.setdefault(name, set()).update(values or [""])
    return site


def query_parameters_for(site, pattern):
    """Names (with sample values) to try on a pattern: seen, declared and common ones."""
    parameters = {
        name: set(values) for name, values in site.query_parameters.get(pattern.key, {}).items()
    }
    for name in declared_query_parameters(pattern):
        parameters.setdefault(name, set())
    for name in COMMON_QUERY_PARAMETERS:
        parameters.setdefault(name, set())
    return parameters
