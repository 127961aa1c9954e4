"""The portal under gunicorn with production settings, on its own PostgreSQL and Redis.

Runs with ``make reliability`` (COP_RELIABILITY_LIVE=1); skipped otherwise. In order:
the crawl (what to request), 200 clients for COP_LOAD_SECONDS (default 60), the
database going away under load and coming back, the cache going away under load and
coming back, hostile input over HTTP, the login lock-out across two app instances,
HTTPS headers, cookies and ``check --deploy``, and a backup restored into a fresh
database serving the same pages. Every figure goes to the report printed at the end.
"""

import asyncio
import difflib
import hashlib
import itertools
import json
import os
import re
import secrets
import subprocess
import sys
import tarfile
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.utils import translation

from tests.discovery import http_fetcher
from tests.reliability import report
from tests.reliability.discovery import (
    LANGUAGE_CODES,
    crawl,
    declared_query_parameters,
    public_patterns,
    query_parameters_for,
)
from tests.reliability.edge import evil_addresses, live_edge_requests, raw_request
from tests.reliability.forms import without_one_time_values
from tests.reliability.headers import header_problems
from tests.reliability.hostile import (
    ALWAYS,
    CORPUS,
    RAW_QUERIES,
    query_variants,
    reflected_markup,
)
from tests.reliability.httpclient import Session
from tests.reliability.loadgen import LoadRun, fetch, summarise, window
from tests.reliability.services import BASE_DIR, PortalStack, manage

pytestmark = pytest.mark.live

CONCURRENCY = int(os.environ.get("COP_LOAD_CLIENTS", "200"))
LOAD_SECONDS = float(os.environ.get("COP_LOAD_SECONDS", "60"))
OUTAGE_SECONDS = float(os.environ.get("COP_OUTAGE_SECONDS", "10"))
RECOVERY_LIMIT = 5.0
HOST = "127.0.0.1"


@pytest.fixture(scope="module")
def stack():
    started = time.monotonic()
    portal_stack = PortalStack()
    portal_stack.start()
    try:
        editor_password = secrets.token_urlsafe(16)
        lockout_password = secrets.token_urlsafe(16)
        env = portal_stack.environment("cop") | {
            "COP_LIVE_EDITOR_PASSWORD": editor_password,
            "COP_LIVE_LOCKOUT_PASSWORD": lockout_password,
            "DJANGO_SETTINGS_MODULE": "cop_portal.settings",
        }
        result = subprocess.run(
            [sys.executable, "-m", "tests.reliability.live_setup"],
            cwd=BASE_DIR,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        portal_stack.setup = json.loads(result.stdout.strip().splitlines()[-1])
        portal_stack.setup["editor_password"] = editor_password
        portal_stack.setup["lockout_password"] = lockout_password
        report.record(
            "live stack",
            start_seconds=round(time.monotonic() - started, 1),
            steps=portal_stack.timings,
            gunicorn=portal_stack.portal.settings,
            load_generator="asyncio HTTP/1.1 keep-alive client (tests/reliability/loadgen.py)",
        )
        yield portal_stack
    finally:
        portal_stack.close()


@pytest.fixture(scope="module")
def live_site(stack):
    found = crawl(http_fetcher(HOST, stack.portal.port), f"{HOST}:{stack.portal.port}")
    assert found.by_pattern, "the crawl found no page"
    report.record(
        "discovery (live)",
        pages_found=len(found.pages),
        sitemap_urls=len(found.sitemap_paths),
        url_patterns_reached=len(found.by_pattern),
        patterns=sorted(found.by_pattern),
    )
    return found


def probe_paths(site):
    """One page per pattern and language: what 'every page answers' is checked on."""
    return sorted(set(site.paths()))


def load_paths(site):
    paths = set(site.paths())
    paths.update(sorted(site.assets)[:3])
    paths.add("/healthz")
    paths.add("/")
    return sorted(paths)


# A load balancer waits 60 s for an answer (nginx's default): so do the clients here.
ANSWER_TIMEOUT = 60


@dataclass
class Probe:
    path: str
    started: float  # monotonic
    finished: float
    response: object  # loadgen.Response, or the exception

    @property
    def status(self):
        return getattr(self.response, "status", 0)


def run_load(stack, paths, scenario, seed):
    """The load on ``paths`` while ``await scenario(load)`` runs; returns the finished load."""

    async def run():
        async with LoadRun(
            HOST, stack.portal.port, paths, CONCURRENCY, timeout=ANSWER_TIMEOUT, seed=seed
        ) as load:
            await scenario(load)
        return load

    return asyncio.run(run())


async def probe(port, paths, concurrency=25):
    """GET every path once (fresh connections); {path: Probe}."""
    semaphore = asyncio.Semaphore(concurrency)

    async def one(path):
        async with semaphore:
            started = time.monotonic()
            try:
                response = await fetch(
                    HOST, port, path, {"Accept-Language": "en"}, timeout=ANSWER_TIMEOUT
                )
            except Exception as error:  # noqa: BLE001 (recorded as a failure)
                response = error
            return path, Probe(path, started, time.monotonic(), response)

    return dict(await asyncio.gather(*(one(path) for path in paths)))


def statuses(results):
    return {path: result.status or repr(result.response) for path, result in results.items()}


def _uncached(path):
    separator = "&" if "?" in path else "?"
    return f"{path}{separator}outage-probe={secrets.token_hex(4)}"


def page_cache_installed():
    return any("cache" in name.lower() for name in settings.MIDDLEWARE)


def expected_unavailable_title(language):
    with translation.override(language):
        return translation.gettext("Temporarily unavailable")


def language_of(path):
    first = path.strip("/").split("/")[0]
    return first if first in LANGUAGE_CODES else None


def database_snapshot(stack):
    """A checksum of every table but sessions and login records."""
    connection = stack.postgres.connect("cop")
    try:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1"
            )
            tables = [
                row[0]
                for row in cursor.fetchall()
                if row[0] != "django_session" and not row[0].startswith("axes_")
            ]
            snapshot = {}
            for table in tables:
                cursor.execute(
                    "SELECT count(*), md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), ''))"
                    f' FROM "{table}" t'
                )
                snapshot[table] = cursor.fetchone()
            return snapshot
    finally:
        connection.close()


def edited_fields(form):
    """The form with one text field changed (a title or name, never a slug or address)."""
    avoid = ("slug", "url", "website", "email", "username", "password", "phone", "csrf")
    names = [
        name
        for name in form.text_inputs
        if form.value(name)
        and "-" not in name
        and not re.search(r"_\d$", name)  # a date or time half of a split widget
        and not any(word in name for word in avoid)
    ]
    names.sort(
        key=lambda name: (
            not any(word in name for word in ("title", "name", "summary")),
            not name.endswith("_en"),
            name,
        )
    )
    assert names, "no text field to edit on the editor's form"
    name = names[0]
    new_value = f"{form.value(name)} (revised {secrets.token_hex(3)})"
    return name, new_value, form.with_value(name, new_value)


# --- Load ------------------------------------------------------------------------------


def test_load(stack, live_site):
    paths = load_paths(live_site)

    async def steady(load):
        await asyncio.sleep(LOAD_SECONDS)

    load = run_load(stack, paths, steady, seed=1)
    figures = summarise(load.records, load.duration)
    languages = {language_of(path) for path in paths} - {None}
    feeds = [p for p in paths if re.search(r"(rss|atom|feed|\.ics)", p)]
    report.record(
        "load",
        clients=CONCURRENCY,
        urls_in_mix=len(paths),
        languages_in_mix=len(languages),
        feeds_in_mix=len(feeds),
        client_cpu_share_of_one_core=round(load.client_cpu, 2),
        **figures,
    )
    assert figures["requests"] > 0
    assert figures["server_errors"] == 0, figures
    assert figures["connection_errors"] == 0, figures
    assert languages == set(LANGUAGE_CODES)


# --- Database outage -------------------------------------------------------------------


def _check_unavailable_page(path, response):
    """A 503 in the path's language, self-contained, not cacheable, with Retry-After."""
    language = language_of(path) or "en"
    text = response.text
    assert response.status == 503, (path, response.status)
    assert response.headers.get("retry-after"), path
    assert "no-store" in response.headers.get("cache-control", ""), path
    assert expected_unavailable_title(language) in text, (path, text[:500])
    direction = "rtl" if language == "ar" else "ltr"
    assert f'dir="{direction}"' in text, path
    for url in re.findall(r'(?:src|href)="([^"]+)"', text):
        parts = urlsplit(url)
        assert not parts.netloc, f"the 503 page of {path} loads {url}"
    assert header_problems(response.headers) == [], path


def test_database_outage(stack, live_site):
    probes = probe_paths(live_site)
    paths = load_paths(live_site)
    setup = stack.setup
    editor = Session(stack.portal.port)
    assert editor.login(setup["editor"], setup["editor_password"]).status == 302
    form = editor.change_form(setup["edit_target"]["path"])
    field, new_value, fields = edited_fields(form)
    outcome = {"recovery_probes": []}

    async def while_down():
        await asyncio.sleep(1)
        during = await probe(stack.portal.port, probes + ["/healthz"])
        # The same pages under an address the page cache has never seen: built anew,
        # they need the database.
        uncached = await probe(stack.portal.port, [_uncached(path) for path in probes])
        save = await asyncio.to_thread(editor.post, setup["edit_target"]["path"], fields)
        return during, uncached, save

    async def until_recovered(started):
        """Probe every page again and again until one whole round answers 200."""
        while time.monotonic() - started < 60:
            results = await probe(stack.portal.port, probes + ["/healthz"])
            outcome["recovery_probes"].extend(results.values())
            if all(result.status == 200 for result in results.values()):
                return time.monotonic()
            await asyncio.sleep(0.2)
        return None

    async def scenario(load):
        await asyncio.sleep(5)
        outcome["before"] = await asyncio.to_thread(database_snapshot, stack)
        warm = await probe(stack.portal.port, probes)
        assert all(r.status == 200 for r in warm.values()), statuses(warm)

        load.mark("database stopped")
        await asyncio.to_thread(stack.postgres.stop, "fast")
        stopped = time.monotonic()
        checks = asyncio.create_task(while_down())
        await asyncio.sleep(max(0.0, OUTAGE_SECONDS - (time.monotonic() - stopped)))
        await asyncio.to_thread(stack.postgres.start)
        load.mark("database started")
        outcome["up_monotonic"] = time.monotonic()
        outcome["all_200_at"] = await until_recovered(outcome["up_monotonic"])
        outcome["during"], outcome["uncached"], outcome["save"] = await checks
        await asyncio.sleep(5)
        outcome["after"] = await asyncio.to_thread(database_snapshot, stack)

    load = run_load(stack, paths, scenario, seed=2)
    down, up = load.marks["database stopped"], load.marks["database started"]
    up_monotonic = outcome["up_monotonic"]

    # While it is down: localised 503s (or cached pages), /healthz 503, the editor told.
    during = dict(outcome["during"])
    health = during.pop("/healthz")
    assert health.status == 503, statuses({"/healthz": health})
    answered_200 = 0
    for path, result in during.items():
        assert not isinstance(result.response, Exception), (path, result.response)
        if result.status == 200:
            answered_200 += 1
            continue
        if path.startswith("/static/") or result.status in (301, 302, 404):
            continue
        _check_unavailable_page(path, result.response)
    unavailable_languages = set()
    for path, result in outcome["uncached"].items():
        assert not isinstance(result.response, Exception), (path, result.response)
        if result.status != 200:
            _check_unavailable_page(path, result.response)
            unavailable_languages.add(language_of(path))
    # The localised 503 page was seen, and checked, in every language.
    assert unavailable_languages >= set(LANGUAGE_CODES), unavailable_languages
    if page_cache_installed():
        homes = [f"/{code}/" for code in LANGUAGE_CODES]
        assert all(during[home].status == 200 for home in homes if home in during), (
            "the page cache did not serve the home pages during the outage"
        )
    save = outcome["save"]
    assert save.status == 503, f"the editor's save during the outage answered {save.status}"
    assert expected_unavailable_title("en") in save.text

    # Back within the limit, no restart; nothing lost or half-written.
    assert outcome["all_200_at"] is not None, "pages did not all answer 200 again"
    # Recovery: the end of the last failed answer to a request sent after the restart.
    late_failures = [
        p.finished
        for p in outcome["recovery_probes"]
        if p.started >= up_monotonic and p.status != 200
    ]
    recovery = max(late_failures, default=up_monotonic) - up_monotonic
    assert recovery <= RECOVERY_LIMIT, recovery
    assert outcome["after"] == outcome["before"], "the data changed during the outage"
    assert stack.portal.process.poll() is None, "gunicorn died"

    # The editor saves again and the change is there.
    resubmitted = editor.post(setup["edit_target"]["path"], fields)
    assert resubmitted.status == 302, resubmitted.status
    assert editor.change_form(setup["edit_target"]["path"]).value(field) == new_value

    # The load's own view: 5xx only while the database was away, and only 503.
    records = load.records
    # Requests still in flight when the database stopped may be told 503: "before" is
    # what finished before that moment.
    before = [r for r in records if r.started + r.latency < down]
    outage = window(records, down, up + RECOVERY_LIMIT)
    after = window(records, up + RECOVERY_LIMIT, load.duration + 1)
    other_5xx = [r for r in records if r.status >= 500 and r.status != 503]
    late_503 = [r for r in after if r.status == 503]
    last_503 = max((r.started + r.latency for r in records if r.status == 503), default=up)
    report.record(
        "database outage",
        down_seconds=round(up - down, 1),
        recovery_seconds=round(recovery, 2),
        recovery_seconds_last_503_in_load=round(max(0.0, last_503 - up), 2),
        seconds_until_a_whole_probe_round_answered_200=round(
            outcome["all_200_at"] - up_monotonic, 2
        ),
        probe_pages=len(probes),
        probe_pages_answering_200_while_down=answered_200,
        uncached_pages_answering_503_while_down=sum(
            r.status == 503 for r in outcome["uncached"].values()
        ),
        editor_save_while_down=save.status,
        requests=len(records),
        before=summarise(before),
        outage=summarise(outage),
        after=summarise(after),
    )
    assert summarise(before)["server_errors"] == 0
    assert other_5xx == [], other_5xx[:5]
    assert late_503 == [], late_503[:5]
    assert all(r.status for r in records), [r for r in records if not r.status][:5]


# --- Cache outage ----------------------------------------------------------------------


def test_cache_outage(stack, live_site):
    paths = load_paths(live_site)
    # One page per pattern: the load covers the rest, and uncached pages are slow.
    probes = sorted(set(live_site.paths(languages=["en"])))
    setup = stack.setup
    editor = Session(stack.portal.port, timeout=ANSWER_TIMEOUT)
    assert editor.login(setup["editor"], setup["editor_password"]).status == 302
    outcome = {}

    async def while_down():
        await asyncio.sleep(1)
        during = await probe(stack.portal.port, probes)
        editor_during = await asyncio.to_thread(editor.get, "/admin/")
        return during, editor_during

    async def scenario(load):
        await asyncio.sleep(5)
        outcome["keys_before"] = len(stack.redis.client().keys("*"))
        load.mark("redis stopped")
        await asyncio.to_thread(stack.redis.stop)
        stopped = time.monotonic()
        checks = asyncio.create_task(while_down())
        await asyncio.sleep(max(0.0, OUTAGE_SECONDS - (time.monotonic() - stopped)))
        await asyncio.to_thread(stack.redis.start)
        load.mark("redis started")
        outcome["keys_at_restart"] = len(stack.redis.client().keys("*"))
        outcome["during"], outcome["editor_during"] = await checks
        outcome["editor_after"] = await asyncio.to_thread(editor.get, "/admin/")
        await asyncio.sleep(5)
        outcome["keys_after"] = sorted(
            key.decode(errors="replace") for key in stack.redis.client().keys("*")
        )

    load = run_load(stack, paths, scenario, seed=3)
    down, up = load.marks["redis stopped"], load.marks["redis started"]
    figures = summarise(load.records, load.duration)
    keys_after = outcome["keys_after"]
    report.record(
        "cache outage",
        down_seconds=round(up - down, 1),
        cache_keys_before=outcome["keys_before"],
        cache_keys_at_restart=outcome["keys_at_restart"],
        cache_keys_5s_after_restart=len(keys_after),
        session_keys_after_restart=sum("session" in key for key in keys_after),
        page_keys_after_restart=sum("page" in key for key in keys_after),
        before=summarise([r for r in load.records if r.started + r.latency < down]),
        while_down=summarise(window(load.records, down, up)),
        after=summarise(window(load.records, up, load.duration + 1)),
        whole_run=figures,
    )
    assert figures["server_errors"] == 0, figures
    assert figures["connection_errors"] == 0, figures
    assert all(r.status == 200 for r in outcome["during"].values()), statuses(outcome["during"])
    # The editor stays logged in (sessions are in the database, read through the cache).
    assert outcome["editor_during"].status == 200
    assert outcome["editor_after"].status == 200
    # The cache is used again: the editor's session (at least) is back in Redis.
    assert any("session" in key for key in keys_after), keys_after[:10]


# --- Hostile input over HTTP -------------------------------------------------------------


HOSTILE_LIMIT = int(os.environ.get("COP_HOSTILE_LIVE_LIMIT", "10000"))


def _spread(values, count):
    """``count`` of ``values``, evenly spaced (all of them if there are fewer)."""
    if count <= 0:
        return []
    if count >= len(values):
        return list(values)
    step = len(values) / count
    return [values[int(i * step)] for i in range(count)]


def hostile_requests(site, limit=HOSTILE_LIMIT):
    """Hostile values in every path parameter and query parameter of every pattern.

    Every (pattern, parameter) gets the values that broke real portals (ALWAYS: a NUL
    byte, markup, SQL, traversal, a very long string, a negative number) and an even
    share of the rest of the corpus, as many as fit in ``limit`` requests; the
    parameters a page really uses get twice the share of the ones only tried.
    """
    slots = []  # (weight, build(value) -> path)
    languages = itertools.cycle(LANGUAGE_CODES)
    variants = itertools.cycle(range(3))
    raw = []
    for pattern in public_patterns():
        page = site.sample(pattern.key)
        kwargs = {name: str(value) for name, value in (page.kwargs if page else {}).items()}
        for name, _converter in pattern.parameters:
            slots.append(
                (2, lambda v, p=pattern, k=kwargs, n=name: p.build(k | {n: v}, next(languages)))
            )
        base = page.path.split("?")[0] if page else pattern.build({}, "en")
        parameters = query_parameters_for(site, pattern)
        used = set(site.query_parameters.get(pattern.key, {})) | declared_query_parameters(pattern)
        valid = [(n, sorted(v)[0]) for n, v in sorted(parameters.items()) if v]
        for name in sorted(parameters):
            slots.append(
                (
                    2 if name in used else 1,
                    lambda v, b=base, n=name, valid=valid: (
                        f"{b}?{list(query_variants(n, v, valid))[next(variants)]}"
                    ),
                )
            )
        raw += [f"{base}?{query}" for query in RAW_QUERIES]
    others = [value for value in CORPUS if value not in ALWAYS]
    share = max(0, limit - len(raw)) / max(1, sum(weight for weight, _ in slots))
    paths = list(raw)
    for weight, build in slots:
        count = max(0, int(share * weight) - len(ALWAYS))
        paths += [build(value) for value in ALWAYS + _spread(others, count)]
    return paths


def test_hostile_input_over_http(stack, live_site):
    paths = hostile_requests(live_site)

    async def run():
        semaphore = asyncio.Semaphore(16)
        failures = []
        answered = {}

        async def one(path):
            async with semaphore:
                try:
                    response = await fetch(HOST, stack.portal.port, path, timeout=ANSWER_TIMEOUT)
                except Exception as error:  # noqa: BLE001
                    failures.append((path, repr(error)))
                    return
                answered[response.status] = answered.get(response.status, 0) + 1
                if response.status >= 500:
                    failures.append((path, response.status))
                elif reflected_markup(response.text):
                    failures.append((path, reflected_markup(response.text)))

        await asyncio.gather(*(one(path) for path in paths))
        return failures, answered

    started = time.monotonic()
    failures, answered = asyncio.run(run())
    report.record(
        "hostile input (live, PostgreSQL)",
        requests=len(paths),
        seconds=round(time.monotonic() - started, 1),
        statuses=dict(sorted(answered.items())),
        failures=len(failures),
    )
    assert failures == [], failures[:10]


def test_edge_requests_over_http(stack, live_site):
    """Forged Host and forwarding headers, repeated and oversized headers, and paths that
    name another host, against gunicorn with production settings: no 5xx, no address
    that leads to the attacker's host, and /healthz answers a probe by IP address."""
    own_host = f"{HOST}:{stack.portal.port}"
    kinds = sorted({page.path for page in live_site.pages if page.path.startswith("/en/")})
    paths = kinds + ["/", "/healthz", "/sitemap.xml", "/robots.txt", "/admin/", "/admin/login/"]
    requests = live_edge_requests(paths, own_host)

    async def run():
        semaphore = asyncio.Semaphore(16)
        answered, by_label, failures = {}, {}, []

        async def one(label, target, headers):
            async with semaphore:
                try:
                    response = await raw_request(HOST, stack.portal.port, target, headers)
                except Exception as error:  # noqa: BLE001
                    failures.append((label, target, headers[:2], repr(error)))
                    return
                answered[response.status] = answered.get(response.status, 0) + 1
                by_label[label] = by_label.get(label, 0) + 1
                leaving = evil_addresses(response.text, own_host, response.headers.get("location"))
                if response.status >= 500 or leaving:
                    failures.append((label, target, headers[:2], response.status, leaving[:3]))

        await asyncio.gather(*(one(*request) for request in requests))
        probe = await raw_request(HOST, stack.portal.port, "/healthz", [("Host", "10.9.8.7:8000")])
        return answered, by_label, failures, probe

    started = time.monotonic()
    answered, by_label, failures, probe = asyncio.run(run())
    report.record(
        "edge requests (live, production settings)",
        requests=len(requests),
        seconds=round(time.monotonic() - started, 1),
        statuses=dict(sorted(answered.items())),
        by_kind=dict(sorted(by_label.items())),
        server_errors=sum(n for status, n in answered.items() if status >= 500),
        failures=len(failures),
        healthz_by_ip=probe.status,
    )
    assert failures == [], failures[:10]
    assert probe.status == 200 and json.loads(probe.body) == {"database": "ok"}


# --- Login lock-out across two instances ------------------------------------------------


def test_login_lockout_across_two_instances(stack):
    setup = stack.setup
    second = stack.start_portal("portal-b", workers=2, threads=2)
    limit = setup["axes_failure_limit"]
    sessions = [Session(stack.portal.port), Session(second.port)]
    answers = []
    for attempt in range(limit):
        session = sessions[attempt % 2]
        response = session.login(setup["lockout_user"], f"wrong-{attempt}")
        answers.append(response.status)
    # With the right password now, on either instance: still locked out.
    right = [s.login(setup["lockout_user"], setup["lockout_password"]) for s in sessions]
    connection = stack.postgres.connect("cop")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT failures_since_start FROM axes_accessattempt WHERE username = %s",
            [setup["lockout_user"]],
        )
        failures = [row[0] for row in cursor.fetchall()]
    connection.close()
    report.record(
        "login lock-out",
        failure_limit=limit,
        instances=2,
        answers_to_wrong_passwords=answers,
        answers_to_the_right_password_afterwards=[r.status for r in right],
        failures_recorded_in_database=failures,
    )
    # Each wrong attempt before the limit is an ordinary "wrong password" form.
    assert answers[:-1] == [200] * (limit - 1)
    assert answers[-1] == 429, answers
    for response in right:
        assert response.status == 429, response.status
        assert "sessionid" not in " ".join(response.set_cookies)
    # The other instance's editor can still log in: the lock is per account and address.
    assert Session(second.port).login(setup["editor"], setup["editor_password"]).status == 302
    second.stop()


# --- HTTPS: headers, cookies, check --deploy ---------------------------------------------


def test_https_headers_cookies_and_deploy_check(stack, live_site):
    env = stack.environment("cop", https=True)
    https = stack.start_portal("portal-https", workers=2, threads=2, https=True)
    try:
        anonymous = Session(https.port, https=True)
        problems = {}
        for path in live_site.paths():
            response = anonymous.get(path)
            found = header_problems(response.headers, https=True)
            if found:
                problems[path] = found
            if response.status == 200 and path.startswith(tuple(f"/{c}/" for c in LANGUAGE_CODES)):
                # Only a page with a form (never stored: no-store) sets the CSRF cookie.
                cookies = response.set_cookies
                if "no-store" in response.header("Cache-Control", ""):
                    cookies = [c for c in cookies if not c.startswith("csrftoken=")]
                assert not cookies, f"{path} sets a cookie for a visitor"
        assert problems == {}

        plain = Session(https.port).get("/en/")
        assert plain.status == 301 and plain.header("Location", "").startswith("https://")
        assert Session(https.port).get("/healthz").status == 200

        editor = Session(https.port, https=True)
        login_page = editor.get("/admin/login/")
        csrf_cookie = next(c for c in login_page.set_cookies if c.startswith("csrftoken="))
        response = editor.login(stack.setup["editor"], stack.setup["editor_password"])
        assert response.status == 302, response.status
        session_cookie = next(c for c in response.set_cookies if c.startswith("sessionid="))
        attributes = {
            "csrftoken": {a.strip().lower() for a in csrf_cookie.split(";")[1:]},
            "sessionid": {a.strip().lower() for a in session_cookie.split(";")[1:]},
        }
        assert "secure" in attributes["csrftoken"]
        assert (
            "samesite=lax" in attributes["csrftoken"]
            or "samesite=strict" in attributes["csrftoken"]
        )
        assert {"secure", "httponly"} <= attributes["sessionid"]
        assert (
            "samesite=lax" in attributes["sessionid"]
            or "samesite=strict" in attributes["sessionid"]
        )

        deploy = manage(env, "check", "--deploy", "--fail-level", "WARNING")
        report.record(
            "https",
            pages_checked=len(live_site.paths()),
            session_cookie=session_cookie.split(";", 1)[1].strip(),
            csrf_cookie=csrf_cookie.split(";", 1)[1].strip(),
            check_deploy=deploy.strip().splitlines()[-1] if deploy.strip() else "",
        )
    finally:
        https.stop()


# --- Backup and restore into a fresh database --------------------------------------------


def _archived_data(archive):
    """The objects in a backup archive, in a stable order."""
    with tarfile.open(archive, "r:gz") as opened:
        data = json.load(opened.extractfile("data.json"))
    return sorted(data, key=lambda item: (item["model"], str(item["pk"])))


VTIMEZONE = re.compile(rb"BEGIN:VTIMEZONE\r\n.*?END:VTIMEZONE\r\n", re.S)


def _comparable(body, port):
    """The page without what differs between two servers or two moments: the address
    (plain and URL-encoded), a form's one-time values, an iCalendar file's DTSTAMP (when
    the file was made) and the order of its VTIMEZONEs (icalendar adds them from a set,
    in the order of the process's string hashing). iCalendar lines are unfolded first:
    where a long line folds depends on the length of the address."""
    body = re.sub(rb"\r\n[ \t]", b"", body)
    body = body.replace(f"{HOST}:{port}".encode(), b"HOST")
    # The same address URL-encoded, in the share links' parameters.
    body = body.replace(f"{HOST}%3A{port}".encode(), b"HOST")
    body = without_one_time_values(body)
    body = re.sub(rb"\r\nDTSTAMP:[0-9TZ]+", b"", body)
    zones = sorted(VTIMEZONE.findall(body))
    return VTIMEZONE.sub(b"", body) + b"".join(zones)


def _checksums(root):
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in root.rglob("*")
        if path.is_file()
    }


def _differences(server_a, server_b, paths):
    """The paths whose status or page differ between two servers, and the first diff."""
    first_a, first_b = Session(server_a.port), Session(server_b.port)
    different, first_difference = [], ""
    for path in paths:
        a, b = first_a.get(path), first_b.get(path)
        body_a, body_b = _comparable(a.body, server_a.port), _comparable(b.body, server_b.port)
        if (a.status, body_a) != (b.status, body_b):
            different.append(path)
            if not first_difference:
                first_difference = "\n".join(
                    difflib.unified_diff(
                        body_a.decode(errors="replace").splitlines(),
                        body_b.decode(errors="replace").splitlines(),
                        lineterm="",
                        n=1,
                    )
                )[:3000]
    return different, first_difference


def test_backup_restored_into_a_fresh_database_serves_the_same_portal(stack, live_site):
    """Backed up while serving, restored into a new migrated database, served by a new
    instance: the same objects, media files and pages.

    The pages are compared between two fresh instances, one on the original database
    and one on the restored copy, so that nothing a long-running process keeps (its
    caches) can hide or fake a difference.
    """
    archive = stack.root / "portal-backup.tar.gz"
    started = time.monotonic()
    backup = manage(stack.environment("cop"), "backup_portal", str(archive))
    backup_seconds = time.monotonic() - started
    stack.fresh_database("cop_restored")
    restored_media = stack.root / "media-restored"
    env = stack.environment("cop_restored", redis_db=1, media_root=restored_media)
    started = time.monotonic()
    restore = manage(env, "restore_portal", str(archive))
    restore_seconds = time.monotonic() - started
    servers = [
        stack.start_portal("portal-original", redis_db=2, workers=2, threads=2),
        stack.start_portal(
            "portal-restored",
            database="cop_restored",
            redis_db=1,
            media_root=restored_media,
            workers=2,
            threads=2,
        ),
    ]
    try:
        # The restored database, backed up in turn, holds exactly the same objects (to
        # the microsecond: the backup's own format).
        copy_archive = stack.root / "restored-backup.tar.gz"
        manage(env, "backup_portal", str(copy_archive))
        assert _archived_data(copy_archive) == _archived_data(archive)
        paths = live_site.every_path()
        different, first_difference = _differences(*servers, paths)
        media, media_copy = _checksums(stack.media_root), _checksums(restored_media)
        report.record(
            "backup and restore (live, PostgreSQL)",
            backup=backup.strip().splitlines()[-1],
            restore=restore.strip().splitlines()[-1],
            backup_seconds=round(backup_seconds, 1),
            restore_seconds=round(restore_seconds, 1),
            archive_bytes=archive.stat().st_size,
            pages_compared=len(paths),
            pages_different=len(different),
            media_files=len(media),
        )
        assert different == [], (different[:10], first_difference)
        assert media_copy == media
    finally:
        for server in servers:
            server.stop()
