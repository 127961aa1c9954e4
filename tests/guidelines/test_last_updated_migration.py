"""guidelines 0009: rows that existed before ``updated_at`` are dated by their history."""

import datetime
import importlib
from types import SimpleNamespace

import pytest
import reversion
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from reversion.models import Revision, Version

from guidelines.models import GuidelineSet, Section
from tests.guidelines.factories import GuidelineSetFactory, SectionFactory

pytestmark = pytest.mark.django_db

migration = importlib.import_module("guidelines.migrations.0009_last_updated")


def saved_version(obj, when):
    """A version of ``obj``, as an admin save at ``when`` would have kept it."""
    with reversion.create_revision():
        reversion.add_to_revision(obj)
    version = Version.objects.get_for_object(obj).order_by("-pk").first()
    Revision.objects.filter(pk=version.revision_id).update(date_created=when)


def run_data_migration():
    state = MigrationExecutor(connection).loader.project_state(("guidelines", "0009_last_updated"))
    migration.dates_from_history(state.apps, SimpleNamespace(connection=connection))


def test_each_row_takes_the_date_of_its_latest_version():
    dated = GuidelineSetFactory()
    never_saved = GuidelineSetFactory()
    # In a set of its own: a version of a set also keeps its sections (they follow it).
    section = SectionFactory(guideline_set=never_saved)
    old, newer = (datetime.datetime(2024, month, 1, tzinfo=datetime.UTC) for month in (2, 9))
    saved_version(dated, old)
    saved_version(dated, newer)
    saved_version(section, old)
    migration_time = GuidelineSet.objects.get(pk=never_saved.pk).updated_at

    run_data_migration()

    assert GuidelineSet.objects.get(pk=dated.pk).updated_at == newer
    assert Section.objects.get(pk=section.pk).updated_at == old
    assert GuidelineSet.objects.get(pk=never_saved.pk).updated_at == migration_time


def test_a_database_without_history_is_left_as_it_is():
    guideline_set = GuidelineSetFactory()
    before = GuidelineSet.objects.get(pk=guideline_set.pk).updated_at
    run_data_migration()
    assert GuidelineSet.objects.get(pk=guideline_set.pk).updated_at == before
