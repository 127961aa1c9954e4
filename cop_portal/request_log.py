"""One log line per request, and the request's id on every log line it causes.

docs/operations.md ("Logs and request ids") says what the line holds and never holds.
"""

import contextvars
import json
import logging
import re
import time
import uuid
from datetime import UTC, datetime

from django.conf import settings

request_id_var = contextvars.ContextVar("request_id", default=None)
# nginx's $request_id is 32 hex digits, a UUID has dashes: letters, digits, ".", "_",
# "-", 8 to 128 of them. Anything else (a forged header with spaces or newlines to
# fake log lines) is replaced by an id of our own.
VALID_REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{8,128}")
REQUEST_FIELDS = ("method", "path", "status", "duration_ms", "cache", "user_id")

logger = logging.getLogger("cop_portal.requests")


def current_request_id():
    """The id of the request being handled in this thread, or None outside one."""
    return request_id_var.get()


def request_id_from(request):
    header = "HTTP_" + settings.REQUEST_ID_HEADER.upper().replace("-", "_")
    offered = request.META.get(header, "")
    if VALID_REQUEST_ID.fullmatch(offered):
        return offered
    return uuid.uuid4().hex


def _user_id(request):
    # Only a request carrying a session cookie can be a logged-in user's: anonymous
    # visitors cost no session or user query for the log line.
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return None
    try:
        user = getattr(request, "user", None)
        return user.pk if user is not None and user.is_authenticated else None
    except Exception:
        # The log line must never change the answer: with the database unavailable
        # the visitor gets the 503 page, and the line no user id.
        return None


class RequestLogMiddleware:
    """Give the request an id and log one line when it is answered (module docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.request_id = request_id_from(request)
        # Cleared when the response is closed (request_finished), not on the way out:
        # Django logs a 404 or 400 only after the last middleware has returned.
        request_id_var.set(request.request_id)
        started = time.perf_counter()
        response = self.get_response(request)
        response["X-Request-ID"] = request.request_id
        logger.info(
            "%s %s %s",
            request.method,
            request.path,
            response.status_code,
            extra={
                "method": request.method,
                "path": request.path,
                "status": response.status_code,
                "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                "cache": response.get("X-Cache", "bypass"),
                "user_id": _user_id(request),
            },
        )
        return response


def clear_request_id(**kwargs):
    """request_finished receiver: log lines after the response belong to no request."""
    request_id_var.set(None)


class RequestIdFilter(logging.Filter):
    """Adds ``request_id`` to every record (``-`` outside a request)."""

    def filter(self, record):
        if not hasattr(record, "request_id"):
            record.request_id = current_request_id() or "-"
        return True


def _record_request_id(record):
    request_id = getattr(record, "request_id", None) or current_request_id()
    return None if request_id == "-" else request_id


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, request id, the request
    fields when the record has them, and the traceback of an exception."""

    def format(self, record):
        line = {
            "time": datetime.fromtimestamp(record.created, tz=UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": _record_request_id(record),
        }
        for field in REQUEST_FIELDS:
            if hasattr(record, field):
                line[field] = getattr(record, field)
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        if record.stack_info:
            line["stack"] = self.formatStack(record.stack_info)
        return json.dumps(line, ensure_ascii=False, default=str)


class PlainFormatter(logging.Formatter):
    """The readable default: time, level, request id, logger and message; the request
    line adds duration, cache and user."""

    def __init__(self):
        super().__init__("%(asctime)s %(levelname)s [%(request_id)s] %(name)s: %(message)s")

    def formatMessage(self, record):  # noqa: N802 (logging's name)
        text = super().formatMessage(record)
        if hasattr(record, "duration_ms"):
            text += f" {record.duration_ms}ms cache={record.cache}"
            if record.user_id is not None:
                text += f" user={record.user_id}"
        return text
