"""Error reports: nothing leaves the portal without SENTRY_DSN; with it, no personal data.

The portal runs in a fresh process, configured by the environment only, as deployed;
a local HTTP server stands in for Sentry and keeps every envelope it receives.
"""

import gzip
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from cop_portal.error_reporting import scrub_event
from tests.portal_server import run_in_fresh_process

# In the portal's process, through its WSGI application as a server calls it: one
# request to a view that fails (its message holds an e-mail and an IP address), with a
# session cookie, credentials and forwarding headers; then print the status and whether
# the SDK is active.
FAILING_REQUEST = """
import io
import wsgiref.util
import django
django.setup()
import sentry_sdk
from django.core.wsgi import get_wsgi_application
from django.test import override_settings
environ = {
    "REQUEST_METHOD": "GET",
    "PATH_INFO": "/en/ops-test/fails/",
    "QUERY_STRING": "email=jane.doe@example.org",
    "HTTP_HOST": "testserver",
    "HTTP_COOKIE": "sessionid=secret-session-key",
    "HTTP_X_REQUEST_ID": "err-0123456789abcdef",
    "HTTP_X_FORWARDED_FOR": "198.51.100.23",
    "HTTP_AUTHORIZATION": "Bearer top-secret-token",
    "HTTP_USER_AGENT": "test-browser",
    "REMOTE_ADDR": "192.0.2.44",
    "wsgi.input": io.BytesIO(b""),
}
wsgiref.util.setup_testing_defaults(environ)
statuses = []
with override_settings(ROOT_URLCONF="tests.cop_portal.failing_urls"):
    body = get_wsgi_application()(environ, lambda status, headers: statuses.append(status))
    b"".join(body)
    body.close()
sentry_sdk.flush(timeout=10)
print(statuses[0].split()[0], sentry_sdk.get_client().is_active())
"""


class FakeSentry(ThreadingHTTPServer):
    """Accepts Sentry envelopes on 127.0.0.1 and keeps them."""

    def __init__(self):
        self.envelopes = []
        super().__init__(("127.0.0.1", 0), _EnvelopeHandler)

    @property
    def dsn(self):
        return f"http://publickey@127.0.0.1:{self.server_address[1]}/42"

    def events(self):
        found = []
        for path, body in self.envelopes:
            assert path == "/api/42/envelope/"
            header, *lines = body.split(b"\n")
            for item_header, payload in zip(lines[::2], lines[1::2], strict=False):
                if json.loads(item_header).get("type") == "event":
                    found.append(json.loads(payload))
        return found


class _EnvelopeHandler(BaseHTTPRequestHandler):
    def do_POST(self):  # noqa: N802 (http.server's name)
        body = self.rfile.read(int(self.headers["Content-Length"]))
        encoding = self.headers.get("Content-Encoding")
        if encoding == "gzip":
            body = gzip.decompress(body)
        elif encoding == "br":  # sentry-sdk's choice when brotli is installed (WeasyPrint's)
            import brotli

            body = brotli.decompress(body)
        self.server.envelopes.append((self.path, body))
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, format, *args):
        pass


@pytest.fixture
def fake_sentry():
    server = FakeSentry()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def run_failing_request(tmp_path, **environment):
    completed = run_in_fresh_process(
        FAILING_REQUEST,
        tmp_path,
        drop=("PYTEST", "SENTRY"),
        DJANGO_LOG_LEVEL="CRITICAL",
        **environment,
    )
    return completed.stdout.split()


def test_without_a_dsn_nothing_is_sent(tmp_path, fake_sentry):
    assert run_failing_request(tmp_path) == ["500", "False"]
    assert fake_sentry.envelopes == []


def test_with_a_dsn_the_error_arrives_without_personal_data(tmp_path, fake_sentry):
    status, active = run_failing_request(
        tmp_path, SENTRY_DSN=fake_sentry.dsn, SENTRY_ENVIRONMENT="staging"
    )
    assert (status, active) == ("500", "True")
    [event] = fake_sentry.events()
    assert event["environment"] == "staging"
    assert event["tags"]["request_id"] == "err-0123456789abcdef"
    [exception] = event["exception"]["values"]
    assert exception["type"] == "RuntimeError"
    assert exception["value"] == "could not notify [email] from [ip]"
    assert event["request"]["url"].endswith("/en/ops-test/fails/")
    assert event["request"]["method"] == "GET"
    headers = event["request"]["headers"]
    assert headers["User-Agent"] == "test-browser"
    assert headers["X-Forwarded-For"] == "[Filtered]"
    assert headers["Authorization"] == "[Filtered]"
    assert "cookies" not in event["request"]
    assert "query_string" not in event["request"]
    assert "user" not in event or set(event["user"]) <= {"id"}
    text = json.dumps(event)
    for secret in (
        "jane.doe@example.org",
        "203.0.113.7",
        "198.51.100.23",
        "192.0.2.44",
        "top-secret-token",
        "secret-session-key",
    ):
        assert secret not in text


def test_scrubbing_keeps_the_user_id_and_the_rest():
    event = {
        "user": {"id": 7, "email": "editor@example.org", "ip_address": "192.0.2.1"},
        "request": {"headers": {"Cookie": "sessionid=x", "Accept": "text/html"}, "data": "a=b"},
        "breadcrumbs": {"values": [{"message": "mail to rep@example.org failed"}]},
        "message": "from 2001:db8::1 at 10:30:15",
    }
    assert scrub_event(event) == {
        "user": {"id": 7},
        "request": {"headers": {"Cookie": "[Filtered]", "Accept": "text/html"}},
        "breadcrumbs": {"values": [{"message": "mail to [email] failed"}]},
        "message": "from [ip] at 10:30:15",
    }
