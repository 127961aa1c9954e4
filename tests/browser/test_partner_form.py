"""The demo representative's partner form, measured in Chromium at 1280 px: short
enough to finish, and its long lists searched as one types."""

import pytest
from playwright.sync_api import expect

from partners.demo import REPRESENTATIVE_PASSWORD, REPRESENTATIVES
from tests.browser.test_admin import AdminVisit

pytestmark = pytest.mark.browser

MAX_HEIGHT = 4000  # px, document.documentElement.scrollHeight


@pytest.fixture
def representative(browser, live_portal):
    visit = AdminVisit(browser, live_portal)
    username, _partner, _language = REPRESENTATIVES[0]
    visit.log_in(username, REPRESENTATIVE_PASSWORD)
    visit.open("/admin/partners/partner/")
    visit.open(visit.page.locator("#result_list tbody th a").first.get_attribute("href"))
    yield visit
    visit.context.close()


def test_the_representative_form_is_short(representative):
    page = representative.page
    assert page.locator(".inline-related:not(.empty-form) .field-languages").count() == 5
    height = page.evaluate("document.documentElement.scrollHeight")
    assert height <= MAX_HEIGHT
    assert representative.problems == []


def test_languages_spoken_are_searched_as_one_types(representative):
    page = representative.page
    first_service = page.locator("#services-0")
    languages = first_service.locator(".field-languages")
    languages.locator(".select2-selection").click()
    # The demo representative's admin is in Chinese: languages are named (and found) so.
    languages.locator(".select2-search__field").press_sequentially("豪萨")
    # (Playwright's expect waits for the answer to what was typed.)
    expect(page.locator(".select2-results__option")).to_have_text(["豪萨语"])
    page.keyboard.press("Enter")
    chosen = languages.locator(".select2-selection__choice")
    expect(chosen.last).to_contain_text("豪萨语")
    assert representative.problems == []
