"""Find the portal's pages as a visitor would: by following links from the home pages.

The quality gates (browser tests, security headers, ``make bench``) run over what this
finds, so a new page type is covered as soon as something links to it or the sitemap
lists it; nobody keeps a list of pages.

The crawl starts at each language's home page and at every URL in ``/sitemap.xml`` (when
there is one), follows internal links (``<a href>``, ``<link href>``, GET forms), and
keeps **one page per URL pattern and language**: a URL is resolved with
``django.urls.resolve`` and its route (``news/<slug:slug>/``) decides whether a page of
that kind was already seen, so twenty news items cost one fetch. Every page found is
also tried in the other five languages (paths are the same in every language). The
crawl is bounded by ``max_fetches``.

A fetcher is any callable ``fetch(path) -> Fetched``: ``client_fetcher`` uses Django's
test client, ``http_fetcher`` a running server.
"""

import http.client
import xml.etree.ElementTree as ET
from collections import deque
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

from django.conf import settings
from django.urls import Resolver404, resolve
from django.utils import translation

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
# Not pages: the admin has its own tests, static and media files are not HTML.
SKIPPED_PREFIXES = ("/admin/", "/static/", "/media/")
SITEMAP_PATH = "/sitemap.xml"
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@dataclass(frozen=True)
class Fetched:
    status: int
    content_type: str
    text: str
    location: str = ""


@dataclass(frozen=True)
class Page:
    path: str  # path and query, as requested: "/en/news/"
    language: str  # "en"
    route: str  # the URL pattern without the language prefix: "news/<slug:slug>/"
    url_name: str  # "news:detail"
    content_type: str

    @property
    def is_html(self):
        return self.content_type.startswith("text/html")

    @property
    def kind(self):
        """What kind of page this is, the same in every language."""
        return self.url_name or self.route or "home"


@dataclass
class Discovery:
    pages: list = field(default_factory=list)
    # Every URL the sitemap lists (all of them, not one per pattern).
    sitemap_paths: list = field(default_factory=list)
    # Internal links that answered something other than a page or a redirect.
    broken: list = field(default_factory=list)
    fetches: int = 0

    @property
    def html_pages(self):
        return [page for page in self.pages if page.is_html]

    def kinds(self):
        """One page per URL pattern (the first found), English where there is one."""
        chosen = {}
        for page in sorted(self.pages, key=lambda page: page.language != "en"):
            chosen.setdefault(page.kind, page)
        return list(chosen.values())


def classify(path):
    """(language, route, url name) of an internal path, or None if it is no page of ours."""
    path_only = urlsplit(path).path
    if path_only.startswith(SKIPPED_PREFIXES):
        return None
    first = path_only.strip("/").split("/", 1)[0]
    language = first if first in LANGUAGE_CODES else None
    # The language prefix only resolves while that language is active.
    with translation.override(language or settings.LANGUAGE_CODE):
        try:
            match = resolve(path_only)
        except Resolver404:
            return None
    route = match.route or ""
    if language:
        route = route.removeprefix(f"{language}/")
    return language, route, match.view_name or ""


def in_language(path, language):
    """The same path under another language prefix."""
    parts = urlsplit(path)
    segments = parts.path.split("/")
    segments[1] = language
    new_path = "/".join(segments)
    return f"{new_path}?{parts.query}" if parts.query else new_path


class LinkParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("a", "link", "area") and attrs.get("href"):
            rel = (attrs.get("rel") or "").split()
            if tag == "link" and not {"alternate", "next", "prev"} & set(rel):
                return  # stylesheets, icons, canonical (the page itself)
            self.links.append(attrs["href"])
        elif tag == "form" and (attrs.get("method") or "get").lower() == "get":
            self.links.append(attrs.get("action") or "")


def links_in(html, base_path, origin_host):
    """Internal paths linked from a page (fragments dropped)."""
    parser = LinkParser()
    parser.feed(html)
    paths = []
    for href in parser.links:
        absolute = urljoin(f"http://{origin_host}{base_path}", href.strip())
        parts = urlsplit(absolute)
        if parts.scheme not in ("http", "https") or parts.netloc != origin_host:
            continue
        paths.append(f"{parts.path}?{parts.query}" if parts.query else parts.path)
    return paths


def sitemap_paths(fetch, path=SITEMAP_PATH, depth=0):
    """Every page path in the sitemap (following a sitemap index); [] when there is none."""
    response = fetch(path)
    if response.status != 200 or depth > 2:
        return []
    root = ET.fromstring(response.text.encode())
    locations = [element.text.strip() for element in root.iter(f"{SITEMAP_NS}loc")]
    if root.tag == f"{SITEMAP_NS}sitemapindex":
        found = []
        for location in locations:
            found += sitemap_paths(fetch, _path_of(location), depth + 1)
        return found
    return [_path_of(location) for location in locations]


def _path_of(url):
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}" if parts.query else parts.path


def discover(fetch, origin_host, languages=None, max_fetches=400):
    """Crawl the portal; see the module docstring."""
    languages = languages or LANGUAGE_CODES
    result = Discovery(sitemap_paths=sitemap_paths(fetch))
    queue = deque([f"/{code}/" for code in languages] + result.sitemap_paths)
    seen_paths = set()
    seen_kinds = set()
    while queue and result.fetches < max_fetches:
        path = queue.popleft()
        if path in seen_paths:
            continue
        seen_paths.add(path)
        classified = classify(path)
        if classified is None:
            continue
        language, route, url_name = classified
        if language not in languages or (language, route, url_name) in seen_kinds:
            continue
        response = fetch(path)
        result.fetches += 1
        if response.status in (301, 302, 303, 307, 308):
            queue.append(_path_of(urljoin(path, response.location)))
            continue
        if response.status != 200:
            result.broken.append((path, response.status))
            continue
        seen_kinds.add((language, route, url_name))
        page = Page(path, language, route, url_name, response.content_type)
        result.pages.append(page)
        queue.extend(in_language(path, other) for other in languages if other != language)
        if page.is_html:
            queue.extend(links_in(response.text, path, origin_host))
    return result


def client_fetcher(client):
    """Fetch with Django's test client (in-process, the test database)."""

    def fetch(path):
        response = client.get(path)
        content = b"" if response.streaming else response.content
        return Fetched(
            response.status_code,
            response.get("Content-Type", ""),
            content.decode(response.charset or "utf-8", "replace"),
            response.get("Location", ""),
        )

    return fetch


def http_fetcher(host, port, timeout=30, headers=None):
    """Fetch from a running server over HTTP (no redirects followed)."""
    headers = {"Accept-Language": "en", **(headers or {})}

    def fetch(path):
        connection = http.client.HTTPConnection(host, port, timeout=timeout)
        try:
            connection.request("GET", path, headers=headers)
            response = connection.getresponse()
            body = response.read()
        finally:
            connection.close()
        return Fetched(
            response.status,
            response.getheader("Content-Type", ""),
            body.decode("utf-8", "replace"),
            response.getheader("Location", ""),
        )

    return fetch
