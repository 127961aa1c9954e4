"""Browser tests: Debian's Chromium, driven by Playwright, against the portal under gunicorn.

One server (production settings, its own database with the demo content) and one browser
serve the whole package; both stop when the package is done, so the rest of the suite
never runs beside Playwright's event loop. Without /usr/bin/chromium the tests skip,
unless COP_REQUIRE_BROWSER=1 (set by .ci/run), where they fail.
"""

import os
from pathlib import Path

import pytest
from django.conf import settings

from tests.browser import page_inspection
from tests.discovery import discover, http_fetcher
from tests.portal_server import DemoDatabase, PortalServer

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",  # the tests run as root
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
REPORT_KEY = pytest.StashKey[list]()


def browser_unavailable():
    if not Path(CHROMIUM).exists():
        return f"Chromium is not installed at {CHROMIUM} (install it: apt-get install chromium)"
    try:
        import axe_playwright_python  # noqa: F401
        import playwright.sync_api  # noqa: F401
    except ImportError as error:
        return f"{error.name} is not installed (pip install -e '.[test]')"
    return None


@pytest.fixture(scope="package")
def chromium_required():
    problem = browser_unavailable()
    if problem is None:
        return
    if os.environ.get("COP_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{problem}; COP_REQUIRE_BROWSER=1 requires the browser tests.", False)
    pytest.skip(f"Browser tests skipped: {problem}.")


@pytest.fixture(scope="package")
def live_portal(chromium_required, collected_static, tmp_path_factory):
    workdir = tmp_path_factory.mktemp("browser-portal")
    with DemoDatabase(workdir, name_suffix="browser") as database:
        database.load(settings.STATIC_ROOT, log=(workdir / "demo.log").open("w"))
        with PortalServer(database.url, settings.STATIC_ROOT, workdir / "gunicorn.log") as server:
            yield server


@pytest.fixture(scope="package")
def discovery(live_portal):
    return discover(
        http_fetcher(live_portal.host, live_portal.port), f"{live_portal.host}:{live_portal.port}"
    )


@pytest.fixture(scope="package")
def browser(chromium_required):
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    browser = playwright.chromium.launch(
        executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
    )
    yield browser
    browser.close()
    playwright.stop()


@pytest.fixture(scope="package")
def page_reports(request, browser, live_portal, discovery):
    """Every discovered HTML page, in every language, loaded once and inspected."""
    reports = [
        page_inspection.inspect_page(browser, live_portal, page) for page in discovery.html_pages
    ]
    request.config.stash[REPORT_KEY] = reports
    return reports


def pytest_terminal_summary(terminalreporter, config):
    reports = config.stash.get(REPORT_KEY, None)
    if not reports:
        return
    terminalreporter.section("browser: pages inspected")
    terminalreporter.write_line(
        f"{'page':<42} {'kind':<24} {'axe':>4} {'html':>7} {'css':>7} {'js':>7} {'total':>8}"
    )
    for report in reports:
        weight = report.weight
        terminalreporter.write_line(
            f"{report.page.path:<42} {report.page.kind:<24} {len(report.axe_violations):>4} "
            f"{weight['document']:>7} {weight['stylesheet']:>7} {weight['script']:>7} "
            f"{report.total_weight:>8}"
        )
    terminalreporter.write_line(
        f"{len(reports)} pages ({len({report.page.kind for report in reports})} kinds × "
        f"{len({report.page.language for report in reports})} languages); bytes transferred "
        "(compressed, headers included), images excluded"
    )
