"""Run by the tag migration tests in a process of their own, on a new SQLite file.

``python -m tests.tag_migration_scenario <app>`` migrates the whole schema, goes back to
before ``<app>``'s translated-tags migration, tags an object with taggit's shared tags
the way the portal used to, migrates forward and checks that the object kept its tags
under the same slugs (named in English), then back again. Exits non-zero with the
failed assertion otherwise. A process of its own because SQLite cannot change its
schema inside the transaction a test database connection may be holding.
"""

import os
import sys
from datetime import date

import django

SCENARIOS = {
    "news": {
        "before": ("news", "0005_search_indexes"),
        "after": ("news", "0006_translated_tags"),
        "model": "newsitem",
        "tag_model": "NewsTag",
        "through": "TaggedNewsItem",
        "fields": {"slug": "kept", "title": "Kept", "title_en": "Kept", "status": "draft"},
    },
    "events": {
        "before": ("events", "0003_search_indexes"),
        "after": ("events", "0004_translated_tags"),
        "model": "event",
        "tag_model": "EventTag",
        "through": "TaggedEvent",
        "fields": {
            "slug": "kept",
            "title": "Kept",
            "title_en": "Kept",
            "start_date": date(2030, 1, 1),
            "end_date": date(2030, 1, 1),
            "first_day": date(2030, 1, 1),
            "last_day": date(2030, 1, 1),
        },
    },
}
OLD_TAGS = [("law enforcement", "law-enforcement"), ("Privacy", "privacy")]


def migrate_to(target):
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    executor.migrate([target])
    return MigrationExecutor(connection).loader.project_state([target]).apps


def run(app):
    from django.core.management import call_command

    scenario = SCENARIOS[app]
    call_command("migrate", verbosity=0)
    old_apps = migrate_to(scenario["before"])
    Model = old_apps.get_model(app, scenario["model"])
    Tag = old_apps.get_model("taggit", "Tag")
    TaggedItem = old_apps.get_model("taggit", "TaggedItem")
    ContentType = old_apps.get_model("contenttypes", "ContentType")
    content_type, _created = ContentType.objects.get_or_create(
        app_label=app, model=scenario["model"]
    )
    obj = Model.objects.create(**scenario["fields"])
    for name, slug in OLD_TAGS:
        tag = Tag.objects.create(name=name, slug=slug)
        TaggedItem.objects.create(content_type=content_type, object_id=obj.pk, tag=tag)

    new_apps = migrate_to(scenario["after"])
    NewTag = new_apps.get_model(app, scenario["tag_model"])
    Through = new_apps.get_model(app, scenario["through"])
    moved = sorted(NewTag.objects.values_list("name_en", "slug"))
    assert moved == sorted(OLD_TAGS), moved
    assert Through.objects.filter(content_object_id=obj.pk).count() == len(OLD_TAGS)
    assert not new_apps.get_model("taggit", "TaggedItem").objects.exists()
    assert not new_apps.get_model("taggit", "Tag").objects.exists()

    migrate_to(scenario["before"])
    back = sorted(TaggedItem.objects.filter(object_id=obj.pk).values_list("tag__slug", flat=True))
    assert back == sorted(slug for _name, slug in OLD_TAGS), back
    call_command("migrate", verbosity=0)
    print(f"{app}: {len(OLD_TAGS)} tags moved forward and back")


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cop_portal.settings")
    django.setup()
    run(sys.argv[1])
