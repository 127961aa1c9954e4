"""Layout as Chromium draws it: the main navigation lines up with the centred header on a
wide screen, the search button sits beside its input, nothing scrolls sideways on a
320 px phone, and the print button and the printed page work."""

import pytest

pytestmark = pytest.mark.browser

# Demo pages of each kind the layout checks cover.
PAGES = {
    "home": "/{language}/",
    "guideline set": "/{language}/guidelines/parents-educators/growing-up-online/",
    "news item": "/{language}/news/cop-global-initiative-launched/",
    "events": "/{language}/events/",
    "help": "/{language}/help/",
}

BOXES_JS = """selectors => Object.fromEntries(Object.entries(selectors).map(([name, selector]) => {
  const element = document.querySelector(selector);
  if (!element) return [name, null];
  const rect = element.getBoundingClientRect();
  const style = getComputedStyle(element);
  return [name, {
    left: rect.left, right: rect.right, top: rect.top, width: rect.width,
    contentLeft: rect.left + parseFloat(style.paddingLeft),
    contentRight: rect.right - parseFloat(style.paddingRight),
    visible: rect.width > 0 && rect.height > 0 && style.visibility !== "hidden",
  }];
}))"""


@pytest.fixture
def open_page(browser, live_portal):
    contexts = []

    def open_page(path, width=1280, javascript=True, init_script=None):
        context = browser.new_context(
            viewport={"width": width, "height": 800}, java_script_enabled=javascript
        )
        contexts.append(context)
        page = context.new_page()
        if init_script:
            page.add_init_script(init_script)
        response = page.goto(live_portal.url(path))
        assert response.status == 200, path
        return page

    yield open_page
    for context in contexts:
        context.close()


def boxes(page, **selectors):
    return page.evaluate(BOXES_JS, selectors)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_at_1280_px_the_navigation_lines_up_with_the_centred_header(open_page, language):
    page = open_page(PAGES["home"].format(language=language))
    found = boxes(
        page,
        inner=".site-header__inner",
        name=".site-name",
        nav=".main-nav ul",
        first_link=".main-nav li:first-child a",
    )
    inner, name, nav, first_link = (found[key] for key in ("inner", "name", "nav", "first_link"))
    # The header's container is centred: it does not start at the window's edge.
    assert inner["left"] > 50 and 1280 - inner["right"] > 50, inner
    if language == "en":
        assert abs(nav["left"] - inner["left"]) <= 1, (nav, inner)
        assert abs(first_link["left"] - name["left"]) <= 1, (first_link, name)
    else:  # right to left: both start at the right
        assert abs(nav["right"] - inner["right"]) <= 1, (nav, inner)
        assert abs(first_link["right"] - name["right"]) <= 1, (first_link, name)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_at_1280_px_the_search_button_sits_beside_its_input(open_page, language):
    page = open_page(PAGES["home"].format(language=language))
    found = boxes(page, field="#home-search-query", button=".search-form button")
    field, button = found["field"], found["button"]
    assert abs(field["top"] - button["top"]) < 20, "on the same line"
    # In Arabic the button is on the input's left.
    rtl = language == "ar"
    gap = field["left"] - button["right"] if rtl else button["left"] - field["right"]
    assert 0 <= gap <= 16, (field, button)


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("kind", PAGES)
def test_at_320_px_nothing_scrolls_sideways(open_page, kind, language):
    page = open_page(PAGES[kind].format(language=language), width=320)
    scroll_width, inner_width = page.evaluate(
        "() => [document.documentElement.scrollWidth, window.innerWidth]"
    )
    assert scroll_width <= inner_width, f"{scroll_width} px wide in a {inner_width} px window"


def test_the_print_button_appears_with_scripts_and_prints(open_page):
    calls = "window.__printed = 0; window.print = () => { window.__printed += 1; };"
    page = open_page(PAGES["guideline set"].format(language="fr"), init_script=calls)
    button = page.locator("[data-print]")
    assert button.is_visible()
    button.focus()
    page.keyboard.press("Enter")
    assert page.evaluate("window.__printed") == 1


def test_without_scripts_the_print_button_stays_hidden(open_page):
    page = open_page(PAGES["guideline set"].format(language="fr"), javascript=False)
    assert page.locator("[data-print]").count() == 1
    assert not page.locator("[data-print]").is_visible()


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_printed_page_shows_the_address_and_help_and_hides_navigation(open_page, language):
    page = open_page(PAGES["guideline set"].format(language=language))
    page.emulate_media(media="print")
    found = boxes(
        page,
        header=".print-header",
        footer=".print-footer",
        navigation=".main-nav",
        languages=".language-bar",
        share=".share-links",
        footer_of_site=".site-footer",
    )
    assert found["header"]["visible"] and found["footer"]["visible"]
    for hidden in ("navigation", "languages", "share", "footer_of_site"):
        assert not found[hidden]["visible"], hidden
    header = page.locator(".print-header").inner_text()
    assert page.url in header
    assert page.locator(".print-footer").inner_text().endswith(f"/{language}/help/")
    page.emulate_media(media="screen")
    assert not boxes(page, header=".print-header")["header"]["visible"]
