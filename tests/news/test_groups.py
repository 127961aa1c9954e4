import importlib
from types import SimpleNamespace

import pytest
from django.apps import apps as global_apps
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from cop_portal.roles import EDITORS_GROUP, ensure_editors_group

pytestmark = pytest.mark.django_db

NEWS_PERMISSIONS = {"add_newsitem", "change_newsitem", "delete_newsitem", "view_newsitem"}


def editor_codenames():
    return set(Group.objects.get(name=EDITORS_GROUP).permissions.values_list("codename", flat=True))


def test_grant_is_idempotent_and_keeps_permissions_given_by_hand():
    group = Group.objects.get(name=EDITORS_GROUP)
    extra = Permission.objects.get(codename="view_user")
    group.permissions.add(extra)
    before = editor_codenames()

    ensure_editors_group()
    ensure_editors_group()

    assert editor_codenames() == before
    assert Group.objects.filter(name=EDITORS_GROUP).count() == 1


def test_only_default_permissions_of_the_editors_apps_are_granted():
    for permission in Group.objects.get(name=EDITORS_GROUP).permissions.select_related(
        "content_type"
    ):
        assert permission.content_type.app_label in {
            "news", "events", "guidelines", "partners", "pages", "taggit",
            # Contact messages are records, not content (EDITOR_RECORD_PERMISSIONS).
            "contact",
        }  # fmt: skip
        assert permission.codename.split("_", 1)[0] in {"add", "change", "delete", "view"} or (
            permission.codename in {"moderate_partners", "publish_event"}
        )


def test_editors_moderate_every_partner_and_publish_events():
    assert {"moderate_partners", "publish_event", "change_event", "change_partner"} <= (
        editor_codenames()
    )


def test_migrate_reapplies_the_grant_for_models_that_arrive_later():
    # As if the group had been created before these models were migrated.
    Group.objects.get(name=EDITORS_GROUP).permissions.clear()

    call_command("migrate", verbosity=0)

    assert NEWS_PERMISSIONS | {"view_tag", "change_taggeditem"} <= editor_codenames()
    # Whatever models events, guidelines and partners have by now are granted too.
    expected = {
        f"{action}_{model._meta.model_name}"
        for label in ("events", "guidelines", "partners")
        for model in global_apps.get_app_config(label).get_models()
        for action in ("add", "change", "delete", "view")
        if Permission.objects.filter(content_type__app_label=label).exists()
    }
    assert expected <= editor_codenames()


def test_data_migration_works_on_a_fresh_database_without_permissions():
    """During a first migrate no permission exists yet: the migration creates them."""
    Group.objects.filter(name=EDITORS_GROUP).delete()
    Permission.objects.filter(content_type__app_label__in=["news", "taggit"]).delete()
    migration = importlib.import_module("news.migrations.0002_editors_group")
    state = MigrationExecutor(connection).loader.project_state(("news", "0002_editors_group"))

    migration.create_editors_group(state.apps, SimpleNamespace(connection=connection))

    assert NEWS_PERMISSIONS | {"add_tag", "view_taggeditem"} <= editor_codenames()
