"""Languages spoken follow ISO 639-1: a regional or script variant ("pt-br", "zh-hans")
becomes its language ("pt", "zh"); nothing else changes."""

from django.db import migrations


def to_base_languages(apps, schema_editor):
    from partners.spoken_languages import base_language

    HelpService = apps.get_model("partners", "HelpService")
    for service in HelpService.objects.exclude(languages=""):
        codes = list(dict.fromkeys(base_language(code) for code in service.languages))
        if codes != service.languages:
            service.languages = codes
            service.save(update_fields=["languages"])


class Migration(migrations.Migration):
    dependencies = [("partners", "0004_partner_review_setting_and_proposals")]

    operations = [migrations.RunPython(to_base_languages, migrations.RunPython.noop)]
