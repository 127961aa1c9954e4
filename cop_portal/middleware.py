import functools
import ipaddress
import logging

from django.conf import settings
from django.core.exceptions import BadRequest
from django.db import DatabaseError, InterfaceError, OperationalError
from django.http.request import split_domain_port, validate_host
from django.utils.cache import cc_delim_re

from cop_portal.errors import service_unavailable
from cop_portal.views import healthz

logger = logging.getLogger(__name__)


class SecurityHeadersMiddleware:
    """Headers Django has no setting for: resource and feature isolation."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        response.headers.setdefault(
            "Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"
        )
        return response


def _is_ip_address(domain):
    try:
        ipaddress.ip_address(domain.removeprefix("[").removesuffix("]"))
    except ValueError:
        return False
    return True


class HealthProbeMiddleware:
    """Answer ``/healthz`` to a load balancer or orchestrator that probes by IP address.

    Probes are sent to an instance's address (``Host: 10.0.3.7:8000``), which no
    ``ALLOWED_HOSTS`` of a public site lists. For ``/healthz`` only, such a Host (an IP
    address, or one of ``HEALTHZ_HOSTS``) is answered here, before anything reads the
    host; every other address, and ``/healthz`` under any other unknown host, goes on
    to Django's host validation as before (a 400).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info == "/healthz" and request.method in ("GET", "HEAD"):
            domain, _port = split_domain_port(request.META.get("HTTP_HOST", ""))
            probe_host = _is_ip_address(domain) or validate_host(domain, settings.HEALTHZ_HOSTS)
            if domain and probe_host and not validate_host(domain, settings.ALLOWED_HOSTS):
                return healthz(request)
        return self.get_response(request)


class RejectNulMiddleware:
    """Answer 400 to a URL with a NUL character in its path or query (e.g. ``?tag=%00``).

    No address of the portal has a use for one, and PostgreSQL refuses NUL in text: any
    view passing such a parameter to a query would fail with a server error instead.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path_info or any(
            "\x00" in name or any("\x00" in value for value in values)
            for name, values in request.GET.lists()
        ):
            raise BadRequest("NUL character in the URL")
        return self.get_response(request)


class DatabaseUnavailableMiddleware:
    """Answer 503 with a self-contained page while the database cannot be reached.

    A lost connection is not a bug in a view: the visitor is told to try again shortly,
    the response says when (Retry-After), and nothing else is attempted.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, OperationalError | InterfaceError) or (
            isinstance(exception, DatabaseError) and "connection" in str(exception).lower()
        ):
            logger.warning("Database unavailable: %s", exception)
            return service_unavailable(request)
        return None


def same_in_every_language(view):
    """Mark a view outside the language prefixes whose answer does not depend on the
    visitor's language (the sitemap, robots.txt): see :class:`LanguageNeutralMiddleware`."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response.same_in_every_language = True
        return response

    return wrapped


class LanguageNeutralMiddleware:
    """Undo, for views marked :func:`same_in_every_language`, the ``Vary:
    Accept-Language`` and ``Content-Language`` that LocaleMiddleware gives every answer
    outside the language prefixes. The sitemap is the same for every visitor, so the
    page cache and shared caches may keep one copy of it. Sits just outside
    LocaleMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(response, "same_in_every_language", False):
            kept = [
                name
                for name in cc_delim_re.split(response.get("Vary", ""))
                if name and name.lower() != "accept-language"
            ]
            if kept:
                response["Vary"] = ", ".join(kept)
            else:
                del response["Vary"]
            del response["Content-Language"]
        return response
