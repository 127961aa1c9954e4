"""The library's filters: a plain GET form (it works without JavaScript), read from the
query string. A value that is not one of the choices makes the form invalid, and the list
answers 400 with the form's errors, never 500."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from cop_portal.languages import PORTAL_LANGUAGES
from guidelines.models import Audience, Publication, Topic


class PublicationFilterForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), required=False)
    audience = forms.ModelChoiceField(
        label=_("Audience"),
        queryset=Audience.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("Any audience"),
    )
    topic = forms.ModelChoiceField(
        label=_("Topic"),
        queryset=Topic.objects.order_by("slug"),
        to_field_name="slug",
        required=False,
        empty_label=_("Any topic"),
    )
    language = forms.ChoiceField(label=_("Available in"), required=False)
    year = forms.TypedChoiceField(label=_("Year"), coerce=int, required=False, empty_value=None)

    def __init__(self, *args, years=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", _("Any kind")), *Publication.Kind.choices]
        self.fields["language"].choices = [("", _("Any language"))] + [
            (language.code, language.native_name) for language in PORTAL_LANGUAGES
        ]
        self.fields["year"].choices = [("", _("Any year"))] + [(year, year) for year in years]

    def filter(self, publications):
        """``publications`` narrowed to the valid form's choices."""
        data = self.cleaned_data
        if data.get("kind"):
            publications = publications.filter(kind=data["kind"])
        if data.get("audience"):
            publications = publications.filter(audiences=data["audience"])
        if data.get("topic"):
            publications = publications.filter(topics=data["topic"])
        if data.get("language"):
            # Readable or watchable in that language: a file, or captions, in it.
            language = data["language"]
            publications = publications.filter(
                Q(pk__in=Publication.objects.filter(files__language=language).values("pk"))
                | Q(pk__in=Publication.objects.filter(captions__language=language).values("pk"))
            )
        if data.get("year") is not None:
            publications = publications.filter(year=data["year"])
        return publications

    @property
    def is_filtering(self):
        return self.is_bound and self.is_valid() and any(self.cleaned_data.values())
