"""Demo content of the guidelines: ``python manage.py load_demo`` calls ``load``.

The texts are in guidelines/demo.toml; every set gets its PDFs made from its text
(guidelines/services.py), one per language the set is complete in. The library
(publications and videos) is in guidelines/library.toml, its files under
guidelines/demo_media/. Idempotent: objects are found by their slugs and updated in
place; a PDF whose text has not changed is kept, not made again, and a library file
whose bytes have not changed is not stored again.
"""

from pathlib import Path

from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.utils import translation

from cop_portal import demo_data
from cop_portal.demo_data import LANGUAGE_CODES, DemoLogin, demo_account, translated
from cop_portal.images import reencode_image
from guidelines.audiences import AUDIENCES, audience_fields
from guidelines.models import (
    POSTER_LIMITS,
    Audience,
    Caption,
    GuidelineSet,
    Publication,
    PublicationFile,
    Resource,
    Section,
    Topic,
)
from guidelines.pdf import engine_problem
from guidelines.services import guideline_set_documents_generate
from guidelines.validators import validate_pdf, validate_video, validate_webvtt
from partners.models import Partner

EDITOR_USERNAME = "guidelines-editor"
EDITOR_PASSWORD = "cop-demo-guidelines"
# The guidelines editor works in an Arabic (right-to-left) admin.
EDITOR_LANGUAGE = "ar"
EDITORS_GROUP = "Guideline editors"
# The library's entries; the paths in it are relative to the guidelines app.
LIBRARY_FILE = Path(__file__).with_name("library.toml")


def load(command):
    data = demo_data.read("guidelines")
    with translation.override("en"):
        audiences = load_audiences(command, data["audience"])
        topics = load_topics(command, data["topic"])
        load_guideline_sets(command, data["guideline_set"], audiences, topics)
        load_resources(command, data["resource"], audiences, topics)
        load_library(command, audiences, topics)
        return [load_editor(command)]


def load_audiences(command, records):
    """The audiences come with a migration (guidelines/audiences.py); the demo restores
    them (a test may have emptied the database) and adds their introductions."""
    introductions = {record["slug"]: record for record in records}
    audiences = {}
    for entry in AUDIENCES:
        values = audience_fields(entry)
        values.update(translated(introductions[entry["slug"]], "introduction"))
        audiences[entry["slug"]], _created = Audience.objects.update_or_create(
            slug=entry["slug"], defaults=values
        )
    command.step(f"{len(audiences)} audiences, in six languages")
    return audiences


def load_topics(command, records):
    topics = {}
    for record in records:
        # Topic names are unique per language: a missing one is NULL, not "".
        topics[record["slug"]], _created = Topic.objects.update_or_create(
            slug=record["slug"], defaults=translated(record, "name", blank=None)
        )
    command.step(f"{len(topics)} topics: {', '.join(topics)}")
    return topics


def languages_of(record):
    """The languages a guideline set is written in: those its title is given in."""
    return [code for code in LANGUAGE_CODES if code in record["title"]]


def load_guideline_sets(command, records, audiences, topics):
    for record in records:
        values = {
            "position": record["position"],
            "age_band": record["age_band"],
            "edition_date": record["edition_date"],
            "published": record.get("published", True),
            **translated(record, "title", "summary", "introduction"),
        }
        guideline_set, _created = GuidelineSet.objects.update_or_create(
            audience=audiences[record["audience"]], slug=record["slug"], defaults=values
        )
        for position, section_record in enumerate(record["section"], start=1):
            values = {"position": position}
            values.update(translated(section_record, "title", "body", "key_points"))
            section, _created = Section.objects.update_or_create(
                guideline_set=guideline_set, slug=section_record["slug"], defaults=values
            )
            section.topics.set([topics[slug] for slug in section_record["topics"]])
        missing = set(LANGUAGE_CODES) - set(languages_of(record))
        note = f", deliberately not in {', '.join(sorted(missing))}" if missing else ""
        if not guideline_set.published:
            note += f", a draft (preview at {guideline_set.get_preview_url()})"
        command.step(
            f"guideline set '{record['audience']}/{record['slug']}' with "
            f"{len(record['section'])} sections{note}"
        )
        load_documents(command, guideline_set)


def load_documents(command, guideline_set):
    """The set's PDFs, made from its text as an edit in the admin would have them made
    (here at once, not after the commit: the steps below report their sizes)."""
    problem = engine_problem()
    if problem is not None:
        command.step(f"  PDF documents not made: WeasyPrint cannot run here ({problem})")
        return
    documents = guideline_set_documents_generate(guideline_set=guideline_set)
    sizes = [f"{code} {document.size} bytes" for code, document in documents.items()]
    command.step(f"  PDF documents made from its text: {', '.join(sizes) or 'none'}")


def load_resources(command, records, audiences, topics):
    positions = {}
    for record in records:
        audience = audiences[record["audience"]]
        positions[audience.slug] = positions.get(audience.slug, 0) + 1
        values = {"position": positions[audience.slug]}
        values.update(translated(record, "title", "description", "organisation"))
        values["partner"] = Partner.objects.filter(slug=record.get("partner", "")).first()
        resource, _created = Resource.objects.update_or_create(
            audience=audience, url=record["url"], defaults=values
        )
        resource.topics.set([topics[slug] for slug in record["topics"]])
    command.step(f"{len(records)} projects and initiatives across the four audiences")


def load_library(command, audiences, topics, library_file=None):
    """The library's publications and videos, with their files, posters and captions.
    Every file is checked as an upload would be; a missing or faulty one stops the load
    with its name."""
    library_file = library_file or LIBRARY_FILE
    if not library_file.exists():
        command.step(f"library: {library_file.name} not found, no publications or videos loaded")
        return []
    records = demo_data.read_file(library_file).get("publication", [])
    base = library_file.parent
    publications = []
    for record in records:
        publication = save_publication(record, audiences, topics, base)
        publications.append(publication)
        parts = [f"{publication.get_kind_display()}, {publication.year}"]
        stored = [
            f"{language} {stored_file.size} bytes"
            for language, stored_file in save_files(publication, record, base).items()
        ]
        if stored:
            parts.append(f"files: {', '.join(stored)}")
        if record.get("partner") and publication.partner is None:
            parts.append(f"partner '{record['partner']}' not in the directory, shown unlinked")
        if publication.is_video:
            parts.extend(save_video(publication, record, base))
        if publication.external_url:
            parts.append(f"link {publication.external_url}")
        command.step(f"library entry '{publication.slug}' ({'; '.join(parts)})")
    command.step(f"{len(publications)} library entries in {library_file.name}")
    return publications


def _read(base, relative, record):
    path = base / relative
    if not path.is_file():
        raise FileNotFoundError(f"library entry {record['slug']!r}: {path} does not exist")
    return path.read_bytes()


def _checked(content, name, validator):
    upload = ContentFile(content, name=name)
    validator(upload)
    return upload


def _store(field_file, name, content):
    """Store ``content`` in ``field_file`` unless it holds exactly those bytes already."""
    if field_file and field_file.storage.exists(field_file.name):
        with field_file.storage.open(field_file.name, "rb") as stored:
            if stored.read() == content:
                return False
        field_file.delete(save=False)
    field_file.save(name, ContentFile(content, name=name), save=False)
    return True


def save_publication(record, audiences, topics, base):
    publisher = record.get("publisher", "")
    # A name given once is the same in every language; a table gives it per language.
    if isinstance(publisher, dict):
        publisher_values = translated(record, "publisher")
    else:
        same_name = {"publisher": dict.fromkeys(LANGUAGE_CODES, publisher)}
        publisher_values = translated(same_name, "publisher")
    values = {
        "kind": record["kind"],
        "year": record["year"],
        "external_url": record.get("external_url", ""),
        "published": record.get("published", True),
        "partner": Partner.objects.filter(slug=record.get("partner", "")).first(),
        **translated(record, "title", "summary", "description", "transcript"),
        **publisher_values,
    }
    publication, _created = Publication.objects.update_or_create(
        slug=record["slug"], defaults=values
    )
    publication.full_clean(exclude=["video", "poster"])
    unknown = [slug for slug in record.get("audiences", []) if slug not in audiences]
    unknown += [slug for slug in record.get("topics", []) if slug not in topics]
    if unknown:
        raise ValueError(
            f"library entry {record['slug']!r}: unknown audiences or topics {unknown} "
            f"(audiences: {', '.join(audiences)}; topics: {', '.join(topics)})"
        )
    publication.audiences.set([audiences[slug] for slug in record.get("audiences", [])])
    publication.topics.set([topics[slug] for slug in record.get("topics", [])])
    return publication


def _save_in_languages(publication, record, base, key, model, validator, extension):
    """The files ``record[key]`` names per language, checked as uploads are, one ``model``
    row each in ``publication.<key>``; a language the data no longer names is removed."""
    paths = record.get(key, {})
    demo_data.translated({"slug": record["slug"], key: paths}, key)  # codes checked
    rows = getattr(publication, key)
    rows.exclude(language__in=list(paths)).delete()
    stored = {}
    for language, relative in paths.items():
        content = _read(base, relative, record)
        _checked(content, relative, validator)
        row = rows.filter(language=language).first() or model(
            publication=publication, language=language
        )
        _store(row.file, f"{publication.slug}.{language}.{extension}", content)
        row.save()
        stored[language] = row
    return stored


def save_files(publication, record, base):
    """The entry's PDF per language; a language the data no longer names is removed."""
    return _save_in_languages(
        publication, record, base, "files", PublicationFile, validate_pdf, "pdf"
    )


def save_video(publication, record, base):
    """The video file, its poster (re-encoded as an upload is) and its captions."""
    parts = []
    if record.get("video"):
        content = _read(base, record["video"], record)
        _checked(content, record["video"], validate_video)
        _store(publication.video, Path(record["video"]).name, content)
        parts.append(f"video {len(content)} bytes")
    if record.get("poster"):
        upload = _checked(_read(base, record["poster"], record), record["poster"], lambda f: None)
        poster = reencode_image(upload, POSTER_LIMITS)
        _store(publication.poster, poster.file.name, poster.file.read())
        parts.append(f"poster {poster.width}×{poster.height}")
    publication.save()
    captions = _save_in_languages(
        publication, record, base, "captions", Caption, validate_webvtt, "vtt"
    )
    if captions:
        parts.append(f"captions: {', '.join(code for code in LANGUAGE_CODES if code in captions)}")
    else:
        parts.append("no captions")
    return parts


def load_editor(command):
    """A staff member who edits the guidelines (and nothing else)."""
    group, _created = Group.objects.get_or_create(name=EDITORS_GROUP)
    group.permissions.set(Permission.objects.filter(content_type__app_label="guidelines"))
    demo_account(EDITOR_USERNAME, EDITOR_PASSWORD, groups=[group], language=EDITOR_LANGUAGE)
    command.step(f"editor '{EDITOR_USERNAME}' in the group '{EDITORS_GROUP}'")
    return DemoLogin(
        "Guidelines editor",
        EDITOR_USERNAME,
        EDITOR_PASSWORD,
        "edits guidelines; Translation status under Guidelines",
        EDITOR_LANGUAGE,
    )
