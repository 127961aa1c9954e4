from django.db import migrations

from cop_portal.search_indexes import AddSearchIndexes


class Migration(migrations.Migration):
    """Full-text search indexes (PostgreSQL only) with the fields and weights of the
    search source in NewsConfig.search_sources."""

    dependencies = [("news", "0004_related_events")]

    operations = [
        AddSearchIndexes("newsitem", fields={"title": "A", "summary": "B", "body": "C"}),
    ]
