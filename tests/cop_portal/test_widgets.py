"""The public filter forms' Select writes what Django's template-rendered Select writes."""

import pytest
from django import forms

from cop_portal.widgets import Select

CHOICES = [
    ("", "All kinds"),
    ("a&b", 'Tom & "Jerry"'),
    ("Group <1>", [("x", "Ex"), ("y", "Why")]),
    (3, "Three"),
]


def normalised(html):
    """Django's option template leaves a blank line after each option: not content."""
    return "\n".join(line for line in html.splitlines() if line.strip())


@pytest.mark.parametrize("value", [None, "", "a&b", "y", "3", "unknown"])
@pytest.mark.parametrize("attrs", [{}, {"id": "id_kind", "required": True, "disabled": False}])
def test_select_writes_what_django_writes(value, attrs):
    ours = Select(choices=CHOICES).render("kind", value, attrs=dict(attrs))
    djangos = forms.Select(choices=CHOICES).render("kind", value, attrs=dict(attrs))
    assert normalised(str(ours)) == normalised(str(djangos))
    assert "\n\n" not in str(ours)


def test_select_escapes_labels_values_and_group_names():
    html = str(Select(choices=CHOICES).render("kind", "a&b"))
    assert '<option value="a&amp;b" selected>Tom &amp; &quot;Jerry&quot;</option>' in html
    assert '<optgroup label="Group &lt;1&gt;">' in html
