"""Rich text of the guidelines is sanitised on save, in every language."""

import pytest

from tests.guidelines.factories import GuidelineSetFactory, SectionFactory, audience

pytestmark = pytest.mark.django_db

DIRTY = (
    '<p onclick="steal()" style="color:red">Hello</p>'
    "<script>alert(1)</script>"
    '<a href="javascript:alert(1)" onmouseover="x()">link</a>'
    '<img src="https://example.org/x.png" onerror="x()" alt="x">'
)
CLEAN = '<p>Hello</p><a rel="noopener noreferrer">link</a>'


@pytest.mark.parametrize("suffix", ["en", "ar", "zh_hans", "fr", "ru", "es"])
def test_section_body_is_sanitised(suffix):
    section = SectionFactory(**{f"body_{suffix}": DIRTY})
    section.refresh_from_db()
    assert getattr(section, f"body_{suffix}") == CLEAN


def test_introductions_are_sanitised():
    guideline_set = GuidelineSetFactory(introduction_fr=DIRTY)
    guideline_set.refresh_from_db()
    assert guideline_set.introduction_fr == CLEAN
    children = audience("children")
    children.introduction_ar = DIRTY
    children.save()
    children.refresh_from_db()
    assert children.introduction_ar == CLEAN


def test_sanitised_body_is_what_the_page_shows(client):
    section = SectionFactory(body_en=DIRTY)
    html = client.get(section.guideline_set.get_absolute_url()).content.decode()
    assert CLEAN in html
    assert "javascript:" not in html and "onclick" not in html and "<script>alert" not in html
