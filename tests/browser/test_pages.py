"""Every discovered page, in all six languages, as Chromium renders it.

The pages are found by tests/discovery.py (links from each home page, the sitemap);
tests/browser/page_inspection.py loads each once and records what is asserted here.
Each test reports every failing page at once.
"""

import pytest
from django.conf import settings

pytestmark = pytest.mark.browser

LANGUAGE_CODES = {code for code, _name in settings.LANGUAGES}
MAX_PAGE_BYTES = 60 * 1024


def assert_none(failures, what):
    assert not failures, f"{len(failures)} page(s) {what}:\n" + "\n".join(failures)


def test_every_kind_of_page_is_found_in_all_six_languages(discovery):
    assert discovery.broken == [], f"internal links that do not answer: {discovery.broken}"
    languages_by_kind = {}
    for page in discovery.html_pages:
        languages_by_kind.setdefault(page.kind, set()).add(page.language)
    assert "home" in languages_by_kind
    missing = {kind: LANGUAGE_CODES - found for kind, found in languages_by_kind.items()}
    assert {kind: langs for kind, langs in missing.items() if langs} == {}


def test_pages_answer_200(page_reports):
    assert_none(
        [f"{r.page.path}: {r.status}" for r in page_reports if r.status != 200], "not answering 200"
    )


def test_axe_finds_no_wcag_2_1_a_or_aa_violation(page_reports):
    failures = [
        f"{r.page.path}: {violation['id']} ({violation['impact']}): {violation['help']} "
        f"at {violation['targets']}"
        for r in page_reports
        for violation in r.axe_violations
    ]
    assert_none(failures, "with axe violations")


def test_each_page_has_exactly_one_h1(page_reports):
    assert_none(
        [f"{r.page.path}: {r.h1_count} <h1>" for r in page_reports if r.h1_count != 1],
        "without exactly one <h1>",
    )


def test_the_skip_link_is_the_first_stop_and_moves_focus_into_main(page_reports):
    failures = [
        f"{r.page.path}: first Tab stop {r.skip_link['first_stop']}, after Enter the focus is "
        f"on {r.skip_link['focus_after']}"
        for r in page_reports
        if not (
            r.skip_link["target"].startswith("#")
            and r.skip_link["visible"]
            and r.skip_link["focus_in_main"]
        )
    ]
    assert_none(failures, "without a working skip link")


def test_keyboard_focus_is_visible(page_reports):
    failures = []
    for r in page_reports:
        for stop in r.focus:
            focused, unfocused = stop["focused"], stop["unfocused"]
            visible = focused["outlineVisible"] or focused["boxShadow"] != "none"
            if not visible or focused == unfocused:
                failures.append(f"{r.page.path}: {stop['name']} focused {focused}")
    assert_none(failures, "with an invisible focus")


def test_arabic_pages_are_laid_out_right_to_left_and_the_others_left_to_right(page_reports):
    failures = []
    for r in page_reports:
        layout = r.layout
        rtl = r.page.language == "ar"
        expected = "rtl" if rtl else "ltr"
        if layout["dir"] != expected or layout["direction"] != expected:
            failures.append(f"{r.page.path}: dir={layout['dir']} direction={layout['direction']}")
            continue
        name, bar = layout["name"], layout["bar"]
        if name is None or bar is None:
            failures.append(f"{r.page.path}: no site name or language bar in the header")
            continue
        # The site name starts the header: on the right in Arabic, on the left otherwise.
        name_centre = name["left"] + name["width"] / 2
        bar_centre = bar["left"] + bar["width"] / 2
        name_on_right = name_centre > bar_centre
        near_right_edge = layout["viewport"] - name["right"] < name["left"]
        if rtl != name_on_right or rtl != near_right_edge:
            failures.append(f"{r.page.path}: site name at {name}, language bar at {bar}")
    assert_none(failures, "with the wrong writing direction")


def test_no_request_leaves_the_portal(page_reports):
    failures = [f"{r.page.path}: {url}" for r in page_reports for url in r.foreign_requests]
    assert_none(failures, "making requests to other origins")


def test_no_console_errors_or_script_errors(page_reports):
    """Content-Security-Policy violations show here as console errors."""
    failures = [
        f"{r.page.path}: {message}"
        for r in page_reports
        for message in r.console_errors + r.page_errors
    ]
    assert_none(failures, "with console errors")


def test_page_weight_is_at_most_60_kb(page_reports):
    failures = [
        f"{r.page.path}: {r.total_weight} bytes ({r.weight})"
        for r in page_reports
        if r.total_weight > MAX_PAGE_BYTES
    ]
    assert_none(failures, f"heavier than {MAX_PAGE_BYTES} bytes of HTML, CSS and JS")
