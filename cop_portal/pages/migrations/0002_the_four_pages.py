"""The four editorial pages, with their first texts (cop_portal/pages/initial_pages.toml),
so that a fresh database has them. Pages that exist already are left as they are."""

from django.db import migrations

from cop_portal.search_indexes import AddSearchIndexes


def create_pages(apps, schema_editor):
    from cop_portal.pages.initial import create_missing_pages

    create_missing_pages(apps.get_model("pages", "Page"))


class Migration(migrations.Migration):
    dependencies = [("pages", "0001_page")]

    operations = [
        migrations.RunPython(create_pages, migrations.RunPython.noop),
        # Full-text search indexes (PostgreSQL only) with the fields and weights of the
        # search source in PagesConfig.search_sources.
        AddSearchIndexes("page", fields={"title": "A", "summary": "B", "body": "C"}),
    ]
