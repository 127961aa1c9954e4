"""Read an HTML form the way a browser would submit it (for admin change forms).

``parse_forms(html)`` returns every form with the name/value pairs a browser would
send unchanged: inputs, checked boxes, selected options, textareas; file inputs are
listed separately (a browser sends them empty). Used to edit an existing object
through the admin without knowing its fields in advance.
"""

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

# A form's one-time values (the CSRF token, the contact form's signed start time) differ
# on every rendering: pages compared across renderings leave them out.
ONE_TIME_VALUES = re.compile(rb'(name="(?:csrfmiddlewaretoken|started)" value=")[^"]*"')


def without_one_time_values(body):
    """``body`` (bytes) with the values of ``ONE_TIME_VALUES`` emptied."""
    return ONE_TIME_VALUES.sub(rb'\1"', body)


@dataclass
class Form:
    attrs: dict
    fields: list = field(default_factory=list)  # [(name, value)] in document order
    file_inputs: list = field(default_factory=list)
    text_inputs: list = field(default_factory=list)  # names of editable text fields

    @property
    def method(self):
        return self.attrs.get("method", "get").lower()

    @property
    def action(self):
        return self.attrs.get("action", "")

    def data(self):
        """The fields as a dict of lists (repeated names keep every value)."""
        data = {}
        for name, value in self.fields:
            data.setdefault(name, []).append(value)
        return data

    def value(self, name):
        for field_name, value in self.fields:
            if field_name == name:
                return value
        return None

    def with_value(self, name, value):
        """A copy of the fields with ``name`` set to ``value`` (added if absent)."""
        fields, replaced = [], False
        for field_name, old in self.fields:
            if field_name == name:
                if not replaced:
                    fields.append((name, value))
                    replaced = True
                continue
            fields.append((field_name, old))
        if not replaced:
            fields.append((name, value))
        return fields


class _FormParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms = []
        self._form = None
        self._select = None  # [name, multiple, selected values, first value]
        self._option = None  # [value or None, text, selected]
        self._textarea = None  # [name, text]

    def handle_starttag(self, tag, attrs):
        attrs = {name: "" if value is None else value for name, value in attrs}
        if tag == "form":
            self._form = Form(attrs)
            self.forms.append(self._form)
            return
        if self._form is None or "disabled" in attrs:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text").lower()
            if kind in ("submit", "button", "image", "reset"):
                return
            if kind == "file":
                self._form.file_inputs.append(name)
            elif kind in ("checkbox", "radio"):
                if "checked" in attrs:
                    self._form.fields.append((name, attrs.get("value", "on")))
            else:
                self._form.fields.append((name, attrs.get("value", "")))
                if kind in ("text", "url", "email", "search"):
                    self._form.text_inputs.append(name)
        elif tag == "select" and name:
            self._select = [name, "multiple" in attrs, [], None]
        elif tag == "option" and self._select is not None:
            self._option = [attrs.get("value"), "", "selected" in attrs]
        elif tag == "textarea" and name:
            self._textarea = [name, ""]

    def handle_data(self, data):
        if self._option is not None:
            self._option[1] += data
        if self._textarea is not None:
            self._textarea[1] += data

    def _close_option(self):
        if self._option is None or self._select is None:
            return
        value = self._option[0] if self._option[0] is not None else self._option[1].strip()
        if self._select[3] is None:
            self._select[3] = value
        if self._option[2]:
            self._select[2].append(value)
        self._option = None

    def handle_endtag(self, tag):
        if tag == "option":
            self._close_option()
        elif tag == "select" and self._select is not None:
            self._close_option()
            name, multiple, selected, first = self._select
            if not selected and not multiple and first is not None:
                selected = [first]
            for value in selected if multiple else selected[:1]:
                self._form.fields.append((name, value))
            self._select = None
        elif tag == "textarea" and self._textarea is not None:
            name, text = self._textarea
            # Browsers drop the newline that follows <textarea>; Django writes one.
            if text.startswith("\r\n"):
                text = text[2:]
            elif text.startswith("\n"):
                text = text[1:]
            self._form.fields.append((name, text))
            self._form.text_inputs.append(name)
            self._textarea = None
        elif tag == "form":
            self._form = None


def parse_forms(html):
    parser = _FormParser()
    parser.feed(html)
    parser.close()
    return parser.forms


def admin_change_form(html):
    """The admin's change/add form of a page (the POST form with the CSRF token)."""
    for form in parse_forms(html):
        has_token = form.value("csrfmiddlewaretoken") is not None
        if form.method == "post" and has_token and form.attrs.get("id", "").endswith("_form"):
            return form
    for form in parse_forms(html):
        if form.method == "post" and form.value("csrfmiddlewaretoken") is not None:
            return form
    return None
