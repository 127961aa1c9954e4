"""Demo content of the guidelines: ``python manage.py load_demo`` calls ``load``.

Idempotent: objects are found by their slugs and updated in place; documents are
regenerated (the previous file is removed from storage first).
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.utils import translation

from cop_portal.demo_data import DemoLogin
from cop_portal.rich_text import plain_text
from guidelines.audiences import AUDIENCES, audience_fields
from guidelines.demo_content import (
    AUDIENCE_INTRODUCTIONS,
    GUIDELINE_SETS,
    RESOURCES,
    TOPICS,
)
from guidelines.demo_pdf import guideline_pdf
from guidelines.models import Audience, Document, GuidelineSet, Resource, Section, Topic
from partners.models import Partner

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
EDITOR_USERNAME = "guidelines-editor"
EDITOR_PASSWORD = "cop-demo-guidelines"
EDITORS_GROUP = "Guideline editors"


def field_suffix(code):
    return code.replace("-", "_")


def translated(field, texts, blank=""):
    """Model field values for ``texts`` (``{suffix: text}``), blanking missing languages."""
    values = {field: texts["en"]}
    for code in LANGUAGE_CODES:
        values[f"{field}_{field_suffix(code)}"] = texts.get(field_suffix(code), blank)
    return values


def load(command):
    with translation.override("en"):
        audiences = load_audiences(command)
        topics = load_topics(command)
        load_guideline_sets(command, audiences, topics)
        load_resources(command, audiences, topics)
        return [load_editor(command)]


def load_audiences(command):
    audiences = {}
    for entry in AUDIENCES:
        values = audience_fields(entry)
        values.update(translated("introduction", AUDIENCE_INTRODUCTIONS[entry["slug"]]))
        audiences[entry["slug"]], _created = Audience.objects.update_or_create(
            slug=entry["slug"], defaults=values
        )
    command.step(f"{len(audiences)} audiences, in six languages")
    return audiences


def load_topics(command):
    topics = {}
    for entry in TOPICS:
        # Topic names are unique per language: a missing one is NULL, not "".
        topics[entry["slug"]], _created = Topic.objects.update_or_create(
            slug=entry["slug"], defaults=translated("name", entry["name"], blank=None)
        )
    command.step(f"{len(topics)} topics: {', '.join(topics)}")
    return topics


def load_guideline_sets(command, audiences, topics):
    for entry in GUIDELINE_SETS:
        values = {
            "position": entry["position"],
            "age_band": entry["age_band"],
            "edition_date": entry["edition_date"],
            "published": True,
        }
        for field in ("title", "summary", "introduction"):
            values.update(translated(field, entry[field]))
        guideline_set, _created = GuidelineSet.objects.update_or_create(
            audience=audiences[entry["audience"]], slug=entry["slug"], defaults=values
        )
        for position, section_entry in enumerate(entry["sections"], start=1):
            values = {"position": position}
            for field in ("title", "body", "key_points"):
                values.update(translated(field, section_entry[field] or {"en": ""}))
            section, _created = Section.objects.update_or_create(
                guideline_set=guideline_set, slug=section_entry["slug"], defaults=values
            )
            section.topics.set([topics[slug] for slug in section_entry["topics"]])
        languages = sorted(set(LANGUAGE_CODES) - set(missing_languages(entry)))
        missing = set(LANGUAGE_CODES) - set(languages)
        note = f", deliberately not in {', '.join(sorted(missing))}" if missing else ""
        command.step(
            f"guideline set '{entry['audience']}/{entry['slug']}' with "
            f"{len(entry['sections'])} sections{note}"
        )
        if entry["documents"]:
            load_documents(command, guideline_set, entry)


def missing_languages(entry):
    return [code for code in LANGUAGE_CODES if field_suffix(code) not in entry["title"]]


def load_documents(command, guideline_set, entry):
    sizes = []
    for position, code in enumerate(LANGUAGE_CODES, start=1):
        if code in missing_languages(entry):
            continue
        suffix = field_suffix(code)
        blocks = [("title", entry["title"][suffix]), ("text", entry["summary"][suffix])]
        blocks.append(("text", plain_text(entry["introduction"][suffix])))
        for section in entry["sections"]:
            blocks.append(("heading", section["title"][suffix]))
            blocks.append(("text", plain_text(section["body"][suffix])))
            for point in (section["key_points"].get(suffix) or "").splitlines():
                blocks.append(("text", f"• {point}"))
        content = guideline_pdf(code, blocks, title=entry["title"][suffix])
        document = Document.objects.filter(guideline_set=guideline_set, language=code).first()
        if document is None:
            document = Document(guideline_set=guideline_set, language=code)
        elif document.file:
            document.file.delete(save=False)
        document.position = position
        document.file.save(f"{code}.pdf", ContentFile(content), save=False)
        document.save()
        sizes.append(f"{code} {document.size} bytes")
    command.step(f"  PDF documents: {', '.join(sizes)}")


def load_resources(command, audiences, topics):
    positions = {}
    for entry in RESOURCES:
        audience = audiences[entry["audience"]]
        positions[audience.slug] = positions.get(audience.slug, 0) + 1
        values = {"position": positions[audience.slug]}
        for field in ("title", "description", "organisation"):
            values.update(translated(field, entry[field]))
        values["partner"] = Partner.objects.filter(slug=entry.get("partner", "")).first()
        resource, _created = Resource.objects.update_or_create(
            audience=audience, url=entry["url"], defaults=values
        )
        resource.topics.set([topics[slug] for slug in entry["topics"]])
    command.step(f"{len(RESOURCES)} projects and initiatives across the four audiences")


def load_editor(command):
    """A staff member who edits the guidelines (and nothing else)."""
    group, _created = Group.objects.get_or_create(name=EDITORS_GROUP)
    group.permissions.set(Permission.objects.filter(content_type__app_label="guidelines"))
    User = get_user_model()
    user, _created = User.objects.get_or_create(
        username=EDITOR_USERNAME, defaults={"email": "guidelines-editor@example.org"}
    )
    user.is_staff = True
    user.is_superuser = False
    user.set_password(EDITOR_PASSWORD)
    user.save()
    user.groups.add(group)
    command.step(f"editor '{EDITOR_USERNAME}' in the group '{EDITORS_GROUP}'")
    return DemoLogin(
        "Guidelines editor",
        EDITOR_USERNAME,
        EDITOR_PASSWORD,
        "edits guidelines; Translation status under Guidelines",
    )
