"""Hostile requests at the edge: forged headers and path shapes, and the off-site check.

A portal answering ``GET //evil.example/en/`` with a page whose links, canonical,
hreflang or ``og:url`` point to ``evil.example`` hands phishers a link on its own domain;
one answering an unknown Host with a 500 lets anyone fill its error log. The values
here are sent in process (tests/reliability/test_edge_requests.py) and over HTTP to
the production-settings server (``make reliability``).
"""

import re
from html.parser import HTMLParser
from urllib.parse import unquote, urljoin, urlsplit

EVIL = "evil.example"

# Host header values the portal does not serve (each must answer 400, never 5xx).
FORGED_HOSTS = [
    EVIL,
    f"{EVIL}:80",
    f"{EVIL}:8000",
    f"www.{EVIL}",
    f"localhost.{EVIL}",
    f"127.0.0.1.{EVIL}",
    f"{EVIL}@127.0.0.1",
    f"127.0.0.1@{EVIL}",
    f"{EVIL}#@127.0.0.1",
    f"{EVIL}/127.0.0.1",
    f"{EVIL}\\127.0.0.1",
    "localhost:abc",
    "localhost:-1",
    "[::1",
    "[evil]",
    "::1",
    ".",
    "..",
    "-",
    "a" * 300,
    "x." * 120 + "example",
    "éxample.org",
    "xn--xmple-rva.org",
    "%65vil.example",
    "evil.example%00",
    "evil example",
    "evil.example, localhost",
    "localhost, evil.example",
]

# Odd spellings of a host the portal does serve: answered (below 500), links stay home.
ODD_OWN_HOSTS = ["LOCALHOST", "localhost.", "localhost:99999999", "localhost:0", "localhost:080"]

# Forwarding headers a client may send itself; the portal must not believe them.
FORWARDED_HEADERS = [
    ("X-Forwarded-Host", EVIL),
    ("X-Forwarded-Host", f"{EVIL}, localhost"),
    ("X-Forwarded-Host", "a" * 2000),
    ("X-Forwarded-Proto", "https"),
    ("X-Forwarded-Proto", "javascript"),
    ("X-Forwarded-Proto", "https, http"),
    ("X-Forwarded-Proto", "a" * 2000),
    ("X-Forwarded-For", "1.2.3.4"),
    ("X-Forwarded-For", "not-an-address"),
    ("X-Forwarded-For", ", ".join(["10.0.0.1"] * 200)),
    ("X-Forwarded-Port", "99999"),
    ("X-Forwarded-Server", EVIL),
    ("Forwarded", f"host={EVIL};proto=https;for=1.2.3.4"),
    ("X-Original-URL", f"//{EVIL}/en/"),
    ("X-Rewrite-URL", f"//{EVIL}/en/"),
    ("X-Real-IP", "1.2.3.4"),
    ("Referer", f"https://{EVIL}/en/"),
    ("Origin", f"https://{EVIL}"),
    ("Accept-Language", "a" * 4000),
    ("Accept-Language", "ar;q=1, " * 300),
    ("Cookie", "sessionid=" + "a" * 4000),
    ("Cookie", "csrftoken=\x7f; messages=garbage"),
    ("User-Agent", "a" * 7000),
    ("If-None-Match", '"' + "a" * 5000 + '"'),
    ("If-Modified-Since", "not a date"),
    ("Range", "bytes=0-1,2-3," * 200),
]

# The start of a path that a browser may read as "another host follows".
PATH_PREFIXES = [
    "//",
    "///",
    "/\\",
    "/\\/",
    "//\\",
    "/%2f",
    "/%2F",
    "/%2f%2f",
    "/%5c",
    "/%5C",
    "/%5c%5c",
    "/%2f%5c",
    "/\t/",
    "/%09/",
    "/%0a/",
    "/%0d%0a/",
    "/./",
    "/../",
    "/%2e/",
    "/%2e%2e/",
    "/.%2e/",
    "/en/..//",
    "/en/%2e%2e//",
    "/en//",
    "/en/\\",
    "/en/%2f",
    "/ar//",
    "/zh-hans/%5c",
]
PATH_TARGETS = [
    f"{EVIL}",
    f"{EVIL}/",
    f"{EVIL}/en/",
    f"{EVIL}/en",
    f"{EVIL}/fr/news/",
    f"{EVIL}/ar/events/feed.ics",
    f"{EVIL}/en/news/rss/",
    f"{EVIL}/sitemap.xml",
    f"{EVIL}/admin/",
    f"{EVIL}/healthz",
    f"{EVIL}/en/search/?q=x",
    f"{EVIL}%2fen%2f",
]


def path_shapes():
    """Every prefix with every target: request targets as they go on the wire."""
    return [prefix + target for prefix in PATH_PREFIXES for target in PATH_TARGETS]


def path_info(raw_path):
    """The PATH_INFO a WSGI server gives Django for a request target (decoded)."""
    return unquote(raw_path.split("?", 1)[0])


class _Addresses(HTMLParser):
    ATTRIBUTES = {"href", "src", "action", "formaction", "content", "srcset", "poster", "data"}

    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in self.ATTRIBUTES and value:
                if name == "content" and not _looks_like_address(value):
                    continue  # a meta description, a date...
                self.found.append(value)


def _looks_like_address(value):
    return bool(re.match(r"^\s*([a-z][a-z0-9+.-]*:|/|\\)", value, re.IGNORECASE))


_ADDRESS = re.compile(r"(?:https?:|webcal:)?//[^\s\"'<>]+")


def as_browser_reads(address):
    """What a browser makes of an address: tabs and new lines dropped, ``\\`` as ``/``."""
    return re.sub(r"[\t\n\r]", "", address).strip().replace("\\", "/")


def leads_to_evil(address, own_host):
    """Does ``address``, as a browser resolves it on a page of ``own_host``, lead to the
    attacker's host? (Partners' own websites are off-site too, and fine.)"""
    resolved = urlsplit(urljoin(f"http://{own_host}/en/", as_browser_reads(address)))
    return EVIL in (resolved.netloc or "").lower()


def evil_addresses(body, own_host, location=None):
    """The addresses in ``body`` (HTML, XML or iCalendar) and in ``location`` that lead
    to the attacker's host."""
    if body.lstrip()[:15].lower() == "<!doctype html>":
        # A page: its attributes, and the addresses in its JSON-LD data blocks (text
        # that merely mentions an address, such as a search query shown back, is no link).
        parser = _Addresses()
        parser.feed(body)
        candidates = list(parser.found)
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', body):
            candidates += _ADDRESS.findall(block)
    else:
        # Feeds and sitemaps (<loc>, <link>, <id>), iCalendar (URL:), robots.txt, JSON.
        candidates = _ADDRESS.findall(body)
    if location:
        candidates.append(location)
    return [address for address in candidates if leads_to_evil(address, own_host)]


async def raw_request(host, port, target, headers, timeout=30, version="HTTP/1.1"):
    """Send exactly ``headers`` (a list of (name, value), repeats and all, no Host added)
    for ``target`` as it goes on the wire; return the loadgen Response."""
    import asyncio

    from tests.reliability.loadgen import Connection

    connection = Connection(host, port)
    try:
        connection.reader, connection.writer = await asyncio.open_connection(host, port)
        lines = [f"GET {target} {version}", *(f"{name}: {value}" for name, value in headers)]
        lines.append("Connection: close")
        connection.writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("utf-8"))
        await connection.writer.drain()
        return await asyncio.wait_for(connection._read_response("GET"), timeout)
    finally:
        await connection.close()


def live_edge_requests(paths, own_host):
    """(label, target, headers) for the production-settings server: every forged Host
    and forwarding header on ``paths``, header shapes, and every path shape."""
    own = [("Host", own_host)]
    requests = []
    for forged in FORGED_HOSTS:
        requests += [("forged Host", path, [("Host", forged)]) for path in paths]
    requests += [("forged Host", path, [("Host", EVIL)]) for path in ("/healthz", "/")]
    for host in ODD_OWN_HOSTS:
        requests += [("odd spelling of our host", path, [("Host", host)]) for path in paths]
    for name, value in FORWARDED_HEADERS:
        requests += [("forwarding headers", path, [*own, (name, value)]) for path in paths]
    for path in paths:
        requests += [
            ("repeated headers", path, [*own, ("Host", EVIL)]),
            ("repeated headers", path, [("Host", EVIL), *own]),
            ("repeated headers", path, [*own, *[("X-Forwarded-Host", EVIL)] * 50]),
            ("repeated headers", path, [*own, *[("Accept-Language", "ar")] * 90]),
            ("long headers", path, [*own, ("X-Probe", "a" * 8000)]),
            ("long headers", path, [*own, *[(f"X-Probe-{n}", "a" * 60) for n in range(120)]]),
            ("no Host", path, []),
        ]
    requests += [("path shapes", target, own) for target in path_shapes()]
    return requests
