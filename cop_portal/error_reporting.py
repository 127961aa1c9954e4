"""Error reports to Sentry (or any service that speaks its protocol), only when asked.

``settings.py`` calls ``sentry_init`` only when ``SENTRY_DSN`` is set: without it the
SDK is never initialised and nothing leaves the portal. With it, an unhandled error
in a request, a task or a command is sent with its traceback and the request id
(tag ``request_id``, the id of the log lines), but without personal data:
``send_default_pii`` is off (no cookies, no user details, no client address from the
SDK) and ``scrub_event`` removes what could still carry some: cookies, authorisation
and forwarding headers, request bodies, query strings, the user apart from the id,
and e-mail and IP addresses in any text (messages, exception values, breadcrumbs,
local variables).
"""

import ipaddress
import re

from cop_portal.request_log import current_request_id

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
IPV4 = re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")
# Candidates only: a run of hex digits and colons is replaced when it is an address
# (a time such as 12:30:45 is not).
IPV6_CANDIDATE = re.compile(r"[0-9A-Fa-f]*:[0-9A-Fa-f:]*:[0-9A-Fa-f]*")
SENSITIVE_HEADERS = {
    "cookie",
    "set-cookie",
    "authorization",
    "proxy-authorization",
    "x-forwarded-for",
    "x-real-ip",
    "forwarded",
    "x-csrftoken",
}
FILTERED = "[Filtered]"


def _ipv6_or_text(match):
    try:
        ipaddress.IPv6Address(match.group())
    except ValueError:
        return match.group()
    return "[ip]"


def scrub_text(text):
    text = EMAIL.sub("[email]", text)
    text = IPV4.sub("[ip]", text)
    return IPV6_CANDIDATE.sub(_ipv6_or_text, text)


def _scrub(value):
    if isinstance(value, str):
        return scrub_text(value)
    if isinstance(value, dict):
        return {key: _scrub(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_scrub(item) for item in value]
    return value


def scrub_event(event, hint=None):
    """Sentry ``before_send``: the event without personal data (module docstring)."""
    request = event.get("request")
    if request:
        request.pop("cookies", None)
        request.pop("data", None)
        request.pop("query_string", None)
        request.pop("env", None)
        headers = request.get("headers") or {}
        request["headers"] = {
            name: FILTERED if name.lower() in SENSITIVE_HEADERS else value
            for name, value in headers.items()
        }
    user = event.get("user")
    if user:
        event["user"] = {"id": user["id"]} if "id" in user else {}
    request_id = current_request_id()
    if request_id:
        event.setdefault("tags", {})["request_id"] = request_id
    # Whatever text is left (messages, exception values, breadcrumbs, frames' local
    # variables, the URL) loses e-mail and IP addresses.
    return _scrub(event)


def scrub_breadcrumb(breadcrumb, hint=None):
    return _scrub(breadcrumb)


def sentry_init(*, dsn, environment, release, traces_sample_rate):
    import sentry_sdk
    from sentry_sdk.integrations.django import DjangoIntegration
    from sentry_sdk.integrations.logging import ignore_logger

    # A forged Host header is the visitor's doing, not a fault: answered 400, not reported.
    ignore_logger("django.security.DisallowedHost")

    return sentry_sdk.init(
        dsn=dsn,
        environment=environment,
        release=release or None,
        integrations=[DjangoIntegration()],
        send_default_pii=False,
        before_send=scrub_event,
        before_breadcrumb=scrub_breadcrumb,
        traces_sample_rate=traces_sample_rate,
        # The portal serves children: no session replays, profiles or logs shipped.
        profiles_sample_rate=0.0,
    )
