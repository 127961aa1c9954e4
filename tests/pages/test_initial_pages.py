"""The pages' first texts: created by a data migration on a fresh database, kept up to
date by the demo loader until staff edit a page."""

import importlib
from types import SimpleNamespace

import pytest
import reversion
from django.conf import settings
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from modeltranslation.utils import build_localized_fieldname

from cop_portal.pages import demo
from cop_portal.pages.initial import initial_pages, page_fields
from cop_portal.pages.models import Page, PageKey
from cop_portal.rich_text import sanitize_html
from tests.pages.helpers import LANGUAGE_CODES, page

pytestmark = pytest.mark.django_db

INITIAL = {record["key"]: record for record in initial_pages()}
MIGRATION = ("pages", "0002_the_four_pages")


class Command:
    """What the demo modules need of load_demo's command."""

    def __init__(self):
        self.steps = []

    def step(self, message):
        self.steps.append(message)


def run_the_migration():
    migration = importlib.import_module(f"cop_portal.pages.migrations.{MIGRATION[1]}")
    state = MigrationExecutor(connection).loader.project_state(MIGRATION)
    migration.create_pages(state.apps, SimpleNamespace(connection=connection))


def assert_initial_texts(obj):
    record = INITIAL[obj.key]
    for field in ("title", "summary", "body"):
        for code in LANGUAGE_CODES:
            stored = getattr(obj, build_localized_fieldname(field, code))
            assert stored == record[field][code].strip(), (obj.key, field, code)
    assert obj.published


def test_the_migrated_database_has_the_four_pages_in_six_languages():
    assert sorted(Page.objects.values_list("key", flat=True)) == sorted(PageKey.values)
    for obj in Page.objects.all():
        assert_initial_texts(obj)
        # The untranslated column mirrors English.
        assert Page.objects.filter(pk=obj.pk, title=INITIAL[obj.key]["title"]["en"]).exists()


def test_the_data_migration_creates_the_pages_on_a_fresh_database():
    Page.objects.all().delete()

    run_the_migration()

    assert Page.objects.count() == 4
    for obj in Page.objects.all():
        assert_initial_texts(obj)


def test_the_data_migration_leaves_existing_pages_as_they_are():
    Page.objects.filter(key="about").update(title_en="Our own title")
    Page.objects.filter(key="join").delete()

    run_the_migration()

    assert page("about").title_en == "Our own title"
    assert_initial_texts(page("join"))
    assert Page.objects.count() == 4


def test_every_page_is_written_in_every_language():
    for record in initial_pages():
        page_fields(record)  # raises for a missing language
    broken = {**INITIAL["about"], "title": {"en": "Only English"}}
    with pytest.raises(ValueError, match="about, title"):
        page_fields(broken)
    assert sorted(INITIAL) == sorted(PageKey.values)
    assert sorted(LANGUAGE_CODES) == sorted(code for code, _name in settings.LANGUAGES)


def test_the_demo_restores_missing_and_unedited_pages_and_loads_twice_alike():
    Page.objects.filter(key="privacy").delete()
    Page.objects.filter(key="about").update(body_fr="<p>Un texte ancien</p>")

    command = Command()
    demo.load(command)
    demo.load(command)

    assert Page.objects.count() == 4
    for obj in Page.objects.all():
        assert_initial_texts(obj)
    assert "created page 'privacy'" in command.steps
    assert "updated page 'about'" in command.steps


def test_the_demo_keeps_a_page_staff_have_edited(admin_user):
    about = page("about")
    with reversion.create_revision():
        about.title_en = "Edited by staff"
        about.save()
        reversion.set_user(admin_user)

    command = Command()
    demo.load(command)

    assert page("about").title_en == "Edited by staff"
    assert "kept page 'about' as staff edited it" in command.steps


def test_the_first_texts_hold_only_what_the_editor_keeps():
    """Saved again in the admin, no text loses markup (cop_portal/rich_text.py)."""
    for record in initial_pages():
        for code, body in record["body"].items():
            assert sanitize_html(body.strip()) == body.strip(), (record["key"], code)
