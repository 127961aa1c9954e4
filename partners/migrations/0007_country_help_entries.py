"""An entry for every country (partners/country_help.toml): the help page has one for
whichever country a visitor chooses, on a fresh database too."""

from django.db import migrations


def load_entries(apps, schema_editor):
    from partners.country_help import country_help_load

    country_help_load(apps.get_model("partners", "CountryHelp"))


class Migration(migrations.Migration):
    dependencies = [("partners", "0006_country_help")]

    operations = [migrations.RunPython(load_entries, migrations.RunPython.noop)]
