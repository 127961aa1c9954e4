"""The admin works under the Content-Security-Policy, offline, with its JavaScript.

Every model the admin index lists is visited (changelist, add form, the first object's
change form) as the demo administrator: no console error (a CSP violation is one), no
script error, no request to another origin, and the widgets that need jQuery, jQuery UI
or select2 are really set up.
"""

import json

import pytest

from cop_portal.management.commands.load_demo import ADMIN_PASSWORD, ADMIN_USERNAME
from tests.browser.page_inspection import same_origin

pytestmark = pytest.mark.browser

# Widgets and what their JavaScript adds to the page once it has run. Widgets inside an
# inline's hidden template row (.empty-form) start only when a row is added, so they do
# not count as present.
ENHANCEMENTS = [
    # (description, present when, set up when)
    ("translation tabs (jQuery UI)", "script[src*=tabbed_translation_fields]", ".ui-tabs"),
    ("inline 'add another' (jQuery)", ".inline-related.empty-form", ".add-row"),
    ("autocomplete (select2, jQuery)", "select.admin-autocomplete", ".select2-container"),
    ("horizontal filter", "select.selectfilter", ".selector-chooseall"),
    ("calendar shortcuts", "input.vDateField", ".datetimeshortcuts"),
]
ENHANCEMENTS_JS = """enhancements => enhancements
  .filter(([name, present, done]) => [...document.querySelectorAll(present)]
    .some(element => element.matches(".empty-form") || !element.closest(".empty-form")))
  .map(([name, present, done]) => [name, !!document.querySelector(done)])"""
# Each model row of the admin index: its changelist, and its add form where one is offered.
MODEL_LINKS_JS = """() => [...document.querySelectorAll("#content-main tr[class^='model-']")]
  .map(row => [row.querySelector("th a"), row.querySelector("a.addlink")])
  .filter(([changelist, add]) => changelist)
  .map(([changelist, add]) => [changelist.getAttribute("href"), add && add.getAttribute("href")])"""
FIRST_OBJECT_JS = """() => {
  const link = document.querySelector("#result_list tbody tr th a, #result_list tbody tr td a");
  return link ? link.getAttribute("href") : null;
}"""


class AdminVisit:
    def __init__(self, browser, live_portal, storage_state=None):
        self.portal = live_portal
        self.context = browser.new_context(
            viewport={"width": 1280, "height": 900}, storage_state=storage_state
        )
        self.page = self.context.new_page()
        self.problems = []
        self.current = None
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda error: self.problems.append((self.current, str(error))))
        self.page.on("request", self._request)
        self.page.on("response", self._response)

    def _console(self, message):
        # A failed load is reported with its URL by _response.
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            self.problems.append((self.current, message.text))

    def _response(self, response):
        if response.status >= 400:
            self.problems.append((self.current, f"{response.status} for {response.url}"))

    def _request(self, request):
        if not same_origin(request.url, self.portal.origin):
            self.problems.append((self.current, f"request to {request.url}"))

    def open(self, path):
        self.current = path
        response = self.page.goto(self.portal.url(path), wait_until="load")
        assert response.status == 200, f"{path} answered {response.status}"
        return response

    def log_in(self, username=ADMIN_USERNAME, password=ADMIN_PASSWORD):
        self.open("/admin/login/")
        self.page.fill("#id_username", username)
        self.page.fill("#id_password", password)
        with self.page.expect_navigation():
            self.page.keyboard.press("Enter")
        assert self.page.url == self.portal.url("/admin/")

    def unset_up_enhancements(self):
        found = self.page.evaluate(ENHANCEMENTS_JS, [list(item) for item in ENHANCEMENTS])
        return [(self.current, name) for name, done in found if not done]


@pytest.fixture(scope="module")
def admin_login(browser, live_portal):
    """Log in once (the password hash is slow on purpose); tests reuse the session."""
    visit = AdminVisit(browser, live_portal)
    visit.log_in()
    problems = visit.problems
    state = visit.context.storage_state()
    visit.context.close()
    assert problems == [], "the login page has problems"
    return state


@pytest.fixture
def admin(browser, live_portal, admin_login):
    visit = AdminVisit(browser, live_portal, storage_state=admin_login)
    visit.open("/admin/")
    yield visit
    visit.context.close()


def test_every_admin_page_works_under_the_content_security_policy(admin):
    models = admin.page.evaluate(MODEL_LINKS_JS)
    assert ["/admin/auth/user/", "/admin/auth/user/add/"] in models
    not_set_up = []
    for changelist, add_form in models:
        admin.open(changelist)
        first_object = admin.page.evaluate(FIRST_OBJECT_JS)
        for form in filter(None, [add_form, first_object]):
            admin.open(form)
            not_set_up += admin.unset_up_enhancements()
    assert admin.problems == []
    assert not_set_up == [], "JavaScript widgets that did not start"


def test_the_changelist_select_all_box_selects_every_row(admin):
    admin.open("/admin/auth/user/")
    admin.page.check("#action-toggle")
    rows = admin.page.locator("#result_list input.action-select")
    assert rows.count() >= 1
    assert all(rows.nth(index).is_checked() for index in range(rows.count()))
    assert admin.problems == []


def test_prepopulated_fields_fill_in_as_the_editor_types(admin):
    """jQuery-driven: the slug follows the title on every add form that has one."""
    checked = 0
    for _changelist, add_form in admin.page.evaluate(MODEL_LINKS_JS):
        if not add_form:
            continue
        admin.open(add_form)
        constants = admin.page.locator("#django-admin-prepopulated-fields-constants")
        if not constants.count():
            continue
        fields = json.loads(constants.get_attribute("data-prepopulated-fields") or "[]")
        for field in fields:
            target, sources = field["id"], field["dependency_ids"]
            if not admin.page.locator(target).is_visible():
                continue
            admin.page.fill(sources[0], "Safer Internet Day")
            admin.page.locator(sources[0]).dispatch_event("change")
            assert admin.page.input_value(target).startswith("safer-internet-day"), target
            checked += 1
    assert admin.problems == []
    if not checked:
        pytest.skip("No admin add form has a prepopulated field yet.")


def test_an_admin_form_saves_under_the_policy(admin):
    admin.open("/admin/auth/group/add/")
    admin.page.fill("#id_name", "Browser test editors")
    with admin.page.expect_navigation():
        admin.page.click("input[name=_save]")
    assert admin.page.url == admin.portal.url("/admin/auth/group/")
    assert "Browser test editors" in admin.page.locator(".messagelist .success").inner_text()
    assert admin.problems == []
