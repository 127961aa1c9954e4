"""The contact form, with its spam checks (spam.py) as form errors in the visitor's
language: the visitor's text is kept, so nothing they wrote is lost."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

from cop_portal.contact.models import MESSAGE_MAX_LENGTH, ContactMessage
from cop_portal.contact.spam import HONEYPOT_FIELD, FillTime, check_fill_token, fill_token

FILL_TIME_ERRORS = {
    FillTime.TOO_FAST: _(
        "That was quicker than a person usually writes. Check your message, "
        "wait a few seconds and send it again."
    ),
    FillTime.EXPIRED: _(
        "This form was open for a long time, so we could not accept it. "
        "Your text is still here: please send it again."
    ),
    FillTime.INVALID: _(
        "We could not accept the form as it was sent. Your text is still here: "
        "please send it again."
    ),
}


class ContactForm(forms.ModelForm):
    # The honeypot: hidden from everyone but robots (the template hides its wrapper).
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    started = forms.CharField(required=False, widget=forms.HiddenInput)

    class Meta:
        model = ContactMessage
        fields = ("name", "email", "organisation", "subject", "message")
        labels = {
            "name": _("Your name"),
            "email": _("Your e-mail address"),
            "organisation": _("Organisation (optional)"),
            "subject": _("What is it about?"),
            "message": _("Your message"),
        }
        help_texts = {
            "email": _("We use it only to answer you."),
        }
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "organisation": forms.TextInput(attrs={"autocomplete": "organization"}),
            "subject": forms.RadioSelect,
            "message": forms.Textarea(attrs={"rows": 10}),
        }
        error_messages = {
            "name": {"required": _("Please tell us your name.")},
            "email": {
                "required": _("Please give an e-mail address, so that we can answer you."),
                "invalid": _("This does not look like an e-mail address: check it."),
            },
            "subject": {"required": _("Please choose what your message is about.")},
            "message": {
                "required": _("Please write your message."),
                "max_length": _(
                    "Your message is %(show_value)d characters long; at most %(limit_value)d "
                    "fit. Please shorten it."
                ),
            },
        }

    def __init__(self, *args, **kwargs):
        # No colon after a label ("What is it about?:" reads badly in every language).
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        # Formatted here, in the request's language (a help text is tied to its field
        # by aria-describedby).
        self.fields["message"].help_text = _("At most %(count)s characters.") % {
            "count": number_format(MESSAGE_MAX_LENGTH, force_grouping=True)
        }
        self.fields["message"].widget.attrs["maxlength"] = str(MESSAGE_MAX_LENGTH)
        # The empty choice of a model field with choices is no answer: radio buttons.
        self.fields["subject"].choices = ContactMessage.Subject.choices
        if not self.is_bound:
            self.initial["started"] = fill_token()

    def clean_name(self):
        # One line, whatever was sent: the name goes into the staff e-mail's subject.
        return " ".join(self.cleaned_data["name"].split())

    def clean_organisation(self):
        return " ".join(self.cleaned_data["organisation"].split())

    def clean(self):
        cleaned_data = super().clean()
        if self.cleaned_data.get(HONEYPOT_FIELD):
            # Refused politely, as a forged form: a person whose browser filled the hidden
            # field can send again (it is shown empty), a robot that fills it never can.
            raise ValidationError(FILL_TIME_ERRORS[FillTime.INVALID], code="honeypot")
        outcome = check_fill_token(self.data.get("started"))
        if outcome != FillTime.OK:
            raise ValidationError(FILL_TIME_ERRORS[outcome], code=f"fill_time_{outcome}")
        return cleaned_data

    @property
    def field_errors(self):
        """``[(field, error)]`` for the summary above the form, in the fields' order."""
        return [(field, error) for field in self.visible_fields() for error in field.errors]

    def prepare_to_show_again(self):
        """Before the form is shown again after an error: a new fill token (the next try
        is timed afresh) and an empty honeypot; everything the visitor wrote is kept."""
        self.data = self.data.copy()
        self.data["started"] = fill_token()
        self.data[HONEYPOT_FIELD] = ""


def preselected_subject(value):
    """The subject named by ``?subject=`` if it is one of ours, else None (no error)."""
    return value if value in ContactMessage.Subject.values else None
