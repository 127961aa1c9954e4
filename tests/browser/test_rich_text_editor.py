"""An editor writes a news item in the rich-text editor, in English and in Arabic (right
to left), schedules it, previews it in Arabic and Chinese, publishes it and reads it on
the public page, with nothing the Content-Security-Policy refuses."""

from urllib.parse import urlsplit

import pytest

from tests.browser.test_admin_language import csp_violations, editor  # noqa: F401

pytestmark = pytest.mark.browser

# Made from the English title by the admin, as the editor types it.
SLUG = "written-in-the-editor"
SURFACE = ".prose-editor:has(#id_body_{}) .tiptap.ProseMirror"


def write(page, language, heading, item, link_text, bold):
    """Types a heading, a list item, a linked phrase and bold text, by keyboard."""
    surface = page.locator(SURFACE.format(language))
    surface.click()
    page.keyboard.type(f"## {heading}")
    page.keyboard.press("Enter")
    page.keyboard.type(f"- {item}")
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")
    page.keyboard.press("Control+b")
    page.keyboard.type(bold)
    page.keyboard.press("Control+b")
    page.keyboard.type(" ")
    page.keyboard.type(link_text)
    # Back over the phrase: to the left in English, to the right in Arabic.
    backwards = "Shift+ArrowRight" if language == "ar" else "Shift+ArrowLeft"
    for _character in link_text:
        page.keyboard.press(backwards)
    toolbar = page.locator(f".prose-editor:has(#id_body_{language}) .prose-menubar")
    toolbar.locator("[data-name=link]").click()
    dialog = page.locator("dialog[open]")
    dialog.locator("input[name=href]").fill("https://www.itu.int/cop")
    dialog.locator("button[type=submit]").click()
    return surface


def public_page(visit, path, attempts=5):
    """The public page, once the page cache has rebuilt it after the save (while it
    rebuilds, the previous version, here a 404, is served)."""
    for _attempt in range(attempts):
        response = visit.page.goto(visit.portal.url(path))
        if response.status == 200:
            return
        visit.page.wait_for_timeout(500)
    raise AssertionError(f"{path} answered {response.status}")


def test_an_editor_writes_schedules_previews_and_publishes_rich_text(editor):  # noqa: F811
    page = editor.page
    editor.open("/admin/news/newsitem/add/")
    page.fill("#id_title_en", "Written in the editor")
    page.fill("#id_summary_en", "Advice written with the rich-text editor.")
    page.click("a[href='#tab_id_body_en']")
    write(page, "en", "Advice for parents", "Talk early", "the guidelines", "Important")
    english = page.locator("#id_body_en").input_value()
    assert "<h2>Advice for parents</h2>" in english
    assert "<ul><li><p>Talk early</p></li></ul>" in english
    assert "<strong>Important</strong>" in english
    assert '<a href="https://www.itu.int/cop" title="">the guidelines</a>' in english

    # Arabic: the writing surface is right to left in this English admin.
    page.select_option("#modeltranslation-main-switch", label="ar")
    page.fill("#id_title_ar", "كُتب في المحرر")
    arabic_surface = write(page, "ar", "نصائح للآباء", "تحدثوا مبكرًا", "الإرشادات", "مهم")
    assert arabic_surface.evaluate("e => [e.lang, e.dir, getComputedStyle(e).direction]") == [
        "ar",
        "rtl",
        "rtl",
    ]
    english_surface = page.locator(SURFACE.format("en"))
    assert english_surface.evaluate("e => getComputedStyle(e).direction") == "ltr"
    arabic = page.locator("#id_body_ar").input_value()
    assert "<h2>نصائح للآباء</h2>" in arabic
    assert "<strong>مهم</strong>" in arabic

    # Scheduled: published, at a time to come.
    page.select_option("#id_status", "published")
    page.fill("#id_published_at_0", "2099-01-01")
    page.fill("#id_published_at_1", "08:00:00")
    with page.expect_navigation():
        page.click("input[name=_continue]")
    assert page.locator(".messagelist .success").count() == 1, page.locator(
        ".errornote, .errorlist"
    ).all_inner_texts()
    change_path = urlsplit(page.url).path

    # Chinese has no text of its own: its preview shows the English one.
    for language, heading, item in (
        ("ar", "نصائح للآباء", "تحدثوا مبكرًا"),
        ("zh-Hans", "Advice for parents", "Talk early"),
    ):
        link = page.locator(f".field-preview_links a[lang='{language}']")
        editor.open(link.get_attribute("href"))
        main = page.locator("main")
        assert main.locator("h2", has_text=heading).count() == 1
        assert main.locator("li", has_text=item).count() == 1
        editor.open(change_path)

    # Published now: without a time, the form publishes at once.
    page.fill("#id_published_at_0", "")
    page.fill("#id_published_at_1", "")
    with page.expect_navigation():
        page.click("input[name=_continue]")
    errors = page.locator(".errornote, .errorlist").all_inner_texts()
    assert page.locator(".messagelist .success").count() == 1, errors
    for prefix, heading, link in (
        ("en", "Advice for parents", "the guidelines"),
        ("ar", "نصائح للآباء", "الإرشادات"),
    ):
        public_page(editor, f"/{prefix}/news/{SLUG}/")
        main = page.locator("main")
        assert main.locator("h2", has_text=heading).count() == 1
        assert main.locator("a[href='https://www.itu.int/cop']", has_text=link).count() == 1
        assert main.locator("strong").count() >= 1
    assert csp_violations(editor) == []
    assert editor.problems == []

    # The demo portal is shared by the package's tests: the item goes back to draft.
    editor.open(change_path)
    page.select_option("#id_status", "draft")
    with page.expect_navigation():
        page.click("input[name=_continue]")
    assert page.locator(".messagelist .success").count() == 1
