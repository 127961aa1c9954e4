import logging

from django.db import DatabaseError, InterfaceError, OperationalError

from cop_portal.errors import service_unavailable

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
