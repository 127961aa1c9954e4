"""The partner directory: organisations, their representatives and their help services.

A partner is public once published (``Partner.objects.published()`` is the single
definition used by pages, feeds, search and sitemaps). Representatives are users linked
to exactly one partner; what they may do in the admin is decided in
``partners.permissions`` and enforced by ``partners.admin_mixins``.
"""

import re
import uuid
from pathlib import PurePosixPath
from typing import NamedTuple

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Case, F, IntegerField, Q, Value, When
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext, pgettext
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from cop_portal.images import RasterImageField
from cop_portal.models import user_reference
from cop_portal.rich_text import RichTextField
from partners.spoken_languages import spoken_language_choices


class PartnerKind(models.TextChoices):
    # In the order of the directory's groups (the reference page's order first).
    INTERNATIONAL = "international", _("International organisation")
    CIVIL_SOCIETY = "civil-society", _("Civil society")
    PRIVATE_SECTOR = "private-sector", _("Private sector")
    ACADEMIA = "academia", _("Academia and research")
    GOVERNMENT = "government", _("Government")

    @classmethod
    def plural_labels(cls):
        """Headings of the directory's groups."""
        return {
            cls.INTERNATIONAL: _("International organisations"),
            cls.CIVIL_SOCIETY: _("Civil society"),
            cls.PRIVATE_SECTOR: _("Private sector"),
            cls.ACADEMIA: _("Academia and research"),
            cls.GOVERNMENT: _("Governments"),
        }


KIND_ORDER = Case(
    *(When(kind=value, then=Value(position)) for position, value in enumerate(PartnerKind.values)),
    default=Value(len(PartnerKind.values)),
    output_field=IntegerField(),
)


def logo_upload_to(instance, filename):
    """A generated name: the uploader's file name is never used (nor trusted)."""
    extension = PurePosixPath(filename).suffix.lower()
    return f"partners/logos/{uuid.uuid4().hex}{extension}"


class PartnerQuerySet(models.QuerySet):
    def published(self):
        """What the public may see: published partners."""
        return self.filter(published=True)

    def in_directory_order(self):
        """By kind in the directory's order, then by name."""
        return self.alias(kind_order=KIND_ORDER).order_by("kind_order", "name")

    def changed_by_representatives_since_review(self):
        return self.filter(representative_changed_at__isnull=False).filter(
            Q(reviewed_at__isnull=True) | Q(representative_changed_at__gt=F("reviewed_at"))
        )


class FocusTag(models.Model):
    """A subject a partner works on (a small vocabulary kept by staff, translated)."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)

    class Meta:
        ordering = ["slug"]
        verbose_name = _("focus tag")
        verbose_name_plural = _("focus tags")

    def __str__(self):
        return self.name


class Partner(models.Model):
    name = models.CharField(
        _("name"),
        max_length=200,
        unique=True,
        help_text=_("The organisation's name as it writes it itself."),
    )
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=PartnerKind.choices)
    country = CountryField(
        _("country"),
        blank=True,
        help_text=_("Where the organisation is based. Leave empty if it works worldwide."),
    )
    worldwide = models.BooleanField(
        _("worldwide"),
        default=False,
        help_text=_("The organisation works worldwide rather than from one country."),
    )
    website = models.URLField(_("website"), blank=True)
    description = RichTextField(_("description"), blank=True)
    tags = models.ManyToManyField(
        FocusTag, verbose_name=_("focus tags"), blank=True, related_name="partners"
    )
    logo = RasterImageField(
        _("logo"),
        upload_to=logo_upload_to,
        blank=True,
        width_field="logo_width",
        height_field="logo_height",
        help_text=_("PNG, JPEG or WebP. It is re-encoded and scaled down on upload."),
    )
    logo_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    logo_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    published = models.BooleanField(_("published"), default=False)
    featured = models.BooleanField(_("featured"), default=False)
    publishes_directly = models.BooleanField(
        _("representatives publish directly"),
        default=False,
        help_text=_(
            "A trusted partner: its representatives' changes go live at once. Otherwise "
            "each change waits until staff approve it."
        ),
    )

    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    profile_updated_at = models.DateTimeField(_("profile last updated at"), null=True, blank=True)
    profile_updated_by = user_reference(_("profile last updated by"))
    # Moderation: when a representative last changed the profile, and when staff last
    # reviewed it ("changed by representatives since last review").
    representative_changed_at = models.DateTimeField(
        _("last changed by a representative at"), null=True, blank=True
    )
    reviewed_at = models.DateTimeField(_("last reviewed at"), null=True, blank=True)
    reviewed_by = user_reference(_("last reviewed by"))

    objects = PartnerQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        permissions = [
            ("moderate_partners", _("Can moderate every partner (review, publish, invite)")),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(worldwide=False) | Q(country=""),
                name="partner_worldwide_has_no_country",
            ),
            models.CheckConstraint(
                condition=Q(kind__in=PartnerKind.values), name="partner_kind_valid"
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("partners:detail", kwargs={"slug": self.slug})

    def get_preview_url(self):
        return reverse("partners:preview", kwargs={"slug": self.slug})

    @property
    def logo_alt(self):
        return gettext("%(name)s logo") % {"name": self.name}

    @property
    def place(self):
        """Where the partner works, in the reader's language ("" when unknown)."""
        if self.worldwide:
            return gettext("Worldwide")
        return self.country.name if self.country else ""


class ProfileProposal(models.Model):
    """A representative's change to a partner that does not publish directly, waiting
    for staff. What it proposes is a reversion revision (the partner's version and those
    of its services and contacts), kept out of the partner's history until approved
    (see partners.services)."""

    class Status(models.TextChoices):
        WAITING = "waiting", _("Waiting for review")
        APPROVED = "approved", _("Approved")
        DECLINED = "declined", _("Declined")

    partner = models.ForeignKey(
        Partner, verbose_name=_("partner"), on_delete=models.CASCADE, related_name="proposals"
    )
    revision = models.OneToOneField(
        "reversion.Revision",
        verbose_name=_("proposed version"),
        on_delete=models.CASCADE,
        related_name="profile_proposal",
    )
    proposed_by = user_reference(_("proposed by"))
    proposed_at = models.DateTimeField(_("proposed at"), auto_now_add=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.WAITING
    )
    decided_by = user_reference(_("decided by"))
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    reason = models.TextField(_("reason"), blank=True, max_length=2000)

    # Same shape as HelpService's Meta below: each model its own order, names and check.
    class Meta:
        ordering = ["-proposed_at", "-pk"]
        verbose_name = _("proposed change")
        verbose_name_plural = _("proposed changes")
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["waiting", "approved", "declined"]),
                name="profileproposal_status_valid",
            ),
        ]

    def __str__(self):
        return gettext("Change to %(partner)s proposed at %(at)s") % {
            "partner": self.partner,
            "at": self.proposed_at,
        }


class Representative(models.Model):
    """A user who speaks for one partner and may update its profile in the admin."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="representative",
    )
    partner = models.ForeignKey(
        Partner,
        verbose_name=_("partner"),
        on_delete=models.CASCADE,
        related_name="representatives",
    )
    invited_at = models.DateTimeField(_("invited at"), null=True, blank=True)
    invited_by = user_reference(_("invited by"))

    class Meta:
        ordering = ["partner__name", "user__username"]
        verbose_name = _("representative")
        verbose_name_plural = _("representatives")

    def __str__(self):
        return f"{self.user} ({self.partner})"


phone_validator = RegexValidator(
    r"^\+?[0-9][0-9 ()\-.]{1,30}$",
    _("Enter a phone number with digits, spaces and an optional leading +."),
)


class SpokenLanguagesField(models.CharField):
    """Language codes (see partners/spoken_languages.py) stored comma-separated."""

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def to_python(self, value):
        if isinstance(value, list | tuple):
            return list(value)
        if not value:
            return []
        return [code for code in value.split(",") if code]

    def get_prep_value(self, value):
        if isinstance(value, list | tuple):
            return ",".join(value)
        return value or ""

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def validate(self, value, model_instance):
        known = {code for code, _name in spoken_language_choices()}
        unknown = [code for code in value if code not in known]
        if unknown:
            raise ValidationError(
                _("Unknown language code: %(codes)s"), params={"codes": ", ".join(unknown)}
            )
        if len(self.get_prep_value(value)) > self.max_length:
            raise ValidationError(_("Too many languages."))

    def formfield(self, **kwargs):
        from django import forms

        # A list of choices whatever widget a caller offers for a CharField (the admin
        # offers a text input); a multiple-choice widget may be given instead.
        widget = kwargs.get("widget")
        if not isinstance(widget, forms.SelectMultiple):
            widget = forms.SelectMultiple(attrs={"size": 8})
        return forms.TypedMultipleChoiceField(
            choices=spoken_language_choices,
            required=not self.blank,
            label=capfirst(self.verbose_name),
            help_text=self.help_text,
            widget=widget,
        )


class HelpServiceKind(models.TextChoices):
    HELPLINE = "helpline", _("Helpline")
    HOTLINE = "hotline", _("Reporting hotline")


class HelpServiceQuerySet(models.QuerySet):
    def published(self):
        """Services of published partners."""
        return self.filter(partner__published=True)

    def for_country(self, code):
        """Services that serve the country ``code`` (a validated ISO code), not worldwide."""
        # Codes are stored comma-separated; a two-letter code never spans a comma.
        return self.filter(countries__contains=code.upper())

    def worldwide(self):
        return self.filter(worldwide=True)


class HelpService(models.Model):
    """A helpline or a reporting hotline run by a partner."""

    partner = models.ForeignKey(
        Partner, verbose_name=_("partner"), on_delete=models.CASCADE, related_name="services"
    )
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=HelpServiceKind.choices)
    description = models.TextField(_("description"), blank=True, max_length=1000)
    countries = CountryField(_("countries served"), multiple=True, blank=True)
    worldwide = models.BooleanField(
        _("worldwide"), default=False, help_text=_("Serves children in every country.")
    )
    phone = models.CharField(_("phone"), max_length=32, blank=True, validators=[phone_validator])
    url = models.URLField(_("web or chat link"), blank=True)
    opening_hours = models.CharField(_("opening hours"), max_length=200, blank=True)
    languages = SpokenLanguagesField(_("languages spoken"), max_length=300, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = HelpServiceQuerySet.as_manager()

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("help service")
        verbose_name_plural = _("help services")
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=HelpServiceKind.values), name="helpservice_kind_valid"
            ),
        ]

    def __str__(self):
        return self.name

    def clean(self):
        if not self.phone and not self.url:
            raise ValidationError(_("Give a phone number, a web or chat link, or both."))
        if not self.worldwide and not self.countries:
            raise ValidationError(_("Choose the countries served, or tick worldwide."))

    @property
    def phone_uri(self):
        """``tel:`` link target: the number without spaces or punctuation."""
        digits = re.sub(r"[^0-9+]", "", self.phone)
        return f"tel:{digits}" if digits else ""

    @property
    def language_names(self):
        """The languages spoken, named and listed in the reader's language."""
        names = dict(spoken_language_choices())
        separator = pgettext("list separator", ", ")
        return separator.join(names.get(code, code) for code in self.languages)


class Contact(models.Model):
    """A person or desk to contact at a partner, shown on its public profile."""

    partner = models.ForeignKey(
        Partner, verbose_name=_("partner"), on_delete=models.CASCADE, related_name="contacts"
    )
    name = models.CharField(_("name"), max_length=200)
    role = models.CharField(_("role"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=32, blank=True, validators=[phone_validator])
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")

    def __str__(self):
        return self.name

    @property
    def phone_uri(self):
        digits = re.sub(r"[^0-9+]", "", self.phone)
        return f"tel:{digits}" if digits else ""


class EmergencyService(models.TextChoices):
    """What an emergency number reaches, when a country has several."""

    ALL = "all", _("All emergencies")
    POLICE = "police", _("Police")
    AMBULANCE = "ambulance", _("Ambulance")
    FIRE = "fire", _("Fire brigade")
    FIRE_AMBULANCE = "fire-ambulance", _("Fire brigade and ambulance")


class EmergencyNumber(NamedTuple):
    number: str
    service: str

    @property
    def label(self):
        return EmergencyService(self.service).label

    @property
    def uri(self):
        return phone_uri(self.number)


def phone_uri(number):
    """``tel:`` link target: the number without spaces or punctuation ("" if none)."""
    digits = re.sub(r"[^0-9+]", "", number)
    return f"tel:{digits}" if digits else ""


def parse_emergency_numbers(value):
    """``"110=police, 119=fire"`` as ``EmergencyNumber`` tuples; a number alone reaches
    every emergency service. Raises ValidationError on anything else."""
    numbers = []
    for item in filter(None, (part.strip() for part in value.split(","))):
        number, _sep, service = (piece.strip() for piece in item.partition("="))
        service = service or EmergencyService.ALL
        if service not in EmergencyService.values:
            raise ValidationError(
                _("Unknown emergency service “%(service)s”: use one of %(choices)s."),
                params={"service": service, "choices": ", ".join(EmergencyService.values)},
            )
        phone_validator(number)
        numbers.append(EmergencyNumber(number, service))
    return numbers


def validate_emergency_numbers(value):
    parse_emergency_numbers(value)


class CountryHelpQuerySet(models.QuerySet):
    def with_checked_number(self):
        """Entries that give at least one checked number or reporting address."""
        return self.exclude(emergency_numbers="", child_helpline_number="", report_url="")


class CountryHelp(models.Model):
    """What a visitor in one country can call or use: the emergency number(s), the
    national child helpline and where to report child sexual abuse material online.

    Every country has one (partners/country_help.toml, loaded by a migration); a field
    left empty means that the portal has no checked number or address for it, and the
    help page then points to the international directories. A number is never kept
    without its source.
    """

    country = CountryField(_("country"), unique=True)
    emergency_numbers = models.CharField(
        _("emergency numbers"),
        max_length=200,
        blank=True,
        validators=[validate_emergency_numbers],
        help_text=_(
            "Comma-separated. A number alone reaches every emergency service; otherwise "
            "add what it reaches: 110=police, 119=fire, 120=ambulance (or fire-ambulance)."
        ),
    )
    child_helpline_name = models.CharField(_("child helpline"), max_length=200, blank=True)
    child_helpline_number = models.CharField(
        _("child helpline number"), max_length=32, blank=True, validators=[phone_validator]
    )
    child_helpline_url = models.URLField(_("child helpline website"), blank=True)
    report_name = models.CharField(
        _("where to report abuse material"),
        max_length=200,
        blank=True,
        help_text=_("The hotline or authority that takes reports of child sexual abuse material."),
    )
    report_url = models.URLField(_("reporting address"), blank=True)
    note = models.TextField(_("note"), blank=True, max_length=1000)
    source = models.TextField(
        _("source"),
        blank=True,
        max_length=1000,
        help_text=_(
            "Where each number and address was checked: one source per line, with its web "
            "address. Required as soon as a number or an address is given."
        ),
    )
    checked_on = models.DateField(_("checked on"), null=True, blank=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)
    # What the data file last wrote (partners/country_help.py): a row that no longer
    # matches it was edited by staff, and loading the file again leaves it alone.
    data_fingerprint = models.CharField(max_length=64, blank=True, editable=False)

    objects = CountryHelpQuerySet.as_manager()

    class Meta:
        ordering = ["country"]
        verbose_name = _("help in a country")
        verbose_name_plural = _("help in every country")
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(emergency_numbers="", child_helpline_number="", report_url="") | ~Q(source="")
                ),
                name="countryhelp_number_has_source",
            ),
        ]

    def __str__(self):
        return self.country.name

    def clean(self):
        errors = {}
        if self.has_checked_number and not self.source.strip():
            errors["source"] = _("Say where the numbers and addresses were checked.")
        if self.child_helpline_number and not self.child_helpline_name:
            errors["child_helpline_name"] = _("Name the helpline that answers this number.")
        if self.report_url and not self.report_name:
            errors["report_name"] = _("Name the hotline or authority behind this address.")
        if errors:
            raise ValidationError(errors)

    @property
    def has_checked_number(self):
        return bool(self.emergency_numbers or self.child_helpline_number or self.report_url)

    @property
    def emergency_number_list(self):
        try:
            return parse_emergency_numbers(self.emergency_numbers)
        except ValidationError:
            return []

    @property
    def child_helpline_uri(self):
        return phone_uri(self.child_helpline_number)

    @property
    def source_lines(self):
        return [line.strip() for line in self.source.splitlines() if line.strip()]
