"""Browser tests: Debian's Chromium, driven by Playwright, against the portal under gunicorn.

The portal runs under gunicorn with the demo content (``demo_portal``, tests/conftest.py);
one browser serves the whole package and stops when the package is done, so the rest of
the suite never runs beside Playwright's event loop. Without /usr/bin/chromium the tests skip,
unless COP_REQUIRE_BROWSER=1 (set by .ci/run), where they fail.
"""

import os
from pathlib import Path

import pytest

from tests.browser import page_inspection
from tests.parallel import terminal_section

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",  # the tests run as root
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


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
def live_portal(chromium_required, demo_portal):
    return demo_portal


@pytest.fixture(scope="package")
def discovery(chromium_required, demo_discovery):
    return demo_discovery


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
    inspector = page_inspection.Inspector(browser, live_portal)
    try:
        reports = [inspector.inspect(page) for page in discovery.html_pages]
    finally:
        inspector.close()
    terminal_section(request.config, "browser: pages inspected", summary_lines(reports))
    return reports


def summary_lines(reports):
    """The table printed at the end of the run: each page's axe violations and weight."""
    lines = [f"{'page':<42} {'kind':<24} {'axe':>4} {'html':>7} {'css':>7} {'js':>7} {'total':>8}"]
    for report in reports:
        weight = report.weight
        lines.append(
            f"{report.page.path:<42} {report.page.kind:<24} {len(report.axe_violations):>4} "
            f"{weight['document']:>7} {weight['stylesheet']:>7} {weight['script']:>7} "
            f"{report.total_weight:>8}"
        )
    lines.append(
        f"{len(reports)} pages ({len({report.page.kind for report in reports})} kinds × "
        f"{len({report.page.language for report in reports})} languages); bytes transferred "
        "(compressed, headers included), images excluded"
    )
    return lines
