from django.db import migrations

from cop_portal.search_indexes import AddSearchIndexes


class Migration(migrations.Migration):
    """Full-text search indexes (PostgreSQL only) with the fields and weights of the
    search source in EventsConfig.search_sources."""

    dependencies = [("events", "0002_organisers_and_proposals")]

    operations = [
        AddSearchIndexes(
            "event",
            fields={"title": "A", "summary": "B", "description": "C", "venue": "D", "city": "D"},
        ),
    ]
