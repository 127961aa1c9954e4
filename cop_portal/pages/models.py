"""The portal's editorial pages: a fixed set (about, privacy, accessibility, join), each
written by staff in the six languages."""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from cop_portal.rich_text import RichTextField
from cop_portal.translated_fields import SOURCE_LANGUAGE

# What an editor must have written in English before a page can be public.
REQUIRED_ENGLISH_FIELDS = ("title", "summary", "body")


class PageKey(models.TextChoices):
    """The pages, in the order the footer and the site map list them. Each is at
    ``/<lang>/<key>/`` (cop_portal/pages/urls.py)."""

    ABOUT = "about", _("About the initiative")
    PRIVACY = "privacy", _("Privacy")
    ACCESSIBILITY = "accessibility", _("Accessibility statement")
    JOIN = "join", _("Join the initiative")


class PageQuerySet(models.QuerySet):
    def published(self):
        """What the public sees: the published pages (views, sitemap, search, site map)."""
        return self.filter(published=True)

    def in_key_order(self):
        """The pages in ``PageKey`` order (about first)."""
        order = models.Case(
            *(models.When(key=key, then=position) for position, key in enumerate(PageKey.values)),
            output_field=models.IntegerField(),
        )
        return self.order_by(order)


class Page(models.Model):
    """One editorial page. The four exist from the first migration on; staff change
    their texts and can take one off line, never add or remove one."""

    Key = PageKey

    key = models.CharField(_("page"), max_length=20, unique=True, choices=PageKey.choices)
    title = models.CharField(_("title"), max_length=200)
    summary = models.CharField(
        _("summary"),
        max_length=300,
        help_text=_("One or two sentences, shown in search results and link previews."),
    )
    body = RichTextField(_("body"), blank=True)
    published = models.BooleanField(
        _("published"),
        default=False,
        help_text=_("Unticked, the page answers “not found” to the public."),
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = PageQuerySet.as_manager()

    class Meta:
        verbose_name = _("editorial page")
        verbose_name_plural = _("editorial pages")
        ordering = ("key",)
        constraints = [
            models.CheckConstraint(
                condition=models.Q(key__in=PageKey.values), name="pages_page_key_is_fixed"
            )
        ]

    def __str__(self):
        return self.title or self.get_key_display()

    def get_absolute_url(self):
        return reverse(f"pages:{self.key}")

    def get_preview_url(self):
        return reverse("pages:preview", kwargs={"key": self.key})

    def clean(self):
        super().clean()
        if not self.published:
            return
        errors = {}
        for field in REQUIRED_ENGLISH_FIELDS:
            name = build_localized_fieldname(field, SOURCE_LANGUAGE)
            if not strip_tags(getattr(self, name) or "").strip():
                errors[name] = _(
                    "Write this in English before publishing: English is the text "
                    "every other language falls back to."
                )
        if errors:
            raise ValidationError(errors)
