"""A migration operation that indexes a model's full-text search vectors on PostgreSQL.

Use it in the app that owns the model, with the fields and weights of its SearchSource::

    AddSearchIndexes("newsitem", fields={"title": "A", "summary": "B", "body": "C"})

It creates one GIN expression index per language that has a text-search configuration,
on exactly the expression ``cop_portal.search.search_vector`` queries, so the planner
can use it. On any other database it does nothing (SQLite has no GIN indexes; its search
is a substring scan). The indexes are not part of the model state, so
``makemigrations`` neither sees nor repeats them.
"""

from django.contrib.postgres.indexes import GinIndex
from django.db.migrations.operations.base import Operation

from cop_portal.search import TEXT_SEARCH_CONFIGS, search_vector


def index_name(model, language):
    return f"{model._meta.db_table}_fts_{language}"[:63]


def search_indexes(model, fields):
    return [
        GinIndex(search_vector(model, fields, language), name=index_name(model, language))
        for language in TEXT_SEARCH_CONFIGS
    ]


class AddSearchIndexes(Operation):
    reversible = True
    reduces_to_sql = False

    def __init__(self, model_name, fields):
        self.model_name = model_name
        self.fields = dict(fields)

    def deconstruct(self):
        return (
            self.__class__.__qualname__,
            [],
            {"model_name": self.model_name, "fields": self.fields},
        )

    def state_forwards(self, app_label, state):
        pass

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        self._change_indexes(
            schema_editor, to_state.apps.get_model(app_label, self.model_name), "add"
        )

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        model = from_state.apps.get_model(app_label, self.model_name)
        self._change_indexes(schema_editor, model, "remove")

    def _change_indexes(self, schema_editor, model, change):
        """Add or remove the indexes, on PostgreSQL only (other databases search without)."""
        if schema_editor.connection.vendor != "postgresql":
            return
        for index in search_indexes(model, self.fields):
            getattr(schema_editor, f"{change}_index")(model, index)

    def describe(self):
        return f"Add full-text search indexes to {self.model_name}"

    @property
    def migration_name_fragment(self):
        return f"{self.model_name.lower()}_search_indexes"
