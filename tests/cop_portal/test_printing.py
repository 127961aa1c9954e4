"""The printed page: a print button on guideline sets (with scripts only), and a print
stylesheet that puts the portal's name, the page's address and date and the way to
help on paper, and leaves navigation and sharing off."""

import re
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.templatetags.static import static
from django.utils import translation
from django.utils.translation import gettext

from tests.guidelines.factories import GuidelineSetFactory, SectionFactory
from tests.news.factories import NewsItemFactory

pytestmark = pytest.mark.django_db


def stylesheet():
    return Path(finders.find("css/portal.css")).read_text()


def print_rules(css):
    """The text of every ``@media print { … }`` block (one level of nested braces)."""
    return "\n".join(re.findall(r"@media print \{((?:[^{}]|\{[^{}]*\})*)\}", css))


def test_the_guideline_set_page_has_a_print_button_shown_by_its_script(client, language):
    SectionFactory(guideline_set=GuidelineSetFactory(slug="printable"))
    html = client.get(f"/{language}/guidelines/parents-educators/printable/").content.decode()
    with translation.override(language):
        label = gettext("Print this page")
    # Hidden until the script (a file: the CSP allows no inline script) shows it.
    assert (
        f'<p class="print-link" data-print-link hidden><button type="button" data-print>'
        f"{label}</button></p>"
    ) in html
    assert f'<script src="{static("js/print-page.js")}" defer></script>' in html
    script = Path(finders.find("js/print-page.js")).read_text()
    assert "window.print()" in script
    assert "hidden = false" in script


def test_the_printed_page_carries_the_portal_the_address_and_the_help_link(client, language):
    SectionFactory(guideline_set=GuidelineSetFactory(slug="printable"))
    path = f"/{language}/guidelines/parents-educators/printable/"
    html = client.get(path).content.decode()
    with translation.override(language):
        portal, address, get_help = (
            gettext("Child Online Protection"),
            gettext("Page address:"),
            gettext("Get help:"),
        )
    header = html[html.index('<div class="print-only print-header">') :]
    header = header[: header.index("</div>")]
    assert f'<p class="print-header__name">{portal}</p>' in header
    assert f'{address} <span dir="ltr">http://testserver{path}</span>' in header
    assert "last-updated" in header
    assert (
        f'<p class="print-only print-footer">{get_help} '
        f'<span dir="ltr">http://testserver/{language}/help/</span></p>'
    ) in html


def test_the_stylesheet_has_print_rules_for_it(client):
    NewsItemFactory(slug="story")
    html = client.get("/en/news/story/").content.decode()
    # The stylesheet holding the print rules is the one every page links.
    assert f'<link rel="stylesheet" href="{static("css/portal.css")}">' in html
    css = stylesheet()
    assert re.search(r"(?m)^\.print-only \{ display: none; \}", css), "shown on screen"
    rules = print_rules(css)
    assert ".print-only { display: block; }" in rules
    hidden = re.search(r"([^{}]+)\{ display: none; \}", rules).group(1)
    hidden = {name.strip() for name in hidden.split(",")}
    assert {".site-header", ".site-footer", ".main-nav", ".language-bar", ".share-links"} <= (
        hidden
    )
    assert ".print-link" in hidden
    # Links in the text of a news item or guidance print their address after them.
    assert '.news-body a[href^="http"]::after' in rules
    assert '.guideline-section__body a[href^="http"]::after' in rules


def test_an_error_page_prints_no_address(client):
    html = client.get("/en/no-such-page/").content.decode()
    assert "print-header" not in html
    assert "print-footer" not in html
