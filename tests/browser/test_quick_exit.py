"""The quick exit in a browser: with JavaScript it replaces the page in the history (Back
does not return to it), by click, by keyboard and by three presses of Shift; without
JavaScript it is a plain link. The neutral site is a local stub (``page.route``): no
request ever leaves the machine, and none leaves the portal before the visitor exits."""

from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser

NEUTRAL_SITE = "https://www.bbc.com/weather"
STUB = "<!DOCTYPE html><html lang='en'><title>Weather</title><h1>Weather stub</h1></html>"


@pytest.fixture
def context_for(browser, live_portal):
    contexts = []

    def make(*, javascript=True):
        context = browser.new_context(
            viewport={"width": 390, "height": 800}, java_script_enabled=javascript
        )
        context.outside_requests = []
        portal = urlsplit(live_portal.url("/")).netloc

        def route(request_route):
            url = request_route.request.url
            if url.startswith(NEUTRAL_SITE):
                return request_route.fulfill(status=200, content_type="text/html", body=STUB)
            if urlsplit(url).netloc != portal:
                context.outside_requests.append(url)
                return request_route.abort()
            return request_route.continue_()

        context.route("**/*", route)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


def visit_home_then_help(page, live_portal, language="en"):
    page.goto(live_portal.url(f"/{language}/"))
    page.goto(live_portal.url(f"/{language}/help/?country=EG"))
    page.wait_for_load_state("load")


def assert_left_for_the_stub(page):
    page.wait_for_url(NEUTRAL_SITE)
    assert page.locator("h1").inner_text() == "Weather stub"


def test_click_replaces_the_page_in_history(context_for, live_portal):
    context = context_for()
    page = context.new_page()
    visit_home_then_help(page, live_portal)
    assert context.outside_requests == []
    page.locator("[data-quick-exit]").click()
    assert_left_for_the_stub(page)
    page.go_back()
    # The help page was replaced: Back leads to the page before it.
    assert urlsplit(page.url).path == "/en/"
    assert context.outside_requests == []


@pytest.mark.parametrize("language", ["en", "ar"])
def test_tab_reaches_it_right_after_the_skip_link_and_enter_exits(
    context_for, live_portal, language
):
    context = context_for()
    page = context.new_page()
    visit_home_then_help(page, live_portal, language)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.hasAttribute('data-quick-exit')")
    # With the script, the Shift shortcut is announced with the button.
    assert page.evaluate("document.activeElement.getAttribute('aria-describedby')") == (
        "quick-exit-hint"
    )
    page.keyboard.press("Enter")
    assert_left_for_the_stub(page)
    page.go_back()
    assert urlsplit(page.url).path == f"/{language}/"


def test_three_presses_of_shift_exit(context_for, live_portal):
    context = context_for()
    page = context.new_page()
    page.goto(live_portal.url("/en/"))
    page.goto(live_portal.url("/en/guidelines/children/"))
    page.wait_for_load_state("load")
    for _ in range(3):
        page.keyboard.press("Shift")
    assert_left_for_the_stub(page)
    page.go_back()
    assert urlsplit(page.url).path == "/en/"


def test_shift_held_for_capital_letters_does_not_exit(context_for, live_portal):
    context = context_for()
    page = context.new_page()
    visit_home_then_help(page, live_portal)
    page.locator("#id_q").click()
    page.keyboard.type("EGY")  # Shift down and up around each letter
    page.wait_for_timeout(300)
    assert urlsplit(page.url).path == "/en/help/"
    assert page.locator("#id_q").input_value() == "EGY"


def test_without_javascript_it_is_a_plain_link(context_for, live_portal):
    context = context_for(javascript=False)
    page = context.new_page()
    visit_home_then_help(page, live_portal)
    link = page.locator("[data-quick-exit]")
    assert link.get_attribute("href") == NEUTRAL_SITE
    assert link.get_attribute("rel") == "noreferrer"
    assert link.get_attribute("aria-describedby") is None
    link.click()
    assert_left_for_the_stub(page)
    assert context.outside_requests == []
