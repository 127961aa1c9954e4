"""One log line per request with its id; the same id on the request's error lines."""

import json
import logging
import re

import pytest
from django.conf import settings
from django.db import OperationalError

from cop_portal.request_log import JsonFormatter, PlainFormatter, RequestIdFilter
from tests.factories import UserFactory
from tests.portal_server import run_in_fresh_process

pytestmark = pytest.mark.django_db

HEX_ID = re.compile(r"[0-9a-f]{32}")


@pytest.fixture(autouse=True)
def failing_urls(settings):
    settings.ROOT_URLCONF = "tests.cop_portal.failing_urls"


def request_lines(caplog):
    return [record for record in caplog.records if record.name == "cop_portal.requests"]


def as_json(record):
    RequestIdFilter().filter(record)
    return json.loads(JsonFormatter().format(record))


def test_a_request_is_one_json_line_with_its_fields(client, caplog):
    caplog.set_level(logging.INFO, logger="cop_portal.requests")
    response = client.get("/en/ops-test/cacheable/?utm_source=newsletter&q=my+name")
    [record] = request_lines(caplog)
    line = as_json(record)
    request_id = response["X-Request-ID"]
    assert HEX_ID.fullmatch(request_id)
    assert set(line) == {
        "time",
        "level",
        "logger",
        "message",
        "request_id",
        "method",
        "path",
        "status",
        "duration_ms",
        "cache",
        "user_id",
    }
    assert line["level"] == "INFO"
    assert line["logger"] == "cop_portal.requests"
    assert line["message"] == "GET /en/ops-test/cacheable/ 200"
    assert line["request_id"] == request_id
    assert (line["method"], line["path"], line["status"]) == ("GET", "/en/ops-test/cacheable/", 200)
    assert line["cache"] == "miss"
    assert line["user_id"] is None
    assert isinstance(line["duration_ms"], float) and line["duration_ms"] >= 0
    # The query string (what a visitor searched for) and the address stay out of the log.
    assert "newsletter" not in json.dumps(line)
    assert "127.0.0.1" not in json.dumps(line)


def test_the_page_cache_answer_is_logged_as_hit_or_miss(client, caplog):
    caplog.set_level(logging.INFO, logger="cop_portal.requests")
    client.get("/en/ops-test/cacheable/")
    client.get("/en/ops-test/cacheable/")
    client.post("/en/ops-test/cacheable/")
    assert [record.cache for record in request_lines(caplog)] == ["miss", "hit", "bypass"]


def test_the_load_balancers_request_id_is_kept(client, caplog):
    caplog.set_level(logging.INFO, logger="cop_portal.requests")
    nginx_id = "4f1c2a9be0d34c5f8a7b6e5d4c3b2a19"
    response = client.get("/en/ops-test/cacheable/", headers={"X-Request-ID": nginx_id})
    assert response["X-Request-ID"] == nginx_id
    assert request_lines(caplog)[0].request_id == nginx_id


@pytest.mark.parametrize(
    "offered",
    ["short", "x" * 129, "abc def ghi jkl", "id\nFAKE LOG LINE", "<script>alert(1)</script>"],
)
def test_an_implausible_request_id_is_replaced(client, caplog, offered):
    caplog.set_level(logging.INFO, logger="cop_portal.requests")
    response = client.get("/en/ops-test/cacheable/", headers={"X-Request-ID": offered})
    assert response.status_code == 200
    assert HEX_ID.fullmatch(response["X-Request-ID"])
    assert request_lines(caplog)[0].request_id == response["X-Request-ID"]


def test_a_logged_in_user_is_logged_by_id_only(client, caplog):
    caplog.set_level(logging.INFO, logger="cop_portal.requests")
    user = UserFactory(
        username="ops-editor", email="ops.editor@example.org", is_staff=True, is_superuser=True
    )
    client.force_login(user)
    client.get("/admin/")
    [record] = request_lines(caplog)
    line = as_json(record)
    assert line["user_id"] == user.pk
    assert line["status"] == 200
    assert line["cache"] == "bypass"
    text = json.dumps(line)
    assert "ops-editor" not in text and "ops.editor@example.org" not in text
    assert settings.SESSION_COOKIE_NAME not in text


def test_an_anonymous_request_line_costs_no_query(client, django_assert_num_queries):
    client.get("/en/ops-test/cacheable/")
    with django_assert_num_queries(0):
        client.get("/en/ops-test/cacheable/", headers={"X-Request-ID": "a" * 32})


def test_the_error_log_carries_the_requests_id(client, caplog):
    caplog.set_level(logging.INFO)
    client.raise_request_exception = False
    response = client.get("/en/ops-test/fails/", headers={"X-Request-ID": "req-0123456789"})
    assert response.status_code == 500
    assert response["X-Request-ID"] == "req-0123456789"
    error = next(record for record in caplog.records if record.name == "django.request")
    line = as_json(error)
    assert line["level"] == "ERROR"
    assert line["request_id"] == "req-0123456789"
    assert "RuntimeError: could not notify" in line["exception"]
    [request_line] = request_lines(caplog)
    assert (request_line.request_id, request_line.status) == ("req-0123456789", 500)


def test_the_plain_line_is_readable(client, caplog):
    caplog.set_level(logging.INFO, logger="cop_portal.requests")
    client.get("/en/ops-test/cacheable/", headers={"X-Request-ID": "plain-request-1"})
    [record] = request_lines(caplog)
    text = PlainFormatter().format(record)
    assert re.fullmatch(
        r"\S+ \S+ INFO \[plain-request-1\] cop_portal.requests: "
        r"GET /en/ops-test/cacheable/ 200 \d+\.\dms cache=miss",
        text,
    )


def test_outside_a_request_the_id_is_empty(caplog):
    caplog.set_level(logging.WARNING)
    logging.getLogger("cop_portal.housekeeping").warning("nothing to do")
    line = as_json(caplog.records[-1])
    assert line["request_id"] is None
    assert line["message"] == "nothing to do"


SUBPROCESS_REQUESTS = """
import django
django.setup()
from django.test import Client
client = Client()
client.get("/robots.txt", headers={"X-Request-ID": "0123456789abcdef0123456789abcdef"})
client.get("/en/no-such-page/", headers={"X-Request-ID": "fedcba9876543210fedcba9876543210"})
"""


def run_portal_requests(tmp_path, **environment):
    """Two requests in a fresh process configured only by the environment, as deployed
    (neither reads the database)."""
    return run_in_fresh_process(SUBPROCESS_REQUESTS, tmp_path, **environment).stderr.splitlines()


def test_json_logs_are_chosen_by_the_environment(tmp_path):
    lines = [json.loads(line) for line in run_portal_requests(tmp_path, DJANGO_LOG_FORMAT="json")]
    robots = [line for line in lines if line.get("path") == "/robots.txt"]
    assert [(line["status"], line["request_id"]) for line in robots] == [
        (200, "0123456789abcdef0123456789abcdef")
    ]
    missing = [line for line in lines if line["request_id"] == "fedcba9876543210fedcba9876543210"]
    # The request line and Django's own warning about the 404, with one id.
    assert [(line["logger"], line["level"]) for line in missing] == [
        ("cop_portal.requests", "INFO"),
        ("django.request", "WARNING"),
    ]
    assert missing[0]["status"] == 404
    assert missing[1]["message"] == "Not Found: /en/no-such-page/"


def test_plain_logs_are_the_default(tmp_path):
    lines = run_portal_requests(tmp_path, DJANGO_LOG_FORMAT="")
    robots = [line for line in lines if "GET /robots.txt 200" in line]
    assert len(robots) == 1
    assert "[0123456789abcdef0123456789abcdef] cop_portal.requests:" in robots[0]
    assert not robots[0].startswith("{")


def test_a_dead_database_still_gets_its_503_and_its_line(client, caplog, monkeypatch):
    """With a session cookie the line looks the user up; that must not turn a 503 into
    a 500 when the database is gone."""
    caplog.set_level(logging.INFO, logger="cop_portal.requests")
    user = UserFactory(username="ops-outage")
    client.force_login(user)

    def refuse(*args, **kwargs):
        raise OperationalError("could not connect to server")

    monkeypatch.setattr("django.db.backends.base.base.BaseDatabaseWrapper.cursor", refuse)
    response = client.get("/healthz")
    assert response.status_code == 503
    [record] = request_lines(caplog)
    assert (record.status, record.user_id) == (503, None)
