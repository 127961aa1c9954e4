"""Every discovered page, in all six languages, is valid HTML for the Nu Html Checker.

The checker (``vnu.jar``, the W3C validator's engine, from the npm package ``vnu-jar``)
runs offline on Java; ``make test`` installs it under .venv/vnu when npm is there. The
pages are the ones the browser gates find (tests/discovery.py), so a new page is
checked as soon as something links to it; the error pages are added, since visitors
see them too. Without Java or the checker the test skips with a message, unless
``COP_REQUIRE_HTML_CHECKER=1`` (CI) makes that a failure.
"""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.discovery import LANGUAGE_CODES, http_fetcher

pytestmark = pytest.mark.html_checker

BASE_DIR = Path(__file__).resolve().parent.parent
VNU_JAR = Path(
    os.environ.get("COP_VNU_JAR", BASE_DIR / ".venv/vnu/node_modules/vnu-jar/build/dist/vnu.jar")
)
ERROR_PAGES = [f"/{code}/no-such-page/" for code in LANGUAGE_CODES] + ["/fr/partners/?q=%00"]


@pytest.fixture(scope="module")
def checker():
    java = shutil.which("java")
    missing = [
        what for what, found in (("java", java), (str(VNU_JAR), VNU_JAR.is_file())) if not found
    ]
    if missing:
        message = (
            f"the Nu Html Checker needs {' and '.join(missing)} "
            "(make test installs vnu-jar with npm)"
        )
        if os.environ.get("COP_REQUIRE_HTML_CHECKER") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return [java, "-Xss1m", "-jar", str(VNU_JAR)]


def check(checker, files):
    """The checker's error messages for ``files`` ({path: name}), as (page, message)."""
    result = subprocess.run(
        [*checker, "--errors-only", "--format", "json", "--exit-zero-always", *files],
        capture_output=True,
        text=True,
        timeout=600,
    )
    messages = json.loads(result.stderr or result.stdout)["messages"]
    errors = []
    for message in messages:
        page = files.get(message.get("url", "").removeprefix("file:"), message.get("url"))
        where = f"line {message.get('lastLine', '?')}"
        errors.append((page, f"{where}: {message['message']} [{message.get('extract', '')}]"))
    return errors


def test_every_page_is_valid_html(checker, demo_portal, demo_discovery, tmp_path):
    fetch = http_fetcher(demo_portal.host, demo_portal.port)
    paths = [page.path for page in demo_discovery.html_pages] + ERROR_PAGES
    languages = {page.language for page in demo_discovery.html_pages}
    assert languages == set(LANGUAGE_CODES)
    files = {}
    for number, path in enumerate(paths):
        response = fetch(path)
        assert response.content_type.startswith("text/html"), (path, response.content_type)
        file = tmp_path / f"page-{number:04d}.html"
        file.write_text(response.text, encoding="utf-8")
        files[str(file)] = path
    errors = check(checker, files)
    print(f"\nNu Html Checker: {len(files)} pages, {len(errors)} errors")
    assert errors == [], "\n".join(f"{page}: {message}" for page, message in errors[:40])


def test_the_checker_finds_invalid_html(checker, tmp_path):
    """The gate can fail: a page with the fault found on the portal before is reported."""
    file = tmp_path / "invalid.html"
    file.write_text(
        '<!DOCTYPE html><html lang="en"><head><title>t</title></head><body>'
        '<time datetime="2026-12-01T20:30:31.068215+00:00">1 Dec</time></body></html>',
        encoding="utf-8",
    )
    errors = check(checker, {str(file): "invalid"})
    assert len(errors) == 1
    assert "fraction of a second" in errors[0][1]
