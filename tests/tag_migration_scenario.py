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

# The object each app tags, by its fields at the migration before its translated tags.
OBJECTS = {
    "news": {"slug": "kept", "title": "Kept", "title_en": "Kept", "status": "draft"},
    "events": {
        "slug": "kept",
        "title": "Kept",
        "title_en": "Kept",
        "start_date": date(2030, 1, 1),
        "end_date": date(2030, 1, 1),
        "first_day": date(2030, 1, 1),
        "last_day": date(2030, 1, 1),
    },
}
OLD_TAGS = [("law enforcement", "law-enforcement"), ("Privacy", "privacy")]


def migrate_to(target):
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    executor.migrate([target])
    return MigrationExecutor(connection).loader.project_state([target]).apps


def translated_tags_migrations(app):
    """The (app, name) of ``app``'s translated-tags migration and of the one before it."""
    from django.db import connection
    from django.db.migrations.loader import MigrationLoader

    loader = MigrationLoader(connection)
    (after,) = [
        (label, name)
        for label, name in loader.disk_migrations
        if label == app and "translated_tags" in name
    ]
    (before,) = [key for key in loader.disk_migrations[after].dependencies if key[0] == app]
    return before, after


def tagged_model_names(app):
    """The names of the model ``app`` tags, of its tag model and of its through model
    (the app's one model based on taggit's ``TaggedItemBase``)."""
    from django.apps import apps
    from taggit.models import TaggedItemBase

    models = apps.get_app_config(app).get_models()
    (through,) = [model for model in models if issubclass(model, TaggedItemBase)]
    related = [through._meta.get_field(name).related_model for name in ("content_object", "tag")]
    return (*[model.__name__ for model in related], through.__name__)


def run(app):
    from django.core.management import call_command

    before, after = translated_tags_migrations(app)
    model, tag_model, through = tagged_model_names(app)
    call_command("migrate", verbosity=0)
    old_apps = migrate_to(before)
    Tag = old_apps.get_model("taggit", "Tag")
    TaggedItem = old_apps.get_model("taggit", "TaggedItem")
    ContentType = old_apps.get_model("contenttypes", "ContentType")
    Model = old_apps.get_model(app, model)
    content_type, _created = ContentType.objects.get_or_create(
        app_label=app, model=Model._meta.model_name
    )
    obj = Model.objects.create(**OBJECTS[app])
    for name, slug in OLD_TAGS:
        tag = Tag.objects.create(name=name, slug=slug)
        TaggedItem.objects.create(content_type=content_type, object_id=obj.pk, tag=tag)

    new_apps = migrate_to(after)
    NewTag = new_apps.get_model(app, tag_model)
    Through = new_apps.get_model(app, through)
    moved = sorted(NewTag.objects.values_list("name_en", "slug"))
    assert moved == sorted(OLD_TAGS), moved
    assert Through.objects.filter(content_object_id=obj.pk).count() == len(OLD_TAGS)
    assert not new_apps.get_model("taggit", "TaggedItem").objects.exists()
    assert not new_apps.get_model("taggit", "Tag").objects.exists()

    migrate_to(before)
    back = sorted(TaggedItem.objects.filter(object_id=obj.pk).values_list("tag__slug", flat=True))
    assert back == sorted(slug for _name, slug in OLD_TAGS), back
    call_command("migrate", verbosity=0)
    print(f"{app}: {len(OLD_TAGS)} tags moved forward and back")


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cop_portal.settings")
    django.setup()
    run(sys.argv[1])
