"""The directory's and the help page's filters: plain GET forms that work without JS."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from cop_portal.widgets import Select
from partners.country_names import sorted_country_names
from partners.models import FocusTag, Partner, PartnerKind

WORLDWIDE = "worldwide"


class DirectoryFilterForm(forms.Form):
    """Filters of ``/partners/``. Any value outside the known ones makes it invalid (400)."""

    q = forms.CharField(label=_("Name"), required=False, max_length=100, strip=True)
    kind = forms.ChoiceField(label=_("Kind"), required=False, widget=Select)
    country = forms.ChoiceField(label=_("Country"), required=False, widget=Select)
    tag = forms.ChoiceField(label=_("Focus"), required=False, widget=Select)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.fields["q"].widget = forms.TextInput(attrs={"type": "search"})
        self.fields["kind"].choices = [("", _("All kinds")), *PartnerKind.choices]
        visible = Partner.objects.published()
        present = set(visible.exclude(country="").values_list("country", flat=True).distinct())
        requested = self.data.get("country") if self.is_bound else None
        if requested in countries and requested not in present:
            # A real country with no partner yet gives an empty list, not an error.
            present.add(requested)
        country_choices = [(code, name) for code, name in sorted_country_names() if code in present]
        self.fields["country"].choices = [
            ("", _("All countries")),
            (WORLDWIDE, _("Worldwide")),
            *country_choices,
        ]
        # Subjects of published partners, and a requested one (which then gives an
        # empty list rather than an error).
        requested_tag = (self.data.get("tag") if self.is_bound else None) or None
        tags = FocusTag.objects.filter(Q(partners__published=True) | Q(slug=requested_tag))
        self.fields["tag"].choices = [
            ("", _("All subjects")),
            *sorted(
                ((tag.slug, tag.name) for tag in tags.distinct()),
                key=lambda item: item[1].casefold(),
            ),
        ]

    def filter(self, queryset):
        data = self.cleaned_data
        if data["q"]:
            queryset = queryset.filter(name__icontains=data["q"])
        if data["kind"]:
            queryset = queryset.filter(kind=data["kind"])
        if data["country"] == WORLDWIDE:
            queryset = queryset.filter(worldwide=True)
        elif data["country"]:
            queryset = queryset.filter(country=data["country"])
        if data["tag"]:
            queryset = queryset.filter(tags__slug=data["tag"])
        return queryset

    @property
    def is_filtered(self):
        return self.is_bound and any(self.data.get(name) for name in self.fields)


class HelpCountryForm(forms.Form):
    """The visitor's country on ``/help/``; every country of the world is offered, named
    and sorted in the reader's language. ``q`` narrows the list of countries shown as
    links (without JavaScript)."""

    country = forms.ChoiceField(label=_("Your country"), required=False, widget=Select)
    q = forms.CharField(
        label=_("Find your country"),
        required=False,
        max_length=100,
        strip=True,
        error_messages={"max_length": _("Type the first letters of a country’s name.")},
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = [("", _("Choose a country")), *sorted_country_names()]
        self.fields["q"].widget = forms.TextInput(attrs={"type": "search"})
