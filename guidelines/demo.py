"""Demo content of the guidelines: ``python manage.py load_demo`` calls ``load``.

The texts are in guidelines/demo.toml; every set gets its PDFs made from its text
(guidelines/services.py), one per language the set is complete in. Idempotent: objects
are found by their slugs and updated in place; a PDF whose text has not changed is kept,
not made again.
"""

from django.contrib.auth.models import Group, Permission
from django.utils import translation

from cop_portal import demo_data
from cop_portal.demo_data import LANGUAGE_CODES, DemoLogin, demo_account, translated
from guidelines.audiences import AUDIENCES, audience_fields
from guidelines.models import Audience, GuidelineSet, Resource, Section, Topic
from guidelines.pdf import engine_problem
from guidelines.services import guideline_set_documents_generate
from partners.models import Partner

EDITOR_USERNAME = "guidelines-editor"
EDITOR_PASSWORD = "cop-demo-guidelines"
# The guidelines editor works in an Arabic (right-to-left) admin.
EDITOR_LANGUAGE = "ar"
EDITORS_GROUP = "Guideline editors"


def load(command):
    data = demo_data.read("guidelines")
    with translation.override("en"):
        audiences = load_audiences(command, data["audience"])
        topics = load_topics(command, data["topic"])
        load_guideline_sets(command, data["guideline_set"], audiences, topics)
        load_resources(command, data["resource"], audiences, topics)
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
