"""News items: written by staff in English, translated, published at a chosen time."""

import uuid
from pathlib import PurePosixPath

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname
from taggit.managers import TaggableManager
from taggit.models import NaturalKeyManager, TaggedItemBase

from cop_portal.images import ImageLimits, RasterImageField
from cop_portal.models import user_reference
from cop_portal.rich_text import RichTextField
from cop_portal.tags import TagManager, TranslatedTag
from cop_portal.translated_fields import SOURCE_LANGUAGE

# Paths under news/ that a slug must not take (see news/urls.py).
RESERVED_SLUGS = frozenset({"rss", "atom", "tag", "page", "preview"})
IMAGE_EXTENSIONS = ("jpg", "jpeg", "png", "webp")
# Checked, re-encoded (metadata dropped) and scaled down on upload by cop_portal.images.
IMAGE_LIMITS = ImageLimits(max_bytes=5 * 1024 * 1024, max_dimension=1600)
# What an editor must have written in English before an item can go public.
REQUIRED_ENGLISH_FIELDS = ("title", "summary", "body")


def validate_news_slug(value):
    """A slug must not read as a year (``news/2014/``) or as one of the fixed paths."""
    if value.isdigit():
        raise ValidationError(
            _("A web address made only of digits would be read as a year; add a word."),
            code="numeric_slug",
        )
    if value.lower() in RESERVED_SLUGS:
        raise ValidationError(
            _("“%(slug)s” is reserved for the news feeds and pages; choose another."),
            code="reserved_slug",
            params={"slug": value},
        )


def validate_image_size(image):
    """Kept for migration 0001; uploads are now checked by cop_portal.images."""
    if image.size > IMAGE_LIMITS.max_bytes:
        raise ValidationError(_("The image is too large."), code="image_too_large")


def news_image_path(instance, filename):
    """Uploads are stored under a generated name: nothing of the uploader's name is kept."""
    extension = PurePosixPath(filename).suffix.lower().lstrip(".")
    if extension not in IMAGE_EXTENSIONS:
        extension = "img"
    return f"news/{uuid.uuid4().hex}.{extension}"


class NewsItemQuerySet(models.QuerySet):
    def published(self):
        """What the public sees: published items whose publication time has come.

        The time is compared at query time, so a scheduled item appears by itself when
        its moment arrives; no job or cron is involved. Pages, feeds, sitemaps and
        search all start from here.
        """
        return self.filter(status=NewsItem.Status.PUBLISHED, published_at__lte=timezone.now())

    def scheduled(self):
        """Published items whose publication time is still in the future."""
        return self.filter(status=NewsItem.Status.PUBLISHED, published_at__gt=timezone.now())

    def drafts(self):
        return self.filter(status=NewsItem.Status.DRAFT)

    def newest_first(self):
        return self.order_by("-published_at", "-pk")


def _english_text_present(field):
    name = build_localized_fieldname(field, SOURCE_LANGUAGE)
    return Q(**{f"{name}__isnull": False}) & ~Q(**{name: ""})


def about(model, verbose_name, help_text):
    """What an item is about (partners, events): optional, and each of them lists its
    news items (``partner.news_items``)."""
    return models.ManyToManyField(
        model, verbose_name=verbose_name, blank=True, related_name="news_items", help_text=help_text
    )


class NewsItem(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("web address"),
        max_length=200,
        unique=True,
        validators=[validate_news_slug],
        help_text=_("The last part of the item's address, the same in every language."),
    )
    summary = models.TextField(
        _("summary"),
        blank=True,
        help_text=_("One or two sentences, shown in lists, feeds and search results."),
    )
    body = RichTextField(_("body"), blank=True)
    image = RasterImageField(
        _("image"),
        upload_to=news_image_path,
        blank=True,
        width_field="image_width",
        height_field="image_height",
        limits=IMAGE_LIMITS,
        help_text=_("Optional. A JPEG, PNG or WebP picture of at most 5 MB."),
    )
    image_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    image_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    image_alt = models.CharField(
        _("image description"),
        max_length=250,
        blank=True,
        help_text=_("Required with an image: what it shows, for people who cannot see it."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    published_at = models.DateTimeField(
        _("publication time"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_(
            "Leave empty to publish now. A time in the future schedules the item: it "
            "appears by itself at that moment."
        ),
    )
    tags = TaggableManager(
        _("tags"),
        through="TaggedNewsItem",
        blank=True,
        help_text="",
        ordering=["slug"],
        manager=TagManager,
    )
    partners = about(
        "partners.Partner",
        _("related partners"),
        _("Partners the item is about; it is listed on their pages."),
    )
    events = about(
        "events.Event",
        _("related events"),
        _("Events the item is about; it is listed on their pages."),
    )
    author = user_reference(_("author"), related_name="news_items")
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = NewsItemQuerySet.as_manager()

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")
        ordering = ("-published_at", "-pk")
        constraints = [
            models.CheckConstraint(
                condition=Q(status="draft") | Q(published_at__isnull=False),
                name="news_published_has_time",
                violation_error_message=_("A published item needs a publication time."),
            ),
            models.CheckConstraint(
                condition=Q(status="draft")
                | (
                    _english_text_present("title")
                    & _english_text_present("summary")
                    & _english_text_present("body")
                ),
                name="news_published_has_english_text",
                violation_error_message=_(
                    "A published item needs its English title, summary and body."
                ),
            ),
            models.CheckConstraint(
                condition=Q(image="") | _english_text_present("image_alt"),
                name="news_image_has_alt_text",
                violation_error_message=_("An image needs a description in English."),
            ),
        ]

    def __str__(self):
        return self.title or self.slug

    # Same shape as Partner's two addresses and its logo field above: each model names its
    # own pages and image.
    def get_absolute_url(self):
        return reverse("news:detail", kwargs={"slug": self.slug})

    def get_preview_url(self):
        return reverse("news:preview", kwargs={"slug": self.slug})

    @property
    def is_public(self):
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= timezone.now()
        )

    @property
    def is_scheduled(self):
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at > timezone.now()
        )

    def clean(self):
        super().clean()
        errors = {}
        if self.image and not (self.image_alt_en or "").strip():
            errors["image_alt_en"] = _(
                "Describe the image in English for people who cannot see it."
            )
        if self.status == self.Status.PUBLISHED:
            for field in REQUIRED_ENGLISH_FIELDS:
                name = build_localized_fieldname(field, SOURCE_LANGUAGE)
                if not strip_tags(getattr(self, name) or "").strip():
                    errors[name] = _(
                        "Write this in English before publishing: English is the text "
                        "every other language falls back to."
                    )
            if self.published_at is None:
                # As in Django's own example: publishing without a time means now.
                self.published_at = timezone.now()
        if errors:
            raise ValidationError(errors)

    def related_partners(self):
        """The item's partners that the public may see, in name order."""
        return self.partners.published().order_by("name")

    def related_events(self):
        """The item's events that the public may see, in date order."""
        return self.events.published().order_by("first_day", "pk")

    def related_news(self, limit=3):
        """Other public news sharing at least one tag with this item, newest first."""
        return (
            NewsItem.objects.published()
            .filter(tags__in=self.tags.all())
            .exclude(pk=self.pk)
            .distinct()
            .newest_first()[:limit]
        )


class NewsTagQuerySet(models.QuerySet):
    def in_public_news(self):
        """Tags that at least one public item carries: a tag used only by drafts is not
        revealed."""
        return self.filter(Exists(NewsItem.objects.published().filter(tags=OuterRef("pk"))))


class NewsTag(TranslatedTag):
    """A news tag (policy, research, awards…) with a name in every language."""

    # taggit's manager (natural keys: backups refer to tags by them) with our queryset.
    objects = NaturalKeyManager.from_queryset(NewsTagQuerySet)()

    class Meta(TranslatedTag.Meta):
        verbose_name = _("news tag")
        verbose_name_plural = _("news tags")

    def get_absolute_url(self):
        return reverse("news:tag", kwargs={"tag": self.slug})


# Same shape as events TaggedEvent and guidelines TaggedSection: each tag kind needs its own
# through model, and each through model keeps the constraint name its migration gave it.
class TaggedNewsItem(TaggedItemBase):
    content_object = models.ForeignKey(NewsItem, on_delete=models.CASCADE)
    tag = models.ForeignKey(NewsTag, on_delete=models.CASCADE, related_name="tagged_news")

    class Meta:
        verbose_name = _("news tag of an item")
        verbose_name_plural = _("news tags of items")
        constraints = [
            models.UniqueConstraint(fields=["content_object", "tag"], name="news_tag_once_per_item")
        ]
