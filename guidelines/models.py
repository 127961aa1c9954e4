"""Guidance for four audiences: audiences, guideline sets, sections, documents, resources;
and the library of publications and videos (reports, e-guides, letters, press releases,
toolkits, video messages), each with its files per language or its captions.

Every visitor-facing text is translated with modeltranslation (see translation.py); the
rich-text fields are sanitised with nh3 on save. Topics are django-taggit tags with a
translated name, shared by sections and resources.
"""

import uuid
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager
from taggit.models import TaggedItemBase

from cop_portal.images import ImageLimits, RasterImageField
from cop_portal.rich_text import RichTextField
from cop_portal.tags import TranslatedTag
from guidelines.validators import validate_pdf, validate_video, validate_webvtt


class AudienceSlug(models.TextChoices):
    CHILDREN = "children", _("Children")
    PARENTS_EDUCATORS = "parents-educators", _("Parents, guardians and educators")
    INDUSTRY = "industry", _("Industry")
    POLICY_MAKERS = "policy-makers", _("Policy makers")


class Audience(models.Model):
    """One of the four fixed audiences; created by a migration, never added or deleted."""

    Slug = AudienceSlug

    # The audiences whose pages point readers to the helplines.
    HELP_AUDIENCES = (Slug.CHILDREN, Slug.PARENTS_EDUCATORS)

    slug = models.SlugField(_("slug"), max_length=40, unique=True, choices=Slug.choices)
    position = models.PositiveSmallIntegerField(_("position"), unique=True)
    title = models.CharField(_("title"), max_length=120)
    summary = models.CharField(_("summary"), max_length=300, help_text=_("One or two sentences."))
    introduction = RichTextField(_("introduction"), blank=True)
    # Shown to readers as the page's "Last updated" date.
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        ordering = ["position"]
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(slug__in=AudienceSlug.values),
                name="guidelines_audience_slug_is_fixed",
            )
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("guidelines:audience", kwargs={"audience": self.slug})

    @property
    def is_for_children(self):
        return self.slug == self.Slug.CHILDREN

    @property
    def points_to_help(self):
        return self.slug in self.HELP_AUDIENCES


class GuidelineSetQuerySet(models.QuerySet):
    def published(self):
        """What the public may see: sets marked published (drafts never leak)."""
        return self.filter(published=True)


class GuidelineSet(models.Model):
    class AgeBand(models.TextChoices):
        UNDER_9 = "under-9", _("Under 9")
        FROM_9_TO_12 = "9-12", _("9 to 12")
        FROM_13_TO_18 = "13-18", _("13 to 18")

    audience = models.ForeignKey(
        Audience,
        verbose_name=_("audience"),
        on_delete=models.PROTECT,
        related_name="guideline_sets",
    )
    slug = models.SlugField(
        _("slug"), max_length=80, help_text=_("Part of the address; the same in every language.")
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    age_band = models.CharField(
        _("age band"),
        max_length=10,
        choices=AgeBand.choices,
        blank=True,
        help_text=_("Only for the children's audience."),
    )
    title = models.CharField(_("title"), max_length=160)
    summary = models.CharField(_("summary"), max_length=300, blank=True)
    introduction = RichTextField(_("introduction"), blank=True)
    edition_date = models.DateField(_("edition date"))
    published = models.BooleanField(
        _("published"), default=False, help_text=_("Only published sets are shown on the site.")
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = GuidelineSetQuerySet.as_manager()

    class Meta:
        ordering = ["audience__position", "position", "id"]
        verbose_name = _("guideline set")
        verbose_name_plural = _("guideline sets")
        constraints = [
            models.UniqueConstraint(
                fields=["audience", "slug"], name="guidelines_set_slug_unique_per_audience"
            )
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("guidelines:guideline_set", kwargs=self._url_kwargs())

    def get_preview_url(self):
        return reverse("guidelines:guideline_set_preview", kwargs=self._url_kwargs())

    def _url_kwargs(self):
        return {"audience": self.audience.slug, "guideline_set": self.slug}

    def clean(self):
        super().clean()
        if self.age_band and self.audience_id and self.audience.slug != Audience.Slug.CHILDREN:
            raise ValidationError(
                {"age_band": _("Only guidance for children is organised by age band.")}
            )


class Topic(TranslatedTag):
    """A topic tag (cyberbullying, grooming, privacy…) with a name in every language."""

    class Meta(TranslatedTag.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def get_absolute_url(self):
        return reverse("guidelines:topic", kwargs={"topic": self.slug})


class InGuidelineSetQuerySet(models.QuerySet):
    """Sections and documents: public when their guideline set is published."""

    def published(self):
        return self.filter(guideline_set__published=True)


class Section(models.Model):
    guideline_set = models.ForeignKey(
        GuidelineSet,
        verbose_name=_("guideline set"),
        on_delete=models.CASCADE,
        related_name="sections",
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    slug = models.SlugField(
        _("anchor"),
        max_length=80,
        help_text=_("Identifies the section in links (…/#section-anchor); keep it stable."),
    )
    title = models.CharField(_("title"), max_length=160)
    body = RichTextField(_("body"))
    key_points = models.TextField(
        _("key points"), blank=True, help_text=_("Optional; one point per line.")
    )
    topics = TaggableManager(
        verbose_name=_("topics"),
        through="TaggedSection",
        blank=True,
        help_text="",
        ordering=["slug"],
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = InGuidelineSetQuerySet.as_manager()

    # Same shape as GuidelineSet's and Document's Meta (and its topics field as Resource's):
    # each model its own order, names and uniqueness rule.
    class Meta:
        ordering = ["guideline_set", "position", "id"]
        verbose_name = _("section")
        verbose_name_plural = _("sections")
        constraints = [
            models.UniqueConstraint(
                fields=["guideline_set", "slug"], name="guidelines_section_slug_unique_per_set"
            )
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return f"{self.guideline_set.get_absolute_url()}#{self.anchor}"

    @property
    def anchor(self):
        """The element id of the section on its set's page, stable across languages."""
        return f"section-{self.slug}"


# Same shape as TaggedResource, events TaggedEvent and news TaggedNewsItem: one through model
# per tagged model, each with the constraint name its migration gave it.
class TaggedSection(TaggedItemBase):
    content_object = models.ForeignKey(Section, on_delete=models.CASCADE)
    tag = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="tagged_sections")

    class Meta:
        verbose_name = _("section topic")
        verbose_name_plural = _("section topics")
        constraints = [
            models.UniqueConstraint(
                fields=["content_object", "tag"], name="guidelines_tagged_section_unique"
            )
        ]


def document_upload_to(instance, filename):
    """A generated name: nothing of the uploader's file name reaches the server's disk."""
    return f"guidelines/documents/{uuid.uuid4().hex}.pdf"


class PdfInLanguage(models.Model):
    """A PDF in one of the portal's languages, its size kept for the pages that list it
    (``filesizeformat``). Subclasses add the ``file`` and what it belongs to."""

    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    size = models.PositiveBigIntegerField(_("size in bytes"), editable=False, default=0)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self.file:
            self.size = self.file.size
        super().save(*args, **kwargs)


class Document(PdfInLanguage):
    """A guideline set as a PDF in one language."""

    guideline_set = models.ForeignKey(
        GuidelineSet,
        verbose_name=_("guideline set"),
        on_delete=models.CASCADE,
        related_name="documents",
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    file = models.FileField(
        _("PDF file"),
        upload_to=document_upload_to,
        validators=[validate_pdf],
        help_text=_("A PDF document; it is checked when uploaded."),
    )
    # Made by the portal from the set's text (guidelines/services.py), or uploaded by an
    # editor; an upload is never replaced by a generated file.
    generated = models.BooleanField(_("generated by the portal"), default=False, editable=False)
    # The digest of the text a generated file was made from: the same text is not made again.
    source_digest = models.CharField(max_length=64, blank=True, editable=False)

    objects = InGuidelineSetQuerySet.as_manager()

    class Meta:
        ordering = ["guideline_set", "position", "id"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        constraints = [
            models.UniqueConstraint(
                fields=["guideline_set", "language"], name="guidelines_one_document_per_language"
            )
        ]

    def __str__(self):
        return f"{self.guideline_set} ({self.language})"

    @property
    def download_name(self):
        """The name a browser saves the file under (the stored name is a UUID)."""
        return f"{self.guideline_set.audience.slug}-{self.guideline_set.slug}-{self.language}.pdf"


class Resource(models.Model):
    """A project or initiative worth knowing, listed on an audience's page."""

    audience = models.ForeignKey(
        Audience, verbose_name=_("audience"), on_delete=models.PROTECT, related_name="resources"
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    url = models.URLField(_("link"), max_length=500)
    # Which organisation runs it, as the reader should see it; and, when that
    # organisation is in the partner directory, a link to its profile.
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    partner = models.ForeignKey(
        "partners.Partner",
        verbose_name=_("partner"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="resources",
    )
    topics = TaggableManager(
        verbose_name=_("topics"),
        through="TaggedResource",
        blank=True,
        help_text="",
        ordering=["slug"],
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        ordering = ["audience__position", "position", "id"]
        verbose_name = _("resource")
        verbose_name_plural = _("resources")

    def __str__(self):
        return self.title


class TaggedResource(TaggedItemBase):
    content_object = models.ForeignKey(Resource, on_delete=models.CASCADE)
    tag = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="tagged_resources")

    class Meta:
        verbose_name = _("resource topic")
        verbose_name_plural = _("resource topics")
        constraints = [
            models.UniqueConstraint(
                fields=["content_object", "tag"], name="guidelines_tagged_resource_unique"
            )
        ]


# Paths under publications/ that a slug must not take (see guidelines/urls.py).
RESERVED_PUBLICATION_SLUGS = frozenset({"rss", "atom"})
POSTER_LIMITS = ImageLimits(max_bytes=5 * 1024 * 1024, max_dimension=1280)


def validate_publication_slug(value):
    if value.lower() in RESERVED_PUBLICATION_SLUGS:
        raise ValidationError(
            _("“%(slug)s” is reserved for the library's feeds and pages; choose another."),
            code="reserved_slug",
            params={"slug": value},
        )


def publication_file_upload_to(instance, filename):
    return f"library/files/{uuid.uuid4().hex}.pdf"


def video_upload_to(instance, filename):
    extension = PurePosixPath(filename).suffix.lower().lstrip(".")
    return f"library/video/{uuid.uuid4().hex}.{extension if extension == 'mp4' else 'webm'}"


def poster_upload_to(instance, filename):
    extension = PurePosixPath(filename).suffix.lower().lstrip(".")
    if extension not in ("jpg", "png", "webp"):
        extension = "img"
    return f"library/posters/{uuid.uuid4().hex}.{extension}"


def caption_upload_to(instance, filename):
    return f"library/captions/{uuid.uuid4().hex}.vtt"


class PublicationQuerySet(models.QuerySet):
    def published(self):
        """What the public may see: entries marked published (drafts never leak)."""
        return self.filter(published=True)

    def newest_first(self):
        return self.order_by("-year", "-created_at", "-pk")


class Publication(models.Model):
    """An entry of the library: a publication (files per language, or a link) or a video
    message (a served file or a link, a poster, captions per language, a transcript)."""

    class Kind(models.TextChoices):
        REPORT = "report", _("Report")
        E_GUIDE = "e-guide", _("E-guide")
        LETTER = "letter", _("Letter")
        PRESS_RELEASE = "press-release", _("Press release")
        TOOLKIT = "toolkit", _("Toolkit")
        VIDEO = "video", _("Video message")

    title = models.CharField(_("title"), max_length=250)
    slug = models.SlugField(
        _("web address"),
        max_length=120,
        unique=True,
        validators=[validate_publication_slug],
        help_text=_("The last part of the entry's address, the same in every language."),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    summary = models.TextField(
        _("summary"), help_text=_("One or two sentences, shown in lists, feeds and search results.")
    )
    description = RichTextField(_("description"), blank=True)
    transcript = models.TextField(
        _("transcript"),
        blank=True,
        help_text=_(
            "For a video: everything that is said and shown, for people who cannot hear or see it."
        ),
    )
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(1900), MaxValueValidator(2100)]
    )
    audiences = models.ManyToManyField(
        Audience, verbose_name=_("audiences"), blank=True, related_name="publications"
    )
    topics = TaggableManager(
        verbose_name=_("topics"),
        through="TaggedPublication",
        blank=True,
        help_text="",
        ordering=["slug"],
    )
    # Who published it, as the reader should see it; and, when that organisation is in the
    # partner directory, a link to its profile (where the entry is listed).
    publisher = models.CharField(_("publisher"), max_length=200, blank=True)
    partner = models.ForeignKey(
        "partners.Partner",
        verbose_name=_("publisher in the partner directory"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="publications",
    )
    external_url = models.URLField(
        _("external address"),
        max_length=500,
        blank=True,
        help_text=_("Optional: where the original is published. Shown as a plain link."),
    )
    video = models.FileField(
        _("video file"),
        upload_to=video_upload_to,
        blank=True,
        validators=[validate_video],
        help_text=_("For a video: a WebM or MP4 file served by the portal."),
    )
    poster = RasterImageField(
        _("poster image"),
        upload_to=poster_upload_to,
        blank=True,
        width_field="poster_width",
        height_field="poster_height",
        limits=POSTER_LIMITS,
        help_text=_("For a video: the picture shown before it plays (JPEG, PNG or WebP)."),
    )
    poster_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    poster_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    published = models.BooleanField(
        _("published"), default=False, help_text=_("Only published entries are shown on the site.")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = PublicationQuerySet.as_manager()

    class Meta:
        ordering = ["-year", "-created_at", "-pk"]
        verbose_name = _("publication or video")
        verbose_name_plural = _("publications and videos")

    def __str__(self):
        return self.title or self.slug

    def get_absolute_url(self):
        return reverse("guidelines:publication", kwargs={"slug": self.slug})

    def get_preview_url(self):
        return reverse("guidelines:publication_preview", kwargs={"slug": self.slug})

    @property
    def is_video(self):
        return self.kind == self.Kind.VIDEO

    @property
    def video_type(self):
        return "video/mp4" if self.video.name.endswith(".mp4") else "video/webm"

    def clean(self):
        super().clean()
        if not self.is_video and (self.video or self.poster):
            raise ValidationError(
                {"video": _("Only a video message has a video file and a poster.")}
            )


class TaggedPublication(TaggedItemBase):
    content_object = models.ForeignKey(Publication, on_delete=models.CASCADE)
    tag = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="tagged_publications")

    class Meta:
        verbose_name = _("publication topic")
        verbose_name_plural = _("publication topics")
        constraints = [
            models.UniqueConstraint(
                fields=["content_object", "tag"], name="guidelines_tagged_publication_unique"
            )
        ]


class PublicationFile(PdfInLanguage):
    """A publication as a PDF in one language."""

    publication = models.ForeignKey(
        Publication, verbose_name=_("publication"), on_delete=models.CASCADE, related_name="files"
    )
    file = models.FileField(
        _("PDF file"),
        upload_to=publication_file_upload_to,
        validators=[validate_pdf],
        help_text=_("A PDF document; it is checked when uploaded."),
    )

    class Meta:
        ordering = ["publication", "language"]
        verbose_name = _("publication file")
        verbose_name_plural = _("publication files")
        constraints = [
            models.UniqueConstraint(
                fields=["publication", "language"], name="guidelines_one_file_per_language"
            )
        ]

    def __str__(self):
        return f"{self.publication} ({self.language})"

    @property
    def download_name(self):
        """The name a browser saves the file under (the stored name is a UUID)."""
        return f"{self.publication.slug}-{self.language}.pdf"


class Caption(models.Model):
    """A video's captions in one language (a WebVTT file, checked on upload)."""

    publication = models.ForeignKey(
        Publication, verbose_name=_("video"), on_delete=models.CASCADE, related_name="captions"
    )
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    file = models.FileField(
        _("WebVTT file"),
        upload_to=caption_upload_to,
        validators=[validate_webvtt],
        help_text=_("Captions as a WebVTT (.vtt) file in UTF-8; it is checked when uploaded."),
    )

    class Meta:
        ordering = ["publication", "language"]
        verbose_name = _("captions")
        verbose_name_plural = _("captions")
        constraints = [
            models.UniqueConstraint(
                fields=["publication", "language"], name="guidelines_one_caption_per_language"
            )
        ]

    def __str__(self):
        return f"{self.publication} ({self.language})"

    def get_absolute_url(self):
        return reverse(
            "guidelines:publication_captions",
            kwargs={"slug": self.publication.slug, "language": self.language},
        )
