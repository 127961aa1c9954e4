"""The security headers baseline of the quality gates, for any kind of response.

The expectations are the gates' own (tests/cop_portal/test_security_headers.py:
``header_problems`` and ``HSTS``); this adapts them to the responses this suite
handles: a Django test-client response, the load generator's (a dict of lower-case
names) and the HTTP session's (``http.client.HTTPMessage``).
"""

from tests.cop_portal.test_security_headers import HSTS
from tests.cop_portal.test_security_headers import header_problems as gates_header_problems


class _Headers:
    """What the gates' check reads: ``getheader(name)``, names in any case."""

    def __init__(self, headers):
        self.headers = headers

    def getheader(self, name, default=None):
        for candidate in (name, name.lower()):
            value = self.headers.get(candidate)
            if value is not None:
                return value
        return default


def header_problems(headers, https=False):
    """What is missing or too weak in ``headers``; HSTS too when ``https``."""
    wrapped = _Headers(headers)
    problems = gates_header_problems(wrapped)
    if https and wrapped.getheader("Strict-Transport-Security") != HSTS:
        problems.append(f"HSTS {wrapped.getheader('Strict-Transport-Security')!r}")
    return problems
