from django.db import migrations


def create_audiences(apps, schema_editor):
    from guidelines.audiences import AUDIENCES, audience_fields

    Audience = apps.get_model("guidelines", "Audience")
    for audience in AUDIENCES:
        Audience.objects.get_or_create(slug=audience["slug"], defaults=audience_fields(audience))


class Migration(migrations.Migration):
    dependencies = [("guidelines", "0001_guidelines")]

    operations = [migrations.RunPython(create_audiences, migrations.RunPython.noop)]
