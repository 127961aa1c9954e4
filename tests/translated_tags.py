"""What the translated tags of news and events (news.NewsTag, events.EventTag) are both
checked for: the admin, and the migration from taggit's shared tags."""

import os
import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


def check_tag_migration(app, workdir):
    """Run tests/tag_migration_scenario.py for ``app`` in a new process on a new SQLite
    file: objects tagged before the change keep their tags, and the tags their slugs."""
    env = os.environ | {
        "DATABASE_URL": f"sqlite:///{workdir / 'migrations.sqlite3'}",
        "DJANGO_SETTINGS_MODULE": "cop_portal.settings",
    }
    env.pop("REDIS_URL", None)
    result = subprocess.run(
        [sys.executable, "-m", "tests.tag_migration_scenario", app],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def check_tag_added_in_the_admin(client, tag_model, tagged_model, slug, names, unnamed, missing):
    """Add a ``tag_model`` named ``names`` ({"name_en": ...}) in the admin as ``client``.

    It is stored with those names and none in the language ``unnamed`` (a field), the
    list of tags shows the languages it is ``missing``, and the add form of
    ``tagged_model`` offers it. Returns the tag.
    """
    tags_admin = f"/admin/{tag_model._meta.app_label}/{tag_model._meta.model_name}/"
    response = client.post(f"{tags_admin}add/", {"slug": slug, **names})
    assert response.status_code == 302, response.content.decode()[:2000]
    tag = tag_model.objects.get(slug=slug)
    stored = tuple(getattr(tag, field) for field in [*names, unnamed])
    assert stored == (*names.values(), None), stored
    assert missing in client.get(tags_admin).content.decode(), f"{tags_admin} lacks {missing!r}"
    tagged_admin = f"/admin/{tagged_model._meta.app_label}/{tagged_model._meta.model_name}/"
    form = client.get(f"{tagged_admin}add/").content.decode()
    assert f'type="checkbox" name="tags" value="{tag.pk}"' in form, f"{tagged_admin}add/"
    return tag
