"""A multiple choice from a long fixed list (countries, languages), searched as one types.

The widget is the admin's own Select2 autocomplete (its scripts, styles and
translations, from the portal's static files): the page holds only the chosen
options, and the others come, filtered by what is typed, from a JSON view that answers
in the admin's language (``choices_response``). Without JavaScript it stays a plain
multiple select of the chosen options.
"""

from django import forms
from django.contrib.admin.widgets import AutocompleteMixin, get_select2_language
from django.http import JsonResponse
from django.urls import reverse


class SearchableSelectMultiple(AutocompleteMixin, forms.SelectMultiple):
    def __init__(self, url_name, attrs=None, choices=()):
        # Not AutocompleteMixin.__init__: there is no model field behind the choices.
        forms.SelectMultiple.__init__(self, attrs, choices)
        self.url_name = url_name
        self.i18n_name = get_select2_language()

    def get_url(self):
        return reverse(self.url_name)

    def build_attrs(self, base_attrs, extra_attrs=None):
        attrs = forms.SelectMultiple.build_attrs(self, base_attrs, extra_attrs)
        classes = attrs.get("class", "")
        attrs.update(
            {
                "class": f"{classes} admin-autocomplete".strip(),
                "data-ajax--url": self.get_url(),
                "data-ajax--cache": "true",
                "data-ajax--delay": 250,
                "data-theme": "admin-autocomplete",
                "data-placeholder": "",
                "lang": self.i18n_name,
            }
        )
        return attrs

    def optgroups(self, name, value, attrs=None):
        chosen = {str(item) for item in value}
        selected = [(code, label) for code, label in self.choices if str(code) in chosen]
        options = [
            self.create_option(name, code, label, True, index)
            for index, (code, label) in enumerate(selected)
        ]
        return [(None, options, 0)]


def choices_response(request, choices):
    """The choices matching ``?term=`` (in a name, or the code itself), as Select2 reads them."""
    term = request.GET.get("term", "").strip().casefold()[:100]
    results = [
        {"id": str(code), "text": str(label)}
        for code, label in choices
        if not term or term in str(label).casefold() or term == str(code).casefold()
    ]
    return JsonResponse({"results": results, "pagination": {"more": False}})
