from django.db import migrations

from cop_portal.search_indexes import AddSearchIndexes


class Migration(migrations.Migration):
    """Full-text search indexes (PostgreSQL only) with the fields and weights of the
    search sources in GuidelinesConfig.search_sources."""

    dependencies = [("guidelines", "0003_resource_partner")]

    operations = [
        AddSearchIndexes("section", fields={"title": "A", "body": "B", "key_points": "B"}),
        AddSearchIndexes(
            "resource", fields={"title": "A", "description": "B", "organisation": "C"}
        ),
    ]
