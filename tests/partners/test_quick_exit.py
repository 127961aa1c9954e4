"""The quick exit ("Exit this page") on the children's guidance and the help page only."""

import re

import pytest
from django.utils import translation

from tests.guidelines.factories import GuidelineSetFactory, audience

pytestmark = pytest.mark.django_db

QUICK_EXIT = re.compile(
    r'<a class="quick-exit__button" href="(?P<href>[^"]+)" rel="noreferrer" data-quick-exit>'
    r"(?P<label>[^<]+)</a>"
)


@pytest.fixture
def guideline_sets():
    return {
        "children": GuidelineSetFactory(audience=audience("children"), age_band="9-12"),
        "parents": GuidelineSetFactory(audience=audience("parents-educators")),
    }


def quick_exit(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return QUICK_EXIT.search(response.content.decode()), response.content.decode()


@pytest.mark.parametrize("page", ["help", "children", "children-set"])
def test_on_the_childrens_pages_and_help(client, guideline_sets, language, page):
    path = {
        "help": f"/{language}/help/?country=EG",
        "children": f"/{language}/guidelines/children/",
        "children-set": f"/{language}{guideline_sets['children'].get_absolute_url()[3:]}",
    }[page]
    found, html = quick_exit(client, path)
    assert found, path
    assert found["href"] == "https://www.bbc.com/weather"
    with translation.override(language):
        assert found["label"] == translation.gettext("Exit this page")
    # Right after the skip link: the second stop of the Tab order.
    body = html.split("<body>", 1)[1]
    assert body.index("skip-link") < body.index("quick-exit__button") < body.index("<header")
    assert '<script src="/static/js/quick-exit.' in html
    assert "<script>" not in html  # no inline script (CSP)


@pytest.mark.parametrize(
    "path",
    ["/en/", "/en/guidelines/", "/en/guidelines/parents-educators/", "/en/partners/", "/en/news/"],
)
def test_absent_elsewhere(client, guideline_sets, path):
    found, html = quick_exit(client, path)
    assert found is None
    assert "quick-exit" not in html


def test_absent_on_the_parents_guideline_set(client, guideline_sets):
    found, _html = quick_exit(client, guideline_sets["parents"].get_absolute_url())
    assert found is None


def test_the_destination_is_a_setting(client, settings):
    settings.QUICK_EXIT_URL = "https://weather.example.org/"
    found, _html = quick_exit(client, "/fr/help/")
    assert found["href"] == "https://weather.example.org/"


def test_the_shortcut_is_announced_only_with_javascript(client):
    _found, html = quick_exit(client, "/en/help/")
    hint = re.search(
        r'<span class="visually-hidden" id="quick-exit-hint" hidden>([^<]+)</span>', html
    )
    assert hint[1] == "Or press the Shift key 3 times to leave this page quickly."
    # The link is described by the hint only once the script has run.
    assert 'aria-describedby="quick-exit-hint"' not in html
