"""What the translated tags of news and events (news.NewsTag, events.EventTag) are both
checked for: adding one in the admin, and the migration from taggit's shared tags."""

import os

import pytest

from events.models import Event, EventTag
from news.models import NewsItem, NewsTag
from tests.news.factories import make_editor
from tests.portal_server import run_python

# app -> (its tag model, the model it tags, the names an editor gives a new tag, a
# language left unnamed, the languages the list of tags then says are missing)
ADDED_TAGS = {
    "news": (NewsTag, NewsItem, {"name_en": "online games", "name_fr": "jeux en ligne"}),
    "events": (EventTag, Event, {"name_en": "helplines", "name_ar": "خطوط المساعدة"}),
}
MISSING = {"news": ("name_ru", "ar, zh-hans, ru, es"), "events": ("name_fr", "zh-hans, fr, ru, es")}


@pytest.mark.django_db
@pytest.mark.parametrize("app", ADDED_TAGS)
def test_editor_adds_a_tag_with_a_name_per_language_and_tags_with_it(client, app):
    """The tag is stored with the names given and none in the unnamed language, the list
    of tags shows the languages it is missing, and the tagged model's form offers it."""
    tag_model, tagged_model, names = ADDED_TAGS[app]
    unnamed, missing = MISSING[app]
    client.force_login(make_editor())
    tags_admin = f"/admin/{app}/{tag_model._meta.model_name}/"
    assert 'name="name_zh_hans"' in client.get(f"{tags_admin}add/").content.decode()

    response = client.post(f"{tags_admin}add/", {"slug": "new-tag", **names})

    assert response.status_code == 302, response.content.decode()[:2000]
    tag = tag_model.objects.get(slug="new-tag")
    stored = tuple(getattr(tag, field) for field in [*names, unnamed])
    assert stored == (*names.values(), None), stored
    assert missing in client.get(tags_admin).content.decode()
    form = client.get(f"/admin/{app}/{tagged_model._meta.model_name}/add/").content.decode()
    assert f'type="checkbox" name="tags" value="{tag.pk}"' in form


@pytest.mark.parametrize("app", ADDED_TAGS)
def test_migration_moves_taggit_tags_to_the_apps_tags_and_back(app, tmp_path):
    """tests/tag_migration_scenario.py, in a new process on a new SQLite file: objects
    tagged before the change keep their tags, and the tags their slugs."""
    env = os.environ | {
        "DATABASE_URL": f"sqlite:///{tmp_path / 'migrations.sqlite3'}",
        "DJANGO_SETTINGS_MODULE": "cop_portal.settings",
    }
    env.pop("REDIS_URL", None)
    output = run_python(env, "-m", "tests.tag_migration_scenario", app, timeout=300)
    assert f"{app}: 2 tags moved forward and back" in output
