"""When each audience, guideline set, section and resource last changed (readers see it as
the page's "Last updated" date).

Existing rows get the date of their latest saved version (django-reversion), the best
date known for them; a row that was never saved through the admin gets the time of the
migration.
"""

import django.utils.timezone
from django.db import migrations, models
from django.db.models import Max

MODELS = ("audience", "guidelineset", "section", "resource")


def dates_from_history(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Version = apps.get_model("reversion", "Version")
    database = schema_editor.connection.alias
    for model_name in MODELS:
        model = apps.get_model("guidelines", model_name)
        content_type = (
            ContentType.objects.using(database)
            .filter(app_label="guidelines", model=model_name)
            .first()
        )
        if content_type is None:  # a new database: no history yet
            continue
        latest = (
            Version.objects.using(database)
            .filter(content_type=content_type)
            .values("object_id")
            .annotate(changed_at=Max("revision__date_created"))
        )
        for row in latest:
            if row["object_id"].isdigit():
                model.objects.using(database).filter(pk=int(row["object_id"])).update(
                    updated_at=row["changed_at"]
                )


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("reversion", "0002_add_index_on_version_for_content_type_and_db"),
        ("guidelines", "0008_publication_search_indexes"),
    ]

    operations = [
        *(
            migrations.AddField(
                model_name=model_name,
                name="updated_at",
                field=models.DateTimeField(
                    auto_now=True,
                    default=django.utils.timezone.now,
                    verbose_name="last changed",
                ),
                preserve_default=False,
            )
            for model_name in MODELS
        ),
        migrations.RunPython(dates_from_history, migrations.RunPython.noop, elidable=True),
    ]
