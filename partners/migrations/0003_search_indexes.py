from django.db import migrations

from cop_portal.search_indexes import AddSearchIndexes


class Migration(migrations.Migration):
    """Full-text search indexes (PostgreSQL only) with the fields and weights of the
    search source in PartnersConfig.search_sources."""

    dependencies = [("partners", "0002_representatives_group")]

    operations = [
        AddSearchIndexes("partner", fields={"name": "A", "description": "B"}),
    ]
