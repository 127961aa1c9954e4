"""Form widgets of the public filter forms.

:class:`Select` writes the elements and attributes Django's ``Select`` writes (its
``select.html`` and ``select_option.html`` templates), in Python and without the blank
line the templates leave after each option: the help page's country list has some 250
options, and a template per option was half the cost of building the page.
"""

from django import forms
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe


def attributes(attrs):
    """`` name="value"`` for each attribute, as Django's ``attrs.html`` writes them:
    ``True`` as the bare name, ``False`` left out."""
    return format_html_join(
        "",
        "{}",
        (
            (format_html(" {}", name) if value is True else format_html(' {}="{}"', name, value),)
            for name, value in attrs.items()
            if value is not False
        ),
    )


class Select(forms.Select):
    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        lines = []
        for group_name, options, _index in widget["optgroups"]:
            if group_name:
                lines.append(format_html('\n  <optgroup label="{}">', group_name))
            lines += [
                format_html(
                    '\n  <option value="{}"{}>{}</option>',
                    option["value"],
                    attributes(option["attrs"]),
                    option["label"],
                )
                for option in options
            ]
            if group_name:
                lines.append(mark_safe("\n  </optgroup>"))
        return format_html(
            '<select name="{}"{}>{}\n</select>',
            widget["name"],
            attributes(widget["attrs"]),
            mark_safe("".join(lines)),
        )
