"""The header works from the keyboard: Tab reaches every language and navigation link,
and Enter on a language opens the same page in it."""

import pytest

pytestmark = pytest.mark.browser

MAX_TABS = 60

HEADER_LINKS_JS = """() => [...document.querySelectorAll("header nav a[href]")]
  .map(link => link.getAttribute("href"))"""
FOCUSED_JS = """() => {
  const element = document.activeElement;
  return {
    href: element.getAttribute("href"),
    lang: element.getAttribute("lang"),
    inHeaderNav: !!element.closest("header nav"),
  };
}"""


@pytest.fixture
def page(browser, live_portal):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    yield page
    context.close()


def tab_until(page, wanted):
    """Press Tab from the top until ``wanted(focused)``; return the stops passed."""
    stops = []
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED_JS)
        stops.append(focused)
        if wanted(focused):
            return stops
    raise AssertionError(f"not reached in {MAX_TABS} Tab presses; passed {stops}")


@pytest.mark.parametrize("language", ["en", "ar"])
def test_tab_reaches_the_language_bar_and_the_main_navigation(page, live_portal, language):
    page.goto(live_portal.url(f"/{language}/"))
    header_links = page.evaluate(HEADER_LINKS_JS)
    # Six languages, and the main navigation once any app provides a page for it.
    assert len(header_links) >= 6
    reached = []

    def left_the_header(focused):
        if focused["inHeaderNav"]:
            reached.append(focused["href"])
        return bool(reached) and not focused["inHeaderNav"]

    tab_until(page, left_the_header)
    assert reached == header_links


@pytest.mark.parametrize(
    ("start", "target", "expected_path", "expected_dir"),
    [
        ("en", "fr", "/fr/", "ltr"),
        ("en", "ar", "/ar/", "rtl"),
        ("ar", "zh-Hans", "/zh-hans/", "ltr"),
    ],
)
def test_enter_on_a_language_opens_the_page_in_that_language(
    page, live_portal, start, target, expected_path, expected_dir
):
    page.goto(live_portal.url(f"/{start}/"))
    tab_until(page, lambda focused: focused["inHeaderNav"] and focused["lang"] == target)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == live_portal.url(expected_path)
    html = page.locator("html")
    assert html.get_attribute("lang") == target
    assert html.get_attribute("dir") == expected_dir
