"""The search page with results, in the six languages, as Chromium renders it.

The crawl (tests/discovery.py) covers the search form (one page per URL pattern);
these are the results pages, with marked matches and English fallbacks, given the same
checks as every other page, and the form is used as a visitor would, without scripts.
"""

from urllib.parse import urlencode

import pytest

from tests.browser.page_inspection import Inspector
from tests.browser.test_pages import MAX_PAGE_BYTES
from tests.discovery import Page

pytestmark = pytest.mark.browser

# A word with results in each language's demo content.
QUERIES = {
    "ar": "الاستدراج",
    "zh-hans": "欺凌",
    "en": "bullying",
    "fr": "harcèlement",
    "ru": "default",  # the industry guidelines, shown in English on Russian pages
    "es": "acoso",
}


@pytest.fixture(scope="module")
def search_reports(browser, live_portal):
    inspector = Inspector(browser, live_portal)
    try:
        return [
            inspector.inspect(
                Page(
                    f"/{language}/search/?{urlencode({'q': query})}",
                    language,
                    "search/",
                    "search",
                    "text/html; charset=utf-8",
                )
            )
            for language, query in QUERIES.items()
        ]
    finally:
        inspector.close()


def test_results_pages_pass_the_page_checks(search_reports):
    for report in search_reports:
        path = report.page.path
        assert report.status == 200, path
        assert report.axe_violations == [], path
        assert report.h1_count == 1, path
        assert report.console_errors + report.page_errors == [], path
        assert report.foreign_requests == [], path
        assert report.total_weight <= MAX_PAGE_BYTES, path
        assert report.skip_link["focus_in_main"], path


def test_searching_with_the_form_and_no_javascript(browser, live_portal):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(live_portal.url("/fr/search/"))
        page.fill("#search-query", "harcèlement")
        page.press("#search-query", "Enter")
        page.wait_for_load_state("load")
        assert "/fr/search/?q=harc%C3%A8lement" in page.url
        assert page.locator(".search-result").count() >= 1
        assert page.locator(".search-result mark").first.inner_text().lower() == "harcèlement"
        page.select_option("#search-kind", "guidelines")
        page.click("form.search-form button[type=submit]")
        page.wait_for_load_state("load")
        assert "kind=guidelines" in page.url
        assert page.locator("section.search-group").count() == 1
    finally:
        context.close()


def test_english_fallback_results_are_marked_in_the_page(browser, live_portal):
    page = browser.new_page()
    try:
        page.goto(live_portal.url("/ru/search/?q=default"))
        fallback = page.locator(".search-result h3 a[lang=en]")
        assert fallback.count() >= 1
        assert page.locator(".search-result .fallback-note").first.inner_text() == (
            "(на английском)"
        )
    finally:
        page.close()


def test_searching_from_the_home_page(browser, live_portal):
    """A visitor finds the search box on the home page and lands on the results in the
    same language."""
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(live_portal.url("/zh-hans/"))
        page.get_by_role("search").get_by_label("要查找的词语").fill("网络欺凌")
        page.get_by_role("search").get_by_role("button").click()
        page.wait_for_load_state("load")
        assert "/zh-hans/search/?q=" in page.url
        assert page.locator("#search-query").input_value() == "网络欺凌"
        assert page.locator(".search-result mark").first.inner_text() == "网络欺凌"
    finally:
        context.close()
