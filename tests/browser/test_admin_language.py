"""An editor works in an Arabic admin: right to left, language tabs that switch, each
text area in its own language's direction, and nothing the Content-Security-Policy
refuses.

The editor chooses Arabic on "My admin language" (and goes back to the browser's
language at the end, since the demo portal is shared by the package's tests).
"""

import pytest

from news.demo import EDITOR_PASSWORD, EDITOR_USERNAME
from tests.browser.test_admin import FIRST_OBJECT_JS, AdminVisit

pytestmark = pytest.mark.browser

# Every violation the page reports, whether or not the browser logs it to the console.
RECORD_CSP_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
"""
DIRECTION_JS = "element => [element.getAttribute('dir'), getComputedStyle(element).direction]"


@pytest.fixture
def editor(browser, live_portal):
    visit = AdminVisit(browser, live_portal)
    visit.context.add_init_script(RECORD_CSP_VIOLATIONS)
    visit.open("/admin/login/")
    visit.page.fill("#id_username", EDITOR_USERNAME)
    visit.page.fill("#id_password", EDITOR_PASSWORD)
    with visit.page.expect_navigation():
        visit.page.keyboard.press("Enter")
    assert visit.page.url == live_portal.url("/admin/")
    yield visit
    visit.open("/admin/my-language/")
    visit.page.select_option("#id_language", "")
    with visit.page.expect_navigation():
        visit.page.click("input[type=submit]")
    visit.context.close()


def csp_violations(visit):
    return visit.page.evaluate("window.cspViolations")


def test_an_editor_works_in_an_arabic_admin(editor):
    page = editor.page
    # The browser asks for English: the admin starts in English.
    assert page.evaluate("document.documentElement.dir") == "ltr"
    assert page.locator("#site-name").inner_text() == "COP Portal administration"

    page.click("#user-tools a[href='/admin/my-language/']")
    page.select_option("#id_language", "ar")
    with page.expect_navigation():
        page.click("input[type=submit]")
    assert page.evaluate("[document.documentElement.lang, document.documentElement.dir]") == [
        "ar",
        "rtl",
    ]
    assert page.locator(".messagelist .success").inner_text() == "حُفظت لغتك في لوحة الإدارة."
    assert page.locator("#site-name").inner_text() == "إدارة بوابة حماية الأطفال على الإنترنت"

    editor.open("/admin/news/newsitem/")
    editor.open(page.evaluate(FIRST_OBJECT_JS))
    assert page.evaluate("document.documentElement.dir") == "rtl"

    # The fields are in tabs, which open on the admin's language, and switch.
    title_tabs = page.locator(".ui-tabs", has=page.locator("#id_title_ar"))
    assert title_tabs.count() == 1
    assert page.locator("#tab_id_title_ar").is_visible()
    assert not page.locator("#tab_id_title_en").is_visible()
    title_tabs.locator("a[href='#tab_id_title_en']").click()
    assert page.locator("#tab_id_title_en").is_visible()
    assert not page.locator("#tab_id_title_ar").is_visible()
    # ...and so does the switch for all of them at once.
    page.select_option("#modeltranslation-main-switch", label="fr")
    assert page.locator("#tab_id_summary_fr").is_visible()
    assert page.locator("#tab_id_body_fr").is_visible()
    page.select_option("#modeltranslation-main-switch", label="ar")

    # Each text area is written in its own language's direction.
    assert page.locator("#id_summary_ar").evaluate(DIRECTION_JS) == ["rtl", "rtl"]
    assert page.locator("#id_body_ar").evaluate(DIRECTION_JS) == ["rtl", "rtl"]
    assert page.locator("#id_summary_en").evaluate(DIRECTION_JS) == ["ltr", "ltr"]
    assert page.locator("#id_summary_zh_hans").get_attribute("lang") == "zh-Hans"

    # The rich-text editor's toolbar speaks the admin's language too.
    titles = page.locator(".prose-editor:has(#id_body_ar) .prose-menubar__button").evaluate_all(
        "buttons => buttons.map(button => button.title)"
    )
    assert {"غامق", "مائل", "إدراج رابط", "قائمة نقطية", "اقتباس"} <= set(titles), titles

    # A language without any text is marked on its tabs, as the editor types.
    spanish = page.locator(".mt[lang='es']")
    assert spanish.count() >= 3
    for index in range(spanish.count()):
        field = spanish.nth(index)
        field_tab = page.locator(f"a[href='#tab_{field.get_attribute('id')}']")
        field_tab.click()
        rich_text = page.locator(f".prose-editor:has(#{field.get_attribute('id')}) .ProseMirror")
        if rich_text.count():
            # The rich-text editor stands in for its text area: emptied by keyboard.
            rich_text.last.click()
            page.keyboard.press("Control+a")
            page.keyboard.press("Delete")
        else:
            field.fill("")
    spanish_tabs = page.locator(".ui-tabs-nav li", has=page.locator("a[href$='_es']"))
    assert spanish_tabs.count() == spanish.count()
    for index in range(spanish_tabs.count()):
        tab = spanish_tabs.nth(index)
        assert "mt-missing" in tab.get_attribute("class")
        assert tab.locator(".mt-missing-marker").inner_text() == "(ناقص)"
    page.locator("#id_title_es").fill("Día para una Internet más segura")
    for index in range(spanish_tabs.count()):
        assert "mt-missing" not in spanish_tabs.nth(index).get_attribute("class")

    assert csp_violations(editor) == []
    assert editor.problems == []
