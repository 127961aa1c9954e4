import datetime

import factory
from django.conf import settings
from django.core.files.base import ContentFile
from modeltranslation.utils import build_localized_fieldname

from guidelines.models import (
    Audience,
    Caption,
    Document,
    GuidelineSet,
    Publication,
    PublicationFile,
    Resource,
    Section,
    Topic,
)
from tests.factories import ModelFactory, related

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def minimal_pdf(size=None):
    """A small valid PDF; padded with a PDF comment to exactly ``size`` bytes if given."""
    head = b"%PDF-1.4\n"
    body = (
        b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
    )
    tail = (
        b"xref\n0 3\n0000000000 65535 f \ntrailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n9\n%%EOF\n"
    )
    content = head + body + tail
    if size is not None:
        padding = size - len(content) - 2
        content = head + b"%" + b"x" * padding + b"\n" + body + tail
    return content


def translated_attributes(field, template):
    return {
        build_localized_fieldname(field, code): factory.LazyAttribute(
            lambda obj, code=code: template.format(n=obj.number, code=code)
        )
        for code in LANGUAGE_CODES
    }


def audience(slug="parents-educators"):
    return Audience.objects.get(slug=slug)


class NumberedFactory(ModelFactory):
    """Objects numbered in sequence: ``number`` goes into their slugs and texts."""

    class Meta:
        abstract = True

    class Params:
        number = factory.Sequence(lambda n: n)


class PositionedFactory(NumberedFactory):
    """Numbered objects listed in the order of their numbers."""

    class Meta:
        abstract = True

    position = factory.LazyAttribute(lambda obj: obj.number)


class TopicFactory(NumberedFactory):
    class Meta:
        model = Topic

    slug = factory.LazyAttribute(lambda obj: f"topic-{obj.number}")
    locals().update(translated_attributes("name", "Topic {n} ({code})"))


class GuidelineSetFactory(PositionedFactory):
    class Meta:
        model = GuidelineSet

    audience = factory.LazyFunction(audience)
    slug = factory.LazyAttribute(lambda obj: f"set-{obj.number}")
    edition_date = datetime.date(2024, 3, 1)
    published = True
    locals().update(translated_attributes("title", "Set {n} ({code})"))
    locals().update(translated_attributes("summary", "Summary of set {n} ({code})"))
    locals().update(translated_attributes("introduction", "<p>Introduction {n} ({code})</p>"))


# Same shape as GuidelineSetFactory and ResourceFactory: each model's own fields and texts.
class SectionFactory(PositionedFactory):
    class Meta:
        model = Section

    guideline_set = factory.SubFactory(GuidelineSetFactory)
    slug = factory.LazyAttribute(lambda obj: f"section-{obj.number}")
    locals().update(translated_attributes("title", "Section {n} ({code})"))
    locals().update(translated_attributes("body", "<p>Body of section {n} ({code})</p>"))
    locals().update(translated_attributes("key_points", "Point A{n} ({code})\nPoint B{n}"))

    topics = related("topics")


class DocumentFactory(ModelFactory):
    class Meta:
        model = Document

    guideline_set = factory.SubFactory(GuidelineSetFactory)
    language = "en"
    file = factory.LazyFunction(lambda: ContentFile(minimal_pdf(), name="guide.pdf"))


class ResourceFactory(PositionedFactory):
    class Meta:
        model = Resource

    audience = factory.LazyFunction(audience)
    url = factory.LazyAttribute(lambda obj: f"https://example.org/project-{obj.number}")
    locals().update(translated_attributes("title", "Project {n} ({code})"))
    locals().update(translated_attributes("description", "About project {n} ({code})"))
    locals().update(translated_attributes("organisation", "Organisation {n} ({code})"))

    topics = related("topics")


# The library: publications, their files, videos' captions.
WEBVTT = (
    "WEBVTT\n\n1\n00:00:00.000 --> 00:00:02.500\nA caption in {code}.\n\n"
    "2\n00:02.500 --> 00:04.000 align:start\nAnother line.\n"
)


def webvtt(code="en"):
    return WEBVTT.format(code=code).encode()


class PublicationFactory(NumberedFactory):
    class Meta:
        model = Publication

    slug = factory.LazyAttribute(lambda obj: f"publication-{obj.number}")
    kind = Publication.Kind.REPORT
    year = 2011
    published = True
    locals().update(translated_attributes("title", "Publication {n} ({code})"))
    locals().update(translated_attributes("summary", "Summary of publication {n} ({code})"))
    locals().update(translated_attributes("publisher", "Publisher {n} ({code})"))

    audiences = related("audiences", audience)
    topics = related("topics")


class PublicationFileFactory(ModelFactory):
    class Meta:
        model = PublicationFile

    publication = factory.SubFactory(PublicationFactory)
    language = "en"
    file = factory.LazyFunction(lambda: ContentFile(minimal_pdf(), name="publication.pdf"))


class CaptionFactory(ModelFactory):
    class Meta:
        model = Caption

    publication = factory.SubFactory(PublicationFactory, kind=Publication.Kind.VIDEO)
    language = "en"
    file = factory.LazyAttribute(lambda obj: ContentFile(webvtt(obj.language), name="c.vtt"))
