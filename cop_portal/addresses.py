"""Absolute addresses of the portal's own pages, built only from what the portal trusts.

The host comes from ``request.get_host()``, which Django checks against
``ALLOWED_HOSTS`` (it raises ``DisallowedHost`` otherwise), never from the raw header.
The path must be one of the portal's own: a path that a browser would read as another
host (``//evil.example/``, ``/\\evil.example/``, the same with tabs or new lines that
browsers drop) is refused, so a request for such a path can never turn into a link,
canonical address or redirect that leaves the portal.
"""

from django.utils.encoding import iri_to_uri

# Browsers remove these from a URL before they read it (WHATWG URL standard).
_IGNORED_BY_BROWSERS = str.maketrans("", "", "\t\n\r")


def is_local_path(path):
    """Is ``path`` an absolute path on this host (and nothing a browser reads as a host)?"""
    if not isinstance(path, str):
        return False
    seen_by_browser = path.translate(_IGNORED_BY_BROWSERS)
    return (
        seen_by_browser.startswith("/")
        and not seen_by_browser.startswith(("//", "/\\"))
        and not any(ord(character) < 0x20 for character in path)
    )


def origin(request):
    """``scheme://host`` of the request, the host checked against ``ALLOWED_HOSTS``."""
    return f"{request.scheme}://{request.get_host()}"


def absolute_url(request, path):
    """The absolute address of ``path`` (one of the portal's own) for ``request``."""
    if not is_local_path(path):
        raise ValueError(f"not a path of the portal: {path!r}")
    return origin(request) + iri_to_uri(path)


def absolute_file_url(request, url):
    """The absolute address of a stored file's ``url``: as it is when the storage gives
    an absolute one (object storage), else on the portal's own host."""
    if url.startswith(("https://", "http://")):
        return url
    return absolute_url(request, url)


def client_address(request):
    """The visitor's IP address, as django-axes reads it for login limits: behind the
    load balancer (``BEHIND_PROXY``) the one it appends to X-Forwarded-For, else the
    connection's. None if there is none."""
    from axes.helpers import get_client_ip_address

    return get_client_ip_address(request)
