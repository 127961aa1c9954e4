from django.db import migrations

from cop_portal.search_indexes import AddSearchIndexes


class Migration(migrations.Migration):
    """Full-text search indexes (PostgreSQL only) with the fields and weights of the
    library's search source in GuidelinesConfig.search_sources."""

    dependencies = [("guidelines", "0007_publications_and_videos")]

    operations = [
        AddSearchIndexes(
            "publication",
            fields={
                "title": "A",
                "summary": "B",
                "description": "C",
                "transcript": "C",
                "publisher": "D",
            },
        ),
    ]
